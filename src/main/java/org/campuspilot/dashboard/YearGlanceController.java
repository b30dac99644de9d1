package org.campuspilot.dashboard;

import java.time.format.TextStyle;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.campuspilot.report.ReportFigures;
import org.campuspilot.report.ReportPeriod;
import org.campuspilot.report.ReportService;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.TrainingLevel;
import org.campuspilot.ui.EnumCells;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.Navigator;
import org.campuspilot.ui.Refreshable;

/**
 * The tableau de bord's year at a glance: a civil or school year's figures and charts; a click on a bar or a figure
 * lists its records, and a record opens on a double-click or Enter.
 */
public final class YearGlanceController implements Refreshable {
    private final YearViewModel vm;
    private final Messages messages;
    private final Navigator navigator;

    @FXML private ComboBox<ReportPeriod.Kind> yearKindCombo;
    @FXML private ComboBox<Integer> yearCombo;
    @FXML private Hyperlink yearMembersLink;
    @FXML private Label yearPartnersLabel;
    @FXML private Hyperlink yearEventsLink;
    @FXML private Hyperlink yearActionsLink;
    @FXML private BarChart<String, Number> levelsChart;
    @FXML private BarChart<String, Number> monthsChart;
    @FXML private BarChart<String, Number> budgetChart;
    @FXML private VBox recordsBox;
    @FXML private Label recordsTitle;
    @FXML private ListView<ReportService.RecordRef> recordsList;
    private final javafx.beans.property.ReadOnlyBooleanWrapper figuresShown =
            new javafx.beans.property.ReadOnlyBooleanWrapper();

    public YearGlanceController(YearViewModel vm, Messages messages, Navigator navigator) {
        this.vm = vm;
        this.messages = messages;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        yearKindCombo.getItems().setAll(ReportPeriod.Kind.values());
        EnumCells.labelled(yearKindCombo, k -> messages.get("report.kind." + k.name().toLowerCase(Locale.ROOT)), "");
        yearCombo.getItems().setAll(vm.years());
        EnumCells.labelled(yearCombo, y -> vm.period().get().kind() == ReportPeriod.Kind.CIVIL ? String.valueOf(y)
                : y + "-" + (y + 1), "");
        yearKindCombo.setValue(vm.period().get().kind());
        yearCombo.setValue(vm.period().get().year());
        yearKindCombo.valueProperty().addListener((o, a, k) -> choose());
        yearCombo.valueProperty().addListener((o, a, y) -> choose());
        recordsBox.visibleProperty().bind(vm.recordsTitle().isNotEmpty());
        recordsBox.managedProperty().bind(recordsBox.visibleProperty());
        recordsTitle.textProperty().bind(vm.recordsTitle());
        recordsList.setItems(vm.records());
        recordsList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ReportService.RecordRef r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : (r.date() == null ? "" : FrenchFormats.date(r.date()) + " — ")
                        + r.label());
            }
        });
        recordsList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open(recordsList.getSelectionModel().getSelectedItem());
            }
        });
        recordsList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(recordsList.getSelectionModel().getSelectedItem());
            }
        });
        yearMembersLink.setOnAction(e -> vm.showRecords(new ReportService.MembersOf(null),
                messages.get("dashboard.year.records.members", FrenchFormats.date(vm.period().get().last()))));
        yearEventsLink.setOnAction(e -> vm.showRecords(new ReportService.EventsOf(null),
                messages.get("dashboard.year.records.events", vm.period().get().label())));
        yearActionsLink.setOnAction(e -> vm.showRecords(new ReportService.ActionsAt(null),
                messages.get("dashboard.year.records.actions", vm.period().get().label())));
        for (BarChart<String, Number> chart : java.util.List.of(levelsChart, monthsChart, budgetChart)) {
            javafx.scene.chart.NumberAxis axis = (javafx.scene.chart.NumberAxis) chart.getYAxis();
            axis.setMinorTickVisible(false);
            axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(Number n) {
                    // counts are whole: a tick between two whole numbers has no label
                    return n.doubleValue() == Math.rint(n.doubleValue()) ? FrenchFormats.integer(n.longValue()) : "";
                }

                @Override
                public Number fromString(String s) {
                    return null;
                }
            });
        }
        vm.figures().addListener((o, a, f) -> show(f));
        vm.load();
    }

    private void choose() {
        if (yearKindCombo.getValue() == null || yearCombo.getValue() == null) {
            return;
        }
        ReportPeriod p = new ReportPeriod(yearKindCombo.getValue(), yearCombo.getValue());
        if (!p.equals(vm.period().get())) {
            vm.choose(p);
            Integer y = yearCombo.getValue();
            yearCombo.setValue(null);
            yearCombo.setValue(y);
        }
    }

    private void open(ReportService.RecordRef r) {
        if (r == null) {
            return;
        }
        switch (r.kind()) {
            case ACTION -> navigator.openAction(r.id());
            case EVENT -> navigator.openEvent(r.id());
            case ESTABLISHMENT -> navigator.openEstablishment(r.id());
            default -> throw new IllegalStateException(r.kind().name());
        }
    }

    private void show(ReportFigures f) {
        if (f == null) {
            return;
        }
        yearMembersLink.setText(messages.get("dashboard.year.members", f.network().members()));
        yearPartnersLabel.setText(messages.get("dashboard.year.partners", f.network().partnerCompanies(),
                f.network().companies()));
        yearEventsLink.setText(messages.get("dashboard.year.events", f.events().count(), f.events().attendance()));
        yearActionsLink.setText(messages.get("dashboard.year.actions", f.actions().count(),
                f.actions().beneficiaries()));
        XYChart.Series<String, Number> actions = new XYChart.Series<>();
        actions.setName(messages.get("dashboard.year.series.actions"));
        XYChart.Series<String, Number> people = new XYChart.Series<>();
        people.setName(messages.get("report.actions.beneficiaries"));
        levelsChart.getData().clear();
        for (var e : f.actions().byLevel().entrySet()) {
            String label = messages.get("report.level.short", e.getKey().shortLabel());
            actions.getData().add(new XYChart.Data<>(label, e.getValue().actions()));
            people.getData().add(new XYChart.Data<>(label, e.getValue().beneficiaries()));
        }
        levelsChart.getData().setAll(java.util.List.of(actions, people));
        for (XYChart.Series<String, Number> s : levelsChart.getData()) {
            int i = 0;
            for (var e : f.actions().byLevel().keySet()) {
                clickable(s.getData().get(i++), "levelBar_" + e.national() + "_" + (s == actions ? "a" : "b"),
                        () -> showLevel(e));
            }
        }
        XYChart.Series<String, Number> months = new XYChart.Series<>();
        monthsChart.getData().clear();
        for (var e : f.events().byMonth().entrySet()) {
            months.getData().add(new XYChart.Data<>(e.getKey().getMonth().getDisplayName(TextStyle.SHORT,
                    messages.locale()) + " " + e.getKey().getYear() % 100, e.getValue()));
        }
        monthsChart.getData().setAll(java.util.List.of(months));
        int i = 0;
        for (var m : f.events().byMonth().keySet()) {
            clickable(months.getData().get(i++), "monthBar_" + m, () -> vm.showRecords(new ReportService.EventsIn(m),
                    messages.get("dashboard.year.records.month", m.getMonth().getDisplayName(TextStyle.FULL,
                            messages.locale()) + " " + m.getYear())));
        }
        ReportFigures.Finance money = f.finance();
        budgetChart.setTitle(messages.get("report.finance.chart", String.valueOf(money.year())));
        XYChart.Series<String, Number> budget = new XYChart.Series<>();
        budget.getData().add(new XYChart.Data<>(messages.get("report.finance.forecast.short"),
                money.forecastCharges().cents() / 100.0));
        budget.getData().add(new XYChart.Data<>(messages.get("report.finance.committed.short"),
                money.committedCharges().cents() / 100.0));
        budget.getData().add(new XYChart.Data<>(messages.get("report.finance.paid.short"),
                money.paidCharges().cents() / 100.0));
        budgetChart.getData().setAll(java.util.List.of(budget));
        for (int b = 0; b < budget.getData().size(); b++) {
            clickable(budget.getData().get(b), "budgetBar_" + b, navigator::showGrant);
        }
        figuresShown.set(true);
    }

    /** True once the view holds a year's figures and charts. */
    javafx.beans.property.ReadOnlyBooleanProperty figuresShown() {
        return figuresShown.getReadOnlyProperty();
    }

    private void showLevel(TrainingLevel level) {
        vm.showRecords(new ReportService.ActionsAt(level), messages.get("dashboard.year.records.level",
                level.shortLabel(), vm.period().get().label()));
    }

    /** A bar the director can click (the pointer says so), with an id for tests. */
    private static void clickable(XYChart.Data<String, Number> data, String id, Runnable action) {
        Runnable install = () -> {
            data.getNode().setId(id);
            // A cursor set, not an inline style: no style text to parse (the start-up parses none, decision 0028).
            data.getNode().setCursor(javafx.scene.Cursor.HAND);
            data.getNode().setOnMouseClicked(e -> action.run());
        };
        if (data.getNode() != null) {
            install.run();
        } else {
            data.nodeProperty().addListener((o, a, n) -> {
                if (n != null) {
                    install.run();
                }
            });
        }
    }

    @Override
    public void refresh() {
        vm.load();
    }
}
