package org.campuspilot.db;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Why a PostgreSQL server refused to open a campus, read from the driver's SQLSTATE (the words of its messages
 * change with its version and the server's language): what the window tells the user, and whether it asks for a
 * password again.
 */
public enum ServerProblem {
    /** The server asks for a password and none was given (neither typed nor in PGPASSWORD or ~/.pgpass). */
    PASSWORD_NEEDED,
    /** The password given was refused (28P01). */
    PASSWORD_WRONG,
    /** The server does not let this user in: unknown role, no line in pg_hba.conf, no CONNECT right (28000, 42501). */
    NOT_ALLOWED,
    /** No such database on the server (3D000). */
    NO_DATABASE,
    /** The server could not be reached: wrong name or port, stopped, a firewall, a timeout (08001, 08006). */
    UNREACHABLE,
    /** TLS was required and the server does not offer it, or the certificate does not match. */
    TLS,
    /** Anything else. */
    OTHER;

    public static ServerProblem of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && e.getSQLState() != null) {
                String state = e.getSQLState();
                String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
                switch (state) {
                    case "28P01" -> {
                        return PASSWORD_WRONG;
                    }
                    case "28000", "42501" -> {
                        return NOT_ALLOWED;
                    }
                    case "3D000" -> {
                        return NO_DATABASE;
                    }
                    case "08001", "08006" -> {
                        return text.contains("ssl") ? TLS : UNREACHABLE;
                    }
                    case "08004" -> {
                        // The driver's "... authentication, but no password was provided."
                        return text.contains("password") ? PASSWORD_NEEDED : text.contains("ssl") ? TLS : NOT_ALLOWED;
                    }
                    default -> {
                    }
                }
            }
        }
        return OTHER;
    }

    /** True when typing a (new) password may get the user in. */
    public boolean asksPassword() {
        return this == PASSWORD_NEEDED || this == PASSWORD_WRONG;
    }
}
