package org.campuspilot.ui;

import java.nio.file.Path;
import org.campuspilot.db.Migrations;

/** Turns a failure to open a database file into one sentence for the user (the details go to the log). */
public final class OpenFailures {
    private OpenFailures() {
    }

    /** A file refused before opening it; the key names the reason (its message takes the file as argument). */
    public static final class Refused extends RuntimeException implements org.campuspilot.db.KnownCondition {
        private final String key;

        public Refused(String key) {
            super(key);
            this.key = key;
        }
    }

    /** Why a campus could not be opened where it is: a file (see below) or a database on a server. */
    public static String describe(Messages messages, Throwable failure, org.campuspilot.db.Location location) {
        if (location instanceof org.campuspilot.db.Location.File f) {
            return describe(messages, failure, f.path());
        }
        String address = location.display();
        if (failure instanceof org.campuspilot.db.Location.BadAddress bad) {
            return messages.get(bad.key(), address);
        }
        if (failure instanceof Migrations.NewerSchemaException) {
            return messages.get("server.error.newer", address);
        }
        if (failure instanceof Migrations.ForeignDatabaseException) {
            return messages.get("server.error.foreign", address);
        }
        if (failure instanceof Migrations.OlderSchemaException) {
            return messages.get("server.error.olderReadOnly", address);
        }
        return messages.get(serverKey(failure), address);
    }

    /**
     * The sentence of a server's refusal, from the SQL state PostgreSQL gives (its own text is in English and meant
     * for administrators): a wrong password, no password, no such database or user, no rights, no server there.
     */
    static String serverKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.net.SocketTimeoutException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.ConnectException) {
                return "server.error.unreachable";
            }
            if (t instanceof java.sql.SQLException e && e.getSQLState() != null) {
                String state = e.getSQLState();
                String text = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
                switch (state) {
                    case "28P01" -> {
                        return "server.error.password";
                    }
                    case "28000" -> {
                        return "server.error.refused";
                    }
                    case "3D000" -> {
                        return "server.error.noDatabase";
                    }
                    case "42501" -> {
                        return "server.error.rights";
                    }
                    case "53300" -> {
                        return "server.error.busy";
                    }
                    default -> {
                        if (state.startsWith("08")) {
                            return text.contains("password") ? "server.error.noPassword" : "server.error.unreachable";
                        }
                    }
                }
            }
        }
        return "server.error.unknown";
    }

    public static String describe(Messages messages, Throwable failure, Path file) {
        if (failure instanceof Refused r) {
            return messages.get(r.key, file);
        }
        if (failure instanceof Migrations.NewerSchemaException) {
            return messages.get("file.error.newer", file);
        }
        if (failure instanceof Migrations.ForeignDatabaseException) {
            return messages.get("file.error.foreign", file);
        }
        if (failure instanceof Migrations.OlderSchemaException) {
            return messages.get("file.error.olderReadOnly", file);
        }
        if (failure instanceof org.campuspilot.db.DamagedDatabaseException) {
            return messages.get("file.error.damaged", file);
        }
        switch (org.campuspilot.db.DatabaseProblem.of(failure)) {
            case DISK_FULL -> {
                return messages.get("file.error.full", file);
            }
            case READ_ONLY -> {
                return messages.get("file.error.readOnly", file);
            }
            default -> {
            }
        }
        String text = String.valueOf(failure.getMessage());
        if (text.contains("SQLITE_NOTADB") || text.contains("not a database") || text.contains("SQLITE_CORRUPT")) {
            return messages.get("file.error.notDatabase", file);
        }
        if (text.contains("SQLITE_CANTOPEN") || text.contains("SQLITE_READONLY")) {
            return messages.get("file.error.cannotOpen", file);
        }
        return messages.get("file.error.unknown", file);
    }
}
