package org.campuspilot.importing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.TaskRunner;

/**
 * The import screen's part for a director's spreadsheet: which column holds each field, the rows checked again
 * whenever the mapping or « Mettre à jour les fiches existantes » changes, the preview of the rows to add or update
 * (each update with its changes, field by field), and the import of the rows kept, in one transaction.
 */
final class SheetPreview {
    private final ImportViewModel screen;
    private final SheetImport sheets;
    private final TaskRunner tasks;
    private final Messages messages;
    /** « Mettre à jour les fiches existantes »: rows matching a stored record update it instead of being set aside. */
    final BooleanProperty updateExisting = new SimpleBooleanProperty();
    private SheetImport.Plan plan;
    /** Whether the plan shown updates the stored records. */
    private boolean planUpdates;
    private TableFile.Table table;
    private boolean mappingByCode;

    SheetPreview(ImportViewModel screen, SheetImport sheets, TaskRunner tasks, Messages messages) {
        this.screen = screen;
        this.sheets = sheets;
        this.tasks = tasks;
        this.messages = messages;
        updateExisting.addListener((o, a, b) -> replan());
    }

    void clear() {
        plan = null;
        table = null;
    }

    /** Reads the table and finds its columns in the background, then checks the rows. */
    void analyse(Path p, SheetKind kind) {
        tasks.run(() -> {
            TableFile.Table t = TableFile.read(p);
            Map<String, Integer> mapping = sheets.mapping(kind, t.header());
            return Map.entry(t, mapping);
        }, result -> {
            table = result.getKey();
            mappingByCode = true;
            for (SheetKind.Column c : kind.columns()) {
                ObjectProperty<Integer> column = new SimpleObjectProperty<>(result.getValue().get(c.field()));
                column.addListener((o, a, b) -> {
                    if (!mappingByCode) {
                        replan();
                    }
                });
                screen.columnOf.put(c.field(), column);
            }
            mappingByCode = false;
            screen.header.setAll(table.header());
            screen.end();
            replan();
        }, screen::failed);
    }

    /** The mapping chosen on the screen. */
    Map<String, Integer> mapping() {
        Map<String, Integer> m = new LinkedHashMap<>();
        screen.columnOf.forEach((field, column) -> {
            if (column.get() != null) {
                m.put(field, column.get());
            }
        });
        return m;
    }

    /** Checks the rows again with the mapping and the choices on the screen. */
    void replan() {
        if (table == null || screen.busy.get()) {
            return;
        }
        SheetKind kind = screen.source.get().sheet();
        TableFile.Table t = table;
        Map<String, Integer> mapping = mapping();
        boolean update = updateExisting.get();
        screen.rows.clear();
        screen.issues.clear();
        screen.planned().set(false);
        screen.fileProblem.set("");
        screen.summary.set("");
        screen.begin(messages.get("import.checking"));
        tasks.run(() -> sheets.plan(kind, t, mapping, update, screen.cancelled()), done -> {
            screen.end();
            show(done, update);
            // A choice changed while the rows were being checked: check them again with it.
            if (update != updateExisting.get() || !mapping.equals(mapping())) {
                replan();
            }
        }, screen::failed);
    }

    private void show(SheetImport.Plan p, boolean update) {
        plan = p;
        planUpdates = update;
        screen.rows.setAll(p.items().stream().filter(i -> i.action() != EstablishmentImport.Action.UNCHANGED)
                .map(i -> new ImportViewModel.PreviewRow(i.line(), messages.get("import.operation." + i.action()
                        .name().toLowerCase(java.util.Locale.ROOT)), i.label(), changes(p.kind(), i), false, i))
                .toList());
        screen.showIssues(p.issues());
        long ignored = p.issues().size() - p.rejected() - p.warnings();
        screen.summary.set(update
                ? messages.get("import.summary.sheetUpdate", p.rows(), p.count(EstablishmentImport.Action.ADD),
                        p.count(EstablishmentImport.Action.UPDATE), p.count(EstablishmentImport.Action.UNCHANGED),
                        ignored, p.rejected())
                : messages.get("import.summary.sheet", p.rows(), p.items().size(), p.existing(), p.rejected()));
        screen.planned().set(true);
    }

    /** « Commune : Rennes → Brest ; Site web :  → https://… ». */
    private String changes(SheetKind kind, SheetImport.Item item) {
        return item.changes().stream().map(f -> messages.get("import.change", messages.get(kind.columnKey(
                f.field())), f.before() == null ? "" : f.before(), f.after())).collect(Collectors.joining(" ; "));
    }

    /** Writes the rows kept in one transaction, then remembers the mapping for the next file. */
    void importNow(List<ImportViewModel.PreviewRow> chosen, IntConsumer step) {
        SheetImport.Plan kept = plan.only(chosen.stream().map(r -> (SheetImport.Item) r.item).toList());
        Map<String, Integer> mapping = mapping();
        List<String> titles = List.copyOf(screen.header);
        boolean updates = planUpdates;
        tasks.run(() -> {
            SheetImport.Outcome o = sheets.apply(kept, step, screen.cancelled());
            sheets.remember(kept.kind(), titles, mapping);
            return o;
        }, o -> {
            screen.end();
            String kind = messages.get(kept.kind().messageKey());
            screen.done(updates ? messages.get("import.done.sheetUpdate", o.added(), o.updated(), kind)
                    : messages.get("import.done.sheet", o.added(), kind));
        }, screen::failed);
    }
}
