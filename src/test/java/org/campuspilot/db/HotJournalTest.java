package org.campuspilot.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.campuspilot.TestCampus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed in the middle of a transaction in rollback-journal mode (a new file, before WAL is switched on)
 * leaves a hot journal: SQLite rolls it back on the first read-write connection, and the file is then sound.
 */
class HotJournalTest {
    @TempDir Path dir;

    @Test
    void aHotJournalIsRolledBackAndTheFileOpensWithItsCommittedData() throws Exception {
        Path sound = dir.resolve("sound.campuspilot");
        TestCampus.demo(sound);
        long companies = new Jdbc(Database.open(sound)).count("SELECT COUNT(*) FROM company");
        Path killed = killedMidTransaction(sound, dir.resolve("killed"));
        Path readOnly = killedMidTransaction(sound, dir.resolve("killed-read-only"));
        Path checked = killedMidTransaction(sound, dir.resolve("killed-checked"));

        Database db = Database.open(killed);
        assertEquals(companies, new Jdbc(db).count("SELECT COUNT(*) FROM company"), "the half transaction is gone");
        assertEquals("ok", new Jdbc(db).one("PRAGMA integrity_check", rs -> rs.getString(1)).orElseThrow());
        assertTrue(Files.notExists(killed.resolveSibling(killed.getFileName() + "-journal")));

        Database read = Database.open(readOnly, Database.Options.DEFAULT.readOnly(true));
        assertEquals(companies, new Jdbc(read).count("SELECT COUNT(*) FROM company"));

        assertEquals(java.util.Optional.empty(), org.campuspilot.backup.Backups.verify(checked),
                "the check of the headless commands (check, backup, restore) reads it too");
    }

    /** A copy of the file and its journal taken while a big transaction is open: what a SIGKILL leaves. */
    static Path killedMidTransaction(Path sound, Path folder) throws Exception {
        Path source = folder.resolveSibling(folder.getFileName() + "-source.campuspilot");
        Files.copy(sound, source);
        Files.createDirectories(folder);
        Path copy = folder.resolve("campus.campuspilot");
        try (Connection c = DriverManager.getConnection(Database.url(source))) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=DELETE");
                s.execute("PRAGMA cache_size=5"); // the changes spill into the file before the commit
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO company (siren, name, notes) VALUES (?, 'Half', ?)")) {
                for (int i = 0; i < 500; i++) {
                    ps.setString(1, String.format("%09d", 800000000 + i));
                    ps.setString(2, "x".repeat(1000));
                    ps.executeUpdate();
                }
            }
            Path journal = source.resolveSibling(source.getFileName() + "-journal");
            assertTrue(Files.size(journal) > 0, "a journal is being written");
            Files.copy(source, copy);
            Files.copy(journal, copy.resolveSibling(copy.getFileName() + "-journal"));
            c.rollback();
        }
        return copy;
    }
}
