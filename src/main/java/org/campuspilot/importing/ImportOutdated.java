package org.campuspilot.importing;

/**
 * A record the preview would update was deleted, or changed so that the update no longer fits, before the import
 * was written: nothing is written, and the director analyses the file again.
 */
public final class ImportOutdated extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param label how the preview named the record (for the log) */
    public ImportOutdated(String label) {
        super(label);
    }
}
