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

    /**
     * Offers several ways out (« Ouvrir en lecture seule », « Ouvrir un autre fichier », « Quitter »): the index of
     * the button chosen, or -1 when the dialog is closed without a choice.
     */
    int choose(String title, String message, java.util.List<String> options);

    void info(String title, String message);

    /**
     * Says that a document was written, offering to open it or its folder (« Ouvrir », « Afficher dans le
     * dossier »); by default a plain message.
     */
    default void fileWritten(String title, String message, java.nio.file.Path file) {
        info(title, message);
    }

    /** The same for a file no program opens (a backup): only its folder is offered. */
    default void fileWrittenInFolder(String title, String message, java.nio.file.Path file) {
        info(title, message);
    }

    /** Says that background work (an import) ended, and how: it goes by itself; by default a plain message. */
    default void finished(String title, String message) {
        info(title, message);
    }

    /** Says briefly that something is done (a record saved), without asking anything: it goes by itself. */
    void notice(String message);

    /**
     * Asks which value of each field to keep when two records are merged.
     *
     * @return the side chosen for each field, in order; empty when the user cancels
     */
    Optional<java.util.List<MergeField.Side>> merge(String title, String message, String leftTitle,
            String rightTitle, java.util.List<MergeField> fields, String actionButton);

    /** Asks for a longer text (a pasted list); empty when the user cancels. */
    Optional<String> askText(String title, String message, String actionButton);

    /** Asks for a name on one line, {@code initial} already typed; empty when the user cancels. */
    default Optional<String> askName(String title, String message, String initial, String actionButton) {
        return askText(title, message, actionButton);
    }

    /** Where to save a file the application writes; {@code suggestedName} carries the extension. */
    Optional<Path> chooseFileToSave(String title, String suggestedName);

    /** A SQLite file to open. */
    Optional<Path> chooseDatabaseToOpen();

    /**
     * « Ouvrir une base partagée… »: the server, port, database, user and TLS mode, each field checked with its
     * sentence; empty when the user cancels. {@code last} fills the fields (null: empty, port 5432).
     */
    Optional<org.campuspilot.db.Location.Server> askServerAddress(org.campuspilot.db.Location.Server last);

    /** Asks for a password in a masked field; empty when the user cancels. The caller keeps it in memory only. */
    Optional<String> askPassword(String title, String message);

    /** Where to create a new SQLite file. */
    Optional<Path> chooseDatabaseToCreate();

    /** Asks for an existing file (an invoice's scan to attach). */
    Optional<Path> chooseFileToOpen(String title);

    /** Opens a file with the system's viewer; false when the system offers none (the caller explains). */
    boolean openWithSystem(Path file);
}
