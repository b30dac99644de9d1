package org.campuspilot.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link DialogService} for tests: answers confirmations as told and records what was shown. */
public final class RecordingDialogs implements DialogService {
    public boolean confirmAnswer = true;
    public final List<String> shown = new ArrayList<>();

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

    @Override
    public Optional<Path> chooseDatabaseToOpen() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseDatabaseToCreate() {
        return Optional.empty();
    }
}
