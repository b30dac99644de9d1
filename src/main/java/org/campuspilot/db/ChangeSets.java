package org.campuspilot.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The history's side of a transaction: the change set opened before the work (the triggers of {@link AuditTriggers}
 * write into the open one) and closed after it, dropped when nothing changed, put in the trash when it deleted a
 * record. Split out of {@link Database}, which runs it in {@code inTransaction}.
 */
final class ChangeSets {
    private ChangeSets() {
    }

    /**
     * Opens the change set the triggers write into for this transaction; its id. It records who made it: the
     * database user on a server, the system's user for a file.
     */
    static long open(Connection c, Dialect dialect) throws SQLException {
        String who = dialect == Dialect.POSTGRESQL ? "session_user" : "?";
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO change_set (at, open, made_by) VALUES (?, 1, "
                + who + ")", new String[] {"id"})) {
            ps.setString(1, Instant.now().toString());
            if (dialect == Dialect.SQLITE) {
                ps.setString(2, System.getProperty("user.name"));
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Closes the change set; one that changed nothing is dropped (false). On a server, the other windows open on the
     * same database hear of it when it commits ({@code NOTIFY}, see {@link ServerChanges}); {@code tag} tells this
     * process's own notices apart.
     */
    static boolean close(Connection c, long id, Dialect dialect, String tag) throws SQLException {
        boolean changed;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM audit_entry WHERE change_set_id = ?)")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                changed = rs.next() && rs.getBoolean(1);
            }
        }
        // A deletion of a record goes to the trash: one made by the user, or redone (the reversal of an undo); not
        // an undo of a creation.
        try (PreparedStatement ps = c.prepareStatement(changed ? """
                UPDATE change_set SET open = 0, in_trash = CASE WHEN (reverts IS NULL OR (SELECT r.reverts
                    FROM change_set r WHERE r.id = change_set.reverts) IS NOT NULL) AND EXISTS (SELECT 1
                    FROM audit_entry WHERE change_set_id = ? AND operation = 'DELETE' AND table_name = record_table)
                    THEN 1 ELSE 0 END
                WHERE id = ?""" : "DELETE FROM change_set WHERE id = ?")) {
            ps.setLong(1, id);
            if (changed) {
                ps.setLong(2, id);
            }
            ps.executeUpdate();
        }
        if (changed && dialect == Dialect.POSTGRESQL) {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify('" + ServerChanges.CHANNEL + "', ?)")) {
                ps.setString(1, tag + ":" + id);
                ps.execute();
            }
        }
        return changed;
    }
}
