package org.campuspilot.importing;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.campuspilot.establishment.EstablishmentKind;
import org.campuspilot.ui.EnumCells;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.Navigator;

/** The import screen; everything it does is in {@link ImportViewModel}. */
public final class ImportController {
    private final ImportViewModel model;
    private final Messages messages;
    private final Navigator navigator;

    @FXML private VBox root;
    @FXML private ComboBox<ImportViewModel.Source> sourceCombo;
    @FXML private Button templateButton;
    @FXML private VBox filtersBox;
    @FXML private TextField departementsField;
    @FXML private TextField academiesField;
    @FXML private FlowPane kindsPane;
    @FXML private TextField fileField;
    @FXML private Button chooseButton;
    @FXML private Button analyseButton;
    @FXML private Label fileProblemLabel;
    @FXML private HBox progressBox;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button cancelButton;
    @FXML private TitledPane mappingPane;
    @FXML private GridPane mappingGrid;
    @FXML private CheckBox updateExistingCheck;
    @FXML private Label summaryLabel;
    @FXML private TableView<ImportViewModel.PreviewRow> previewTable;
    @FXML private TableColumn<ImportViewModel.PreviewRow, Boolean> selectedColumn;
    @FXML private TableColumn<ImportViewModel.PreviewRow, Boolean> memberColumn;
    @FXML private VBox membersBox;
    @FXML private TextField memberSinceField;
    @FXML private Button tickAllButton;
    @FXML private Label memberSinceProblemLabel;
    @FXML private Label joiningLabel;
    @FXML private TableColumn<ImportViewModel.PreviewRow, Integer> lineColumn;
    @FXML private TableColumn<ImportViewModel.PreviewRow, String> operationColumn;
    @FXML private TableColumn<ImportViewModel.PreviewRow, String> labelColumn;
    @FXML private TableColumn<ImportViewModel.PreviewRow, String> changesColumn;
    @FXML private ListView<ImportViewModel.IssueRow> issuesList;
    @FXML private CheckBox overwriteCheck;
    @FXML private CheckBox skipInvalidCheck;
    @FXML private Button importButton;

    public ImportController(ImportViewModel model, Messages messages, Navigator navigator) {
        this.model = model;
        this.messages = messages;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        sourceCombo.getItems().setAll(ImportViewModel.Source.values());
        EnumCells.labelled(sourceCombo, s -> messages.get(s.messageKey()), null);
        sourceCombo.valueProperty().bindBidirectional(model.source);
        boolean[] annuaire = {true};
        Runnable sourceShown = () -> {
            annuaire[0] = model.source.get() == ImportViewModel.Source.ANNUAIRE;
            show(filtersBox, annuaire[0]);
            show(templateButton, !annuaire[0]);
            show(overwriteCheck, annuaire[0]);
            show(changesColumn, annuaire[0]);
            show(memberColumn, annuaire[0]);
            showSheetOptions();
        };
        model.source.addListener((o, a, b) -> sourceShown.run());
        sourceShown.run();
        departementsField.textProperty().bindBidirectional(model.departements);
        academiesField.textProperty().bindBidirectional(model.academies);
        for (EstablishmentKind k : EstablishmentKind.values()) {
            CheckBox box = new CheckBox(messages.get(k.messageKey()));
            box.setId("kind-" + k.name());
            box.setSelected(model.kinds.contains(k));
            box.selectedProperty().addListener((o, a, on) -> {
                if (on) {
                    model.kinds.add(k);
                } else {
                    model.kinds.remove(k);
                }
            });
            kindsPane.getChildren().add(box);
        }
        fileField.textProperty().bindBidirectional(model.file);
        fileField.setOnAction(e -> model.analyse());
        chooseButton.disableProperty().bind(model.busy);
        analyseButton.disableProperty().bind(model.busy.or(model.file.isEmpty()));
        sourceCombo.disableProperty().bind(model.busy);
        fileProblemLabel.textProperty().bind(model.fileProblem);
        show(fileProblemLabel, false);
        model.fileProblem.addListener((o, a, b) -> show(fileProblemLabel, !b.isEmpty()));
        progressBar.progressProperty().bind(model.progress);
        statusLabel.textProperty().bind(model.status);
        progressBox.visibleProperty().bind(model.busy.or(model.status.isNotEmpty()));
        progressBox.managedProperty().bind(progressBox.visibleProperty());
        progressBar.visibleProperty().bind(model.busy);
        cancelButton.visibleProperty().bind(model.busy);

        show(mappingPane, false);
        model.header.addListener((ListChangeListener<String>) c -> buildMapping());

        summaryLabel.textProperty().bind(model.summary);
        membersBox.visibleProperty().bind(model.planned().and(model.source.isEqualTo(
                ImportViewModel.Source.ANNUAIRE)));
        membersBox.managedProperty().bind(membersBox.visibleProperty());
        memberSinceField.textProperty().bindBidirectional(model.membership.since);
        memberSinceProblemLabel.textProperty().bind(model.membership.problem);
        memberSinceProblemLabel.visibleProperty().bind(model.membership.problem.isNotEmpty());
        memberSinceProblemLabel.managedProperty().bind(memberSinceProblemLabel.visibleProperty());
        joiningLabel.textProperty().bind(model.membership.summary);
        tickAllButton.disableProperty().bind(model.busy);
        memberColumn.setCellValueFactory(c -> c.getValue().member());
        memberColumn.setCellFactory(column -> new CheckBoxTableCell<>() {
            @Override
            public void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                ImportViewModel.PreviewRow row = getTableRow() == null ? null : getTableRow().getItem();
                // An establishment already in the network keeps its role: nothing to tick.
                setGraphic(empty || row == null || !row.canJoin() ? null : getGraphic());
            }
        });
        memberColumn.setEditable(true);
        previewTable.setItems(model.rows);
        selectedColumn.setCellValueFactory(c -> c.getValue().selected());
        selectedColumn.setCellFactory(CheckBoxTableCell.forTableColumn(selectedColumn));
        selectedColumn.setEditable(true);
        lineColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        operationColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().operation()));
        labelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        changesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().changes()));
        previewTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ImportViewModel.PreviewRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("hand-edited");
                if (!empty && item != null && item.handEdited()) {
                    getStyleClass().add("hand-edited");
                }
            }
        });
        issuesList.setItems(model.issues);
        issuesList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ImportViewModel.IssueRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("issue-rejected", "issue-ignored");
                setText(empty || item == null ? null : item.text());
                setWrapText(true);
                setPrefWidth(0);
                if (!empty && item != null) {
                    getStyleClass().add(item.blocking() ? "issue-rejected" : "issue-ignored");
                }
            }
        });
        overwriteCheck.selectedProperty().bindBidirectional(model.overwriteHandEdits);
        overwriteCheck.disableProperty().bind(model.hasHandEdits.not());
        updateExistingCheck.selectedProperty().bindBidirectional(model.updateExisting);
        updateExistingCheck.disableProperty().bind(model.busy);
        model.updateExisting.addListener((o, a, b) -> showSheetOptions());
        showSheetOptions();
        skipInvalidCheck.selectedProperty().bindBidirectional(model.skipInvalid);
        skipInvalidCheck.disableProperty().bind(Bindings.createBooleanBinding(() -> model.rejectedCount() == 0,
                model.planned()));
        importButton.disableProperty().bind(model.canImport().not());
        model.setOnImported(() -> {
            if (model.source.get() == ImportViewModel.Source.ANNUAIRE) {
                navigator.showEstablishments();
            }
        });
    }

    /** For a spreadsheet: « Mettre à jour les fiches existantes », and the changes column when it is ticked. */
    private void showSheetOptions() {
        boolean sheet = model.source.get() != ImportViewModel.Source.ANNUAIRE;
        show(updateExistingCheck, sheet);
        if (sheet) {
            show(changesColumn, model.updateExisting.get());
        }
    }

    /** One line per field of the kind: its title, and the file's column that holds it. */
    private void buildMapping() {
        mappingGrid.getChildren().clear();
        ImportViewModel.Source source = model.source.get();
        boolean shown = !model.header.isEmpty() && source.sheet() != null;
        show(mappingPane, shown);
        if (!shown) {
            return;
        }
        List<Integer> choices = new ArrayList<>();
        choices.add(null);
        for (int i = 0; i < model.header.size(); i++) {
            choices.add(i);
        }
        int row = 0;
        int col = 0;
        for (SheetKind.Column c : source.sheet().columns()) {
            Label label = new Label(messages.get(source.sheet().columnKey(c.field())) + (c.required() ? " *" : ""));
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ComboBox<Integer> combo = new ComboBox<>();
            combo.setId("map-" + c.field());
            combo.getItems().setAll(choices);
            EnumCells.labelled(combo, i -> model.header.get(i), messages.get("import.mapping.none"));
            combo.valueProperty().bindBidirectional(model.columnOf.get(c.field()));
            combo.setPrefWidth(170);
            mappingGrid.add(label, col * 2, row);
            mappingGrid.add(combo, col * 2 + 1, row);
            col++;
            if (col == 3) {
                col = 0;
                row++;
            }
        }
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private static void show(TableColumn<?, ?> column, boolean visible) {
        column.setVisible(visible);
    }

    @FXML
    private void onTickAll() {
        model.membership.tickAll();
    }

    @FXML
    private void onTemplate() {
        model.saveTemplate();
    }

    @FXML
    private void onChoose() {
        model.chooseFile();
    }

    @FXML
    private void onAnalyse() {
        model.analyse();
    }

    @FXML
    private void onCancel() {
        model.cancel();
    }

    @FXML
    private void onImport() {
        model.importNow();
    }
}
