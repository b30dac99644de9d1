package org.campuspilot.ui;

/** A section of a person's page that lists the records of another feature linked to that person (see {@link RelatedRecords}). */
public interface PersonRecords {
    /** Shows the records this person takes part in; null: a record not saved yet. */
    void showPerson(Long contactId);
}
