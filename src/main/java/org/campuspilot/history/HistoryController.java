package org.campuspilot.history;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.StringConverter;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.Navigator;
import org.campuspilot.ui.Refreshable;
import org.campuspilot.ui.Tables;

/** The history screen: binds the filters and the two tables to {@link HistoryViewModel}. */
public final class HistoryController implements Refreshable {
    private final HistoryViewModel model;
    private final CompactionViewModel compaction;
    private final Messages messages;
    private final Navigator navigator;

    @FXML private ComboBox<String> kindFilter;
    @FXML private ComboBox<AuditEntry.Operation> operationFilter;
    @FXML private DatePicker fromDate;
    @FXML private DatePicker toDate;
    @FXML private TextField searchField;
    @FXML private TableView<HistoryViewModel.Row> historyTable;
    @FXML private TableColumn<HistoryViewModel.Row, String> whenColumn;
    @FXML private TableColumn<HistoryViewModel.Row, String> byColumn;
    @FXML private TableColumn<HistoryViewModel.Row, String> operationColumn;
    @FXML private TableColumn<HistoryViewModel.Row, String> kindColumn;
    @FXML private TableColumn<HistoryViewModel.Row, String> recordColumn;
    @FXML private TableColumn<HistoryViewModel.Row, String> summaryColumn;
    @FXML private TableView<HistoryViewModel.Detail> detailsTable;
    @FXML private TableColumn<HistoryViewModel.Detail, String> partColumn;
    @FXML private TableColumn<HistoryViewModel.Detail, String> fieldColumn;
    @FXML private TableColumn<HistoryViewModel.Detail, String> beforeColumn;
    @FXML private TableColumn<HistoryViewModel.Detail, String> afterColumn;
    @FXML private Label statusLabel;
    @FXML private Label sizeLabel;
    @FXML private javafx.scene.control.Button compactButton;

    public HistoryController(HistoryViewModel model, CompactionViewModel compaction, Messages messages,
            Navigator navigator) {
        this.model = model;
        this.compaction = compaction;
        this.messages = messages;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        kindFilter.getItems().add(null);
        kindFilter.getItems().addAll(HistoryViewModel.KINDS);
        kindFilter.setConverter(converter(k -> k == null ? messages.get("history.filter.allKinds")
                : model.texts().kind(k)));
        operationFilter.getItems().add(null);
        operationFilter.getItems().addAll(AuditEntry.Operation.values());
        operationFilter.setConverter(converter(o -> o == null ? messages.get("history.filter.allOperations")
                : messages.get("history.op." + o.name().toLowerCase(java.util.Locale.ROOT))));
        kindFilter.valueProperty().bindBidirectional(model.kind());
        operationFilter.valueProperty().bindBidirectional(model.operation());
        fromDate.valueProperty().bindBidirectional(model.from());
        toDate.valueProperty().bindBidirectional(model.to());
        searchField.textProperty().bindBidirectional(model.text());
        kindFilter.valueProperty().addListener((o, a, b) -> model.load());
        operationFilter.valueProperty().addListener((o, a, b) -> model.load());
        fromDate.valueProperty().addListener((o, a, b) -> model.load());
        toDate.valueProperty().addListener((o, a, b) -> model.load());
        searchField.setOnAction(e -> model.load());
        searchField.textProperty().addListener((o, a, b) -> {
            if (b.isBlank() || b.strip().length() >= 2) {
                model.load();
            }
        });
        Tables.text(whenColumn, HistoryViewModel.Row::when);
        Tables.text(byColumn, HistoryViewModel.Row::by);
        Tables.text(operationColumn, HistoryViewModel.Row::operation);
        Tables.text(kindColumn, HistoryViewModel.Row::kind);
        Tables.text(recordColumn, HistoryViewModel.Row::record);
        Tables.text(summaryColumn, HistoryViewModel.Row::summary);
        historyTable.setItems(model.rows());
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.loading())
                .then(messages.get("history.loading")).otherwise(messages.get("history.empty")));
        historyTable.setPlaceholder(placeholder);
        historyTable.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> model.select(row));
        historyTable.setRowFactory(t -> {
            TableRow<HistoryViewModel.Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        historyTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && historyTable.getSelectionModel().getSelectedItem() != null) {
                open(historyTable.getSelectionModel().getSelectedItem());
            }
        });
        Tables.text(partColumn, HistoryViewModel.Detail::part);
        Tables.text(fieldColumn, HistoryViewModel.Detail::field);
        Tables.text(beforeColumn, HistoryViewModel.Detail::before);
        Tables.text(afterColumn, HistoryViewModel.Detail::after);
        detailsTable.setItems(model.details());
        detailsTable.setPlaceholder(new Label(messages.get("history.details.empty")));
        statusLabel.textProperty().bind(model.status());
        sizeLabel.textProperty().bind(compaction.size());
        compactButton.setVisible(!compaction.readOnly());
        compactButton.setManaged(!compaction.readOnly());
        compactButton.disableProperty().bind(compaction.busy());
        compaction.setOnCompacted(model::load);
        // Read when its tab is shown (SafetyAreaController).
    }

    @FXML
    private void onCompact() {
        compaction.compact();
    }

    @FXML
    private void onClearFilters() {
        model.clearFilters();
        model.load();
    }

    private void open(HistoryViewModel.Row row) {
        RecordLinks.open(navigator, row.entry().recordTable(), row.entry().recordId());
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    @Override
    public void refresh() {
        model.load();
        compaction.load();
    }
}
