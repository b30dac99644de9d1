package org.campuspilot.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restore goes through SQLite: commits still in the backup's WAL come along, and open connections stay sound. */
class RestoreTest {
    @TempDir Path dir;

    @Test
    void commitsStillInTheBackupsWalAreRestored() throws Exception {
        Path source = dir.resolve("copie.campuspilot");
        TestCampus.demo(source);
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        try (Connection writer = connect(source); Statement s = writer.createStatement()) {
            // The WAL is never checkpointed while this connection lives: the commit is only in copie.campuspilot-wal.
            s.execute("PRAGMA wal_autocheckpoint = 0");
            s.executeUpdate("UPDATE company SET city = 'Dans le WAL'");
            assertTrue(Files.size(source.resolveSibling(source.getFileName() + "-wal")) > 0);
            Backups backups = new Backups(db, dir.resolve("backups"), null, Clock.systemDefaultZone());
            backups.restore(source);
        }
        long companies = new Jdbc(Database.open(db)).count("SELECT COUNT(*) FROM company");
        assertTrue(companies > 0);
        assertEquals(companies, new Jdbc(Database.open(db))
                .count("SELECT COUNT(*) FROM company WHERE city = 'Dans le WAL'"), "the WAL's commit is restored");
        try (Connection c = connect(db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            assertEquals("wal", rs.getString(1), "the restored file is still in WAL mode");
        }
    }

    @Test
    void aConnectionOpenOnTheFileReadsTheRestoredDatabase() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        Backups backups = new Backups(db, dir.resolve("backups"), null, Clock.systemDefaultZone());
        BackupFile saved = backups.create(BackupFile.Reason.MANUAL).backup();
        try (Connection other = connect(db); Statement s = other.createStatement()) {
            s.executeUpdate("UPDATE company SET city = 'Perdu'");
            assertEquals(0, count(s, "SELECT COUNT(*) FROM company WHERE city <> 'Perdu'"));
            backups.restore(saved.path());
            assertEquals(0, count(s, "SELECT COUNT(*) FROM company WHERE city = 'Perdu'"),
                    "the other program's connection reads the restored file, not a deleted one");
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                assertEquals("ok", rs.getString(1));
            }
            s.executeUpdate("UPDATE company SET name = name || ' (écrit après)' WHERE id = (SELECT MIN(id) FROM company)");
        }
        assertEquals(1, new Jdbc(Database.open(db)).count("SELECT COUNT(*) FROM company WHERE name LIKE '%(écrit après)'"),
                "what that connection wrote after the restore is in the file");
    }

    private static Connection connect(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db);
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.getLong(1);
        }
    }
}
