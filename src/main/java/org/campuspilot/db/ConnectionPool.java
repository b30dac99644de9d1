package org.campuspilot.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The connections of one {@link Database} kept between uses (decision 0027). Opening a SQLite connection re-reads
 * the schema and its triggers (about 1.5 ms on the campus file, against 0.01 ms for a query on a kept one): a tour of
 * the window's areas opened a thousand. A connection is given back after each use and lent again to the next one,
 * on any thread; one whose use failed is closed, never lent again. At most {@link #MAX_IDLE} wait; a connection idle
 * for {@link #IDLE_CLOSE_MS} is closed, so that a file left alone gets its WAL emptied into it and its sidecars
 * removed as before, and every kept connection is closed when the process ends.
 */
final class ConnectionPool {
    /** The window's FX thread, a background task and the automatic backup, with room for one more. */
    static final int MAX_IDLE = 4;
    static final long IDLE_CLOSE_MS = 30_000;
    private static final Set<ConnectionPool> HOLDING = ConcurrentHashMap.newKeySet();
    private static final ScheduledExecutorService CLOSER = closer();

    /** Opens a new connection. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    private record Idle(Connection connection, long since) {
    }

    private final Opener opener;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private ScheduledFuture<?> closing;

    ConnectionPool(Opener opener) {
        this.opener = opener;
    }

    private static ScheduledExecutorService closer() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "campus-pilot-idle-connections");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        // Closing the connections empties each WAL into its file: a file copied after the process ended is whole.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> HOLDING.forEach(ConnectionPool::close),
                "campus-pilot-close-connections"));
        return executor;
    }

    /** A kept connection, the most recently used first, or a new one. */
    Connection borrow() throws SQLException {
        synchronized (idle) {
            Idle kept = idle.pollFirst();
            if (kept != null) {
                return kept.connection();
            }
        }
        return opener.open();
    }

    /**
     * Takes the connection back after a use: kept when the use went well, else closed (a failed use may have left it
     * in any state). A transaction's connection comes back committed and is put back in auto-commit; a use that left
     * a transaction of its own open is refused by {@link Database} before it gets here.
     */
    void giveBack(Connection c, boolean reusable) {
        boolean kept = false;
        try {
            if (reusable && !c.isClosed()) {
                if (!c.getAutoCommit()) {
                    c.setAutoCommit(true); // nothing is pending: the transaction committed
                }
                synchronized (idle) {
                    if (idle.size() < MAX_IDLE) {
                        idle.addFirst(new Idle(c, System.nanoTime()));
                        kept = true;
                        HOLDING.add(this);
                        if (closing == null) {
                            closing = CLOSER.schedule(this::closeIdle, IDLE_CLOSE_MS, TimeUnit.MILLISECONDS);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            kept = false;
        } finally {
            if (!kept) {
                quietlyClose(c);
            }
        }
    }

    /** Closes the connections idle for long enough; checks again later while some are kept. */
    private void closeIdle() {
        Deque<Connection> old = new ArrayDeque<>();
        synchronized (idle) {
            closing = null;
            long limit = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(IDLE_CLOSE_MS);
            while (!idle.isEmpty() && idle.peekLast().since() - limit <= 0) {
                old.add(idle.pollLast().connection());
            }
            if (idle.isEmpty()) {
                HOLDING.remove(this);
            } else {
                closing = CLOSER.schedule(this::closeIdle, IDLE_CLOSE_MS, TimeUnit.MILLISECONDS);
            }
        }
        old.forEach(ConnectionPool::quietlyClose);
    }

    /** Closes every kept connection (one in use at that moment is kept when given back, as after any use). */
    void close() {
        Deque<Idle> all;
        synchronized (idle) {
            all = new ArrayDeque<>(idle);
            idle.clear();
            HOLDING.remove(this);
            if (closing != null) {
                closing.cancel(false);
                closing = null;
            }
        }
        all.forEach(i -> quietlyClose(i.connection()));
    }

    /** How many connections wait to be lent (for tests). */
    int idleCount() {
        synchronized (idle) {
            return idle.size();
        }
    }

    private static void quietlyClose(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException e) {
            // Closed already, or its file is gone: nothing is left to release.
        }
    }
}
