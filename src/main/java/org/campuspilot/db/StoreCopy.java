package org.campuspilot.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies a whole campus from one store to another (decision 0034): a file into a server, a server into a file (a
 * backup, or a copy to work offline), a backup file back into a server. Every table is copied, the history and the
 * trash included, with the same numbers; what the copy writes is not history of its own. All or nothing: the rows
 * are read from one snapshot of the source, written in one transaction of the target, and counted on both sides
 * before the commit; a count that differs rolls everything back.
 */
public final class StoreCopy {
    private static final int BATCH = 500;

    /** Whether the target may hold a campus already: only when the user agreed to replace it. */
    public enum Mode {
        /** The target is new or empty; one with records is refused untouched. */
        INTO_EMPTY,
        /** The target's rows are all replaced by the source's. */
        REPLACE
    }

    /** The rows of each table, in the order copied. */
    public record Counts(Map<String, Long> rows) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }

        public long of(String table) {
            return rows.getOrDefault(table, 0L);
        }
    }

    /** The target holds a campus and the copy was not asked to replace it: nothing was written. */
    public static final class TargetNotEmpty extends RuntimeException implements KnownCondition {
        private final transient Counts present;

        TargetNotEmpty(Counts present) {
            super("The target already holds a campus");
            this.present = present;
        }

        public Counts present() {
            return present;
        }
    }

    /** Source and target are not at the same schema version (a read-only source of an older version). */
    public static final class VersionsDiffer extends RuntimeException implements KnownCondition {
        VersionsDiffer(int source, int target) {
            super("Schema version " + source + " cannot be copied into version " + target);
        }
    }

    /** The copy wrote a different number of rows than it read: rolled back. */
    public static final class CountsDiffer extends RuntimeException {
        CountsDiffer(String table, long read, long written) {
            super("Table " + table + ": " + read + " rows read, " + written + " written");
        }
    }

    private StoreCopy() {
    }

    /** Copies every row of {@code from} into {@code to} (both opened; {@code to} for writing); returns the counts. */
    public static Counts copy(Database from, Database to, Mode mode) {
        return from.readingSnapshot(source -> to.outsideHistory(target -> {
            boolean server = Dialect.of(target) == Dialect.POSTGRESQL;
            try (Statement s = target.createStatement()) {
                if (server) {
                    // The triggers are told to stay silent (campus_audit reads it); the links are checked at the end.
                    s.execute("SET LOCAL campuspilot.copying = 'on'");
                    s.execute("SET CONSTRAINTS ALL DEFERRED");
                } else {
                    // Removed and re-created within the transaction: a failure leaves them as they were.
                    s.execute("PRAGMA defer_foreign_keys = ON");
                    SqliteFiles.dropAuditTriggers(s);
                }
            }
            Counts counts = copy(source, target, mode);
            if (server) {
                try (Statement s = target.createStatement()) {
                    // The planner's statistics of tables just filled: without them it takes them for empty, and
                    // joins a report's 50,000 actions by nested loops (157 s instead of 0.2 s on the ten-year
                    // campus). A role that does not own them gets a warning, not an error; autovacuum does it later.
                    s.execute("ANALYZE");
                }
                try (PreparedStatement ps = target.prepareStatement(
                        "SELECT pg_notify('" + ServerChanges.CHANNEL + "', ?)")) {
                    ps.setString(1, to.tag() + ":copy"); // the other windows read the campus again
                    ps.execute();
                }
            } else {
                AuditTriggers.install(target);
                try (Statement s = target.createStatement();
                        ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                    if (rs.next()) {
                        throw new SQLException("Broken link in " + rs.getString(1) + " after the copy");
                    }
                }
            }
            return counts;
        }));
    }

    /**
     * Writes the campus into a new file {@code target} (which must not exist), built whole or not at all as every new
     * campus file is ({@link NewFile#build}): a failure leaves nothing behind.
     */
    public static Counts intoNewFile(Database from, java.nio.file.Path target) throws java.io.IOException {
        Counts[] counts = new Counts[1];
        try {
            NewFile.build(target, Database.Options.DEFAULT, copy -> counts[0] = copy(from, copy, Mode.INTO_EMPTY))
                    .close();
            return counts[0];
        } catch (DataAccessException | NewFile.AlreadyThere e) {
            throw new java.io.IOException(e.getMessage(), e);
        }
    }

    /** The rows of each of the campus's tables (the schema's own bookkeeping left out). */
    public static Counts count(Database db) {
        return db.withConnection(c -> new Counts(count(c, tables(c))));
    }

    /** Whether the campus holds no record and no history (a new database, or one only migrated). */
    public static boolean isEmpty(Database db) {
        return db.withConnection(StoreCopy::isEmpty);
    }

    private static Counts copy(Connection source, Connection target, Mode mode) throws SQLException {
        int sourceVersion = version(source);
        int targetVersion = version(target);
        if (sourceVersion != targetVersion) {
            throw new VersionsDiffer(sourceVersion, targetVersion);
        }
        List<String> tables = tables(target);
        if (mode == Mode.INTO_EMPTY && !isEmpty(target)) {
            throw new TargetNotEmpty(new Counts(count(target, tables)));
        }
        Dialect targetDialect = Dialect.of(target);
        if (targetDialect == Dialect.POSTGRESQL) {
            try (Statement s = target.createStatement()) {
                // No other window writes while the campus is replaced under it.
                s.execute("LOCK TABLE " + String.join(", ", tables) + " IN EXCLUSIVE MODE");
            }
        }
        for (String table : reversed(tables)) {
            try (Statement s = target.createStatement()) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
        Map<String, Long> read = count(source, tables);
        for (String table : tables) {
            copyTable(source, target, table);
        }
        Map<String, Long> written = count(target, tables);
        for (String table : tables) {
            if (!read.get(table).equals(written.get(table))) {
                throw new CountsDiffer(table, read.get(table), written.get(table));
            }
        }
        StoreNumbering.keep(source, target, tables);
        return new Counts(read);
    }

    private static List<String> reversed(List<String> tables) {
        List<String> out = new ArrayList<>(tables);
        java.util.Collections.reverse(out);
        return out;
    }

    /** The campus's tables, those referred to before those referring to them, the schema's version left out. */
    static List<String> tables(Connection c) throws SQLException {
        Map<String, List<String>> references = new LinkedHashMap<>();
        for (String table : allTables(c)) {
            references.put(table, referencedBy(c, table));
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < references.size()) {
            int before = ordered.size();
            for (var e : references.entrySet()) {
                if (!ordered.contains(e.getKey()) && e.getValue().stream()
                        .allMatch(t -> t.equals(e.getKey()) || ordered.contains(t) || !references.containsKey(t))) {
                    ordered.add(e.getKey());
                }
            }
            if (ordered.size() == before) { // a cycle: the deferred links are checked at the commit anyway
                references.keySet().stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
            }
        }
        return ordered;
    }

    private static List<String> allTables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        String sql = Dialect.of(c) == Dialect.POSTGRESQL
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                        + " AND table_type = 'BASE TABLE' ORDER BY table_name"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                        + " ORDER BY name";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                if (!"schema_version".equals(rs.getString(1))) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /** The tables {@code table}'s links point to. */
    private static List<String> referencedBy(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getImportedKeys(null, null, table)) {
            while (rs.next()) {
                out.add(rs.getString("PKTABLE_NAME"));
            }
        }
        return out;
    }

    private static boolean isEmpty(Connection c) throws SQLException {
        for (AuditTriggers.Table t : AuditTriggers.tables(c)) {
            if (rows(c, t.name()) > 0) {
                return false;
            }
        }
        return rows(c, "audit_entry") == 0;
    }

    private static Map<String, Long> count(Connection c, List<String> tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, rows(c, table));
        }
        return counts;
    }

    private static long rows(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Copies a table's rows, the columns both sides have, in key order, each value as the target's column takes it. */
    private static void copyTable(Connection source, Connection target, String table) throws SQLException {
        Map<String, Integer> targetColumns = columns(target, table);
        List<String> columns = new ArrayList<>(columns(source, table).keySet());
        columns.retainAll(targetColumns.keySet());
        if (columns.isEmpty()) {
            return;
        }
        String list = String.join(", ", columns);
        String order = columns.contains("id") ? " ORDER BY id" : "";
        String marks = String.join(", ", columns.stream().map(col -> "?").toList());
        try (Statement s = source.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + list + " FROM " + table + order);
                PreparedStatement insert = target.prepareStatement("INSERT INTO " + table + " (" + list
                        + ") VALUES (" + marks + ")")) {
            int pending = 0;
            while (rs.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    bind(insert, i + 1, rs.getObject(i + 1), targetColumns.get(columns.get(i)));
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    /** A value read from one engine, written as the other's column type wants it (SQLite keeps truth as 0 and 1). */
    private static void bind(PreparedStatement ps, int index, Object value, int type) throws SQLException {
        if (value == null) {
            ps.setNull(index, type);
        } else if ((type == Types.BOOLEAN || type == Types.BIT) && value instanceof Number n) {
            ps.setBoolean(index, n.longValue() != 0);
        } else if (value instanceof Boolean b && type != Types.BOOLEAN && type != Types.BIT) {
            ps.setLong(index, b ? 1 : 0);
        } else if (value instanceof java.math.BigDecimal d && Dialect.of(ps.getConnection()) == Dialect.SQLITE) {
            ps.setString(index, d.toPlainString());
        } else {
            ps.setObject(index, value);
        }
    }

    static Map<String, Integer> columns(Connection c, String table) throws SQLException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                out.put(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT), meta.getColumnType(i));
            }
        }
        return out;
    }
}
