package org.campuspilot.importing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.campuspilot.db.Database;
import org.campuspilot.store.Stores;
import org.campuspilot.db.Jdbc;
import org.campuspilot.shared.Problem;
import org.campuspilot.ui.Messages;

/**
 * Imports a director's spreadsheet of companies, contacts, events, actions or expenses: maps its columns to fields
 * (the director's earlier answers first, then the column titles the application knows), checks every row with the
 * same rules as the forms, sets aside the records already present, and writes the rest in one transaction.
 */
public final class SheetImport {

    /** A row that will be added, with its line and how the preview names it. */
    public record Item(int line, Object record, String label) {
    }

    /** What the file would bring: the rows to add and the issues, each with its line. */
    public record Plan(SheetKind kind, List<Item> items, List<ImportIssue> issues, int rows, int existing) {
        public long rejected() {
            return issues.stream().filter(ImportIssue::blocking).count();
        }

        public boolean hasBlockingIssues() {
            return rejected() > 0;
        }
    }

    private final Stores stores;
    private final Database database;
    private final Clock clock;
    private final Messages messages;
    private final Jdbc jdbc;

    public SheetImport(Stores stores, Clock clock, Messages messages) {
        this.stores = stores;
        this.database = stores.database();
        this.clock = clock;
        this.messages = messages;
        this.jdbc = new Jdbc(database);
    }

    /**
     * Which column holds each field: the director's earlier answers for these titles, then the titles known for the
     * kind (the template's in French or English, and the usual other names). A field takes the first column found.
     */
    public Map<String, Integer> mapping(SheetKind kind, List<String> header) {
        Map<String, String> remembered = new HashMap<>();
        jdbc.list("SELECT title, field FROM import_mapping WHERE kind = ?", rs -> remembered.put(rs.getString(1),
                rs.getString(2)), kind.key());
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String title = SheetKind.normalise(header.get(i));
            if (title.isEmpty()) {
                continue;
            }
            String field = remembered.containsKey(title) ? remembered.get(title) : known(kind, title);
            if (field != null && !field.isEmpty() && kind.column(field).isPresent()) {
                out.putIfAbsent(field, i);
            }
        }
        return out;
    }

    private String known(SheetKind kind, String title) {
        for (SheetKind.Column c : kind.columns()) {
            if (title.equals(SheetKind.normalise(c.field())) || SheetRow.Labels.all(kind.columnKey(c.field()))
                    .contains(title)) {
                return c.field();
            }
        }
        for (SheetKind.Column c : kind.columns()) {
            if (c.aliases().contains(title)) {
                return c.field();
            }
        }
        return null;
    }

    /** Keeps the director's mapping of these titles for the next file. */
    public void remember(SheetKind kind, List<String> header, Map<String, Integer> mapping) {
        database.inTransaction(c -> {
            for (int i = 0; i < header.size(); i++) {
                String title = SheetKind.normalise(header.get(i));
                if (title.isEmpty()) {
                    continue;
                }
                int index = i;
                String field = mapping.entrySet().stream().filter(e -> e.getValue() == index).map(Map.Entry::getKey)
                        .findFirst().orElse("");
                jdbc.update("INSERT OR REPLACE INTO import_mapping (kind, title, field) VALUES (?, ?, ?)",
                        kind.key(), title, field);
            }
            return null;
        });
    }

    /** The required fields no column holds. */
    public static List<String> missing(SheetKind kind, Map<String, Integer> mapping) {
        return kind.columns().stream().filter(c -> c.required() && !mapping.containsKey(c.field()))
                .map(SheetKind.Column::field).toList();
    }

    /**
     * Checks every row; nothing is written.
     *
     * @throws ImportFileException when a required field has no column
     */
    public Plan plan(SheetKind kind, TableFile.Table table, Map<String, Integer> mapping, BooleanSupplier cancelled)
            throws ImportFileException {
        List<String> missing = missing(kind, mapping);
        if (!missing.isEmpty()) {
            throw new ImportFileException(Problem.of("import.sheet.missingColumns", table.name(), String.join(", ",
                    missing.stream().map(f -> "« " + messages.get(kind.columnKey(f)) + " »").toList())));
        }
        return plan(kind, SheetTypes.of(kind, stores, clock), table, mapping, cancelled);
    }

    private <T> Plan plan(SheetKind kind, SheetTypes.SheetType<T> type, TableFile.Table table,
            Map<String, Integer> mapping, BooleanSupplier cancelled) {
        Map<String, String> existing = type.existing();
        Map<String, Integer> seen = new HashMap<>();
        List<Item> items = new ArrayList<>();
        List<ImportIssue> issues = new ArrayList<>();
        int present = 0;
        for (TableFile.Row r : table.rows()) {
            if (cancelled.getAsBoolean()) {
                throw new ImportCancelled();
            }
            Problem cell = SheetRow.cellProblem(kind, r, table.header(), mapping);
            if (cell != null) {
                issues.add(ImportIssue.rejected(r.line(), cell));
                continue;
            }
            SheetRow row = new SheetRow(kind, r, table.header(), mapping, messages);
            T record = type.read(row);
            if (record == null) {
                issues.add(ImportIssue.rejected(r.line(), row.problem()));
                continue;
            }
            String key = type.key(record);
            String label = type.label(record);
            Integer first = seen.putIfAbsent(key, r.line());
            if (first != null) {
                issues.add(ImportIssue.rejected(r.line(), Problem.of("import.sheet.duplicateInFile", label, first)));
            } else if (existing.containsKey(key)) {
                present++;
                issues.add(ImportIssue.ignored(r.line(), Problem.of("import.sheet.exists", label,
                        existing.get(key))));
            } else {
                items.add(new Item(r.line(), record, label));
            }
        }
        return new Plan(kind, List.copyOf(items), List.copyOf(issues), table.rows().size(), present);
    }

    /**
     * Writes the plan's records in one transaction: a cancel or a failure half-way leaves the database as it was.
     * The rejected rows are not written (the caller decides whether to go on without them).
     *
     * @return how many records were added
     */
    public int apply(Plan plan, IntConsumer progress, BooleanSupplier cancelled) {
        return apply(plan, SheetTypes.of(plan.kind(), stores, clock), progress, cancelled);
    }

    @SuppressWarnings("unchecked")
    private <T> int apply(Plan plan, SheetTypes.SheetType<T> type, IntConsumer progress, BooleanSupplier cancelled) {
        return database.inTransaction(c -> {
            int done = 0;
            for (Item item : plan.items()) {
                if (cancelled.getAsBoolean()) {
                    throw new ImportCancelled();
                }
                type.insert((T) item.record());
                progress.accept(++done);
            }
            return done;
        });
    }
}
