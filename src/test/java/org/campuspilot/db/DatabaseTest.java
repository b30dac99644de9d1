package org.campuspilot.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir Path dir;

    @Test
    void opensANewFileAppliesEveryMigrationAndUsesWalAndForeignKeys() {
        Database db = Database.open(dir.resolve("sub/campus.campuspilot"));
        Jdbc jdbc = new Jdbc(db);
        assertEquals(Migrations.latestVersion(), Migrations.currentVersion(jdbc));
        assertEquals("wal", jdbc.one("PRAGMA journal_mode", rs -> rs.getString(1)).orElseThrow());
        assertEquals(1L, jdbc.one("PRAGMA foreign_keys", rs -> rs.getLong(1)).orElseThrow());
        assertEquals(5000L, jdbc.one("PRAGMA busy_timeout", rs -> rs.getLong(1)).orElseThrow());
    }

    @Test
    void reopeningAppliesNothingTwice() {
        Path file = dir.resolve("c.db");
        Database.open(file);
        Database again = Database.open(file);
        assertEquals(Migrations.latestVersion(),
                new Jdbc(again).count("SELECT COUNT(*) FROM schema_version"));
    }

    @Test
    void writesRiseWhenRecordsChangeAndNotWhenTheyAreOnlyRead() {
        Database db = Database.open(dir.resolve("w.db"));
        Jdbc jdbc = new Jdbc(db);
        long start = db.writes();
        jdbc.count("SELECT COUNT(*) FROM campus");
        db.inTransaction(c -> jdbc.update("UPDATE campus SET name = 'Y' WHERE id = 42"));
        assertEquals(start, db.writes(), "a read, and a transaction that changed no record");
        jdbc.update("INSERT INTO campus (id, name, sector) VALUES (1, 'X', 'MATERIALS')");
        long afterInsert = db.writes();
        assertTrue(afterInsert > start);
        db.withConnection(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("UPDATE campus SET name = 'Z' WHERE id = 1"); // outside any transaction
            }
            return null;
        });
        assertTrue(db.writes() > afterInsert);
    }

    @Test
    void aTransactionIsAllOrNothing() {
        Database db = Database.open(dir.resolve("t.db"));
        Jdbc jdbc = new Jdbc(db);
        assertThrows(IllegalStateException.class, () -> db.inTransaction(c -> {
            jdbc.update("INSERT INTO campus (id, name, sector) VALUES (1, 'X', 'MATERIALS')");
            throw new IllegalStateException("boom");
        }));
        assertEquals(0, jdbc.count("SELECT COUNT(*) FROM campus"));
    }

    @Test
    void aRollbackThatFailsInTurnKeepsTheOriginalCause() {
        Database db = Database.open(dir.resolve("r.db"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("COMMIT"); // the transaction is gone: the rollback that follows fails
            }
            throw new IllegalStateException("boom");
        }));
        assertEquals("boom", e.getMessage());
        assertEquals(1, e.getSuppressed().length, "the rollback's failure is kept beside it, for the log");
    }

    @Test
    void refusesAFileFromANewerVersionWithoutTouchingIt() throws Exception {
        Path file = dir.resolve("newer.db");
        Database db = Database.open(file);
        new Jdbc(db).update("INSERT INTO schema_version VALUES (99, 'future', '2030-01-01')");
        byte[] before = Files.readAllBytes(file);
        var e = assertThrows(Migrations.NewerSchemaException.class, () -> Database.open(file));
        assertEquals(99, e.found());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void refusesAnotherApplicationsDatabaseWithoutTouchingIt() throws Exception {
        Path file = dir.resolve("foreign.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)");
        }
        byte[] before = Files.readAllBytes(file);
        assertThrows(Migrations.ForeignDatabaseException.class, () -> Database.open(file));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void refusesAFileThatIsNotADatabase() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "Ceci n'est pas une base de données, mais un texte assez long pour SQLite. ".repeat(20));
        byte[] before = Files.readAllBytes(file);
        DataAccessException e = assertThrows(DataAccessException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("SQLITE_NOTADB"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
