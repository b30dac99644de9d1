package org.campuspilot.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The triggers that write the history ({@code audit_entry}): one per table and kind of change, generated from the
 * table's columns, so that a column added by a later migration is recorded without anyone writing a trigger. They are
 * compared with the file's triggers each time it is opened and re-created when they differ.
 */
public final class AuditTriggers {
    /**
     * Not records of the campus: the schema, the history itself, the import screen's remembered mappings, the notes
     * of which contact was merged into which, the bytes of attached files (each stored once, never rewritten).
     */
    static final Set<String> NOT_AUDITED = Set.of("schema_version", "change_set", "audit_entry", "import_mapping",
            "contact_merge", "attachment_file");
    /**
     * Recorded only when deleted: the annuaire values an import keeps to tell hand edits apart (derived data, rewritten
     * by every import, so not worth a history of their own), which must come back with an establishment restored
     * from the Corbeille.
     */
    static final Set<String> DELETE_ONLY = Set.of("establishment_import_value");
    /** Changed by every save: not a change on its own. */
    private static final Set<String> NOT_COMPARED = Set.of("updated_at");
    /** json_object takes at most 127 arguments: wider rows are built in parts. */
    private static final int COLUMNS_PER_OBJECT = 60;

    private AuditTriggers() {
    }

    /** One audited table: its columns, its primary key and the record its rows are shown under. */
    public record Table(String name, List<String> columns, List<String> key, String recordTable,
            List<String> recordKey) {
    }

    /** Creates the missing triggers and re-creates the ones whose table changed. */
    static void install(Connection c) throws SQLException {
        if (Dialect.of(c) == Dialect.POSTGRESQL) {
            PostgresAudit.install(c);
            return;
        }
        Map<String, String> existing = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                        + " AND name LIKE 'audit\\_%' ESCAPE '\\'")) {
            while (rs.next()) {
                existing.put(rs.getString(1), rs.getString(2));
            }
        }
        try (Statement s = c.createStatement()) {
            java.util.Set<String> expected = new java.util.HashSet<>();
            for (Table table : tables(c)) {
                for (String op : operations(table)) {
                    expected.add("audit_" + table.name() + "_" + op.toLowerCase(java.util.Locale.ROOT));
                }
            }
            for (String name : existing.keySet()) {
                if (!expected.contains(name)) {
                    s.execute("DROP TRIGGER " + name); // A table no longer audited (or gone).
                }
            }
            for (Table table : tables(c)) {
                for (String op : operations(table)) {
                    String name = "audit_" + table.name() + "_" + op.toLowerCase(java.util.Locale.ROOT);
                    String sql = trigger(name, table, op);
                    if (!sql.equals(existing.get(name))) {
                        s.execute("DROP TRIGGER IF EXISTS " + name);
                        s.execute(sql);
                    }
                }
            }
        }
    }

    private static List<String> operations(Table table) {
        return DELETE_ONLY.contains(table.name()) ? List.of("DELETE") : List.of("INSERT", "UPDATE", "DELETE");
    }

    /** Every audited table of the file, with its key and the record it belongs to. */
    public static List<Table> tables(Connection c) throws SQLException {
        if (Dialect.of(c) == Dialect.POSTGRESQL) {
            return PostgresAudit.tables(c);
        }
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                        + " AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                if (!NOT_AUDITED.contains(rs.getString(1))) {
                    names.add(rs.getString(1));
                }
            }
        }
        List<Table> tables = new ArrayList<>();
        for (String name : names) {
            tables.add(describe(c, name));
        }
        return tables;
    }

    static Table describe(Connection c, String name) throws SQLException {
        if (Dialect.of(c) == Dialect.POSTGRESQL) {
            return PostgresAudit.describe(c, name);
        }
        List<String> columns = new ArrayList<>();
        Map<Integer, String> key = new java.util.TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + name + ")")) {
            while (rs.next()) {
                columns.add(rs.getString("name"));
                if (rs.getInt("pk") > 0) {
                    key.put(rs.getInt("pk"), rs.getString("name"));
                }
            }
        }
        String recordTable = name;
        List<String> recordKey = List.copyOf(key.values());
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA foreign_key_list(" + name + ")")) {
            while (rs.next()) {
                // A detail row (levels of an action, an instalment of a grant) is shown in its owner's history.
                if ("CASCADE".equals(rs.getString("on_delete"))) {
                    recordTable = rs.getString("table");
                    recordKey = List.of(rs.getString("from"));
                    break;
                }
            }
        }
        return new Table(name, List.copyOf(columns), List.copyOf(key.values()), recordTable, recordKey);
    }

    private static String trigger(String name, Table t, String op) {
        String row = "DELETE".equals(op) ? "OLD" : "NEW";
        String oldValues = "INSERT".equals(op) ? "NULL" : json(t.columns(), "OLD");
        String newValues = "DELETE".equals(op) ? "NULL" : json(t.columns(), "NEW");
        String when = "";
        if ("INSERT".equals(op)) {
            // Silent while a bulk write records this table's inserts itself (recordInserts): one index probe per row.
            when = " WHEN NOT EXISTS (SELECT 1 FROM change_set WHERE open = 1 AND bulk_table = '" + t.name() + "')";
        }
        if ("UPDATE".equals(op)) {
            List<String> compared = t.columns().stream().filter(col -> !NOT_COMPARED.contains(col)).toList();
            when = " WHEN " + json(compared, "OLD") + " IS NOT " + json(compared, "NEW");
        }
        return "CREATE TRIGGER " + name + " AFTER " + op + " ON " + t.name() + when + " BEGIN"
                + " INSERT INTO audit_entry (change_set_id, table_name, record_table, record_id, operation,"
                + " old_values, new_values) VALUES ((SELECT id FROM change_set WHERE open = 1), '" + t.name()
                + "', '" + t.recordTable() + "', " + recordId(t, row) + ", '" + op + "', " + oldValues + ", "
                + newValues + "); END";
    }

    private static String recordId(Table t, String row) {
        return recordId(t, row, Dialect.SQLITE);
    }

    private static String recordId(Table t, String row, Dialect dialect) {
        String cast = dialect == Dialect.POSTGRESQL ? "::text" : "";
        return String.join(" || '|' || ", t.recordKey().stream().map(k -> row + "." + k + cast).toList());
    }

    /**
     * Starts a bulk insert into {@code table} in the running transaction: its insert trigger stays silent until
     * {@link #recordInserts} writes the same history entries for all the rows in one statement. The transaction must
     * be a change set's ({@code Database.inTransaction} on a file open for writing), and must call
     * {@link #recordInserts} before it commits: a rollback undoes both.
     */
    public static void silenceInserts(Connection c, String table) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement(
                "UPDATE change_set SET bulk_table = ? WHERE open = 1")) {
            ps.setString(1, table);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("No open change set to record the bulk insert into " + table);
            }
        }
        if (Dialect.of(c) == Dialect.POSTGRESQL) {
            bulkSetting(c, table); // the trigger reads it for each row, a table only once
        }
    }

    /**
     * Writes the history of the rows inserted into {@code table} since {@link #silenceInserts}, those whose rowid (on
     * PostgreSQL: id) is {@code firstRowid} or more, exactly as the insert trigger would have (same values, in rowid order), in one
     * statement, and makes the trigger speak again. Returns the number of entries written.
     */
    public static int recordInserts(Connection c, String table, long firstRowid) throws SQLException {
        Table t = describe(c, table);
        Dialect dialect = Dialect.of(c);
        String rowid = dialect == Dialect.POSTGRESQL ? "id" : "rowid";
        int written;
        try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (change_set_id, table_name,"
                + " record_table, record_id, operation, old_values, new_values) SELECT (SELECT id FROM change_set"
                + " WHERE open = 1), '" + t.name() + "', '" + t.recordTable() + "', " + recordId(t, t.name(), dialect)
                + ", 'INSERT', NULL, " + dialect.rowJson(t.columns(), t.name()) + " FROM " + t.name()
                + " WHERE " + t.name() + "." + rowid + " >= ? ORDER BY " + t.name() + "." + rowid)) {
            ps.setLong(1, firstRowid);
            written = ps.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE change_set SET bulk_table = NULL WHERE open = 1");
        }
        if (dialect == Dialect.POSTGRESQL) {
            bulkSetting(c, "");
        }
        return written;
    }

    /** The transaction's {@code campuspilot.bulk}: the table whose inserts the trigger leaves to a bulk write. */
    private static void bulkSetting(Connection c, String table) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT set_config('campuspilot.bulk', ?, true)")) {
            ps.setString(1, table);
            ps.execute();
        }
    }

    /** A JSON object of the row's columns, as the triggers write it ({@code row} is OLD, NEW or a table name). */
    public static String json(List<String> columns, String row) {
        List<String> first = columns.subList(0, Math.min(columns.size(), COLUMNS_PER_OBJECT));
        String out = "json_object(" + String.join(", ", first.stream()
                .map(col -> "'" + col + "', " + row + "." + col).toList()) + ")";
        for (int from = COLUMNS_PER_OBJECT; from < columns.size(); from += COLUMNS_PER_OBJECT) {
            // json_insert keeps a NULL value as null (json_patch would drop the key).
            List<String> slice = columns.subList(from, Math.min(columns.size(), from + COLUMNS_PER_OBJECT));
            out = "json_insert(" + out + ", " + String.join(", ", slice.stream()
                    .map(col -> "'$." + col + "', " + row + "." + col).toList()) + ")";
        }
        return out;
    }
}
