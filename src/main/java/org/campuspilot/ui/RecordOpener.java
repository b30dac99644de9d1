package org.campuspilot.ui;

/** A list screen that can show one record by id (a link from another screen). */
public interface RecordOpener {
    /** Shows the record, clearing search and filters if they hide it; keeps unsaved input if the user says so. */
    void open(long id);
}
