package org.campuspilot.campus;

/** What the welcome screen asks of the application: a campus to explore or a file to open. */
public interface WelcomeActions {
    void openDemo();

    void openDatabase();
}
