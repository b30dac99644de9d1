package org.campuspilot.db;

/** Why SQLite refused: what the user is told, whatever the layer the failure went through. */
public enum DatabaseProblem {
    /**
     * The file (or its folder) cannot be written, or was opened read-only: a read-only folder or mount, where
     * SQLite cannot create the file's {@code -wal} and {@code -shm} (SQLITE_CANTOPEN, SQLITE_READONLY_*).
     */
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
            if (text.contains("SQLITE_READONLY") || text.contains("attempt to write a readonly database")
                    || text.contains("SQLITE_CANTOPEN")) {
                return READ_ONLY;
            }
            if (text.contains("SQLITE_FULL") || text.contains("database or disk is full")
                    || text.contains("No space left on device")) {
                return DISK_FULL;
            }
            if (text.contains("SQLITE_CORRUPT") || text.contains("SQLITE_NOTADB")) {
                return DAMAGED;
            }
        }
        return OTHER;
    }
}
