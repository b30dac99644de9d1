package org.campuspilot.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Migration V10: every record table keyed {@code id INTEGER PRIMARY KEY} is rebuilt {@code AUTOINCREMENT}, so that
 * SQLite never gives a deleted record's number to a new one and the trash can always bring it back (see
 * docs/decisions/0017-ids-never-reused.md). SQLite's procedure for changing a table: run with foreign keys off (by
 * {@link Migrations}), create {@code new_X} from X's own DDL, copy, drop X, rename, recreate X's indexes. Written in
 * Java because it reads each table's DDL as the file has it (columns added by later migrations included).
 */
final class IdsNeverReused {
    static final String NAME = "V10__ids_never_reused";
    private static final Pattern ID_KEY = Pattern.compile("\\bid\\s+INTEGER\\s+PRIMARY\\s+KEY\\b(?!\\s+AUTOINCREMENT)",
            Pattern.CASE_INSENSITIVE);

    private IdsNeverReused() {
    }

    static void apply(Connection c) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
                ORDER BY name""")) {
            while (rs.next()) {
                if (!AuditTriggers.NOT_AUDITED.contains(rs.getString(1)) && ID_KEY.matcher(rs.getString(2)).find()) {
                    tables.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            // The history's triggers name the tables; they are installed again after the migrations.
            for (String trigger : names(c, "SELECT name FROM sqlite_master WHERE type = 'trigger'")) {
                s.execute("DROP TRIGGER " + trigger);
            }
            for (Map.Entry<String, String> table : tables.entrySet()) {
                rebuild(c, s, table.getKey(), table.getValue());
            }
        }
    }

    private static void rebuild(Connection c, Statement s, String table, String ddl) throws SQLException {
        List<String> indexes = names(c, "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                + " AND tbl_name = '" + table + "'");
        Matcher head = Pattern.compile("^CREATE\\s+TABLE\\s+(\"?)" + Pattern.quote(table) + "\\1",
                Pattern.CASE_INSENSITIVE).matcher(ddl);
        if (!head.find()) {
            throw new SQLException("Unexpected DDL of " + table + ": " + ddl);
        }
        String created = "CREATE TABLE new_" + table + ddl.substring(head.end());
        created = ID_KEY.matcher(created).replaceFirst("id INTEGER PRIMARY KEY AUTOINCREMENT");
        s.execute(created);
        s.execute("INSERT INTO new_" + table + " SELECT * FROM " + table);
        s.execute("DROP TABLE " + table);
        s.execute("ALTER TABLE new_" + table + " RENAME TO " + table);
        for (String index : indexes) {
            s.execute(index);
        }
        // The next number is past every number the table ever gave, the deleted ones included (its history).
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT MAX(COALESCE((SELECT MAX(id) FROM %s), 0), COALESCE((SELECT MAX(CAST(json_extract(
                    COALESCE(new_values, old_values), '$.id') AS INTEGER)) FROM audit_entry WHERE table_name = ?1), 0))
                """.formatted(table))) {
            ps.setString(1, table);
            long highest;
            try (ResultSet rs = ps.executeQuery()) {
                highest = rs.next() ? rs.getLong(1) : 0;
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM sqlite_sequence WHERE name = ?")) {
                del.setString(1, table);
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)")) {
                ins.setString(1, table);
                ins.setLong(2, highest);
                ins.executeUpdate();
            }
        }
    }

    private static List<String> names(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
