package org.campuspilot.history;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.campuspilot.db.Database;

/** The whole content of a campus, to compare before and after an undo, a redo or a restore from the trash. */
final class CampusRows {
    private CampusRows() {
    }

    /** Every row of every table of the campus (the history's own tables aside), as text. */
    static Map<String, List<String>> everyRow(Database db) {
        return db.withConnection(c -> {
            List<String> tables = new ArrayList<>();
            String names = db.dialect() == org.campuspilot.db.Dialect.POSTGRESQL ? """
                    SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()
                    AND table_name NOT IN ('audit_entry', 'change_set', 'schema_version')""" : """
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                    AND name NOT IN ('audit_entry', 'change_set', 'schema_version')""";
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(names)) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, List<String>> out = new TreeMap<>();
            for (String t : tables) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + t)) {
                    ResultSetMetaData m = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= m.getColumnCount(); i++) {
                            row.append(m.getColumnName(i)).append('=').append(rs.getString(i)).append(';');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                out.put(t, rows);
            }
            return out;
        });
    }
}
