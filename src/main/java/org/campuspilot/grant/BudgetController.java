package org.campuspilot.grant;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.campuspilot.document.DocumentFiles.Format;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Money;
import org.campuspilot.ui.FieldFeedback;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.Refreshable;

/** The budget tab: the year's follow-up table, and the budget prévisionnel's editor in its place while editing. */
public final class BudgetController implements Refreshable {
    private final BudgetViewModel vm;
    private final Messages messages;

    @FXML private VBox root;
    @FXML private ComboBox<Integer> yearChoice;
    @FXML private ComboBox<AnalyticProject> projectChoice;
    @FXML private MenuButton projectsButton;
    @FXML private javafx.scene.control.MenuItem renameProjectItem;
    @FXML private javafx.scene.control.MenuItem deleteProjectItem;
    @FXML private Label projectHint;
    @FXML private Button editButton;
    @FXML private MenuButton exportButton;
    @FXML private Label summaryLabel;
    @FXML private Label resultLabel;
    @FXML private Label problemLabel;
    @FXML private TableView<BudgetFollowUp.Row> budgetTable;
    @FXML private TableColumn<BudgetFollowUp.Row, String> lineColumn;
    @FXML private TableColumn<BudgetFollowUp.Row, String> forecastColumn;
    @FXML private TableColumn<BudgetFollowUp.Row, String> committedColumn;
    @FXML private TableColumn<BudgetFollowUp.Row, String> paidColumn;
    @FXML private TableColumn<BudgetFollowUp.Row, String> remainingColumn;
    @FXML private TableColumn<BudgetFollowUp.Row, String> executedColumn;
    @FXML private VBox editor;
    @FXML private Label editorTitle;
    @FXML private GridPane editorGrid;
    @FXML private Label editorTotals;
    @FXML private VBox editorWarnings;
    @FXML private Button saveButton;

    public BudgetController(BudgetViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        yearChoice.setItems(vm.years);
        yearChoice.valueProperty().bindBidirectional(vm.year);
        yearChoice.disableProperty().bind(vm.editing);
        projectChoice.setItems(vm.projects);
        projectChoice.valueProperty().bindBidirectional(vm.project);
        projectChoice.disableProperty().bind(vm.editing);
        projectChoice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(AnalyticProject p) {
                return p == null ? "" : p.name();
            }

            @Override
            public AnalyticProject fromString(String s) {
                return null;
            }
        });
        projectsButton.disableProperty().bind(vm.editing);
        javafx.beans.binding.BooleanBinding onWhole = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.projectId() == null, vm.project);
        renameProjectItem.disableProperty().bind(onWhole);
        deleteProjectItem.disableProperty().bind(onWhole);
        projectHint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.projectId() == null
                ? messages.get("grant.budget.project.wholeHint")
                : messages.get("grant.budget.project.hint", String.valueOf(vm.projectId())), vm.project));
        editButton.disableProperty().bind(vm.editing.or(vm.followUp.isNull()));
        exportButton.disableProperty().bind(vm.editing);
        budgetTable.setItems(vm.rows);
        budgetTable.visibleProperty().bind(vm.editing.not());
        editor.visibleProperty().bind(vm.editing);
        saveButton.disableProperty().bind(vm.busy);
        GrantDocuments names = new GrantDocuments(messages);
        column(lineColumn, r -> (r.line().parent() == null ? "" : "    ") + names.lineLabel(r.line()));
        column(forecastColumn, r -> r.forecast().number());
        column(committedColumn, r -> r.committed().number());
        column(paidColumn, r -> r.paid().number());
        column(remainingColumn, r -> r.remaining().number());
        column(executedColumn, r -> FrenchFormats.percent(r.executed()));
        budgetTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(BudgetFollowUp.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("summary-total", "overspent");
                if (!empty && row != null) {
                    setId("budget_" + row.line().code());
                    if (row.parentless()) {
                        getStyleClass().add("summary-total");
                    }
                    if (row.overspent()) {
                        getStyleClass().add("overspent");
                    }
                } else {
                    setId(null);
                }
            }
        });
        vm.followUp.addListener((o, a, f) -> {
            summaryLabel.setText(f == null ? "" : vm.summary(f));
            resultLabel.setText(f == null ? "" : vm.result(f));
        });
        FieldFeedback.bindProblem(problemLabel, vm.problem, messages);
        buildEditor(names);
        editorTotals.textProperty().bind(vm.editorTotals);
        vm.editorWarnings.addListener((javafx.collections.ListChangeListener<String>) c -> showWarnings());
        // Read when its tab is shown (GrantAreaController).
    }

    private static void column(TableColumn<BudgetFollowUp.Row, String> c, Function<BudgetFollowUp.Row, String> f) {
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
    }

    /** One row per line: the label, then a field for a line that takes amounts, or the group's running total. */
    private void buildEditor(GrantDocuments names) {
        int row = 0;
        for (BudgetLine line : BudgetLine.ALL) {
            Label label = new Label((line.parent() == null ? "" : "    ") + names.lineLabel(line));
            label.setWrapText(true);
            editorGrid.add(label, 0, row);
            if (line.takesAmounts()) {
                InputField<Money> field = vm.fields.get(line.code());
                TextField text = new TextField();
                text.setId("forecast_" + line.code());
                text.setPrefColumnCount(10);
                text.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
                Label error = new Label();
                error.getStyleClass().add("field-error");
                error.setWrapText(true);
                FieldFeedback.bind(text, error, field, messages, () -> field.check(false));
                editorGrid.add(new VBox(text, error), 1, row);
            } else {
                label.getStyleClass().add("text-bold");
                Label total = new Label();
                total.getStyleClass().add("text-bold");
                total.textProperty().bind(vm.groupTotals.get(line.code()));
                GridPane.setHalignment(total, HPos.RIGHT);
                editorGrid.add(total, 1, row);
            }
            if (line.parent() == null && row > 0) {
                label.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
            }
            row++;
        }
        editorGrid.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(),
                new javafx.scene.layout.ColumnConstraints(150));
        editorGrid.getColumnConstraints().get(0).setHgrow(javafx.scene.layout.Priority.ALWAYS);
    }

    private void showWarnings() {
        editorWarnings.getChildren().setAll(vm.editorWarnings.stream().map(w -> {
            Label l = new Label(w);
            l.setWrapText(true);
            l.getStyleClass().add("warning-text");
            return l;
        }).toList());
    }

    @Override
    public void refresh() {
        if (!vm.editing.get()) {
            vm.load();
        }
    }

    /** True when the tab may be left: no budget being typed, or the director drops it. */
    public boolean mayLeave() {
        if (vm.mayLeave()) {
            vm.cancelEditing();
            return true;
        }
        return false;
    }

    @FXML
    private void onNewProject() {
        vm.newProject();
    }

    @FXML
    private void onRenameProject() {
        vm.renameProject();
    }

    @FXML
    private void onDeleteProject() {
        vm.deleteProject();
    }

    @FXML
    private void onEdit() {
        editorTitle.setText(vm.projectId() == null
                ? messages.get("grant.budget.editor.title", String.valueOf(vm.year.get()))
                : messages.get("grant.budget.editor.projectTitle", String.valueOf(vm.year.get()),
                        vm.project.get().name()));
        vm.startEditing();
    }

    @FXML
    private void onCancel() {
        vm.cancelEditing();
    }

    @FXML
    private void onSave() {
        vm.save();
    }

    @FXML
    private void onExportOds() {
        vm.export(Format.ODS);
    }

    @FXML
    private void onExportPdf() {
        vm.export(Format.PDF);
    }
}
