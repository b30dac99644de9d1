package org.campuspilot.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * How a campus file is reached through the driver, whatever its name and state: its URL, a connection that cannot
 * write, and the rollback of a hot journal left by a killed process.
 */
final class SqliteFiles {
    static final int BUSY_TIMEOUT_MS = 5_000;

    private SqliteFiles() {
    }

    /**
     * A connection that cannot write to the file (checks, backups, a look into a backup): nothing done through it
     * changes a byte of the file. A hot journal left by a process killed mid-transaction is rolled back first (see
     * {@link #rollBackHotJournal}), as SQLite would on any read-write opening; a read-only connection cannot.
     */
    static Connection readOnlyConnection(Path file) throws SQLException {
        rollBackHotJournal(file);
        Properties p = new Properties();
        p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        p.setProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT_MS));
        return DriverManager.getConnection(url(file), p);
    }

    /**
     * The JDBC URL of a file, whatever its name: SQLite's URI form with the absolute path percent-encoded. A plain
     * {@code jdbc:sqlite:/path} would be cut at a {@code ?} (the driver reads what follows as its options) and a
     * {@code #} or {@code %} would be read by SQLite's URI parser; encoded, every byte of the name is the name.
     */
    public static String url(Path file) {
        String path = file.toAbsolutePath().toString().replace(java.io.File.separatorChar, '/');
        StringBuilder out = new StringBuilder("jdbc:sqlite:file:");
        if (!path.startsWith("/")) {
            out.append('/'); // C:/... on Windows: file:/C:/...
        }
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "/-._~:".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /**
     * A process killed in a transaction in rollback-journal mode (a new file, before WAL is switched on) leaves a hot
     * journal, {@code <file>-journal}, holding the pages to put back. A read-only connection cannot put them back
     * (SQLITE_READONLY_ROLLBACK) and the file would look damaged: when the file and its folder can be written, one
     * read-write connection reads it, which makes SQLite roll the journal back. A journal that another process is
     * still writing is not hot (SQLite checks its lock) and is left alone.
     */
    static void rollBackHotJournal(Path file) {
        Path absolute = file.toAbsolutePath();
        Path journal = absolute.resolveSibling(absolute.getFileName() + "-journal");
        try {
            if (!Files.isRegularFile(journal) || Files.size(journal) == 0 || !Files.isWritable(absolute)
                    || !Files.isWritable(absolute.getParent())) {
                return;
            }
        } catch (IOException e) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT_MS));
        try (Connection c = DriverManager.getConnection(url(absolute), p); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sqlite_master")) {
            rs.next();
        } catch (SQLException e) {
            // The read-only check that follows says what is wrong with the file.
            java.util.logging.Logger.getLogger(SqliteFiles.class.getName()).warning(
                    () -> "Cannot roll back the journal of " + absolute + ": " + e.getMessage());
        }
    }

}
