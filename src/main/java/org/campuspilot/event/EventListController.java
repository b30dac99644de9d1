package org.campuspilot.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.SchoolYear;
import org.campuspilot.ui.EnumCells;
import org.campuspilot.ui.FieldFeedback;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.FormController;
import org.campuspilot.ui.ListScreen;
import org.campuspilot.ui.Tables;

/** The events: a month calendar or a list of the same filtered events on the left, the event's page on the right. */
public final class EventListController extends ListScreen<EventRow, Event> {
    private final EventListViewModel vm;
    private MonthCalendarView calendar;
    private final Messages messages;

    @FXML private SplitPane root;
    @FXML private ToggleButton calendarToggle;
    @FXML private ToggleButton listToggle;
    @FXML private MenuItem exportSelectionItem;
    @FXML private TextField searchField;
    @FXML private org.controlsfx.control.CheckComboBox<EventType> typeFilter;
    @FXML private ComboBox<EventStatus> statusFilter;
    @FXML private ComboBox<SchoolYear> schoolYearFilter;
    @FXML private TextField fromField;
    @FXML private TextField toField;
    @FXML private Label periodError;
    @FXML private javafx.scene.control.CheckBox toCompleteCheck;
    @FXML private Label countLabel;
    @FXML private VBox calendarPane;
    @FXML private Label monthLabel;
    @FXML private GridPane calendarGrid;
    @FXML private TableView<EventRow> table;
    @FXML private TableColumn<EventRow, String> dateColumn;
    @FXML private TableColumn<EventRow, String> titleColumn;
    @FXML private TableColumn<EventRow, String> typeColumn;
    @FXML private TableColumn<EventRow, String> statusColumn;
    @FXML private TableColumn<EventRow, String> presentColumn;
    @FXML private EventFormController formController;

    private final org.campuspilot.ui.ListExporter exporter;
    @FXML private javafx.scene.layout.HBox listHeader;

    public EventListController(EventListViewModel vm, Messages messages, org.campuspilot.ui.ListExporter exporter) {
        this.exporter = exporter;
        this.vm = vm;
        this.messages = messages;
    }

    @Override
    protected TableView<EventRow> table() {
        return table;
    }

    @Override
    protected FormController<Event> form() {
        return formController;
    }

    @Override
    protected Event record(EventRow r) {
        return r.event();
    }

    @Override
    protected long id(Event record) {
        return record.id();
    }

    @Override
    protected void reload(Consumer<List<EventRow>> afterLoad) {
        vm.load(afterLoad);
    }

    @Override
    protected void clearFilters() {
        vm.clearFilters();
    }

    @Override
    protected void beforeRefresh() {
        formController.reloadChoices();
    }

    @Override
    protected void opened(Event record) {
        vm.showMonthOf(record);
    }

    @FXML
    private void initialize() {
        ToggleGroup views = new ToggleGroup();
        calendarToggle.setToggleGroup(views);
        listToggle.setToggleGroup(views);
        views.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true);
            }
        });
        calendarPane.visibleProperty().bind(calendarToggle.selectedProperty());
        table.visibleProperty().bind(listToggle.selectedProperty());

        searchField.textProperty().bindBidirectional(vm.search());
        org.campuspilot.ui.CheckFilter.bind(typeFilter, List.of(EventType.values()), t -> messages.get(t.messageKey()),
                messages.get("event.filter.allTypes"), vm.types());
        EnumCells.filter(statusFilter, List.of(EventStatus.values()), t -> messages.get(t.messageKey()),
                messages.get("event.filter.allStatuses"));
        statusFilter.valueProperty().bindBidirectional(vm.status());
        EnumCells.labelled(schoolYearFilter, y -> messages.get("event.filter.schoolYear", y.toString()),
                messages.get("event.filter.allYears"));
        schoolYearFilter.valueProperty().bindBidirectional(vm.schoolYear());
        fromField.textProperty().bindBidirectional(vm.from.text());
        toField.textProperty().bindBidirectional(vm.to.text());
        vm.from.problem().addListener((o, a, p) -> showPeriodProblem());
        vm.to.problem().addListener((o, a, p) -> showPeriodProblem());
        showPeriodProblem();
        toCompleteCheck.selectedProperty().bindBidirectional(vm.toCompleteOnly());

        Tables.text(dateColumn, r -> FrenchFormats.date(r.event().timing().startDate()));
        Tables.text(titleColumn, r -> r.event().title());
        Tables.text(typeColumn, r -> messages.get(r.event().type().messageKey()));
        Tables.text(statusColumn, r -> r.toComplete() ? messages.get("event.status.toComplete")
                : messages.get(r.event().status().messageKey()));
        Tables.text(presentColumn, r -> r.event().attendance().isEmpty() ? "" : String.valueOf(r.event().totalPresent()));
        table.setItems(vm.visible());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Map<TableColumn<EventRow, ?>, Function<EventRow, String>> keys = Map.of(
                dateColumn, r -> r.event().timing().start().toString(),
                titleColumn, r -> r.event().title(),
                typeColumn, r -> messages.get(r.event().type().messageKey()),
                statusColumn, r -> messages.get(r.event().status().messageKey()),
                presentColumn, r -> String.format("%08d", r.event().totalPresent()));
        Tables.sortInBackground(table, keys, vm::sortBy);
        Tables.placeholder(table, messages, "event.list.empty", vm.loadProblem());
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("event.list.count", vm.visible().size(), vm.totalCount()), vm.visible(),
                vm.total()));
        Tables.guardSelection(table, this::keepsForm, formController::mayLeave, row -> {
            formController.edit(row.event());
            vm.showMonthOf(row.event());
        });
        exportSelectionItem.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));

        calendar = new MonthCalendarView(calendarGrid, messages, this::select, this::newOn);
        vm.month().addListener((o, a, m) -> drawCalendar());
        vm.visible().addListener((ListChangeListener<EventRow>) c -> drawCalendar());

        formController.setOnSaved(this::reloadAndSelect);
        formController.setOnDeleted(this::deleted);
        installShortcuts(root, searchField, this::onNew);
        showFormWhenOpen(root, messages);
        installExport(listHeader, exporter, "evenements",
                records -> EventTable.of(messages, records));
        load(null);
    }

    private void showPeriodProblem() {
        FieldFeedback.showProblem(periodError, vm.from.problem().get() != null ? vm.from.problem().get()
                : vm.to.problem().get(), messages);
    }

    private void load(Event select) {
        vm.load(rows -> {
            SchoolYear chosen = vm.schoolYear().get();
            schoolYearFilter.getItems().setAll(new ArrayList<>(java.util.Collections.singletonList(null)));
            schoolYearFilter.getItems().addAll(vm.schoolYears(rows));
            vm.schoolYear().set(chosen);
            Tables.selectFirst(table, r -> select != null && r.event().id().equals(select.id()));
            drawCalendar();
        });
    }



    /** Redraws the month shown, with the events that pass the filters. */
    private void drawCalendar() {
        monthLabel.setText(calendar.title(vm.month().get()));
        calendar.draw(vm.month().get(), List.copyOf(vm.visible()), vm.today());
    }

    /** Shows this event's page, as a click on its line would. */
    private void select(EventRow row) {
        if (row.equals(table.getSelectionModel().getSelectedItem()) && !formController.isDirty()) {
            return;
        }
        table.getSelectionModel().clearSelection();
        table.getSelectionModel().select(row);
    }



    /** Shows the events that are over but still marked « prévu ». */
    public void showToComplete() {
        vm.clearFilters();
        vm.toCompleteOnly().set(true);
        listToggle.setSelected(true);
    }


    @Override
    protected void reloadAndSelect(Event saved) {
        if (saved != null) {
            vm.showMonthOf(saved);
        }
        load(saved);
    }

    private void newOn(LocalDate day) {
        if (!leaveForm()) {
            return;
        }
        table.getSelectionModel().clearSelection();
        formController.startNew(day);
        openForm();
    }

    @FXML
    private void onNew() {
        newOn(null);
    }

    @FXML
    private void onPreviousMonth() {
        vm.previousMonth();
    }

    @FXML
    private void onNextMonth() {
        vm.nextMonth();
    }

    @FXML
    private void onThisMonth() {
        vm.thisMonth();
    }

    @FXML
    private void onExportSelection() {
        List<Event> events = table.getSelectionModel().getSelectedItems().stream().map(EventRow::event)
                .sorted(Comparator.comparing(e -> e.timing().start())).toList();
        formController.exportIcs(events, messages.get("event.ics.fileName.selection") + ".ics");
    }

    @FXML
    private void onExportShown() {
        List<Event> events = vm.visible().stream().map(EventRow::event)
                .sorted(Comparator.comparing(e -> e.timing().start())).toList();
        String name = vm.schoolYear().get() != null
                ? messages.get("event.ics.fileName.many") + "-" + vm.schoolYear().get()
                : messages.get("event.ics.fileName.many");
        formController.exportIcs(events, name + ".ics");
    }
}
