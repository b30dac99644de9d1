package org.campuspilot.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/**
 * The campus's SQLite file. Every connection has foreign keys on, a busy timeout and {@code synchronous=FULL} (a
 * commit survives a power cut); the file uses the WAL journal and is readable by its owner only. Work runs in
 * {@link #withConnection} (joins the transaction of the calling thread when there is one) or {@link #inTransaction}
 * (all or nothing). Each transaction that changes records is a change set of the history (see {@link AuditTriggers}).
 * Connections are kept between uses ({@link ConnectionPool}, decision 0027): opening one re-reads the whole schema.
 */
public final class Database {
    private static final int BUSY_TIMEOUT_MS = SqliteFiles.BUSY_TIMEOUT_MS;

    private final Path file;
    private final String url;
    /** Where it is: {@code file}'s location, or a database on a server (then {@code file} is null). */
    private final Location location;
    private final Dialect dialect;
    private final ServerConnections server;
    private final boolean readOnly;
    private final Map<String, String> pragmas;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final ConnectionPool pool;
    private final List<LongConsumer> changeListeners = new CopyOnWriteArrayList<>();
    /** Rises after each use of a connection that changed rows: see {@link #writes()}. */
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean audited;

    /** How a file is opened. */
    public record Options(boolean readOnly, MigrationGuard beforeMigration, Map<String, String> pragmas,
            ServerPassword password) {
        public static final Options DEFAULT = new Options(false, (file, from, to) -> {
        }, Map.of(), ServerPassword.FROM_ENVIRONMENT);

        public Options readOnly(boolean value) {
            return new Options(value, beforeMigration, pragmas, password);
        }

        public Options beforeMigration(MigrationGuard guard) {
            return new Options(readOnly, guard, pragmas, password);
        }

        /** Extra connection pragmas (for example {@code max_page_count}, to see what a full disk does). */
        public Options pragmas(Map<String, String> values) {
            return new Options(readOnly, beforeMigration, Map.copyOf(values), password);
        }

        /** The password of a server (a file has none): by default from PGPASSWORD or ~/.pgpass. */
        public Options password(ServerPassword value) {
            return new Options(readOnly, beforeMigration, pragmas, value);
        }
    }

    /** Called before the migrations change a file already in use (a backup is taken there). */
    @FunctionalInterface
    public interface MigrationGuard {
        void before(Database database, int fromVersion, int toVersion);
    }

    private Database(Path file, boolean readOnly, Map<String, String> pragmas) {
        this.file = file.toAbsolutePath();
        this.url = url(this.file);
        this.location = new Location.File(this.file);
        this.dialect = Dialect.SQLITE;
        this.server = null;
        this.readOnly = readOnly;
        this.pragmas = pragmas;
        this.pool = new ConnectionPool(this::connect);
    }

    private Database(ServerConnections server, boolean readOnly) {
        this.file = null;
        this.url = server.address().jdbcUrl();
        this.location = server.address();
        this.dialect = Dialect.POSTGRESQL;
        this.server = server;
        this.readOnly = readOnly;
        this.pragmas = Map.of();
        this.pool = new ConnectionPool(this::connect);
    }

    /** Opens a campus where it is: a file ({@link #open(Path, Options)}) or a database on a server. */
    public static Database open(Location location, Options options) {
        if (location instanceof Location.File f) {
            return open(f.path(), options);
        }
        return openServer((Location.Server) location, options);
    }

    /**
     * Opens a database on a PostgreSQL server (decision 0032): read-only when asked, or when the user may not
     * write (a board member given the reader role); else brought up to date by the same migrations as a file, with
     * the history's triggers in PL/pgSQL. A database with tables of another program is refused, untouched.
     */
    private static Database openServer(Location.Server address, Options options) {
        ServerConnections connections = new ServerConnections(address, options.password());
        boolean mayWrite;
        try (Connection c = connections.open(false)) {
            mayWrite = !options.readOnly() && ServerConnections.mayWrite(c);
        } catch (SQLException e) {
            throw new DataAccessException("Cannot open " + address.display(), e);
        }
        Database db = new Database(connections, !mayWrite);
        if (db.readOnly) {
            Migrations.checkReadable(db);
        } else {
            new Migrations(db).migrate(db.withConnection(Migrations::recognise), options.beforeMigration());
            db.inTransaction(c -> {
                Migrations.serialise(c);
                AuditTriggers.install(c);
                return null;
            });
        }
        db.audited = !db.readOnly;
        return db;
    }

    /** Opens the file for writing (creating it when absent) and applies the pending migrations. */
    public static Database open(Path file) {
        return open(file, Options.DEFAULT);
    }

    /**
     * Opens the file. Nothing is written to it before it has passed SQLite's quick check and been recognised as a
     * campus file of this version or an older one.
     *
     * @throws DataAccessException when the file cannot be opened; {@link DatabaseProblem#of} says why
     */
    public static Database open(Path file, Options options) {
        Database db = new Database(file, options.readOnly(), options.pragmas());
        if (!options.readOnly()) {
            SqliteFiles.prepare(db.file);
        }
        SqliteFiles.quickCheck(db.file, db.readOnly);
        if (options.readOnly()) {
            Migrations.checkReadable(db);
        } else {
            // Recognised on a read-only connection: a foreign or newer file is refused before anything changes.
            new Migrations(db).migrate(SqliteFiles.recognise(db.file), options.beforeMigration());
            // Ours, now: made readable by its owner only (a file of another program is left as it was).
            OwnerOnly.restrict(db.file);
            SqliteFiles.useWal(db);
            // In a transaction: two processes opening the file at once install the triggers one after the other.
            db.inTransaction(c -> {
                AuditTriggers.install(c);
                return null;
            });
        }
        db.audited = !options.readOnly();
        return db;
    }

    /** A connection that cannot write to the file: see {@link SqliteFiles#readOnlyConnection}. */
    public static Connection readOnlyConnection(Path file) throws SQLException {
        return SqliteFiles.readOnlyConnection(file);
    }

    /** The JDBC URL of a file, whatever its name: see {@link SqliteFiles#url}. */
    public static String url(Path file) {
        return SqliteFiles.url(file);
    }

    /** The campus file; null for a database on a server (see {@link #location()}). */
    public Path file() {
        return file;
    }

    public Location location() {
        return location;
    }

    public Dialect dialect() {
        return dialect;
    }

    /**
     * Calls {@code listener} (on a thread of its own) each time another window or process commits a change to this
     * database on a server, within about a second ({@code LISTEN}/{@code NOTIFY}); {@link #writes()} has risen by
     * then. Nothing for a file: only one window writes to it.
     */
    public void addExternalChangeListener(Runnable listener) {
        if (server != null) {
            server.changes(writes).add(listener);
        }
    }

    public void removeExternalChangeListener(Runnable listener) {
        if (server != null) {
            server.stopHearing(listener);
        }
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** Called with the id of each change set once its transaction has committed (on the thread that wrote). */
    public void addChangeListener(LongConsumer listener) {
        changeListeners.add(listener);
    }

    public void removeChangeListener(LongConsumer listener) {
        changeListeners.remove(listener);
    }

    public <T> T withConnection(SqlFunction<Connection, T> work) {
        Connection bound = current.get();
        if (bound != null) {
            return run(bound, work);
        }
        Connection c = borrow("Cannot use ");
        boolean reusable = false;
        long before = totalChanges(c);
        try {
            T result = run(c, work);
            // A use that left a transaction of its own open is not lent again: closing it rolls that back.
            reusable = autoCommit(c);
            return result;
        } finally {
            if (server == null) {
                countWrites(c, before);
            }
            pool.giveBack(c, reusable);
        }
    }

    /**
     * A number that rises whenever this process changes records of the file: a transaction whose change set has
     * entries (the history records every table of the campus), or any use outside a transaction that changed rows
     * (SQLite's {@code total_changes}, triggers included). While it has not changed, what was read before is what the
     * file holds, unless another process writes to it (a file opened {@link #readOnly()}): the window does not read
     * an area again when nothing was written since (decision 0030).
     */
    public long writes() {
        return writes.get();
    }

    /** SQLite's count of the rows this connection changed since it was opened; -1 when it cannot say. */
    private long totalChanges(Connection c) {
        if (server != null) {
            return 0; // Every change on a server is a change set's (Jdbc opens one for a lone statement).
        }
        try {
            return c.unwrap(org.sqlite.SQLiteConnection.class).getDatabase().total_changes();
        } catch (SQLException | RuntimeException e) {
            return -1;
        }
    }

    private void countWrites(Connection c, long before) {
        if (before < 0 || totalChanges(c) != before) {
            writes.incrementAndGet();
        }
    }

    /**
     * Runs the work in one transaction: committed when it returns, rolled back when it throws. The rows it changes
     * are one change set of the history; its listeners hear of it after the commit.
     */
    public <T> T inTransaction(SqlFunction<Connection, T> work) {
        if (current.get() != null) {
            return withConnection(work);
        }
        long[] changeSet = {0};
        T result;
        Connection c = borrow("Transaction failed on ");
        boolean reusable = false;
        long before = totalChanges(c);
        try {
            result = committed(c, conn -> {
                if (audited) {
                    changeSet[0] = ChangeSets.open(conn, dialect);
                }
                T done = run(conn, work);
                if (changeSet[0] != 0 && !ChangeSets.close(conn, changeSet[0], dialect, tag())) {
                    changeSet[0] = 0;
                }
                return done;
            });
            reusable = true;
        } catch (SQLException e) {
            throw new DataAccessException("Transaction failed on " + location.display(), e);
        } finally {
            if (!audited && server == null) {
                countWrites(c, before);
            }
            pool.giveBack(c, reusable);
        }
        if (changeSet[0] != 0) {
            // A change set with entries: records changed. One without (a read that only emptied the trash of what
            // expired) changed no record, though its own row came and went.
            writes.incrementAndGet();
            for (LongConsumer l : changeListeners) {
                l.accept(changeSet[0]);
            }
        }
        return result;
    }

    /**
     * Rebuilds the file without its free pages ({@code VACUUM}) and empties its WAL into it: the file shrinks, and no
     * freed page of it or of its {@code -wal} still holds deleted values. Outside any transaction.
     */
    public void shrink() {
        if (server != null) {
            return; // The server's own VACUUM (autovacuum) frees the pages of a server's tables.
        }
        withConnection(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM");
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return null;
        });
    }

    /**
     * Reads in one consistent snapshot of the whole campus (another window may write meanwhile): a read transaction
     * of the file, a {@code REPEATABLE READ} one on a server. Rolled back at the end: it never writes.
     */
    <T> T readingSnapshot(SqlFunction<Connection, T> work) {
        Connection c = borrow("Cannot read ");
        boolean reusable = false;
        try {
            c.setAutoCommit(false);
            if (server != null) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                }
            }
            try {
                return work.apply(c);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
                reusable = true;
            }
        } catch (SQLException e) {
            throw new DataAccessException("Cannot read " + location.display(), e);
        } finally {
            pool.giveBack(c, reusable);
        }
    }

    /**
     * Runs the work in one transaction that is not a change set of the history (a copy between stores brings its
     * own, {@link StoreCopy}): committed when it returns, rolled back when it throws. Counts as a write.
     */
    <T> T outsideHistory(SqlFunction<Connection, T> work) {
        if (readOnly) {
            throw new IllegalStateException("Read-only " + location.display());
        }
        Connection c = borrow("Cannot write into ");
        boolean reusable = false;
        try {
            T result = committed(c, work);
            reusable = true;
            return result;
        } catch (SQLException e) {
            throw new DataAccessException("Transaction failed on " + location.display(), e);
        } finally {
            writes.incrementAndGet();
            pool.giveBack(c, reusable);
        }
    }

    /** What tells this process's notices of its own changes apart from another window's (empty for a file). */
    String tag() {
        return server == null ? "" : server.tag();
    }

    /**
     * Runs a migration that rebuilds tables: in one transaction with foreign keys off (else dropping a table would
     * delete or clear the rows that refer to it), the links checked ({@code PRAGMA foreign_key_check}) before the
     * commit. Not a change set of the history.
     */
    <T> T rebuildingTables(SqlFunction<Connection, T> work) {
        T result;
        try (Connection c = connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = OFF"); // outside the transaction: inside, SQLite ignores it
            }
            result = committed(c, conn -> {
                T done = run(conn, work);
                try (Statement s = conn.createStatement();
                        ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                    if (rs.next()) {
                        throw new SQLException("Broken link in " + rs.getString(1) + " after rebuilding the tables");
                    }
                }
                return done;
            });
        } catch (SQLException e) {
            throw new DataAccessException("Migration failed on " + file, e);
        }
        return result;
    }

    /**
     * Runs the work on the connection, bound to this thread, in one transaction: committed when it returns, rolled
     * back when it throws.
     */
    private <T> T committed(Connection c, SqlFunction<Connection, T> work) throws SQLException {
        c.setAutoCommit(false);
        current.set(c);
        try {
            T result = work.apply(c);
            c.commit();
            return result;
        } catch (RuntimeException | SQLException e) {
            rollBack(c, e);
            throw e;
        } finally {
            current.remove();
        }
    }

    /**
     * Closes the connections kept for reuse: the last one to close empties the WAL into the file and removes its
     * sidecars. The database stays usable (a later use opens a connection again). Called when the file is left,
     * before it is renamed, and at the end of the process for every database still holding connections.
     */
    public void close() {
        pool.close();
        if (server != null) {
            server.stopListening();
        }
    }

    /** Rolls back after a failure; a rollback that fails in turn (nothing left to roll back) keeps the first cause. */
    private static void rollBack(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** A kept connection or a new one; {@code failure} begins the message when neither can be had. */
    private Connection borrow(String failure) {
        try {
            return pool.borrow();
        } catch (SQLException e) {
            throw new DataAccessException(failure + location.display(), e);
        }
    }

    private static boolean autoCommit(Connection c) {
        try {
            return c.getAutoCommit();
        } catch (SQLException e) {
            return false;
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
        if (server != null) {
            return server.open(readOnly);
        }
        return SqliteFiles.connect(url, readOnly, pragmas);
    }
}
