package org.campuspilot.grant;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.campuspilot.document.DocumentFiles.Format;
import org.campuspilot.ui.EnumCells;
import org.campuspilot.ui.FieldFeedback;
import org.campuspilot.ui.FormController;
import org.campuspilot.ui.FormViewModel;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds a grant's page (details, schedule, compte rendu) to its view model. */
public final class GrantFormController extends FormController<Grant> {
    private final GrantFormViewModel vm;
    private final Messages messages;

    @FXML private Label formTitle;
    @FXML private ComboBox<Funder> funderCombo;
    @FXML private TextField funderNameField;
    @FXML private Label funderNameError;
    @FXML private TextField yearField;
    @FXML private Label yearError;
    @FXML private ComboBox<GrantStatus> statusCombo;
    @FXML private ComboBox<Long> projectCombo;
    @FXML private TextField objectField;
    @FXML private Label objectError;
    @FXML private TextField requestedField;
    @FXML private Label requestedError;
    @FXML private TextField awardedField;
    @FXML private Label awardedError;
    @FXML private TextField decisionDateField;
    @FXML private Label decisionDateError;
    @FXML private TextField conventionRefField;
    @FXML private Label conventionRefError;
    @FXML private TextField conventionSignedOnField;
    @FXML private Label conventionSignedOnError;
    @FXML private TextField reportDueField;
    @FXML private Label reportDueError;
    @FXML private TextField reportSentOnField;
    @FXML private Label reportSentOnError;
    @FXML private Label progressLabel;
    @FXML private VBox warningsBox;
    @FXML private VBox instalmentsBox;
    @FXML private TextArea reviewArea;
    @FXML private Label reviewError;
    @FXML private TextArea indirectCostsArea;
    @FXML private Label indirectCostsError;
    @FXML private TextArea contributionsArea;
    @FXML private Label contributionsError;
    @FXML private Label gapsTitle;
    @FXML private VBox gapsBox;
    @FXML private Label formError;
    @FXML private Button saveButton;
    @FXML private MenuButton exportButton;
    @FXML private Button deleteButton;

    public GrantFormController(GrantFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    @Override
    protected FormViewModel<Grant> form() {
        return vm;
    }

    @FXML
    private void initialize() {
        bind(funderNameField, funderNameError, vm.funderName);
        bind(yearField, yearError, vm.year);
        bind(objectField, objectError, vm.object);
        bind(requestedField, requestedError, vm.requested);
        bind(awardedField, awardedError, vm.awarded);
        bind(decisionDateField, decisionDateError, vm.decisionDate);
        bind(conventionRefField, conventionRefError, vm.conventionRef);
        bind(conventionSignedOnField, conventionSignedOnError, vm.conventionSignedOn);
        bind(reportDueField, reportDueError, vm.reportDue);
        reportDueField.promptTextProperty().bind(vm.reportDuePrompt);
        bind(reportSentOnField, reportSentOnError, vm.reportSentOn);
        bind(reviewArea, reviewError, vm.review);
        bind(indirectCostsArea, indirectCostsError, vm.indirectCosts);
        bind(contributionsArea, contributionsError, vm.contributions);
        funderCombo.getItems().setAll(Funder.values());
        EnumCells.labelled(funderCombo, f -> messages.get(f.messageKey()), null);
        funderCombo.valueProperty().bindBidirectional(vm.funder);
        statusCombo.getItems().setAll(GrantStatus.values());
        EnumCells.labelled(statusCombo, s -> messages.get(s.messageKey()), null);
        statusCombo.valueProperty().bindBidirectional(vm.status);
        projectCombo.setItems(vm.projectChoices);
        EnumCells.labelled(projectCombo, vm::projectName, messages.get("grant.project.whole"));
        projectCombo.valueProperty().bindBidirectional(vm.project);
        progressLabel.textProperty().bind(vm.progress);
        progressLabel.visibleProperty().bind(vm.progress.isNotEmpty());
        progressLabel.managedProperty().bind(vm.progress.isNotEmpty());
        vm.warnings.addListener((ListChangeListener<String>) c -> warningsBox.getChildren().setAll(
                vm.warnings.stream().map(w -> (Node) warning(w)).toList()));
        vm.instalments.addListener((ListChangeListener<GrantFormViewModel.InstalmentRow>) c -> showInstalments());
        vm.gaps.addListener((ListChangeListener<GrantFormViewModel.GapExplanation>) c -> showGaps());
        showInstalments();
        showGaps();

        FieldFeedback.bindProblem(formError, vm.formProblem(), messages);
        vm.editing().addListener((o, a, x) -> showTitle(x));
        deleteButton.disableProperty().bind(vm.editing().isNull().or(vm.busy()));
        exportButton.disableProperty().bind(vm.editing().isNull().or(vm.busy()));
        saveButton.disableProperty().bind(vm.busy());
        vm.startNew();
        showTitle(null);
    }

    private static Label warning(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("warning-text");
        return l;
    }

    /** The schedule: a block per instalment (kind, expected date and amount, condition, received, state). */
    private void showInstalments() {
        instalmentsBox.getChildren().clear();
        if (vm.instalments.isEmpty()) {
            Label none = new Label(messages.get("grant.instalments.none"));
            none.getStyleClass().add("text-muted");
            instalmentsBox.getChildren().add(none);
            return;
        }
        int n = 1;
        for (GrantFormViewModel.InstalmentRow r : vm.instalments) {
            String id = "instalment" + n++;
            GridPane g = new GridPane();
            g.setHgap(10);
            g.setVgap(2);
            g.getStyleClass().add("instalment");
            for (int i = 0; i < 3; i++) {
                javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
                c.setPercentWidth(31);
                g.getColumnConstraints().add(c);
            }
            ComboBox<InstalmentKind> kind = new ComboBox<>();
            kind.getItems().setAll(InstalmentKind.values());
            EnumCells.labelled(kind, k -> messages.get(k.messageKey()), null);
            kind.valueProperty().bindBidirectional(r.kind);
            kind.setId(id + "_kind");
            kind.setMaxWidth(Double.MAX_VALUE);
            g.add(labelled("grant.instalments.kind", kind), 0, 0);
            g.add(labelled("grant.instalments.expectedOn", field(r.expectedOn, id + "_expectedOn",
                    messages.get("common.date.prompt"))), 1, 0);
            g.add(labelled("grant.instalments.expected", field(r.expected, id + "_expected", null)), 2, 0);
            Button remove = new Button(null, new FontIcon("fth-x"));
            remove.setId(id + "_remove");
            remove.getStyleClass().addAll("flat", "button-icon");
            remove.setAccessibleText(messages.get("grant.instalments.remove"));
            remove.setTooltip(new javafx.scene.control.Tooltip(messages.get("grant.instalments.remove")));
            remove.setOnAction(e -> vm.removeInstalment(r));
            g.add(remove, 3, 0);
            g.add(labelled("grant.instalments.condition", field(r.condition, id + "_condition", null)), 0, 1, 3, 1);
            g.add(labelled("grant.instalments.receivedOn", field(r.receivedOn, id + "_receivedOn",
                    messages.get("common.date.prompt"))), 0, 2);
            g.add(labelled("grant.instalments.received", field(r.received, id + "_received", null)), 1, 2);
            Label state = new Label();
            state.setId(id + "_state");
            state.textProperty().bind(r.state);
            state.getStyleClass().add("text-bold");
            g.add(labelled("grant.instalments.state", state), 2, 2);
            instalmentsBox.getChildren().add(g);
        }
    }

    private VBox labelled(String key, Node content) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("text-small");
        return new VBox(2, label, content);
    }

    private VBox field(InputField<?> input, String id, String prompt) {
        TextField text = new TextField();
        text.setId(id);
        text.setPromptText(prompt);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        FieldFeedback.bind(text, error, input, messages, () -> vm.leave(input));
        return new VBox(text, error);
    }

    /** One explanation field per line more than 15 % away from its forecast. */
    private void showGaps() {
        boolean any = !vm.gaps.isEmpty();
        gapsTitle.setVisible(any);
        gapsTitle.setManaged(any);
        GrantDocuments names = new GrantDocuments(messages);
        gapsBox.getChildren().setAll(vm.gaps.stream().map(gap -> {
            BudgetFollowUp.Row r = gap.row();
            Label label = new Label(messages.get("grant.report.gapLine", names.lineLabel(r.line()),
                    r.forecast().display(), r.committed().display(), org.campuspilot.shared.FrenchFormats.percent(r.gapPercent())));
            label.setWrapText(true);
            TextArea area = new TextArea();
            area.setId("gap_" + r.line().code());
            area.setPrefRowCount(2);
            area.setWrapText(true);
            area.textProperty().bindBidirectional(gap.text().text());
            return (Node) new VBox(2, label, area);
        }).toList());
    }

    private void showTitle(Grant g) {
        formTitle.setText(g == null ? messages.get("grant.form.title.new")
                : messages.get("grant.form.title.edit", g.label()));
    }

    private void bind(TextInputControl field, Label error, InputField<?> input) {
        FieldFeedback.bind(field, error, input, messages, () -> vm.leave(input));
    }

    void startNew() {
        vm.startNew();
        funderNameField.requestFocus();
    }

    @FXML
    private void onAddInstalment() {
        vm.addInstalment();
    }

    @FXML
    private void onPrefill() {
        vm.prefillReview();
    }

    @FXML
    private void onExportPdf() {
        vm.export(Format.PDF);
    }

    @FXML
    private void onExportOdt() {
        vm.export(Format.ODT);
    }

    @FXML
    private void onExportOds() {
        vm.export(Format.ODS);
    }

    @FXML
    private void onExportPack() {
        vm.exportPack();
    }

    @Override
    protected String auditTable() {
        return "grant_award";
    }

    @Override
    protected Long idOf(Grant record) {
        return record.id();
    }
}
