package org.campuspilot.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.campuspilot.TestCampus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migration V10 rebuilds the record tables AUTOINCREMENT, keeping every row, link and number of a V9 file. */
class IdsNeverReusedTest {
    @TempDir Path dir;

    @Test
    void aVersion9FileKeepsEveryRowLinkAndNumberAndNeverGivesADeletedNumberAgain() throws Exception {
        Path demo = dir.resolve("demo.campuspilot");
        TestCampus.demo(demo);
        Path file = version9(dir.resolve("v9.campuspilot"), demo);
        Map<String, List<String>> v9Columns = columns(file);
        Map<String, List<String>> before = contents(file, v9Columns);
        long highest = new Jdbc(Database.open(demo)).count("SELECT MAX(id) FROM company");
        // A company created and deleted after the newest one: only the history remembers its number.
        sql(file, "INSERT INTO audit_entry (table_name, record_table, record_id, operation, old_values) VALUES"
                + " ('company', 'company', '" + (highest + 7) + "', 'DELETE', json_object('id', " + (highest + 7)
                + "))");
        List<String> guarded = new ArrayList<>();
        Database db = Database.open(file, Database.Options.DEFAULT.beforeMigration((d, from, to) -> guarded.add(
                from + ">" + to)));
        assertEquals(List.of("9>" + Migrations.latestVersion()), guarded, "backed up before");
        // The columns version 9 had: later migrations add some (V13, V14 on change_set; V16 to V18 on grants,
        // entries, the organisations at events, the campus), checked below or by their own tests.
        Map<String, List<String>> after = contents(file, v9Columns);
        after.get("audit_entry").remove(after.get("audit_entry").size() - 1);
        assertEquals(List.of(), after.remove("contact_merge"), "a table of a later migration, empty");
        assertEquals(List.of(), after.remove("attachment_file"), "V15's pièces justificatives, none yet");
        assertEquals(List.of(), after.remove("entry_attachment"), "V15's pièces justificatives, none yet");
        for (String later : List.of("analytic_project", "project_forecast", "label_objective",
                "label_objective_value", "label_text")) {
            assertEquals(List.of(), after.remove(later), later + ": a table of a later migration, empty");
        }
        assertEquals(before.keySet(), after.keySet());
        // V13 adds change_set.bulk_table, null on every change set but a running bulk import's, and V14 made_by,
        // unknown for the changes made before it.
        assertEquals(0, new Jdbc(Database.open(file)).count("SELECT COUNT(*) FROM change_set WHERE bulk_table IS NOT NULL"
                + " OR made_by IS NOT NULL"));
        for (String table : before.keySet()) {
            assertEquals(before.get(table), after.get(table), table + ": every row, number and link");
        }
        Jdbc jdbc = new Jdbc(db);
        assertEquals(0, jdbc.list("PRAGMA foreign_key_check", rs -> rs.getString(1)).size());
        assertTrue(jdbc.one("SELECT sql FROM sqlite_master WHERE name = 'company'", rs -> rs.getString(1))
                .orElseThrow().contains("AUTOINCREMENT"));
        assertTrue(jdbc.count("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contact'"
                + " AND sql IS NOT NULL") > 0, "the indexes are back");
        assertEquals(3, jdbc.count("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"
                + " AND tbl_name = 'company'"), "the history's triggers are back");
        long created = jdbc.insert("INSERT INTO company (siren, name) VALUES ('999999999', 'Nouvelle')");
        assertEquals(highest + 8, created, "past every number the table ever gave");
    }

    /** A file as version 9 made it (its DDL, unmarked, with its triggers), holding the rows of {@code from}. */
    static Path version9(Path file, Path from) throws Exception {
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
                    + " applied_at TEXT NOT NULL)");
            for (int v = 1; v <= 9; v++) {
                String name = Migrations.FILES.get(v - 1);
                try (InputStream in = Migrations.class.getResourceAsStream("/org/campuspilot/db/migration/" + name)) {
                    for (String statement : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .split(";\\s*(\\R|$)")) {
                        if (!statement.isBlank()) {
                            s.execute(statement);
                        }
                    }
                }
                s.execute("INSERT INTO schema_version VALUES (" + v + ", '" + name + "', '2026-01-01')");
            }
            s.execute("ATTACH DATABASE '" + from + "' AS demo");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM main.sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' AND name <> 'schema_version'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                // The columns version 9 had: a later migration may have added some (V13: change_set.bulk_table).
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("PRAGMA main.table_info(" + table + ")")) {
                    while (rs.next()) {
                        columns.add(rs.getString("name"));
                    }
                }
                String list = String.join(", ", columns);
                s.execute("INSERT INTO main." + table + " (" + list + ") SELECT " + list + " FROM demo." + table);
            }
            s.execute("DETACH DATABASE demo");
            AuditTriggers.install(c);
        }
        return file;
    }

    /** The columns of every table. */
    static Map<String, List<String>> columns(Path file) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = Database.readOnlyConnection(file); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' AND name <> 'schema_version'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
                    while (rs.next()) {
                        columns.add(rs.getString("name"));
                    }
                }
                out.put(table, columns);
            }
        }
        return out;
    }

    /** Every row of every table, in the order of its key: the columns named in {@code columns}, else all. */
    static Map<String, List<String>> contents(Path file, Map<String, List<String>> columns) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = Database.readOnlyConnection(file); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' AND name <> 'schema_version'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                String select = columns.containsKey(table) ? String.join(", ", columns.get(table)) : "*";
                try (ResultSet rs = s.executeQuery("SELECT " + select + " FROM " + table + " ORDER BY 1, 2")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                out.put(table, rows);
            }
        }
        return out;
    }

    static void sql(Path file, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
