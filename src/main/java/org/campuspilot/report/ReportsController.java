package org.campuspilot.report;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.campuspilot.document.DocumentFiles.Format;
import org.campuspilot.ui.EnumCells;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.Refreshable;

/** The reports screen; everything it does is in {@link ReportsViewModel}. */
public final class ReportsController implements Refreshable {
    private final ReportsViewModel vm;
    private final Messages messages;

    @FXML private ComboBox<ReportPeriod.Kind> kindCombo;
    @FXML private ComboBox<Integer> yearCombo;
    @FXML private Label periodLabel;
    @FXML private TextArea introductionArea;
    @FXML private TextArea highlightsArea;
    @FXML private TextArea outlookArea;
    @FXML private Button saveTextsButton;
    @FXML private Button previewButton;
    @FXML private Button exportPdfButton;
    @FXML private Button exportOdtButton;
    @FXML private ComboBox<Integer> regionYearCombo;
    @FXML private Button exportOdsButton;
    @FXML private Button exportXlsxButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label statusLabel;
    @FXML private VBox previewBox;

    public ReportsController(ReportsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        kindCombo.getItems().setAll(ReportPeriod.Kind.values());
        EnumCells.labelled(kindCombo, k -> messages.get("report.kind." + k.name().toLowerCase(java.util.Locale.ROOT)),
                "");
        kindCombo.setValue(vm.kind().get());
        yearCombo.getItems().setAll(vm.years());
        regionYearCombo.getItems().setAll(vm.years());
        EnumCells.labelled(yearCombo, y -> vm.kind().get() == ReportPeriod.Kind.CIVIL ? String.valueOf(y)
                : y + "-" + (y + 1), "");
        yearCombo.setValue(vm.year().get());
        regionYearCombo.setValue(vm.regionYear().get());
        vm.regionYear().bind(regionYearCombo.valueProperty());
        kindCombo.valueProperty().addListener((o, a, k) -> periodChosen(() -> vm.kind().set(k), () -> kindCombo
                .setValue(a)));
        yearCombo.valueProperty().addListener((o, a, y) -> {
            if (y != null && !y.equals(vm.year().get())) {
                periodChosen(() -> vm.year().set(y), () -> yearCombo.setValue(a));
            }
        });
        Map.of(ReportTexts.Section.INTRODUCTION, introductionArea, ReportTexts.Section.HIGHLIGHTS, highlightsArea,
                ReportTexts.Section.OUTLOOK, outlookArea).forEach((s, area) -> area.textProperty()
                        .bindBidirectional(vm.text(s)));
        for (Button b : new Button[] {saveTextsButton, previewButton, exportPdfButton, exportOdtButton,
            exportOdsButton, exportXlsxButton}) {
            b.disableProperty().bind(vm.busy());
        }
        busyIndicator.visibleProperty().bind(vm.busy());
        statusLabel.textProperty().bind(vm.status());
        vm.previewModel().addListener((o, a, model) -> previewBox.getChildren().setAll(model == null
                ? java.util.List.of() : java.util.List.of(DocumentPreview.render(model, messages,
                        vm.chartImages()))));
        showPeriod();
        vm.loadTexts();
        vm.preview();
    }

    /** A new period: unsaved texts are kept only if the director says so; then its texts and preview are read. */
    private void periodChosen(Runnable apply, Runnable undo) {
        if (vm.textsChanged() && !vm.busy().get()) {
            boolean drop = vm.confirmDropTexts();
            if (!drop) {
                javafx.application.Platform.runLater(undo);
                return;
            }
        }
        apply.run();
        // the years' labels follow the calendar
        Integer y = yearCombo.getValue();
        yearCombo.setValue(null);
        yearCombo.setValue(y);
        showPeriod();
        vm.loadTexts();
        vm.preview();
    }

    private void showPeriod() {
        periodLabel.setText(new ActivityReport(messages).periodText(vm.period()));
    }

    @Override
    public void refresh() {
        vm.preview();
    }

    @FXML
    private void onSaveTexts() {
        vm.saveTexts();
    }

    @FXML
    private void onPreview() {
        vm.preview();
    }

    @FXML
    private void onExportPdf() {
        vm.exportReport(Format.PDF);
    }

    @FXML
    private void onExportOdt() {
        vm.exportReport(Format.ODT);
    }

    @FXML
    private void onExportOds() {
        vm.exportRegion(Format.ODS);
    }

    @FXML
    private void onExportXlsx() {
        vm.exportRegion(Format.XLSX);
    }
}
