package org.campuspilot.campus;

import javafx.fxml.FXML;
import org.campuspilot.ui.Navigator;

/** First start on an empty file: create the campus, or explore the demo campus. */
public final class WelcomeController {
    private final WelcomeActions actions;
    private final Navigator navigator;

    public WelcomeController(WelcomeActions actions, Navigator navigator) {
        this.actions = actions;
        this.navigator = navigator;
    }

    @FXML
    private void onCreateCampus() {
        navigator.showCampusIdentity();
    }

    @FXML
    private void onOpenDemo() {
        actions.openDemo();
    }

    @FXML
    private void onOpenFile() {
        actions.openDatabase();
    }
}
