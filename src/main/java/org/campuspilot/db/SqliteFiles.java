package org.campuspilot.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
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


    /**
     * Switches the file to the WAL journal (once: it stays so). The switch needs the file to itself and does not wait
     * for another process opening it at the same moment: it is tried again for up to the busy timeout.
     */
    static void useWal(Database db) {
        for (int attempt = 0; ; attempt++) {
            try {
                db.withConnection(c -> {
                    try (Statement s = c.createStatement()) {
                        s.execute("PRAGMA journal_mode=WAL");
                    }
                    return null;
                });
                return;
            } catch (DataAccessException e) {
                if (!String.valueOf(e.getMessage()).contains("SQLITE_BUSY") || attempt * 50 >= BUSY_TIMEOUT_MS) {
                    throw e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** The folder exists and the file, when this creates it, is readable by its owner only. */
    static void prepare(Path file) {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                OwnerOnly.createFolder(parent);
            }
            if (Files.notExists(file)) {
                try {
                    OwnerOnly.createFile(file);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // Another process created it a moment ago: created with the same mode.
                }
            }
        } catch (IOException e) {
            throw new DataAccessException("Cannot prepare " + file, new SQLException(e.getMessage(), e));
        }
    }

    /** SQLite's quick check, on a read-only connection: a damaged file is refused before anything writes to it. */
    static void quickCheck(Path file, boolean readOnly) {
        if (!Files.exists(file)) {
            if (readOnly) {
                throw new DataAccessException("No file", new SQLException("[SQLITE_CANTOPEN] " + file));
            }
            return;
        }
        List<String> problems = readOnlyQuery(file, "PRAGMA quick_check(5)");
        if (!problems.equals(List.of("ok"))) {
            throw new DamagedDatabaseException(file, problems);
        }
    }

    static Migrations.Identity recognise(Path file) {
        if (!Files.exists(file)) {
            return new Migrations.Identity(0, false);
        }
        try (Connection c = readOnlyConnection(file)) {
            return Migrations.recognise(c);
        } catch (SQLException e) {
            throw new DataAccessException("Cannot read " + file, e);
        }
    }

    private static List<String> readOnlyQuery(Path file, String sql) {
        try (Connection c = readOnlyConnection(file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("SQLITE_CORRUPT")) {
                throw new DamagedDatabaseException(file, List.of(e.getMessage()));
            }
            throw new DataAccessException("Cannot read " + file, e);
        }
    }

    static void dropAuditTriggers(Statement s) throws SQLException {
        List<String> names = new java.util.ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                + " AND name LIKE 'audit\\_%' ESCAPE '\\'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        for (String name : names) {
            s.execute("DROP TRIGGER " + name);
        }
    }


    /**
     * A connection to a campus file: foreign keys on, the busy timeout, {@code synchronous=FULL}, and the extra
     * pragmas; a writer's transactions take the write lock when they begin.
     */
    static Connection connect(String url, boolean readOnly, java.util.Map<String, String> pragmas)
            throws SQLException {
        Properties p = new Properties();
        p.setProperty("foreign_keys", "true");
        p.setProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT_MS));
        p.setProperty("synchronous", "FULL");
        pragmas.forEach(p::setProperty);
        if (readOnly) {
            p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        } else {
            // A transaction takes the write lock when it begins (waiting up to the busy timeout for another writer):
            // one that reads then writes never fails because another process wrote in between.
            p.setProperty("transaction_mode", "IMMEDIATE");
        }
        return DriverManager.getConnection(url, p);
    }
}
