package org.campuspilot.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link DialogService} for tests: answers confirmations as told and records what was shown. */
public final class RecordingDialogs implements DialogService {
    public boolean confirmAnswer = true;
    public int chooseAnswer = -1;
    public final List<String> shown = new ArrayList<>();
    /** The merge dialog's answer: null for the default side of each field, or the sides to choose. */
    public List<MergeField.Side> mergeAnswer;
    public boolean mergeCancelled;
    public List<MergeField> mergeFields;
    /** The text typed in a text dialog; null: the user cancels. */
    public String textAnswer;
    /** Where a file is saved; null: the user cancels. */
    public Path saveTo;

    @Override
    public int choose(String title, String message, java.util.List<String> options) {
        shown.add("choose:" + message);
        return chooseAnswer;
    }

    @Override
    public boolean confirm(String title, String message, String actionButton) {
        shown.add("confirm:" + actionButton + ":" + message);
        return confirmAnswer;
    }

    @Override
    public void error(String title, String message) {
        shown.add("error:" + message);
    }

    @Override
    public void info(String title, String message) {
        shown.add("info:" + message);
    }

    /** The short notices (« Enregistré à 14:02. »), apart from the dialogs a user answers. */
    public final List<String> notices = new ArrayList<>();

    @Override
    public void notice(String message) {
        notices.add(message);
    }

    @Override
    public Optional<List<MergeField.Side>> merge(String title, String message, String leftTitle, String rightTitle,
            List<MergeField> fields, String actionButton) {
        shown.add("merge:" + actionButton + ":" + message);
        mergeFields = fields;
        if (mergeCancelled) {
            return Optional.empty();
        }
        return Optional.of(mergeAnswer != null ? mergeAnswer : fields.stream().map(MergeField::defaultSide).toList());
    }

    @Override
    public Optional<String> askText(String title, String message, String actionButton) {
        shown.add("ask:" + actionButton + ":" + message);
        return Optional.ofNullable(textAnswer);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName) {
        shown.add("save:" + suggestedName);
        return Optional.ofNullable(saveTo);
    }

    @Override
    public Optional<Path> chooseDatabaseToOpen() {
        return Optional.empty();
    }

    /** The server address answered to « Ouvrir une base partagée… »; null: cancelled. */
    public org.campuspilot.db.Location.Server serverAnswer;
    /** The passwords typed, one per question; none left: cancelled. */
    public final java.util.Deque<String> passwords = new java.util.ArrayDeque<>();

    @Override
    public Optional<org.campuspilot.db.Location.Server> askServerAddress(org.campuspilot.db.Location.Server last) {
        shown.add("server:" + last);
        return Optional.ofNullable(serverAnswer);
    }

    @Override
    public Optional<String> askPassword(String title, String message) {
        shown.add("password:" + message);
        return Optional.ofNullable(passwords.poll());
    }

    @Override
    public Optional<Path> chooseDatabaseToCreate() {
        return Optional.empty();
    }

    /** The file answered to « choose a file to open »; null: cancelled. */
    public Path openFrom;
    /** The files handed to the system's viewer. */
    public final List<Path> opened = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToOpen(String title) {
        shown.add(title);
        return Optional.ofNullable(openFrom);
    }

    @Override
    public boolean openWithSystem(Path file) {
        opened.add(file);
        return true;
    }
}
