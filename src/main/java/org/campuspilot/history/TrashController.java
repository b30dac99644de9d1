package org.campuspilot.history;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.Refreshable;
import org.campuspilot.ui.Tables;

/** The trash screen: the deleted records and « Restaurer ». */
public final class TrashController implements Refreshable {
    private final TrashViewModel model;
    private final Messages messages;
    private final Runnable afterRestore;

    @FXML private TableView<TrashViewModel.Row> trashTable;
    @FXML private TableColumn<TrashViewModel.Row, String> deletedColumn;
    @FXML private TableColumn<TrashViewModel.Row, String> kindColumn;
    @FXML private TableColumn<TrashViewModel.Row, String> labelColumn;
    @FXML private TableColumn<TrashViewModel.Row, String> leftColumn;
    @FXML private Button restoreButton;
    @FXML private Label statusLabel;

    /** @param afterRestore what to do once a record is back (the other screens read again) */
    public TrashController(TrashViewModel model, Messages messages, Runnable afterRestore) {
        this.model = model;
        this.messages = messages;
        this.afterRestore = afterRestore;
    }

    @FXML
    private void initialize() {
        Tables.text(deletedColumn, TrashViewModel.Row::deletedAt);
        Tables.text(kindColumn, TrashViewModel.Row::kind);
        Tables.text(labelColumn, TrashViewModel.Row::label);
        Tables.text(leftColumn, TrashViewModel.Row::left);
        trashTable.setItems(model.rows());
        Label empty = new Label(messages.get("trash.empty"));
        empty.setWrapText(true);
        trashTable.setPlaceholder(empty);
        restoreButton.disableProperty().bind(trashTable.getSelectionModel().selectedItemProperty().isNull());
        statusLabel.textProperty().bind(model.status());
        // Read when its tab is shown (SafetyAreaController).
    }

    @FXML
    private void onRestore() {
        model.restore(trashTable.getSelectionModel().getSelectedItem(), afterRestore);
    }

    @Override
    public void refresh() {
        model.load();
    }
}
