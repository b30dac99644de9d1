package org.campuspilot.ui;

/** Lets a view send the user to another screen without knowing the main window. */
public interface Navigator {
    void showDashboard();

    void showEstablishments();

    void showCampusIdentity();
}
