package org.campuspilot.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.campuspilot.backup.Backups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A campus file is recognised by its mark, or (made by an older version) by its schema_version; nothing else is. */
class RecognitionTest {
    @TempDir Path dir;

    @Test
    void aNewFileCarriesTheCampusMark() {
        Database db = Database.open(dir.resolve("new.campuspilot"));
        assertEquals(Migrations.APPLICATION_ID, (int) new Jdbc(db).count("PRAGMA application_id"));
    }

    @Test
    void aForeignFileWithATableNamedSchemaVersionIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("other.db");
        sql(file, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
                + " applied_at TEXT NOT NULL)",
                "INSERT INTO schema_version VALUES (1, 'initial schema', '2020-01-01')",
                "CREATE TABLE recette (nom TEXT, farine INTEGER)");
        assertRefusedUntouched(file);
    }

    @Test
    void aFileMarkedByAnotherProgramIsRefusedUntouchedEvenWithOurTables() throws Exception {
        Path file = dir.resolve("marked.db");
        Database.open(file).close();
        sql(file, "PRAGMA application_id = 305419896", "PRAGMA journal_mode = DELETE");
        assertRefusedUntouched(file);
    }

    @Test
    void anUnmarkedFileOfAnOlderVersionIsOursAndGetsTheMarkAfterTheGuard() throws Exception {
        Path file = dir.resolve("older.campuspilot");
        new Jdbc(Database.open(file)).update("INSERT INTO campus (id, name, sector) VALUES (1, 'X', 'MATERIALS')");
        sql(file, "PRAGMA application_id = 0");
        List<String> seen = new ArrayList<>();
        assertTrue(Backups.verify(file).isEmpty(), "a backup made by an older version can be restored");
        Database db = Database.open(file, Database.Options.DEFAULT.beforeMigration((d, from, to) -> seen.add(
                from + ">" + to + " mark " + mark(file))));
        assertEquals(List.of(Migrations.latestVersion() + ">" + Migrations.latestVersion() + " mark 0"), seen);
        assertEquals(Migrations.APPLICATION_ID, (int) new Jdbc(db).count("PRAGMA application_id"));
        assertEquals(1, new Jdbc(db).count("SELECT COUNT(*) FROM campus"));
        Database.open(file, Database.Options.DEFAULT.readOnly(true));
    }

    private void assertRefusedUntouched(Path file) throws Exception {
        byte[] before = sha256(file);
        assertThrows(Migrations.ForeignDatabaseException.class, () -> Database.open(file));
        assertThrows(Migrations.ForeignDatabaseException.class, () -> Database.open(file,
                Database.Options.DEFAULT.readOnly(true)));
        assertEquals("backup.error.foreign", Backups.verify(file).orElseThrow().key());
        assertArrayEquals(before, sha256(file), "byte-identical");
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        assertTrue(Files.notExists(wal) || Files.size(wal) == 0, "nothing journaled");
    }

    private static int mark(Path file) {
        try (var c = Database.readOnlyConnection(file); var s = c.createStatement();
                var rs = s.executeQuery("PRAGMA application_id")) {
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void sql(Path file, String... statements) throws Exception {
        try (var c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
