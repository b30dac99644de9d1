package org.campuspilot.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Every dialog the application shows goes through here, so view models call it and tests replace it. */
public interface DialogService {

    /**
     * Asks the user to confirm an action; the confirming button is named after the action
     * ("Supprimer l'établissement"), never yes/no.
     */
    boolean confirm(String title, String message, String actionButton);

    void error(String title, String message);

    void info(String title, String message);

    /** A SQLite file to open. */
    Optional<Path> chooseDatabaseToOpen();

    /** Where to create a new SQLite file. */
    Optional<Path> chooseDatabaseToCreate();
}
