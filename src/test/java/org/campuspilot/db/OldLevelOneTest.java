package org.campuspilot.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.campuspilot.TestCampus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration V12: an action that old level « I » left at both levels 7 and 8 keeps 7, the change written in the
 * history under a change set of its own (never entries attached to no change).
 */
class OldLevelOneTest {
    @TempDir Path dir;

    @Test
    void anActionAtLevelsSevenAndEightKeepsSevenAndItsHistorySaysSo() throws Exception {
        Path file = dir.resolve("v11.campuspilot");
        Database db = TestCampus.demo(file);
        Jdbc jdbc = new Jdbc(db);
        List<Long> ids = jdbc.list("SELECT id FROM action ORDER BY id LIMIT 3", rs -> rs.getLong(1));
        db.inTransaction(c -> {
            jdbc.update("DELETE FROM action_level WHERE action_id IN (?, ?, ?)", ids.get(0), ids.get(1), ids.get(2));
            // Imported « I » (7 and 8), a doctorate alone (8), a master's with level 6 (6 and 7).
            for (int[] row : new int[][] {{0, 7}, {0, 8}, {1, 8}, {2, 6}, {2, 7}}) {
                jdbc.update("INSERT INTO action_level (action_id, level) VALUES (?, ?)", ids.get(row[0]), row[1]);
            }
            return null;
        });
        long entriesBefore = jdbc.count("SELECT COUNT(*) FROM audit_entry");
        // The file as version 11 left it: its triggers installed, migrations 12 and 13 not applied (the insert
        // triggers, which name the column V13 adds, are dropped with it; opening the file installs them again).
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement()) {
            List<String> inserts = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                    + " AND name LIKE 'audit\\_%\\_insert' ESCAPE '\\'")) {
                while (rs.next()) {
                    inserts.add(rs.getString(1));
                }
            }
            for (String trigger : inserts) {
                s.execute("DROP TRIGGER " + trigger);
            }
            s.execute("ALTER TABLE change_set DROP COLUMN made_by");
            s.execute("ALTER TABLE change_set DROP COLUMN bulk_table");
            org.campuspilot.TestCampus.dropSinceV15(s); // V15 and V16, made again by the migrations
            s.execute("DELETE FROM schema_version WHERE version >= 12");
        }
        Database migrated = Database.open(file);
        Jdbc after = new Jdbc(migrated);
        assertEquals(Migrations.latestVersion(), Migrations.currentVersion(after));
        assertEquals(List.of(7), levels(after, ids.get(0)), "« I » imported as 7 and 8 is level 7 once");
        assertEquals(List.of(8), levels(after, ids.get(1)), "a doctorate alone stays 8");
        assertEquals(List.of(6, 7), levels(after, ids.get(2)));
        assertEquals(0, after.count("SELECT COUNT(*) FROM audit_entry WHERE change_set_id IS NULL"),
                "no history entry belonging to no change");
        assertEquals(entriesBefore + 1, after.count("SELECT COUNT(*) FROM audit_entry"), "one entry: the level 8");
        String at = after.one("""
                SELECT s.at FROM audit_entry e JOIN change_set s ON s.id = e.change_set_id
                WHERE e.table_name = 'action_level' AND e.operation = 'DELETE' AND e.record_table = 'action'
                    AND e.record_id = ? AND json_extract(e.old_values, '$.level') = 8 AND s.open = 0
                    AND s.in_trash = 0""", rs -> rs.getString(1), String.valueOf(ids.get(0))).orElse(null);
        assertNotNull(at, "the action's history shows its level 8 removed");
        assertNotNull(java.time.Instant.parse(at));
        assertEquals(0, after.count("SELECT COUNT(*) FROM change_set WHERE open = 1"));
        assertTrue(after.count("SELECT COUNT(*) FROM change_set WHERE NOT EXISTS (SELECT 1 FROM audit_entry e"
                + " WHERE e.change_set_id = change_set.id)") == 0, "no empty change set left");
    }

    private static List<Integer> levels(Jdbc jdbc, long action) {
        return jdbc.list("SELECT level FROM action_level WHERE action_id = ? ORDER BY level", rs -> rs.getInt(1),
                action);
    }
}
