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
        org.campuspilot.db.Location.Server server = (org.campuspilot.db.Location.Server) location;
        if (failure instanceof org.campuspilot.db.Location.BadAddress bad) {
            return messages.get(bad.key(), location.display());
        }
        org.campuspilot.db.ServerProblem problem = org.campuspilot.db.ServerProblem.of(failure);
        if (problem.asksPassword()) {
            // The window asks for it; a command cannot, and says where it reads it from.
            return messages.get(problem == org.campuspilot.db.ServerProblem.PASSWORD_WRONG ? "server.error.password"
                    : "server.error.noPassword", server.host(), String.valueOf(server.port()), server.database(),
                    server.user());
        }
        return describeServer(messages, problem, failure, server);
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

    /**
     * Why a database on a server could not be opened, in one sentence: {@code {0}} is the host, {@code {1}} the port,
     * {@code {2}} the database, {@code {3}} the user.
     */
    public static String describeServer(Messages messages, org.campuspilot.db.ServerProblem problem, Throwable failure,
            org.campuspilot.db.Location.Server address) {
        String key;
        if (failure instanceof Migrations.NewerSchemaException) {
            key = "server.error.newer";
        } else if (failure instanceof Migrations.ForeignDatabaseException) {
            key = "server.error.foreign";
        } else if (failure instanceof Migrations.OlderSchemaException) {
            key = "server.error.olderReadOnly";
        } else {
            key = switch (problem) {
                case NOT_ALLOWED -> "server.error.notAllowed";
                case NO_DATABASE -> "server.error.noDatabase";
                case UNREACHABLE -> "server.error.unreachable";
                case TLS -> "server.error.tls";
                default -> "server.error.unknown";
            };
        }
        return messages.get(key, address.host(), String.valueOf(address.port()), address.database(), address.user());
    }
}
