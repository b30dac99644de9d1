package org.campuspilot.contact;

/**
 * The campus file's backups made before an anonymisation: they still hold the identity it erased. The window offers
 * to remove them (in the data folder and the second folder), then makes a new backup that no longer holds it.
 */
public interface OlderBackups {
    /** None to offer (a read-only file, or tests). */
    OlderBackups NONE = new OlderBackups() {
        @Override
        public int count() {
            return 0;
        }

        @Override
        public int removeAllThenBackUp() {
            return 0;
        }
    };

    /** How many backups of the file exist now. */
    int count();

    /** Removes every backup of the file, then makes a new one; returns how many were removed. */
    int removeAllThenBackUp();
}
