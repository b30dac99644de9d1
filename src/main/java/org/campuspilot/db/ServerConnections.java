package org.campuspilot.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How {@link Database} reaches a database on a PostgreSQL server: the connection's properties (TLS when the server
 * offers it, a name in {@code pg_stat_activity}, the password from {@link ServerPassword}, never from the address),
 * what the user may do there, and the listener of the other windows' changes.
 */
final class ServerConnections {
    private final Location.Server address;
    private final ServerPassword password;
    /** This process's mark on its own change notices. */
    private final String tag = UUID.randomUUID().toString();
    private ServerChanges changes;

    ServerConnections(Location.Server address, ServerPassword password) {
        this.address = address;
        this.password = password;
    }

    Location.Server address() {
        return address;
    }

    String tag() {
        return tag;
    }

    Connection open(boolean readOnly) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", address.user());
        password.of(address).ifPresent(pw -> p.setProperty("password", pw));
        p.setProperty("ApplicationName", "Campus Pilot");
        p.setProperty("sslmode", address.tls());
        p.setProperty("connectTimeout", "10");
        p.setProperty("tcpKeepAlive", "true");
        // Batches of inserts (an import) go as multi-row statements: one round trip for 1,024 rows.
        p.setProperty("reWriteBatchedInserts", "true");
        if (readOnly) {
            p.setProperty("readOnly", "true");
            p.setProperty("readOnlyMode", "always");
        }
        return DriverManager.getConnection(address.jdbcUrl(), p);
    }

    /**
     * Whether the user may change the campus: write its records and its history, or, in a database still empty,
     * create its tables. A reader (the board's role) may not: the window opens read-only.
     */
    static boolean mayWrite(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT CASE WHEN to_regclass(current_schema() || '.establishment') IS NULL
                    THEN has_schema_privilege(current_schema(), 'CREATE')
                    ELSE has_table_privilege(current_schema() || '.establishment', 'INSERT')
                        AND has_table_privilege(current_schema() || '.change_set', 'INSERT')
                        AND has_table_privilege(current_schema() || '.audit_entry', 'INSERT') END""")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    synchronized ServerChanges changes(AtomicLong writes) {
        if (changes == null) {
            changes = new ServerChanges(this, writes);
        }
        return changes;
    }

    /** Removes a listener; removing one never starts the listening thread. */
    synchronized void stopHearing(Runnable listener) {
        if (changes != null) {
            changes.remove(listener);
        }
    }

    synchronized void stopListening() {
        if (changes != null) {
            changes.stop();
            changes = null;
        }
    }
}
