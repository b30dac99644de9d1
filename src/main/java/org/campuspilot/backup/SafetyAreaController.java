package org.campuspilot.backup;

import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.campuspilot.history.HistoryController;
import org.campuspilot.history.TrashController;
import org.campuspilot.ui.Refreshable;

/**
 * The « Sauvegardes » area: the backups, the history of every change, and the trash; each read afresh when shown,
 * and only when shown (the history of a ten-year campus is not read for a look at the backups). A campus on a server
 * has no backups here (its server keeps them): the backups tab says so, and offers nothing that works on a file.
 */
public final class SafetyAreaController implements Refreshable {
    private final org.campuspilot.ui.Messages messages;
    private final boolean fileBackups;

    @FXML private TabPane tabs;
    @FXML private Tab backupsTab;
    @FXML private Tab historyTab;
    @FXML private Tab trashTab;
    @FXML private BackupsController backupsController;
    @FXML private HistoryController historyController;
    @FXML private TrashController trashController;

    /** @param fileBackups false for a campus on a server: no backups of a file to list, make or restore */
    public SafetyAreaController(org.campuspilot.ui.Messages messages, boolean fileBackups) {
        this.messages = messages;
        this.fileBackups = fileBackups;
    }

    @FXML
    private void initialize() {
        if (!fileBackups) {
            javafx.scene.control.Label why = new javafx.scene.control.Label(messages.get("backup.server.text"));
            why.setId("serverBackupsLabel");
            why.setWrapText(true);
            why.getStyleClass().add("list-pane");
            why.setAlignment(javafx.geometry.Pos.TOP_LEFT);
            why.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            backupsTab.setContent(why);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> {
            if (before != null) {
                refresh(after);
            }
        });
        refresh();
    }

    private void refresh(Tab tab) {
        if (tab == backupsTab) {
            if (fileBackups) {
                backupsController.refresh();
            }
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
