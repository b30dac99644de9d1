package org.campuspilot.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connections a database keeps between uses (decision 0027). */
class ConnectionPoolTest {
    @TempDir Path dir;

    @Test
    void aConnectionIsLentAgainAfterAUseThatWentWell() {
        Database db = Database.open(dir.resolve("a.db"));
        Connection first = db.withConnection(c -> c);
        assertSame(first, db.withConnection(c -> c));
        assertSame(first, db.inTransaction(c -> c), "a transaction takes the kept connection too");
        assertTrue(db.withConnection(Connection::getAutoCommit), "given back in auto-commit after its transaction");
    }

    @Test
    void aConnectionWhoseUseFailedIsClosedNotLentAgain() throws Exception {
        Database db = Database.open(dir.resolve("f.db"));
        Connection[] used = new Connection[1];
        assertThrows(IllegalStateException.class, () -> db.inTransaction(c -> {
            used[0] = c;
            throw new IllegalStateException("boom");
        }));
        assertTrue(used[0].isClosed());
        assertNotSame(used[0], db.withConnection(c -> c));
        Connection broken = db.withConnection(c -> c);
        assertThrows(DataAccessException.class, () -> db.withConnection(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeQuery("SELECT * FROM no_such_table");
            }
        }));
        assertTrue(broken.isClosed());
    }

    @Test
    void aUseThatLeavesATransactionOpenIsRolledBackAndItsConnectionClosed() throws Exception {
        Database db = Database.open(dir.resolve("o.db"));
        db.inTransaction(c -> c.createStatement().executeUpdate("CREATE TABLE note (text TEXT)"));
        Connection left = db.withConnection(c -> {
            c.setAutoCommit(false);
            c.createStatement().executeUpdate("INSERT INTO note VALUES ('half')");
            return c;
        });
        assertTrue(left.isClosed());
        assertEquals(0, new Jdbc(db).count("SELECT COUNT(*) FROM note"), "never committed by being lent again");
    }

    @Test
    void twoThreadsGetTwoConnectionsAndEachSeesTheOthersCommits() throws Exception {
        Database db = Database.open(dir.resolve("t.db"));
        db.inTransaction(c -> c.createStatement().executeUpdate("CREATE TABLE note (text TEXT)"));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Connection> held = other.submit(() -> db.withConnection(c -> {
                inside.countDown();
                try {
                    assertTrue(written.await(10, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return c;
            }));
            assertTrue(inside.await(10, TimeUnit.SECONDS));
            Connection mine = db.inTransaction(c -> {
                c.createStatement().executeUpdate("INSERT INTO note VALUES ('seen')");
                return c;
            });
            written.countDown();
            assertNotSame(mine, held.get(10, TimeUnit.SECONDS));
            assertEquals(1, other.submit(() -> new Jdbc(db).count("SELECT COUNT(*) FROM note"))
                    .get(10, TimeUnit.SECONDS));
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void closingEmptiesTheWalIntoTheFileAndRemovesTheSidecars() throws Exception {
        Path file = dir.resolve("c.db");
        Database db = Database.open(file);
        db.inTransaction(c -> c.createStatement().executeUpdate("CREATE TABLE note (text TEXT)"));
        db.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO note VALUES ('kept')"));
        assertTrue(Files.exists(Sidecars.of(file).get(0)), "a kept connection keeps the WAL open");
        db.close();
        assertTrue(Sidecars.absent(file));
        Path copy = Files.copy(file, dir.resolve("copy.db"), StandardCopyOption.COPY_ATTRIBUTES);
        try (Connection c = DriverManager.getConnection(Database.url(copy)); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT text FROM note")) {
            assertTrue(rs.next(), "the file alone holds the last commit");
            assertEquals("kept", rs.getString(1));
        }
        assertEquals(1, new Jdbc(db).count("SELECT COUNT(*) FROM note"), "still usable after close");
    }

    @Test
    void keepsAtMostFourIdle() throws Exception {
        ConnectionPool pool = new ConnectionPool(() -> DriverManager.getConnection(Database.url(dir.resolve("p.db"))));
        Connection[] lent = new Connection[6];
        for (int i = 0; i < lent.length; i++) {
            lent[i] = pool.borrow();
        }
        for (Connection c : lent) {
            pool.giveBack(c, true);
        }
        assertEquals(ConnectionPool.MAX_IDLE, pool.idleCount());
        assertTrue(lent[4].isClosed() && lent[5].isClosed());
        assertFalse(lent[0].isClosed());
        pool.close();
        assertEquals(0, pool.idleCount());
        assertTrue(lent[0].isClosed());
    }
}
