package org.campuspilot.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The campus's SQLite file. Every connection has foreign keys on and a busy timeout; the file uses the WAL journal.
 * Work runs in {@link #withConnection} (joins the transaction of the calling thread when there is one) or
 * {@link #inTransaction} (all or nothing).
 */
public final class Database {
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final String url;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    private Database(Path file) {
        this.file = file.toAbsolutePath();
        this.url = "jdbc:sqlite:" + this.file;
    }

    /**
     * Opens (creating when absent) the file and applies the pending migrations.
     *
     * @throws DataAccessException when the file cannot be opened as a database of this application
     */
    public static Database open(Path file) {
        Database db = new Database(file);
        try {
            Path parent = db.file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new DataAccessException("Cannot create the folder of " + file,
                    new SQLException(e.getMessage(), e));
        }
        // Migrations first: they refuse a foreign or newer file before anything about it changes.
        new Migrations(db).migrate();
        db.withConnection(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
            }
            return null;
        });
        return db;
    }

    public Path file() {
        return file;
    }

    public <T> T withConnection(SqlFunction<Connection, T> work) {
        Connection bound = current.get();
        if (bound != null) {
            return run(bound, work);
        }
        try (Connection c = connect()) {
            return run(c, work);
        } catch (SQLException e) {
            throw new DataAccessException("Cannot use " + file, e);
        }
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlFunction<Connection, T> work) {
        if (current.get() != null) {
            return withConnection(work);
        }
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            current.set(c);
            try {
                T result = run(c, work);
                c.commit();
                return result;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                current.remove();
            }
        } catch (SQLException e) {
            throw new DataAccessException("Transaction failed on " + file, e);
        }
    }

    private static <T> T run(Connection c, SqlFunction<Connection, T> work) {
        try {
            return work.apply(c);
        } catch (SQLException e) {
            throw new DataAccessException("SQL failed", e);
        }
    }

    private Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("foreign_keys", "true");
        p.setProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT_MS));
        return DriverManager.getConnection(url, p);
    }
}
