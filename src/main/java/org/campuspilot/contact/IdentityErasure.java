package org.campuspilot.contact;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What anonymising a person erases besides the record itself (RGPD: nothing of the identity may stay in the file):
 * <ul>
 * <li>the person's history, and the history of every duplicate merged into them (a merge deletes the other record:
 * its entries and its Corbeille entry would bring the identity back);</li>
 * <li>the Corbeille entries of those duplicates (they can no longer be restored);</li>
 * <li>the freed pages of the file: after the transaction, the service rebuilds it ({@link
 * org.campuspilot.db.Database#shrink}), so that no old copy of a page still holds the name in the file or its
 * {@code -wal}.</li>
 * </ul>
 * Older backups still hold the identity: the screen says so and offers to remove them.
 */
final class IdentityErasure {
    /** The identity's fields in the history's JSON: the organisation, dates and links stay. */
    private static final String ERASE = "json_set(%s, '$.first_name', NULL, '$.last_name', ?, '$.role', NULL,"
            + " '$.email', NULL, '$.phone', NULL, '$.notes', NULL)";
    /** The same on a server (its keys then come back in jsonb's order, which only the field list's order shows). */
    private static final String ERASE_ON_SERVER = "(CAST(%s AS jsonb) || jsonb_build_object('first_name', NULL::text,"
            + " 'last_name', CAST(? AS text), 'role', NULL::text, 'email', NULL::text, 'phone', NULL::text,"
            + " 'notes', NULL::text))::text";

    private IdentityErasure() {
    }

    /** In the anonymising transaction: the history of the person and of the duplicates merged into them. */
    static void eraseHistory(Connection c, long contactId, String anonymousName) throws SQLException {
        Set<String> ids = withMerged(c, contactId);
        String erase = org.campuspilot.db.Dialect.of(c) == org.campuspilot.db.Dialect.POSTGRESQL ? ERASE_ON_SERVER
                : ERASE;
        for (String id : ids) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE audit_entry SET old_values = CASE WHEN old_values"
                    + " IS NULL THEN NULL ELSE " + erase.formatted("old_values") + " END, new_values = CASE WHEN"
                    + " new_values IS NULL THEN NULL ELSE " + erase.formatted("new_values") + " END"
                    + " WHERE table_name = 'contact' AND record_id = ?")) {
                ps.setString(1, anonymousName);
                ps.setString(2, anonymousName);
                ps.setString(3, id);
                ps.executeUpdate();
            }
            if (!id.equals(String.valueOf(contactId))) {
                // A merged duplicate: its deletion can no longer be restored from the Corbeille.
                try (PreparedStatement ps = c.prepareStatement("""
                        UPDATE change_set SET in_trash = 0 WHERE in_trash = 1 AND id IN (SELECT change_set_id
                            FROM audit_entry WHERE table_name = 'contact' AND record_id = ? AND operation = 'DELETE')""")) {
                    ps.setString(1, id);
                    ps.executeUpdate();
                }
            }
        }
    }

    /** The person's id and those of the records merged into them, at any depth ({@code contact_merge}). */
    static Set<String> withMerged(Connection c, long contactId) throws SQLException {
        Set<String> found = new LinkedHashSet<>();
        Deque<Long> todo = new ArrayDeque<>();
        todo.add(contactId);
        while (!todo.isEmpty()) {
            long id = todo.poll();
            if (!found.add(String.valueOf(id))) {
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT removed_id FROM contact_merge WHERE kept_id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        todo.add(rs.getLong(1));
                    }
                }
            }
        }
        return found;
    }
}
