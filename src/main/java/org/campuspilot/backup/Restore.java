package org.campuspilot.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.campuspilot.db.Database;
import org.campuspilot.db.OwnerOnly;
import org.sqlite.SQLiteConnection;

/**
 * Writes a backup's content into a campus file through SQLite itself (decision 0018), never by copying files: the
 * backup is first read into a private snapshot with {@code VACUUM INTO} on a read-only connection (which sees the
 * commits still in its {@code -wal}, and never writes to the backup), then SQLite's online backup API copies the
 * snapshot into the campus file in one write transaction, through the file's own locks and journal. A crash leaves
 * the old content or the new one; no {@code -wal} or {@code -shm} is deleted under another connection, which sees the
 * restored content at its next read.
 */
final class Restore {
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private Restore() {
    }

    /** The hidden snapshot a restore reads from, next to the campus file. */
    static Path partOf(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".restore.part");
    }

    /** Replaces the content of {@code file} (created when absent) with that of {@code backup}. */
    static void replace(Path file, Path backup) throws IOException {
        Path part = partOf(file);
        Files.deleteIfExists(part);
        OwnerOnly.createFile(part);
        try {
            try (Connection c = Database.readOnlyConnection(backup);
                    PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, part.toString());
                ps.execute();
            }
            boolean fresh = !Files.exists(file) || Files.size(file) == 0;
            try (Connection target = open(file)) {
                int pageSize = pageSize(part);
                if (fresh) {
                    try (Statement s = target.createStatement()) {
                        s.execute("PRAGMA page_size = " + pageSize);
                        s.execute("PRAGMA journal_mode = WAL");
                    }
                } else if (pageSize(target) != pageSize) {
                    // A WAL file keeps its page size: the snapshot takes the file's (a backup of another build).
                    resize(part, pageSize(target));
                }
                int rc = target.unwrap(SQLiteConnection.class).getDatabase()
                        .restore("main", part.toString(), null, 100, BUSY_TIMEOUT_MS / 100, -1);
                if (rc != 0) {
                    throw new SQLException("SQLite backup API failed with code " + rc);
                }
            }
            OwnerOnly.restrict(file);
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static Connection open(Path file) throws SQLException {
        Properties p = new Properties();
        p.setProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT_MS));
        p.setProperty("synchronous", "FULL");
        // Read-write or not at all: SQLite would otherwise fall back to read-only on a file it cannot write, and the
        // restore would « succeed » without writing (READWRITE | CREATE | URI).
        p.setProperty("open_mode", String.valueOf(0x02 | 0x04 | 0x40));
        return DriverManager.getConnection(Database.url(file), p);
    }

    private static int pageSize(Path db) throws SQLException {
        try (Connection c = Database.readOnlyConnection(db)) {
            return pageSize(c);
        }
    }

    private static int pageSize(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA page_size")) {
            return rs.getInt(1);
        }
    }

    private static void resize(Path snapshot, int pageSize) throws SQLException {
        try (Connection c = open(snapshot); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
            s.execute("PRAGMA page_size = " + pageSize);
            s.execute("VACUUM");
        }
    }
}
