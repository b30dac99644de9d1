package org.campuspilot.importing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * same rules as the forms, sets aside the records already present — or, when the director asks, updates them field
 * by field with the row's non-empty cells — and writes it all in one transaction.
 */
public final class SheetImport {

    /**
     * A row to write, with its line and how the preview names it: a record to add, or a stored record to update
     * with the row's fields that differ from it ({@code changes}, none when the row is unchanged).
     */
    public record Item(int line, EstablishmentImport.Action action, Object record, Object stored, String label,
            List<EstablishmentImport.FieldChange> changes) {

        static Item add(int line, Object record, String label) {
            return new Item(line, EstablishmentImport.Action.ADD, record, null, label, List.of());
        }
    }

    /**
     * What the file would bring: the rows to add (and, when updating, to update or unchanged) and the issues, each
     * with its line; {@code existing} counts the rows set aside as already present.
     */
    public record Plan(SheetKind kind, List<Item> items, List<ImportIssue> issues, int rows, int existing) {
        public long rejected() {
            return issues.stream().filter(ImportIssue::blocking).count();
        }

        public boolean hasBlockingIssues() {
            return rejected() > 0;
        }

        /** Warnings that set nothing aside (columns the import does not read). */
        public long warnings() {
            return issues.stream().filter(ImportIssue::warning).count();
        }

        public long count(EstablishmentImport.Action action) {
            return items.stream().filter(i -> i.action() == action).count();
        }

        /** The same plan with only these items (the rows the director kept). */
        public Plan only(List<Item> kept) {
            return new Plan(kind, List.copyOf(kept), issues, rows, existing);
        }
    }

    /** What was written. */
    public record Outcome(int added, int updated) {
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
                jdbc.update("INSERT INTO import_mapping (kind, title, field) VALUES (?, ?, ?)"
                        + " ON CONFLICT (kind, title) DO UPDATE SET field = excluded.field",
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
     * Checks every row; nothing is written. The rows already present are set aside.
     *
     * @throws ImportFileException when a required field has no column
     */
    public Plan plan(SheetKind kind, TableFile.Table table, Map<String, Integer> mapping, BooleanSupplier cancelled)
            throws ImportFileException {
        return plan(kind, table, mapping, false, cancelled);
    }

    /**
     * Checks every row; nothing is written. With {@code updateExisting}, a row that matches a stored record (by the
     * kind's key) updates the fields for which the file has a column and the row a non-empty cell, when they differ;
     * without it, the row is set aside.
     *
     * @throws ImportFileException when a required field has no column
     */
    public Plan plan(SheetKind kind, TableFile.Table table, Map<String, Integer> mapping, boolean updateExisting,
            BooleanSupplier cancelled) throws ImportFileException {
        List<String> missing = missing(kind, mapping);
        if (!missing.isEmpty()) {
            throw new ImportFileException(Problem.of("import.sheet.missingColumns", table.name(), String.join(", ",
                    missing.stream().map(f -> "« " + messages.get(kind.columnKey(f)) + " »").toList())));
        }
        return plan(kind, type(kind), table, mapping, updateExisting, cancelled);
    }

    /**
     * The file's filled columns that no field reads (« Subvention », « Action » of an export…): said, so that a
     * director does not believe they were imported.
     */
    private static Problem unreadColumns(TableFile.Table table, Map<String, Integer> mapping) {
        java.util.Set<Integer> read = new java.util.HashSet<>(mapping.values());
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < table.header().size(); i++) {
            int column = i;
            if (!read.contains(i) && table.rows().stream().anyMatch(r -> !r.cell(column).isBlank())) {
                String title = table.header().get(i).isBlank() ? "n° " + (i + 1) : table.header().get(i).strip();
                unread.add("« " + title + " »");
            }
        }
        return unread.isEmpty() ? null : Problem.of("import.sheet.unreadColumns", String.join(", ", unread));
    }

    private SheetTypes.SheetType<?> type(SheetKind kind) {
        return SheetTypes.of(kind, stores, clock, messages);
    }

    private <T> Plan plan(SheetKind kind, SheetTypes.SheetType<T> type, TableFile.Table table,
            Map<String, Integer> mapping, boolean updateExisting, BooleanSupplier cancelled) {
        Map<String, List<T>> stored = new HashMap<>();
        for (T s : type.stored()) {
            for (String key : type.keysOf(s)) {
                stored.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<Long, Integer> updating = new HashMap<>();
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
            List<T> matches = stored.getOrDefault(key, List.of());
            if (first != null) {
                issues.add(ImportIssue.rejected(r.line(), Problem.of("import.sheet.duplicateInFile", label, first)));
            } else if (matches.isEmpty()) {
                Problem refused = type.refusedAsNew(record, row);
                if (refused != null) {
                    issues.add(ImportIssue.rejected(r.line(), refused));
                } else {
                    items.add(Item.add(r.line(), record, label));
                }
            } else if (!updateExisting) {
                present++;
                issues.add(ImportIssue.ignored(r.line(), Problem.of("import.sheet.exists", label,
                        type.label(matches.get(0)))));
            } else if (matches.size() > 1) {
                issues.add(ImportIssue.ignored(r.line(), Problem.of("import.sheet.ambiguous", label,
                        matches.size())));
            } else {
                T match = matches.get(0);
                // Two rows of the file found the same record by different keys (an e-mail, a name).
                Integer other = updating.putIfAbsent(type.id(match), r.line());
                if (other != null) {
                    issues.add(ImportIssue.rejected(r.line(), Problem.of("import.sheet.duplicateInFile", label,
                            other)));
                    continue;
                }
                List<EstablishmentImport.FieldChange> changes = changes(type, match, record, row);
                Problem invalid = changes.isEmpty() ? null : type.check(match, record, names(changes));
                if (invalid != null) {
                    issues.add(ImportIssue.rejected(r.line(), invalid));
                } else {
                    items.add(new Item(r.line(), changes.isEmpty() ? EstablishmentImport.Action.UNCHANGED
                            : EstablishmentImport.Action.UPDATE, record, match, type.label(match), changes));
                }
            }
        }
        Problem unread = unreadColumns(table, mapping);
        if (unread != null) {
            issues.add(0, ImportIssue.warning(1, unread));
        }
        return new Plan(kind, List.copyOf(items), List.copyOf(issues), table.rows().size(), present);
    }

    /**
     * The fields where the row's record differs from the stored one. Only fields the row gives a value for count:
     * a column the file lacks, or an empty cell, never erases what is stored.
     */
    private static <T> List<EstablishmentImport.FieldChange> changes(SheetTypes.SheetType<T> type, T stored,
            T read, SheetRow row) {
        List<EstablishmentImport.FieldChange> out = new ArrayList<>();
        for (SheetField<T> f : type.fields()) {
            if (f.columns().stream().allMatch(c -> row.text(c) == null)) {
                continue;
            }
            String before = f.shown().apply(stored);
            String after = f.shown().apply(read);
            if (after != null && !Objects.equals(before, after)) {
                out.add(new EstablishmentImport.FieldChange(f.name(), before, after, false));
            }
        }
        return List.copyOf(out);
    }

    private static Set<String> names(List<EstablishmentImport.FieldChange> changes) {
        Set<String> out = new LinkedHashSet<>();
        changes.forEach(c -> out.add(c.field()));
        return out;
    }

    /**
     * Writes the plan's additions and updates in one transaction — one change in the history, undone as one: a
     * cancel or a failure half-way leaves the database as it was. An update is made on the record as it is now,
     * with the fields the preview showed. The rejected rows are not written (the caller decides whether to go on
     * without them).
     *
     * @param progress receives the number of rows written so far
     * @throws ImportOutdated when a record to update was deleted, or changed so that the update no longer fits,
     *     since the preview (nothing is written)
     */
    public Outcome apply(Plan plan, IntConsumer progress, BooleanSupplier cancelled) {
        return apply(plan, type(plan.kind()), progress, cancelled);
    }

    @SuppressWarnings("unchecked")
    private <T> Outcome apply(Plan plan, SheetTypes.SheetType<T> type, IntConsumer progress,
            BooleanSupplier cancelled) {
        return database.inTransaction(c -> {
            int added = 0;
            int updated = 0;
            int done = 0;
            for (Item item : plan.items()) {
                if (cancelled.getAsBoolean()) {
                    throw new ImportCancelled();
                }
                switch (item.action()) {
                    case ADD -> {
                        type.insert((T) item.record());
                        added++;
                    }
                    case UPDATE -> {
                        T read = (T) item.record();
                        Set<String> fields = names(item.changes());
                        T current = type.find(type.id((T) item.stored())).orElseThrow(() -> new ImportOutdated(
                                item.label()));
                        if (type.check(current, read, fields) != null) {
                            throw new ImportOutdated(item.label());
                        }
                        type.update(type.merge(current, read, fields));
                        updated++;
                    }
                    case UNCHANGED -> {
                    }
                    default -> throw new IllegalStateException(item.action().name());
                }
                progress.accept(++done);
            }
            return new Outcome(added, updated);
        });
    }
}
