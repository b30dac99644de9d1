package org.campuspilot.backup;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.DirectoryChooser;
import org.campuspilot.ui.FieldFeedback;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.Refreshable;
import org.campuspilot.ui.Tables;

/** The backup screen: binds the list, the buttons and the second folder to {@link BackupsViewModel}. */
public final class BackupsController implements Refreshable {
    private final BackupsViewModel model;
    private final Messages messages;

    @FXML private TableView<BackupsViewModel.Row> backupsTable;
    @FXML private TableColumn<BackupsViewModel.Row, String> whenColumn;
    @FXML private TableColumn<BackupsViewModel.Row, String> reasonColumn;
    @FXML private TableColumn<BackupsViewModel.Row, String> sizeColumn;
    @FXML private TableColumn<BackupsViewModel.Row, String> nameColumn;
    @FXML private Button backupNowButton;
    @FXML private Button restoreBackupButton;
    @FXML private TextField mirrorField;
    @FXML private Label mirrorProblem;
    @FXML private Label folderLabel;
    @FXML private Label statusLabel;
    @FXML private Label introLabel;

    public BackupsController(BackupsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        Tables.text(whenColumn, BackupsViewModel.Row::when);
        Tables.text(reasonColumn, BackupsViewModel.Row::reason);
        Tables.text(sizeColumn, BackupsViewModel.Row::size);
        Tables.text(nameColumn, BackupsViewModel.Row::name);
        backupsTable.setItems(model.rows());
        Label empty = new Label(messages.get("backup.empty"));
        empty.setWrapText(true);
        backupsTable.setPlaceholder(empty);
        backupNowButton.disableProperty().bind(model.busy());
        restoreBackupButton.disableProperty().bind(backupsTable.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busy()));
        mirrorField.textProperty().bindBidirectional(model.mirrorText());
        mirrorField.textProperty().addListener((o, a, b) -> model.mirrorProblem().set(null));
        FieldFeedback.bindProblem(mirrorProblem, model.mirrorProblem(), messages);
        folderLabel.textProperty().bind(model.folderText());
        statusLabel.textProperty().bind(model.status());
        if (model.ofServer()) {
            // No backup at closing nor daily of a shared base: what « Sauvegarder maintenant » does instead.
            introLabel.setText(messages.get("backup.server.text"));
        }
        // Read when its tab is shown (SafetyAreaController).
    }

    @FXML
    private void onBackupNow() {
        model.backupNow();
    }

    @FXML
    private void onRestore() {
        model.restore(backupsTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onOpenFolder() {
        model.openFolder();
    }

    @FXML
    private void onBrowseMirror() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("backup.mirror.choose"));
        java.io.File chosen = chooser.showDialog(mirrorField.getScene().getWindow());
        if (chosen != null) {
            mirrorField.setText(chosen.getAbsolutePath());
        }
    }

    @FXML
    private void onSaveMirror() {
        model.saveMirror();
    }

    @Override
    public void refresh() {
        model.load();
    }
}
