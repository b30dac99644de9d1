package org.campuspilot.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.campuspilot.TestCampus;
import org.campuspilot.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole campus copied between a file and a server, both ways, all or nothing (issue 24, decision 0034). */
class StoreCopyTest {
    @TempDir Path dir;

    @Test
    void aFileCopiedIntoAServerAndBackHoldsTheSameRowsHistoryIncluded() {
        Database file = TestCampus.demo(dir.resolve("demo.campuspilot"));
        Database server = Database.open(PostgresCluster.get().newDatabase(), Database.Options.DEFAULT);
        StoreCopy.Counts counts = StoreCopy.copy(file, server, StoreCopy.Mode.INTO_EMPTY);
        assertEquals(StoreCopy.count(file), counts);
        assertEquals(counts, StoreCopy.count(server));
        assertTrue(counts.of("audit_entry") > 100, "the history comes along");
        assertEquals(everyRow(file), everyRow(server));

        Database back = Database.open(dir.resolve("back.campuspilot"));
        StoreCopy.copy(server, back, StoreCopy.Mode.INTO_EMPTY);
        assertEquals(everyRow(file), everyRow(back));
    }

    @Test
    void theCopyKeepsTheHistoryUsableAndGivesNewRecordsNewNumbers() {
        Database file = TestCampus.demo(dir.resolve("demo.campuspilot"));
        new Jdbc(file).update("INSERT INTO establishment (uai, name, kind, ownership, network_role)"
                + " SELECT '0290009B', 'Lycée supprimé', kind, ownership, 'MEMBRE' FROM establishment"
                + " WHERE id = (SELECT MIN(id) FROM establishment)");
        long lastId = new Jdbc(file).count("SELECT MAX(id) FROM establishment");
        // A deleted record's number is never given again, in the copy either.
        TestCampus.stores(file).establishments().delete(lastId);
        Database server = Database.open(PostgresCluster.get().newDatabase(), Database.Options.DEFAULT);
        StoreCopy.copy(file, server, StoreCopy.Mode.INTO_EMPTY);

        // A new record on the server takes a number after every number the file gave.
        new Jdbc(server).update("INSERT INTO establishment (uai, name, kind, ownership, network_role)"
                + " SELECT '0350042K', 'Lycée copié', kind, ownership, 'MEMBRE' FROM establishment"
                + " WHERE id = (SELECT MIN(id) FROM establishment)");
        long added = new Jdbc(server).count("SELECT id FROM establishment WHERE uai = '0350042K'");
        assertTrue(added > lastId, "a new record takes a number after every number given: " + added);
        // The copied history still undoes: the deletion made in the file is restored on the server.
        var history = new org.campuspilot.history.HistoryService(server);
        long deletion = history.trash(java.time.Instant.now()).get(0).changeSetId();
        history.restore(deletion);
        assertEquals(1, new Jdbc(server).count("SELECT COUNT(*) FROM establishment WHERE id = " + lastId));
    }

    @Test
    void aTargetHoldingACampusIsRefusedUntouchedUnlessReplacing() {
        Database file = TestCampus.demo(dir.resolve("demo.campuspilot"));
        Database server = TestStore.POSTGRESQL.demo(dir);
        new Jdbc(server).update("UPDATE campus SET name = 'Le campus du serveur'");
        Map<String, List<String>> before = everyRow(server);
        StoreCopy.TargetNotEmpty refused = assertThrows(StoreCopy.TargetNotEmpty.class,
                () -> StoreCopy.copy(file, server, StoreCopy.Mode.INTO_EMPTY));
        assertTrue(refused.present().of("establishment") > 0);
        assertEquals(before, everyRow(server));

        StoreCopy.copy(file, server, StoreCopy.Mode.REPLACE);
        assertEquals(everyRow(file), everyRow(server));
    }

    @Test
    void aCopyThatFailsHalfWayLeavesTheTargetAsItWas() throws Exception {
        Database file = TestCampus.demo(dir.resolve("demo.campuspilot"));
        // A link to nothing, which only a file written without its links checked can hold: the server refuses it.
        file.close();
        try (var c = java.sql.DriverManager.getConnection(Database.url(file.file()));
                Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            s.execute("UPDATE contact SET company_id = 999999 WHERE id = (SELECT MIN(id) FROM contact"
                    + " WHERE company_id IS NOT NULL)");
        }
        Database damaged = Database.open(file.file());
        Database server = Database.open(PostgresCluster.get().newDatabase(), Database.Options.DEFAULT);
        Map<String, List<String>> before = everyRow(server);
        assertThrows(DataAccessException.class, () -> StoreCopy.copy(damaged, server, StoreCopy.Mode.INTO_EMPTY));
        assertEquals(before, everyRow(server));
        assertTrue(StoreCopy.isEmpty(server));
    }

    /** Every row of every table, each value as text the same way on both engines (truth as 1 and 0). */
    static Map<String, List<String>> everyRow(Database db) {
        return db.withConnection(c -> {
            Map<String, List<String>> out = new TreeMap<>();
            for (String t : StoreCopy.tables(c)) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + t)) {
                    ResultSetMetaData m = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= m.getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            String text = v instanceof Boolean b ? (b ? "1" : "0") : v instanceof byte[] bytes
                                    ? java.util.HexFormat.of().formatHex(bytes) : v == null ? null : v.toString();
                            if (t.equals("audit_entry") && text != null && text.startsWith("{")) {
                                text = text.replace("true", "1").replace("false", "0").replace(" ", "");
                            }
                            row.append(m.getColumnName(i).toLowerCase(java.util.Locale.ROOT)).append('=')
                                    .append(text).append(';');
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
