package org.campuspilot.ui;

import org.campuspilot.shared.Organisation;

/** Lets a view send the user to another screen without knowing the main window. */
public interface Navigator {
    void showDashboard();

    void showEstablishments();

    void showCompanies();

    void showCampusIdentity();

    /** Shows the bilan du label (the label period's objectives against the records). */
    void showLabel();

    /** Shows the establishment's record in the establishments area. */
    void openEstablishment(long id);

    /** Shows the company's record in the companies area. */
    void openCompany(long id);

    /** Shows the person's record in the contacts area. */
    void openContact(long id);

    /** Starts a new contact in the contacts area, already attached to the organisation. */
    void newContact(Organisation organisation);

    /** Shows the contacts area on the review list (no contact for three years). */
    void showContactReview();

    /** Shows the event's page in the events area. */
    void openEvent(long id);

    /** Shows the events that are over but still marked « prévu ». */
    void showEventsToComplete();

    /** Shows the action's page in the actions area. */
    void openAction(long id);

    /** Shows the grant area (the year's budget follow-up). */
    void showGrant();

    /** Shows the grant's page in the grant area. */
    void openGrant(long id);

    /** The import screen. */
    void showImport();
}
