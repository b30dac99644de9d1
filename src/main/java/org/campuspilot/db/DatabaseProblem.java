package org.campuspilot.db;

/** Why SQLite refused: what the user is told, whatever the layer the failure went through. */
public enum DatabaseProblem {
    /** The file (or its folder) cannot be written, or was opened read-only. */
    READ_ONLY,
    /** The disk is full (or the file reached its size limit): the change was rolled back. */
    DISK_FULL,
    /** The file failed SQLite's check or is not a database at all. */
    DAMAGED,
    /** Anything else. */
    OTHER;

    /** Reads the SQLite result code named in the failure or one of its causes. */
    public static DatabaseProblem of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DamagedDatabaseException) {
                return DAMAGED;
            }
            String text = String.valueOf(t.getMessage());
            if (text.contains("SQLITE_READONLY") || text.contains("attempt to write a readonly database")) {
                return READ_ONLY;
            }
            if (text.contains("SQLITE_FULL") || text.contains("database or disk is full")) {
                return DISK_FULL;
            }
            if (text.contains("SQLITE_CORRUPT") || text.contains("SQLITE_NOTADB")) {
                return DAMAGED;
            }
        }
        return OTHER;
    }
}
