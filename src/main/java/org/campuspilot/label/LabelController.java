package org.campuspilot.label;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.campuspilot.document.DocumentFiles.Format;
import org.campuspilot.report.DocumentPreview;
import org.campuspilot.ui.EnumCells;
import org.campuspilot.ui.FieldFeedback;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.Navigator;
import org.campuspilot.ui.Refreshable;

/** The bilan du label screen; everything it does is in {@link LabelViewModel}. */
public final class LabelController implements Refreshable {
    private final LabelViewModel vm;
    private final Messages messages;
    private final Navigator navigator;

    @FXML private Label periodLabel;
    @FXML private Label introLabel;
    @FXML private ComboBox<org.campuspilot.report.ReportPeriod.Kind> kindCombo;
    @FXML private Button identityButton;
    @FXML private ListView<LabelObjective> objectivesList;
    @FXML private Button editObjectiveButton;
    @FXML private Button deleteObjectiveButton;
    @FXML private VBox objectiveForm;
    @FXML private ComboBox<LabelIndicator> indicatorCombo;
    @FXML private VBox detailBox;
    @FXML private Label detailLabel;
    @FXML private ComboBox<Enum<?>> detailCombo;
    @FXML private TextField objectiveLabelField;
    @FXML private Label objectiveLabelError;
    @FXML private TextField targetField;
    @FXML private Label targetError;
    @FXML private ComboBox<LabelObjective.Scope> scopeCombo;
    @FXML private VBox typedBox;
    @FXML private GridPane typedGrid;
    @FXML private Label objectiveFormError;
    @FXML private Button saveObjectiveButton;
    @FXML private Label statusLabel;
    @FXML private javafx.scene.control.TextArea synthesisArea;
    @FXML private javafx.scene.control.TextArea highlightsArea;
    @FXML private javafx.scene.control.TextArea outlookArea;
    @FXML private ComboBox<LabelIndicator.Theme> themeTextCombo;
    @FXML private javafx.scene.control.TextArea themeTextArea;
    @FXML private VBox previewBox;

    public LabelController(LabelViewModel vm, Messages messages, Navigator navigator) {
        this.vm = vm;
        this.messages = messages;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        periodLabel.textProperty().bind(vm.period);
        introLabel.textProperty().bind(Bindings.createStringBinding(() -> messages.get(vm.kind.get()
                == org.campuspilot.report.ReportPeriod.Kind.CIVIL ? "label.screen.introCivil" : "label.screen.intro"),
                vm.kind));
        kindCombo.getItems().setAll(org.campuspilot.report.ReportPeriod.Kind.SCHOOL,
                org.campuspilot.report.ReportPeriod.Kind.CIVIL);
        EnumCells.labelled(kindCombo, k -> messages.get("label.kind." + k.name().toLowerCase(java.util.Locale.ROOT)),
                null);
        kindCombo.valueProperty().bindBidirectional(vm.kind);
        vm.kind.addListener((o, a, k) -> vm.load());
        identityButton.visibleProperty().bind(vm.noPeriod);
        identityButton.managedProperty().bind(vm.noPeriod);
        objectivesList.setItems(vm.objectives);
        objectivesList.setCellFactory(lv -> new ListCell<>() {
            {
                setPrefWidth(0);
                setWrapText(true);
            }

            @Override
            protected void updateItem(LabelObjective o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : vm.describe(o));
                setTooltip(empty || o == null ? null : new javafx.scene.control.Tooltip(vm.indicatorText(o)));
            }
        });
        objectivesList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && objectivesList.getSelectionModel().getSelectedItem() != null) {
                vm.edit(objectivesList.getSelectionModel().getSelectedItem());
            }
        });
        var none = objectivesList.getSelectionModel().selectedItemProperty().isNull();
        editObjectiveButton.disableProperty().bind(none.or(vm.noPeriod));
        deleteObjectiveButton.disableProperty().bind(none);
        objectiveForm.visibleProperty().bind(vm.formShown);
        objectiveForm.managedProperty().bind(vm.formShown);
        indicatorCombo.getItems().setAll(LabelIndicator.values());
        EnumCells.labelled(indicatorCombo, i -> messages.get(i.messageKey()), null);
        indicatorCombo.valueProperty().bindBidirectional(vm.indicator);
        detailCombo.setItems(vm.details);
        EnumCells.labelled(detailCombo, d -> messages.get(LabelIndicator.detailKey(d)), null);
        detailCombo.valueProperty().bindBidirectional(vm.detail);
        var detailed = Bindings.isNotEmpty(vm.details);
        detailBox.visibleProperty().bind(detailed);
        detailBox.managedProperty().bind(detailed);
        detailLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.indicator.get() == null
                || !vm.indicator.get().detailed() ? "" : messages.get(vm.indicator.get().messageKey() + ".which"),
                vm.indicator));
        scopeCombo.getItems().setAll(LabelObjective.Scope.values());
        EnumCells.labelled(scopeCombo, s -> messages.get(s.messageKey()), null);
        scopeCombo.valueProperty().bindBidirectional(vm.scope);
        bind(objectiveLabelField, objectiveLabelError, vm.label);
        bind(targetField, targetError, vm.target);
        var manual = Bindings.createBooleanBinding(() -> vm.indicator.get() == LabelIndicator.MANUAL, vm.indicator);
        typedBox.visibleProperty().bind(manual);
        typedBox.managedProperty().bind(manual);
        vm.formShown.addListener((o, a, shown) -> {
            if (shown) {
                buildTyped();
            }
        });
        FieldFeedback.bindProblem(objectiveFormError, vm.formProblem, messages);
        saveObjectiveButton.disableProperty().bind(vm.busy);
        statusLabel.textProperty().bind(vm.status);
        synthesisArea.textProperty().bindBidirectional(vm.texts.get(org.campuspilot.report.ReportTexts.Section
                .INTRODUCTION));
        highlightsArea.textProperty().bindBidirectional(vm.texts.get(org.campuspilot.report.ReportTexts.Section
                .HIGHLIGHTS));
        outlookArea.textProperty().bindBidirectional(vm.texts.get(org.campuspilot.report.ReportTexts.Section
                .OUTLOOK));
        themeTextCombo.getItems().setAll(LabelIndicator.Theme.values());
        EnumCells.labelled(themeTextCombo, t -> messages.get(t.messageKey()), null);
        themeTextCombo.valueProperty().bindBidirectional(vm.textTheme);
        themeTextArea.textProperty().bindBidirectional(vm.themeTexts.get(vm.textTheme.get()));
        vm.textTheme.addListener((o, before, now) -> {
            if (before != null) {
                themeTextArea.textProperty().unbindBidirectional(vm.themeTexts.get(before));
            }
            if (now != null) {
                themeTextArea.textProperty().bindBidirectional(vm.themeTexts.get(now));
            }
        });
        vm.preview.addListener((o, a, model) -> previewBox.getChildren().setAll(model == null ? java.util.List.of()
                : java.util.List.of(DocumentPreview.render(model, messages, vm.previewImages))));
        vm.load();
    }

    /** One field per school year of the period, for an objective counted by hand. */
    private void buildTyped() {
        typedGrid.getChildren().clear();
        int row = 0;
        for (var e : vm.typed.entrySet()) {
            Label year = new Label(e.getKey() + "-" + (e.getKey() + 1));
            year.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            TextField field = new TextField();
            field.setId("typed_" + e.getKey());
            field.setPrefColumnCount(8);
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            InputField<Long> input = e.getValue();
            FieldFeedback.bind(field, error, input, messages, () -> input.check(false));
            typedGrid.add(year, 0, row);
            typedGrid.add(new VBox(field, error), 1, row);
            row++;
        }
    }

    private void bind(TextField field, Label error, InputField<?> input) {
        FieldFeedback.bind(field, error, input, messages, () -> input.check(false));
    }

    @Override
    public void refresh() {
        vm.load();
    }

    @FXML
    private void onIdentity() {
        navigator.showCampusIdentity();
    }

    @FXML
    private void onNewObjective() {
        vm.startNew();
        objectiveLabelField.requestFocus();
    }

    @FXML
    private void onEditObjective() {
        vm.edit(objectivesList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onDeleteObjective() {
        vm.delete(objectivesList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onSaveObjective() {
        vm.save();
    }

    @FXML
    private void onCancelObjective() {
        vm.cancel();
    }

    @FXML
    private void onSaveTexts() {
        vm.saveTexts();
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
    private void onExportXlsx() {
        vm.export(Format.XLSX);
    }
}
