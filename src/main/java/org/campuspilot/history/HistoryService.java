package org.campuspilot.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campuspilot.db.AuditTriggers;
import org.campuspilot.db.Database;
import org.campuspilot.db.Dialect;
import org.campuspilot.db.Jdbc;
import org.campuspilot.shared.Problem;

/**
 * Reads the history the triggers write (who changed what, before and after), reverses a change set (undo, redo,
 * restore from the trash) and keeps the trash. A reversal is itself a change set: it has its own history and can be
 * reversed in turn, which is what « Rétablir » does.
 */
public final class HistoryService {
    /** How long a deleted record stays in the trash. */
    public static final Duration TRASH_KEPT = Duration.ofDays(30);
    private static final String ENTRY_COLUMNS = """
            e.id, e.change_set_id, s.at, e.table_name, e.record_table, e.record_id, e.operation, e.old_values,
            e.new_values, s.reverts, s.made_by""";

    private final Database database;
    private final Jdbc jdbc;

    public HistoryService(Database database) {
        this.database = database;
        this.jdbc = new Jdbc(database);
    }

    /** What the history screen shows: a kind of record (its table), an operation, a period, a word in the values. */
    public record Filter(String recordTable, AuditEntry.Operation operation, LocalDate from, LocalDate to,
            String text) {
        public static final Filter ALL = new Filter(null, null, null, null, null);
    }

    /** A deleted record the trash can restore. */
    public record TrashItem(long changeSetId, Instant deletedAt, String recordTable, String recordId, String label) {
    }

    /** The entries matching the filter, newest first, at most {@code limit}. Detail rows are included. */
    public List<AuditEntry> entries(Filter f, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + ENTRY_COLUMNS
                + " FROM audit_entry e LEFT JOIN change_set s ON s.id = e.change_set_id WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.recordTable() != null) {
            sql.append(" AND e.record_table = ?");
            args.add(f.recordTable());
        }
        if (f.operation() != null) {
            sql.append(" AND e.operation = ? AND e.table_name = e.record_table");
            args.add(f.operation().name());
        }
        ZoneId zone = ZoneId.systemDefault();
        if (f.from() != null) {
            sql.append(" AND s.at >= ?");
            args.add(f.from().atStartOfDay(zone).toInstant().toString());
        }
        if (f.to() != null) {
            sql.append(" AND s.at < ?");
            args.add(f.to().plusDays(1).atStartOfDay(zone).toInstant().toString());
        }
        if (f.text() != null && !f.text().isBlank()) {
            String like = database.dialect() == Dialect.POSTGRESQL ? "ILIKE" : "LIKE"; // SQLite's ignores case
            sql.append(" AND (e.old_values " + like + " ? OR e.new_values " + like + " ?)");
            String pattern = "%" + f.text().strip().replace("%", "").replace("_", "") + "%";
            args.add(pattern);
            args.add(pattern);
        }
        sql.append(" ORDER BY e.id DESC LIMIT ?");
        args.add(limit);
        return jdbc.list(sql.toString(), HistoryService::entry, args.toArray());
    }

    /** Every change of one record and of its details, newest first. */
    public List<AuditEntry> recordHistory(String recordTable, long recordId) {
        return jdbc.list("SELECT " + ENTRY_COLUMNS + " FROM audit_entry e LEFT JOIN change_set s"
                + " ON s.id = e.change_set_id WHERE e.record_table = ? AND e.record_id = ? ORDER BY e.id DESC",
                HistoryService::entry, recordTable, String.valueOf(recordId));
    }

    /** The entries of one change set, in the order they were written. */
    public List<AuditEntry> changeSet(long changeSetId) {
        return jdbc.list("SELECT " + ENTRY_COLUMNS + " FROM audit_entry e LEFT JOIN change_set s"
                + " ON s.id = e.change_set_id WHERE e.change_set_id = ? ORDER BY e.id", HistoryService::entry,
                changeSetId);
    }

    /**
     * The main entry of a change set: the deleted record of a deletion (written after its details and the links it
     * cleared), else the first row of a record itself, else its first entry.
     */
    public Optional<AuditEntry> mainEntry(long changeSetId) {
        List<AuditEntry> entries = changeSet(changeSetId);
        List<AuditEntry> deleted = entries.stream()
                .filter(e -> e.isRecordRow() && e.operation() == AuditEntry.Operation.DELETE).toList();
        if (!deleted.isEmpty()) {
            return Optional.of(deleted.get(deleted.size() - 1));
        }
        return entries.stream().filter(AuditEntry::isRecordRow).findFirst()
                .or(() -> entries.stream().findFirst());
    }

    /** The columns whose value differs between before and after (all the values of a created or deleted row). */
    public List<FieldChange> changes(AuditEntry e) {
        return jdbc.list(HistorySql.of(database.dialect()).changes(),
                rs -> new FieldChange(rs.getString(1), rs.getString(2), rs.getString(3)),
                e.oldValues(), e.newValues()).stream()
                .filter(c -> !"updated_at".equals(c.column()))
                .filter(c -> !java.util.Objects.equals(c.before(), c.after()))
                .toList();
    }

    /** The record's name as last known: its current row, or the values it had when it was deleted. */
    public String label(String recordTable, String recordId) {
        return labelsOf(recordTable, List.of(recordId)).get(recordId);
    }

    /**
     * The labels of the records of many entries at once ({@link #label} of each, keyed by {@link #labelKey}): one
     * query per kind of record and 400 records rather than one per record, so the history's 500 lines cost a few
     * queries (issue 22: the history opens in under 300 ms on a ten-year campus).
     */
    public Map<String, String> labels(List<AuditEntry> entries) {
        Map<String, java.util.Set<String>> idsByTable = new java.util.LinkedHashMap<>();
        for (AuditEntry e : entries) {
            idsByTable.computeIfAbsent(e.recordTable(), t -> new java.util.LinkedHashSet<>()).add(e.recordId());
        }
        Map<String, String> out = new java.util.HashMap<>();
        idsByTable.forEach((table, ids) -> labelsOf(table, ids).forEach((id, label) -> out.put(labelKey(table, id),
                label)));
        return out;
    }

    /**
     * The label of each record of one table, by its id: from the last values the history holds of it, else (no
     * entry at all) from its current row, else « n° 12 ».
     */
    private Map<String, String> labelsOf(String table, java.util.Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        Map<String, String> found = new java.util.HashMap<>();
        for (int from = 0; from < all.size(); from += LABEL_BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + LABEL_BATCH));
            List<Object> args = new ArrayList<>();
            args.add(table);
            args.addAll(batch);
            String marks = String.join(", ", java.util.Collections.nCopies(batch.size(), "?"));
            jdbc.list("SELECT x.record_id, " + labelFields() + " FROM (SELECT a.record_id,"
                    + " COALESCE(a.new_values, a.old_values) AS v FROM audit_entry a WHERE a.id IN (SELECT MAX(id)"
                    + " FROM audit_entry WHERE record_table = ? AND table_name = record_table AND record_id IN ("
                    + marks + ") GROUP BY record_id)) x", rs -> found.put(rs.getString(1), labelFrom(rs, 1)),
                    args.toArray());
        }
        Map<String, String> out = new java.util.HashMap<>();
        for (String id : all) {
            Optional<String> label = found.containsKey(id) ? Optional.of(found.get(id))
                    : currentValues(table, id).map(this::labelOf);
            out.put(id, label.filter(l -> !l.isBlank()).orElse("n° " + id));
        }
        return out;
    }

    /** The key of a record's label in {@link #labels}. */
    public static String labelKey(String recordTable, String recordId) {
        return recordTable + "#" + recordId;
    }

    private static final int LABEL_BATCH = 400;

    /** The fields a label is made of, in the order {@link #labelFrom} reads them, from a JSON {@code v}. */
    private String labelFields() {
        return String.join(", ", java.util.stream.Stream.of("first_name", "last_name", "name", "title", "object",
                "description", "body", "year", "line_code").map(k -> database.dialect().jsonField("v", k)).toList());
    }

    private Optional<String> currentValues(String table, String id) {
        return database.withConnection(c -> {
            AuditTriggers.Table t = tables(c).get(table);
            if (t == null || t.key().size() != 1) {
                return Optional.empty();
            }
            HistorySql sql = HistorySql.of(database.dialect());
            try (PreparedStatement ps = c.prepareStatement("SELECT " + database.dialect().rowJson(t.columns(), table)
                    + " FROM " + table + " WHERE " + sql.asText(t.key().get(0)) + " = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    private String labelOf(String json) {
        return jdbc.one("SELECT " + labelFields() + " FROM (SELECT CAST(? AS TEXT) AS v) x", HistoryService::labelFrom,
                json)
                .orElse("");
    }

    /** A person's name, else a name, title, object or text (60 characters at most), else a budget line's year. */
    private static String labelFrom(ResultSet rs) throws SQLException {
        return labelFrom(rs, 0);
    }

    /** The same from the columns after the first {@code skip} ones. */
    private static String labelFrom(ResultSet rs, int skip) throws SQLException {
        String first = rs.getString(skip + 1);
        String last = rs.getString(skip + 2);
        if (first != null || last != null) {
            return (nonNull(first) + " " + nonNull(last)).strip();
        }
        for (int i = skip + 3; i <= skip + 7; i++) {
            if (rs.getString(i) != null) {
                String text = rs.getString(i).strip();
                return text.length() > 60 ? text.substring(0, 59) + "…" : text;
            }
        }
        if (rs.getString(skip + 8) != null && rs.getString(skip + 9) != null) {
            return rs.getString(skip + 8) + " · " + rs.getString(skip + 9);
        }
        return "";
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /**
     * Reverses a change set: each row goes back to its values before (a created row is removed, a deleted one comes
     * back with its number and details). Refused, with nothing written, when a row changed since or a link would
     * break. Returns the id of the change set the reversal wrote.
     *
     * @throws RevertRefused when the change cannot be reversed
     */
    public long revert(long changeSetId) {
        List<AuditEntry> entries = changeSet(changeSetId);
        if (entries.isEmpty()) {
            throw new RevertRefused(Problem.of("history.revert.nothing"));
        }
        String label = mainEntry(changeSetId).map(e -> label(e.recordTable(), e.recordId())).orElse("");
        HistorySql sql = HistorySql.of(database.dialect());
        return database.inTransaction(c -> {
            try (var s = c.createStatement()) {
                s.execute(sql.deferLinks());
            }
            Map<String, AuditTriggers.Table> tables = tables(c);
            for (int i = entries.size() - 1; i >= 0; i--) {
                AuditEntry e = entries.get(i);
                AuditTriggers.Table t = tables.get(e.table());
                if (t == null) {
                    throw new RevertRefused(Problem.of("history.revert.changed", label));
                }
                checkUnchanged(c, sql, t, e, label);
                undo(c, sql, t, e);
            }
            if (sql.linksBroken(c)) {
                throw new RevertRefused(Problem.of("history.revert.linked", label));
            }
            jdbc.update("UPDATE change_set SET in_trash = 0 WHERE id = ?", changeSetId);
            jdbc.update("UPDATE change_set SET reverts = ? WHERE open = 1", changeSetId);
            return jdbc.count("SELECT id FROM change_set WHERE open = 1");
        });
    }

    private static void checkUnchanged(Connection c, HistorySql sql, AuditTriggers.Table t, AuditEntry e,
            String label) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.unchanged(t))) {
            sql.bindUnchanged(ps, t, e.newValues(), e.newValues() != null ? e.newValues() : e.oldValues());
            try (ResultSet rs = ps.executeQuery()) {
                boolean exists = rs.next();
                if (e.operation() == AuditEntry.Operation.DELETE) {
                    if (exists) {
                        // Numbers are never given again (V10, decision 0017): only a link row keyed by what it
                        // links (a participant, a level) can exist again.
                        throw new RevertRefused(Problem.of("history.revert.taken", label));
                    }
                } else if (!exists || !rs.getBoolean(1)) {
                    throw new RevertRefused(Problem.of("history.revert.changed", label));
                }
            }
        }
    }

    private static void undo(Connection c, HistorySql sql, AuditTriggers.Table t, AuditEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.undo(t, e.operation()))) {
            sql.bindUndo(ps, t, e);
            ps.executeUpdate();
        }
    }

    private static Map<String, AuditTriggers.Table> tables(Connection c) throws SQLException {
        Map<String, AuditTriggers.Table> out = new LinkedHashMap<>();
        for (AuditTriggers.Table t : AuditTriggers.tables(c)) {
            out.put(t.name(), t);
        }
        return out;
    }

    /** Empties the trash of what was deleted more than {@link #TRASH_KEPT} ago; returns how many left it. */
    public int emptyTrash(Instant now) {
        return jdbc.update("UPDATE change_set SET in_trash = 0 WHERE in_trash = 1 AND at < ?",
                now.minus(TRASH_KEPT).toString());
    }

    /** The deleted records that can be restored, newest first (the trash is emptied of old ones first). */
    public List<TrashItem> trash(Instant now) {
        emptyTrash(now);
        List<TrashItem> items = new ArrayList<>();
        for (long id : jdbc.list("SELECT id FROM change_set WHERE in_trash = 1 ORDER BY id DESC",
                rs -> rs.getLong(1))) {
            mainEntry(id).ifPresent(e -> {
                String label = labelOf(e.oldValues() != null ? e.oldValues() : "{}");
                items.add(new TrashItem(id, e.at(), e.recordTable(), e.recordId(),
                        label.isBlank() ? "n° " + e.recordId() : label));
            });
        }
        return items;
    }

    /** Brings a deleted record back from the trash, with its details; returns the restoring change set. */
    public long restore(long changeSetId) {
        return revert(changeSetId);
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        String at = rs.getString(3);
        long revertsId = rs.getLong(10);
        Long reverts = rs.wasNull() ? null : revertsId;
        return new AuditEntry(rs.getLong(1), rs.getLong(2), at == null ? Instant.EPOCH : Instant.parse(at),
                rs.getString(4), rs.getString(5), rs.getString(6), AuditEntry.Operation.valueOf(rs.getString(7)),
                rs.getString(8), rs.getString(9), reverts, rs.getString(11));
    }
}
