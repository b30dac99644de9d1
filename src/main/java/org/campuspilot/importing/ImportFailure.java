package org.campuspilot.importing;

import org.campuspilot.db.DatabaseProblem;

/** What the director is told when writing an import failed (nothing was written): why, and what to do. */
public final class ImportFailure {
    private ImportFailure() {
    }

    /**
     * The message key: a record to update changed since the preview, the campus file is read-only, the disk is
     * full, or the general sentence.
     */
    public static String key(Throwable failure) {
        if (failure instanceof ImportOutdated) {
            return "import.failed.outdated";
        }
        return switch (DatabaseProblem.of(failure)) {
            case READ_ONLY -> "import.failed.readOnly";
            case DISK_FULL -> "import.failed.diskFull";
            default -> "import.failed";
        };
    }

    /** True when the campus file cannot be written at all (read-only, full disk): the command's exit code is 3. */
    public static boolean cannotWrite(Throwable failure) {
        DatabaseProblem p = DatabaseProblem.of(failure);
        return p == DatabaseProblem.READ_ONLY || p == DatabaseProblem.DISK_FULL;
    }
}
