package org.campuspilot.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * The history's side of a transaction: the change set opened before the work (the triggers of {@link AuditTriggers}
 * write into the open one) and closed after it, dropped when nothing changed, put in the trash when it deleted a
 * record. Split out of {@link Database}, which runs it in {@code inTransaction}.
 */
final class ChangeSets {
    private ChangeSets() {
    }

    /** Opens the change set the triggers write into for this transaction; its id. */
    static long open(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO change_set (at, open) VALUES (?, 1)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, Instant.now().toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Closes the change set; one that changed nothing is dropped (false). */
    static boolean close(Connection c, long id) throws SQLException {
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
                UPDATE change_set SET open = 0, in_trash = ((reverts IS NULL OR (SELECT r.reverts FROM change_set r
                    WHERE r.id = change_set.reverts) IS NOT NULL) AND EXISTS (SELECT 1 FROM audit_entry
                    WHERE change_set_id = ?1 AND operation = 'DELETE' AND table_name = record_table))
                WHERE id = ?1""" : "DELETE FROM change_set WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        return changed;
    }
}
