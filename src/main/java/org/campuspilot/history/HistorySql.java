package org.campuspilot.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.campuspilot.db.AuditTriggers;
import org.campuspilot.db.Dialect;

/**
 * The history's queries that read its JSON, in each engine's words (decision 0033): SQLite's {@code json_each} and
 * {@code json_extract}, PostgreSQL's {@code json_each_text} and {@code json_populate_record} (which gives each value
 * its column's type, so a value written by either engine goes back into either). Same results on both.
 */
abstract class HistorySql {
    private static final HistorySql SQLITE = new Sqlite();
    private static final HistorySql POSTGRESQL = new Postgres();

    static HistorySql of(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? POSTGRESQL : SQLITE;
    }

    /** Each column of the objects bound as before (1) and after (2), with its values, in the columns' order. */
    abstract String changes();

    /** A column compared with a value bound as text. */
    abstract String asText(String column);

    /** Lets links be broken until {@link #linksBroken} (a reversal writes rows in the order they were written). */
    abstract String deferLinks();

    /** True when a link is broken now; on PostgreSQL the transaction can then only be rolled back. */
    abstract boolean linksBroken(Connection c) throws SQLException;

    /**
     * Whether the row keyed by the entry's values is as the entry left it ({@code updated_at} aside): one row with
     * true, one with false, or none when it is gone. Bound by {@link #bindUnchanged}.
     */
    abstract String unchanged(AuditTriggers.Table t);

    abstract void bindUnchanged(PreparedStatement ps, AuditTriggers.Table t, String compared, String key)
            throws SQLException;

    /** The statement that reverses one entry; bound by {@link #bindUndo}. */
    abstract String undo(AuditTriggers.Table t, AuditEntry.Operation operation);

    abstract void bindUndo(PreparedStatement ps, AuditTriggers.Table t, AuditEntry e) throws SQLException;

    private static final class Sqlite extends HistorySql {
        @Override
        String changes() {
            return """
                    SELECT k.key,
                           (SELECT o.atom FROM json_each(?1) o WHERE o.key = k.key),
                           (SELECT n.atom FROM json_each(?2) n WHERE n.key = k.key)
                    FROM json_each(COALESCE(?2, ?1)) k ORDER BY k.id""";
        }

        @Override
        String asText(String column) {
            return column;
        }

        @Override
        String deferLinks() {
            return "PRAGMA defer_foreign_keys = ON";
        }

        @Override
        boolean linksBroken(Connection c) throws SQLException {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                return rs.next();
            }
        }

        @Override
        String unchanged(AuditTriggers.Table t) {
            return "SELECT json_remove(" + AuditTriggers.json(t.columns(), t.name()) + ", '$.updated_at')"
                    + " IS json_remove(?1, '$.updated_at') FROM " + t.name() + " WHERE " + keyIn(t);
        }

        @Override
        void bindUnchanged(PreparedStatement ps, AuditTriggers.Table t, String compared, String key)
                throws SQLException {
            ps.setString(1, compared);
            ps.setString(2, key);
        }

        @Override
        String undo(AuditTriggers.Table t, AuditEntry.Operation operation) {
            return switch (operation) {
                case INSERT -> "DELETE FROM " + t.name() + " WHERE " + keyIn(t);
                case UPDATE -> "UPDATE " + t.name() + " SET " + String.join(", ", t.columns().stream()
                        .map(col -> col + " = json_extract(?1, '$." + col + "')").toList()) + " WHERE " + keyIn(t);
                case DELETE -> "INSERT INTO " + t.name() + " (" + String.join(", ", t.columns()) + ") VALUES ("
                        + String.join(", ", t.columns().stream().map(col -> "json_extract(?1, '$." + col + "')")
                                .toList()) + ")";
            };
        }

        @Override
        void bindUndo(PreparedStatement ps, AuditTriggers.Table t, AuditEntry e) throws SQLException {
            if (e.operation() != AuditEntry.Operation.INSERT) {
                ps.setString(1, e.oldValues());
            }
            if (e.operation() != AuditEntry.Operation.DELETE) {
                ps.setString(2, e.newValues());
            }
        }

        /** The row whose key columns hold the values of the JSON object bound as parameter 2. */
        private static String keyIn(AuditTriggers.Table t) {
            return String.join(" AND ", t.key().stream().map(k -> k + " = json_extract(?2, '$." + k + "')")
                    .toList());
        }
    }

    private static final class Postgres extends HistorySql {
        @Override
        String changes() {
            return """
                    SELECT k.key, o.value, n.value
                    FROM (SELECT CAST(? AS json) AS before, CAST(? AS json) AS after) p
                    CROSS JOIN LATERAL json_each_text(COALESCE(p.after, p.before)) WITH ORDINALITY AS k(key, value, n)
                    LEFT JOIN LATERAL json_each_text(p.before) o ON o.key = k.key
                    LEFT JOIN LATERAL json_each_text(p.after) n ON n.key = k.key
                    ORDER BY k.n""";
        }

        @Override
        String asText(String column) {
            return column + "::text";
        }

        @Override
        String deferLinks() {
            return "SET CONSTRAINTS ALL DEFERRED";
        }

        @Override
        boolean linksBroken(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("SET CONSTRAINTS ALL IMMEDIATE");
                return false;
            } catch (SQLException e) {
                if ("23503".equals(e.getSQLState())) {
                    return true;
                }
                throw e;
            }
        }

        @Override
        String unchanged(AuditTriggers.Table t) {
            // Through the table's row type: a value copied from a file (SQLite's 1 for true) compares as its column.
            return "SELECT (to_jsonb(" + t.name() + ") - 'updated_at') = (to_jsonb(json_populate_record(NULL::"
                    + t.name() + ", CAST(? AS json))) - 'updated_at') FROM " + t.name() + " WHERE " + keyIn(t);
        }

        @Override
        void bindUnchanged(PreparedStatement ps, AuditTriggers.Table t, String compared, String key)
                throws SQLException {
            ps.setString(1, compared);
            bindKey(ps, 2, t, key);
        }

        @Override
        String undo(AuditTriggers.Table t, AuditEntry.Operation operation) {
            String columns = String.join(", ", t.columns());
            String record = "json_populate_record(NULL::" + t.name() + ", CAST(? AS json))";
            return switch (operation) {
                case INSERT -> "DELETE FROM " + t.name() + " WHERE " + keyIn(t);
                case UPDATE -> "UPDATE " + t.name() + " SET (" + columns + ") = (SELECT " + columns + " FROM "
                        + record + ") WHERE " + keyIn(t);
                case DELETE -> "INSERT INTO " + t.name() + " (" + columns + ") SELECT " + columns + " FROM "
                        + record;
            };
        }

        @Override
        void bindUndo(PreparedStatement ps, AuditTriggers.Table t, AuditEntry e) throws SQLException {
            switch (e.operation()) {
                case INSERT -> bindKey(ps, 1, t, e.newValues());
                case UPDATE -> {
                    ps.setString(1, e.oldValues());
                    bindKey(ps, 2, t, e.newValues());
                }
                case DELETE -> ps.setString(1, e.oldValues());
            }
        }

        private static String keyIn(AuditTriggers.Table t) {
            return String.join(" AND ", t.key().stream().map(k -> k + "::text = (CAST(? AS json) ->> '" + k + "')")
                    .toList());
        }

        private static void bindKey(PreparedStatement ps, int first, AuditTriggers.Table t, String json)
                throws SQLException {
            List<String> key = t.key();
            for (int i = 0; i < key.size(); i++) {
                ps.setString(first + i, json);
            }
        }
    }
}
