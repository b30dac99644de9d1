package org.campuspilot.backup;

import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.campuspilot.history.HistoryController;
import org.campuspilot.history.TrashController;
import org.campuspilot.ui.Refreshable;

/**
 * The « Sauvegardes » area: the backups, the history of every change, and the trash; each read afresh when shown,
 * and only when shown (the history of a ten-year campus is not read for a look at the backups).
 */
public final class SafetyAreaController implements Refreshable {
    @FXML private TabPane tabs;
    @FXML private Tab backupsTab;
    @FXML private Tab historyTab;
    @FXML private Tab trashTab;
    @FXML private BackupsController backupsController;
    @FXML private HistoryController historyController;
    @FXML private TrashController trashController;

    @FXML
    private void initialize() {
        tabs.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> {
            if (before != null) {
                refresh(after);
            }
        });
        refresh();
    }

    private void refresh(Tab tab) {
        if (tab == backupsTab) {
            backupsController.refresh();
        } else if (tab == historyTab) {
            historyController.refresh();
        } else {
            trashController.refresh();
        }
    }

    /** Shows one tab: 0 the backups, 1 the history, 2 the trash. */
    public void select(int tab) {
        tabs.getSelectionModel().select(tab);
    }

    @Override
    public void refresh() {
        refresh(tabs.getSelectionModel().getSelectedItem());
    }
}
