package org.campuspilot.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The numbering a copied campus keeps ({@link StoreCopy}): the identity sequences, or SQLite's sqlite_sequence. */
final class StoreNumbering {
    private StoreNumbering() {
    }

    /**
     * The target gives new records numbers after every number the source ever gave (a deleted record's number is
     * never given again: the trash can bring it back, decision 0017).
     */
    static void keep(Connection source, Connection target, List<String> tables) throws SQLException {
        Map<String, Long> given = lastNumbers(source, tables);
        Dialect dialect = Dialect.of(target);
        for (String table : tables) {
            if (!StoreCopy.columns(target, table).containsKey("id")) {
                continue;
            }
            long last = Math.max(given.getOrDefault(table, 0L), maxId(target, table));
            if (dialect == Dialect.POSTGRESQL) {
                try (PreparedStatement ps = target.prepareStatement(
                        "SELECT setval(pg_get_serial_sequence(?, 'id'), ?, ?) WHERE pg_get_serial_sequence(?, 'id')"
                                + " IS NOT NULL")) {
                    ps.setString(1, table);
                    ps.setLong(2, Math.max(last, 1));
                    ps.setBoolean(3, last > 0);
                    ps.setString(4, table);
                    ps.execute();
                }
            } else if (last > 0 && hasSequenceTable(target)) {
                try (PreparedStatement ps = target.prepareStatement(
                        "UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = ?")) {
                    ps.setLong(1, last);
                    ps.setString(2, table);
                    if (ps.executeUpdate() == 0 && isAutoincrement(target, table)) {
                        try (PreparedStatement insert = target.prepareStatement(
                                "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)")) {
                            insert.setString(1, table);
                            insert.setLong(2, last);
                            insert.executeUpdate();
                        }
                    }
                }
            }
        }
    }

    /** The last number each table gave: its sequence (on a server) or SQLite's {@code sqlite_sequence}. */
    private static Map<String, Long> lastNumbers(Connection c, List<String> tables) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        if (Dialect.of(c) == Dialect.POSTGRESQL) {
            for (String table : tables) {
                if (!StoreCopy.columns(c, table).containsKey("id")) {
                    continue;
                }
                // pg_sequences needs no right on the sequence (a reader's backup): it shows null without one.
                try (PreparedStatement ps = c.prepareStatement("SELECT s.last_value FROM pg_sequences s"
                        + " WHERE quote_ident(s.schemaname) || '.' || quote_ident(s.sequencename)"
                        + " = pg_get_serial_sequence(?, 'id')")) {
                    ps.setString(1, table);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next() && rs.getObject(1) != null) {
                            out.put(table, rs.getLong(1));
                        }
                    }
                }
            }
        } else if (hasSequenceTable(c)) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, seq FROM sqlite_sequence")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    private static long maxId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean hasSequenceTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'")) {
            return rs.next();
        }
    }

    private static boolean isAutoincrement(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1).toUpperCase(java.util.Locale.ROOT).contains("AUTOINCREMENT");
            }
        }
    }
}
