package org.campuspilot.history;

import java.time.Instant;

/**
 * One row written by one change: the table, the record it is shown under, the operation and the row's values before
 * and after (JSON objects, null for a row that did not exist), and who made the change: the database user on a server,
 * the system's user for a file (null for a change made before the version that records it).
 */
public record AuditEntry(long id, long changeSetId, Instant at, String table, String recordTable, String recordId,
        Operation operation, String oldValues, String newValues, Long reverts, String madeBy) {

    public enum Operation {
        INSERT, UPDATE, DELETE
    }

    /** A row of the record itself, not one of its details (levels, participants, instalments). */
    public boolean isRecordRow() {
        return table.equals(recordTable);
    }

    /** True when this change is an undo, a redo or a restore from the trash. */
    public boolean isRevert() {
        return reverts != null;
    }
}
