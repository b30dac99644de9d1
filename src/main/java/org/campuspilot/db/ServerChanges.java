package org.campuspilot.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the changes other windows commit to a database on a server: each change set's commit sends a notice on
 * {@link #CHANNEL} ({@link ChangeSets#close}), which PostgreSQL delivers to every listening session at the commit.
 * One connection of its own waits for them, on a daemon thread; a notice from another process raises the database's
 * {@link Database#writes()} (what was read before is stale) and calls the listeners. When the server goes away the
 * thread tries again every two seconds, and tells the listeners once it is back (changes may have been missed).
 */
final class ServerChanges {
    static final String CHANNEL = "campus_pilot_changes";
    private static final int WAIT_MS = 500;

    private final ServerConnections server;
    private final AtomicLong writes;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;
    private final Thread thread;
    /** Open once the first LISTEN is in place: a change committed after it cannot be missed. */
    private final java.util.concurrent.CountDownLatch listening = new java.util.concurrent.CountDownLatch(1);
    /** How long a new listener waits for the LISTEN at most (a server that does not answer is retried later). */
    private static final long LISTEN_WAIT_MS = 3_000;

    ServerChanges(ServerConnections server, AtomicLong writes) {
        this.server = server;
        this.writes = writes;
        this.thread = new Thread(this::listen, "campus-pilot-server-changes");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * From now on (once the LISTEN is in place, waited for a few seconds at most), every change another user commits
     * runs {@code listener}. Without the wait, a change committed while the listening connection was still opening
     * went unheard (seen on a loaded machine).
     */
    void add(Runnable listener) {
        listeners.add(listener);
        try {
            listening.await(LISTEN_WAIT_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void remove(Runnable listener) {
        listeners.remove(listener);
    }

    void stop() {
        running = false;
        thread.interrupt();
    }

    private void listen() {
        boolean missed = false;
        while (running) {
            try (Connection c = server.open(false)) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                listening.countDown();
                if (missed) {
                    changed();
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notices = pg.getNotifications(WAIT_MS);
                    boolean other = false;
                    for (PGNotification n : notices == null ? new PGNotification[0] : notices) {
                        other |= !n.getParameter().startsWith(server.tag() + ":");
                    }
                    if (other) {
                        changed();
                    }
                }
            } catch (SQLException e) {
                missed = true;
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void changed() {
        writes.incrementAndGet();
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                // A listener's failure must not stop the others from hearing of the change.
                System.getLogger(ServerChanges.class.getName()).log(System.Logger.Level.WARNING,
                        "A listener of the server's changes failed", e);
            }
        }
    }
}
