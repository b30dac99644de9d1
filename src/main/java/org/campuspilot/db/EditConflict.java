package org.campuspilot.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;

/**
 * A record saved from a form was no longer the one the form had been filled with: someone else changed or deleted it
 * meanwhile (decision 0043). Nothing was written; it carries the record as it now is, or null when it is gone, so that
 * the form can show, field by field, their value and the user's. A known condition, not a defect: logged in one line.
 */
public final class EditConflict extends RuntimeException implements KnownCondition {
    private static final long serialVersionUID = 1L;
    private final transient Object current;

    public EditConflict(Object current) {
        super(current == null ? "The record was deleted meanwhile" : "The record was changed meanwhile", null, false,
                false);
        this.current = current;
    }

    /** The record as it is now in the store; null when it was deleted. */
    public Object current() {
        return current;
    }

    /**
     * In the running transaction, before the update: holds the record's row until the commit (so no one writes it
     * between this look and the update), reads it again, and throws when it is no longer {@code base}, the record
     * the form was filled with. Nothing to check for a new record ({@code id} null) or when no base is given.
     */
    public static <T> void check(Connection c, String table, Long id, T base, Function<Long, Optional<T>> reread)
            throws SQLException {
        if (base == null || id == null) {
            return;
        }
        String lock = Dialect.of(c).lockRow(table);
        if (lock != null) {
            try (PreparedStatement ps = c.prepareStatement(lock)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                }
            }
        }
        Optional<T> now = reread.apply(id);
        if (now.isEmpty() || !now.get().equals(base)) {
            throw new EditConflict(now.orElse(null));
        }
    }

    /** The conflict behind a failure, if one is. */
    public static Optional<EditConflict> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EditConflict conflict) {
                return Optional.of(conflict);
            }
        }
        return Optional.empty();
    }
}
