package org.campuspilot.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.campuspilot.establishment.EstablishmentKind;
import org.campuspilot.store.Stores;
import org.campuspilot.ui.DialogService;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.TaskRunner;

/**
 * The import screen: what to import and from which file; for the annuaire, the filters; for a spreadsheet, which
 * column holds each field; then the preview (each row to add or update with its changes, rows the director may
 * leave out, and every rejected or set-aside line with its reason); then the import itself, in one transaction,
 * with a progress bar and a cancel button.
 */
public final class ImportViewModel {

    /** What the director imports: the annuaire, or one kind of spreadsheet. */
    public enum Source {
        ANNUAIRE(null),
        COMPANIES(SheetKind.COMPANIES),
        CONTACTS(SheetKind.CONTACTS),
        EVENTS(SheetKind.EVENTS),
        ACTIONS(SheetKind.ACTIONS),
        EXPENSES(SheetKind.EXPENSES);

        final SheetKind sheet;

        Source(SheetKind sheet) {
            this.sheet = sheet;
        }

        public SheetKind sheet() {
            return sheet;
        }

        public String messageKey() {
            return sheet == null ? "import.source.annuaire" : sheet.messageKey();
        }
    }

    /** One row of the preview; {@code selected} says whether it is imported. */
    public static final class PreviewRow {
        private final int line;
        private final String operation;
        private final String label;
        private final String changes;
        private final boolean handEdited;
        private final BooleanProperty selected = new SimpleBooleanProperty(true);
        private final BooleanProperty member = new SimpleBooleanProperty(false);
        private final boolean canJoin;
        final Object item;

        PreviewRow(int line, String operation, String label, String changes, boolean handEdited, Object item) {
            this(line, operation, label, changes, handEdited, item, false);
        }

        PreviewRow(int line, String operation, String label, String changes, boolean handEdited, Object item,
                boolean canJoin) {
            this.canJoin = canJoin;
            this.line = line;
            this.operation = operation;
            this.label = label;
            this.changes = changes;
            this.handEdited = handEdited;
            this.item = item;
        }

        public int line() {
            return line;
        }

        public String operation() {
            return operation;
        }

        public String label() {
            return label;
        }

        public String changes() {
            return changes;
        }

        public boolean handEdited() {
            return handEdited;
        }

        public BooleanProperty selected() {
            return selected;
        }

        /** For an annuaire row: whether the establishment joins the network as a member (not ticked at first). */
        public BooleanProperty member() {
            return member;
        }

        /** An annuaire row whose establishment is not in the network yet (new, or the territory's). */
        public boolean canJoin() {
            return canJoin;
        }
    }

    /** A line set aside or rejected, as the director reads it. */
    public record IssueRow(String text, boolean blocking) {
    }

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final EstablishmentImport establishments;
    /** Which annuaire rows join the network as members, and when. */
    final MembershipChoice membership;
    /** The spreadsheet part of the screen: mapping, check, preview and import of a director's table. */
    final SheetPreview sheet;

    final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.ANNUAIRE);
    /** The file's path, chosen or typed (pasted) by the director. */
    final StringProperty file = new SimpleStringProperty("");
    final StringProperty departements = new SimpleStringProperty("");
    final StringProperty academies = new SimpleStringProperty("");
    /** The kinds kept from the annuaire: at first, those a campus usually gathers. */
    final ObservableSet<EstablishmentKind> kinds = FXCollections.observableSet(
            java.util.EnumSet.copyOf(AnnuaireFilter.USUAL_KINDS));

    /** The file's column titles, and for each field of the kind the column chosen (null: none). */
    final ObservableList<String> header = FXCollections.observableArrayList();
    final Map<String, ObjectProperty<Integer>> columnOf = new LinkedHashMap<>();
    final ObservableList<PreviewRow> rows = FXCollections.observableArrayList(
            r -> new javafx.beans.Observable[] {r.selected(), r.member()});
    final ObservableList<IssueRow> issues = FXCollections.observableArrayList();
    final StringProperty summary = new SimpleStringProperty("");
    final StringProperty fileProblem = new SimpleStringProperty("");
    final StringProperty status = new SimpleStringProperty("");
    final BooleanProperty busy = new SimpleBooleanProperty();
    final DoubleProperty progress = new SimpleDoubleProperty();
    final BooleanProperty overwriteHandEdits = new SimpleBooleanProperty();
    final BooleanProperty skipInvalid = new SimpleBooleanProperty();
    final BooleanProperty hasHandEdits = new SimpleBooleanProperty();
    /** « Mettre à jour les fiches existantes », for a spreadsheet. */
    final BooleanProperty updateExisting;
    private final SimpleIntegerProperty rejected = new SimpleIntegerProperty();
    private final SimpleBooleanProperty planned = new SimpleBooleanProperty();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private EstablishmentImport.Plan annuairePlan;
    private Runnable onImported = () -> {
    };

    public ImportViewModel(Stores stores, TaskRunner tasks, DialogService dialogs, Messages messages,
            Clock clock) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.sheet = new SheetPreview(this, new SheetImport(stores, clock, messages), tasks, messages);
        this.updateExisting = sheet.updateExisting;
        this.establishments = new EstablishmentImport(stores.database(), stores.establishments());
        this.membership = new MembershipChoice(rows, messages, clock);
        source.addListener((o, a, s) -> {
            file.set("");
            clear();
        });
    }

    /** Called after a successful import (the screen offers to open the list). */
    public void setOnImported(Runnable r) {
        this.onImported = r;
    }

    /** True when the preview is ready, something is chosen, and no rejected line blocks (or they are skipped). */
    public BooleanBinding canImport() {
        return Bindings.createBooleanBinding(() -> planned.get() && !busy.get()
                && rows.stream().anyMatch(r -> r.selected().get())
                && (rejected.get() == 0 || skipInvalid.get()) && membership.problem.get().isEmpty(), planned, busy,
                rows, rejected, skipInvalid, membership.problem);
    }

    public BooleanProperty planned() {
        return planned;
    }

    public int rejectedCount() {
        return rejected.get();
    }

    private void clear() {
        header.clear();
        columnOf.clear();
        rows.clear();
        issues.clear();
        summary.set("");
        fileProblem.set("");
        planned.set(false);
        membership.shown(false);
        rejected.set(0);
        hasHandEdits.set(false);
        annuairePlan = null;
        sheet.clear();
    }

    /** Asks for the file, then analyses it. */
    public void chooseFile() {
        dialogs.chooseFileToOpen(messages.get("import.file.choose.title")).ifPresent(p -> {
            file.set(p.toString());
            analyse();
        });
    }

    /** Writes the kind's template where the director chooses. */
    public void saveTemplate() {
        SheetKind kind = source.get().sheet();
        if (kind == null) {
            return;
        }
        Optional<Path> target = dialogs.chooseFileToSave(messages.get("import.template.title"),
                SheetTemplates.fileName(kind, TableFile.Format.XLSX, messages));
        target.ifPresent(p -> org.campuspilot.ui.FileExport.write(tasks, dialogs, messages, messages.get("import.template.title"),
                p, out -> SheetTemplates.write(kind, TableFile.Format.of(out), out, messages),
                out -> messages.get("import.template.done", out), out -> messages.get("document.write.failed", out)));
    }

    /** Reads and checks the file in the background; nothing is written. */
    public void analyse() {
        if (file.get() == null || file.get().isBlank() || busy.get()) {
            return;
        }
        Path p = path();
        clear();
        Source s = source.get();
        begin(messages.get("import.reading"));
        long size = sizeOf(p);
        if (s == Source.ANNUAIRE) {
            AnnuaireFilter filter = new AnnuaireFilter(codes(departements.get()), codes(academies.get()),
                    Set.copyOf(kinds));
            tasks.run(() -> {
                AnnuaireReader.Result read = AnnuaireReader.read(p, filter, bytes -> tasks.onFx(() -> progress.set(
                        size == 0 ? -1 : (double) bytes / size)), cancelled::get);
                return Map.entry(read, establishments.plan(read.candidates()));
            }, result -> {
                end();
                showAnnuaire(result.getKey(), result.getValue());
            }, this::failed);
        } else {
            sheet.analyse(p, s.sheet());
        }
    }

    /** The file typed or pasted, without the quotes a file manager's « copy as path » adds. */
    private Path path() {
        return Path.of(file.get().strip().replaceAll("^\"|\"$", ""));
    }

    private void showAnnuaire(AnnuaireReader.Result read, EstablishmentImport.Plan plan) {
        annuairePlan = plan;
        List<PreviewRow> out = new ArrayList<>();
        for (EstablishmentImport.Change c : plan.changes()) {
            if (c.action() == EstablishmentImport.Action.UNCHANGED) {
                continue;
            }
            String changes = c.fields().stream().map(f -> messages.get("import.change", messages.get(
                    "import.field." + f.field()), f.before() == null ? "" : f.before(), f.after())
                    + (f.handEdited() ? " " + messages.get("import.change.handEdited") : ""))
                    .collect(Collectors.joining(" ; "));
            out.add(new PreviewRow(c.candidate().line(), messages.get("import.operation." + c.action().name()
                    .toLowerCase(java.util.Locale.ROOT)), c.candidate().establishment().uai().code() + " — "
                    + c.candidate().establishment().name(), changes, c.hasHandEdits(), c,
                    c.existing() == null || !c.existing().role().inNetwork()));
        }
        rows.setAll(out);
        issues.setAll(read.issues().stream().map(this::issue).toList());
        long blocking = read.issues().stream().filter(ImportIssue::blocking).count();
        rejected.set((int) blocking);
        hasHandEdits.set(plan.handEdited() > 0);
        summary.set(messages.get("import.summary.annuaire", read.rows(), plan.count(EstablishmentImport.Action.ADD),
                plan.count(EstablishmentImport.Action.UPDATE), plan.count(EstablishmentImport.Action.UNCHANGED),
                read.setAside(), blocking, read.filteredOut()));
        planned.set(true);
        membership.shown(true);
    }

    /** Lists the lines rejected or set aside; a rejected one blocks the import unless skipped. */
    void showIssues(List<ImportIssue> found) {
        issues.setAll(found.stream().map(this::issue).toList());
        rejected.set((int) found.stream().filter(ImportIssue::blocking).count());
    }

    private IssueRow issue(ImportIssue i) {
        return new IssueRow(messages.get("import.issue.line", i.line(), messages.get(i.problem())), i.blocking());
    }

    /** Asks, then writes the chosen rows in one transaction. */
    public void importNow() {
        if (!canImport().get()) {
            return;
        }
        List<PreviewRow> chosen = rows.stream().filter(r -> r.selected().get()).toList();
        String name = path().getFileName().toString();
        EstablishmentImport.Joining joining = membership.joining(chosen);
        String confirm = messages.get("import.confirm.message", chosen.size(), name);
        if (source.get() == Source.ANNUAIRE) {
            confirm = confirm + "\n\n" + membership.text(joining.uais().size(), chosen.size());
        }
        if (!dialogs.confirm(messages.get("import.confirm.title"), confirm, messages.get("import.confirm.button"))) {
            return;
        }
        int total = chosen.size();
        begin(messages.get("import.writing", 0, total));
        java.util.function.IntConsumer step = n -> tasks.onFx(() -> {
            progress.set((double) n / total);
            status.set(messages.get("import.writing", n, total));
        });
        Source s = source.get();
        if (s == Source.ANNUAIRE) {
            EstablishmentImport.Plan plan = new EstablishmentImport.Plan(chosen.stream()
                    .map(r -> (EstablishmentImport.Change) r.item).toList());
            boolean overwrite = overwriteHandEdits.get();
            tasks.run(() -> establishments.apply(plan, overwrite, joining, step, cancelled::get), o -> {
                end();
                done(messages.get("import.done.annuaire", o.added(), o.updated(), o.keptHandEdits(), o.joined()));
            }, this::failed);
        } else {
            sheet.importNow(chosen, step);
        }
    }

    void done(String message) {
        clear();
        file.set("");
        dialogs.finished(messages.get("import.title"), message);
        onImported.run();
    }

    /** Stops the reading or the writing; nothing is written. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Whether the director asked to stop the work under way. */
    java.util.function.BooleanSupplier cancelled() {
        return cancelled::get;
    }

    void begin(String text) {
        cancelled.set(false);
        progress.set(-1);
        status.set(text);
        busy.set(true);
    }

    void end() {
        busy.set(false);
        status.set("");
    }

    void failed(Throwable failure) {
        end();
        if (failure instanceof ImportCancelled) {
            status.set(messages.get("import.cancelled"));
        } else if (failure instanceof ImportFileException e) {
            fileProblem.set(messages.get(e.problem()));
        } else {
            dialogs.error(messages.get("import.title"), messages.get(ImportFailure.key(failure)));
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** « 035, 56 22 » → {035, 56, 22}. */
    static Set<String> codes(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split("[,;\\s]+")).filter(s -> !s.isBlank())
                .collect(Collectors.toSet());
    }
}
