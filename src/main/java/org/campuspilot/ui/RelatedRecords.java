package org.campuspilot.ui;

import org.campuspilot.shared.Organisation;

/**
 * A section of an establishment's or a company's page that lists the records of another feature linked to it (its
 * contacts, events, actions). The section is included in the page's FXML and the page sees it only through this
 * interface, so a feature's page does not depend on the features it shows.
 */
public interface RelatedRecords {
    /** Shows the records linked to this establishment or company; null: a record not saved yet. */
    void show(Organisation organisation);
}
