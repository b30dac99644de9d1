package org.campuspilot.db;

import java.sql.SQLException;

/** An unchecked wrapper for {@link SQLException}: the one place SQL errors cross into the rest of the code. */
public class DataAccessException extends RuntimeException {

    public DataAccessException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }

    /** True when the cause is a UNIQUE constraint violation (SQLite result code 2067, or SQLSTATE 23505 elsewhere). */
    public boolean isUniqueViolation() {
        return getCause() instanceof SQLException e
                && (e.getErrorCode() == 19 && String.valueOf(e.getMessage()).contains("UNIQUE")
                        || "23505".equals(e.getSQLState()));
    }

    /** True when the cause is a FOREIGN KEY constraint violation. */
    public boolean isForeignKeyViolation() {
        return getCause() instanceof SQLException e
                && (e.getErrorCode() == 19 && String.valueOf(e.getMessage()).contains("FOREIGN KEY")
                        || "23503".equals(e.getSQLState()));
    }
}
