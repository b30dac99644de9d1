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
