package org.campuspilot.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.SchoolYear;
import org.campuspilot.shared.TrainingLevel;
import org.campuspilot.ui.EnumCells;
import org.campuspilot.ui.TypeToFind;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.FormController;
import org.campuspilot.ui.ListScreen;
import org.campuspilot.ui.Tables;
import org.campuspilot.ui.TaskRunner;

/** The actions: a list or the summary per level of the same filtered actions on the left, the action's page on the right. */
public final class ActionListController extends ListScreen<ActionRow, Action> {
    private final ActionListViewModel vm;
    private final Messages messages;
    private final ContactRepository organisations;
    private final TaskRunner tasks;

    @FXML private SplitPane root;
    @FXML private ToggleButton listToggle;
    @FXML private ToggleButton summaryToggle;
    @FXML private Label countLabel;
    @FXML private TextField searchField;
    @FXML private ComboBox<SchoolYear> schoolYearFilter;
    @FXML private org.controlsfx.control.CheckComboBox<TrainingLevel> levelFilter;
    @FXML private ComboBox<ActionType> typeFilter;
    @FXML private ComboBox<ActionStatus> statusFilter;
    @FXML private ComboBox<Organisation> establishmentFilter;
    @FXML private ComboBox<Organisation> companyFilter;
    @FXML private TableView<ActionRow> table;
    @FXML private TableColumn<ActionRow, String> yearColumn;
    @FXML private TableColumn<ActionRow, String> titleColumn;
    @FXML private TableColumn<ActionRow, String> levelsColumn;
    @FXML private TableColumn<ActionRow, String> statusColumn;
    @FXML private TableColumn<ActionRow, String> reachedColumn;
    @FXML private TableView<ActionSummary.Line> summaryTable;
    @FXML private TableColumn<ActionSummary.Line, String> sYearColumn;
    @FXML private TableColumn<ActionSummary.Line, String> sLevelColumn;
    @FXML private TableColumn<ActionSummary.Line, String> sActionsColumn;
    @FXML private TableColumn<ActionSummary.Line, String> sTotalColumn;
    @FXML private TableColumn<ActionSummary.Line, String> sHoursColumn;
    @FXML private ActionFormController formController;

    private final org.campuspilot.ui.ListExporter exporter;
    @FXML private javafx.scene.layout.HBox listHeader;

    public ActionListController(ActionListViewModel vm, ContactRepository organisations, TaskRunner tasks,
            Messages messages, org.campuspilot.ui.ListExporter exporter) {
        this.exporter = exporter;
        this.vm = vm;
        this.organisations = organisations;
        this.tasks = tasks;
        this.messages = messages;
    }

    @Override
    protected TableView<ActionRow> table() {
        return table;
    }

    @Override
    protected FormController<Action> form() {
        return formController;
    }

    @Override
    protected Action record(ActionRow r) {
        return r.action();
    }

    @Override
    protected long id(Action record) {
        return record.id();
    }

    @Override
    protected void reload(Consumer<List<ActionRow>> afterLoad) {
        vm.load(afterLoad);
    }

    @Override
    protected void clearFilters() {
        vm.clearFilters();
        listToggle.setSelected(true);
    }

    @Override
    protected void beforeRefresh() {
        formController.reloadChoices();
    }

    @FXML
    private void initialize() {
        ToggleGroup views = new ToggleGroup();
        listToggle.setToggleGroup(views);
        summaryToggle.setToggleGroup(views);
        views.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true);
            }
        });
        table.visibleProperty().bind(listToggle.selectedProperty());
        summaryTable.visibleProperty().bind(summaryToggle.selectedProperty());
        summaryToggle.selectedProperty().addListener((o, was, summary) -> {
            // The summary of the year is read across: it takes the whole width, the open action is closed.
            if (summary && formOpen()) {
                closeForm();
                if (formOpen()) {
                    listToggle.setSelected(true);
                }
            }
        });

        searchField.textProperty().bindBidirectional(vm.search());
        EnumCells.labelled(schoolYearFilter, y -> messages.get("event.filter.schoolYear", y.toString()),
                messages.get("event.filter.allYears"));
        schoolYearFilter.valueProperty().bindBidirectional(vm.schoolYear());
        org.campuspilot.ui.CheckFilter.bind(levelFilter, List.of(TrainingLevel.values()),
                l -> messages.get("level.label", l.shortLabel()), messages.get("action.filter.allLevels"), vm.levels());
        EnumCells.filter(typeFilter, List.of(ActionType.values()), t -> messages.get(t.messageKey()),
                messages.get("action.filter.allTypes"));
        typeFilter.valueProperty().bindBidirectional(vm.type());
        EnumCells.filter(statusFilter, List.of(ActionStatus.values()), s -> messages.get(s.messageKey()),
                messages.get("action.filter.allStatuses"));
        statusFilter.valueProperty().bindBidirectional(vm.status());
        TypeToFind.install(establishmentFilter);
        EnumCells.labelled(establishmentFilter, Organisation::name, messages.get("action.filter.allEstablishments"));
        establishmentFilter.valueProperty().bindBidirectional(vm.establishment());
        TypeToFind.install(companyFilter);
        EnumCells.labelled(companyFilter, Organisation::name, messages.get("action.filter.allCompanies"));
        companyFilter.valueProperty().bindBidirectional(vm.company());

        Tables.text(yearColumn, r -> r.action().schoolYear().toString());
        Tables.text(titleColumn, r -> r.action().title());
        Tables.text(levelsColumn, r -> String.join(", ", r.action().levels().stream().sorted()
                .map(TrainingLevel::shortLabel).toList()));
        Tables.text(statusColumn, r -> messages.get(r.action().status().messageKey()));
        Tables.text(reachedColumn, r -> String.valueOf(r.action().beneficiaries().actualTotal()));
        table.setItems(vm.visible());
        Map<TableColumn<ActionRow, ?>, Function<ActionRow, String>> keys = Map.of(
                yearColumn, r -> r.action().schoolYear().toString(),
                titleColumn, r -> r.action().title(),
                levelsColumn, r -> r.action().levels().stream().sorted().map(TrainingLevel::shortLabel).toList()
                        .toString(),
                statusColumn, r -> messages.get(r.action().status().messageKey()),
                reachedColumn, r -> String.format("%08d", r.action().beneficiaries().actualTotal()));
        Tables.sortInBackground(table, keys, vm::sortBy);
        Tables.placeholder(table, messages, "action.list.empty", vm.loadProblem());
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("action.list.count", vm.visible().size(), vm.totalCount()), vm.visible(),
                vm.total()));
        Tables.guardSelection(table, this::keepsForm, formController::mayLeave,
                row -> formController.edit(row.action()));
        summaryColumns();

        formController.setOnSaved(this::reloadAndSelect);
        formController.setOnDeleted(this::deleted);
        installShortcuts(root, searchField, this::onNew);
        showFormWhenOpen(root, messages);
        installExport(listHeader, exporter, "actions",
                records -> ActionTable.of(messages, records));
        load(null);
    }

    /** The summary: year, level, actions, then each status and sex, the total and the hours. */
    private void summaryColumns() {
        summaryTable.setItems(vm.summary());
        summaryTable.setSortPolicy(t -> false);
        summaryText(sYearColumn, l -> l.year().toString());
        summaryText(sLevelColumn, l -> l.isTotal() ? messages.get("action.summary.allLevels")
                : l.level().shortLabel());
        summaryText(sActionsColumn, l -> String.valueOf(l.actions()));
        summaryText(sTotalColumn, l -> String.valueOf(l.beneficiaries()));
        summaryText(sHoursColumn, l -> l.hours().display());
        int at = summaryTable.getColumns().indexOf(sTotalColumn);
        List<TableColumn<ActionSummary.Line, String>> extra = new ArrayList<>();
        for (LearnerStatus s : LearnerStatus.values()) {
            TableColumn<ActionSummary.Line, String> c = new TableColumn<>(messages.get(s.messageKey()));
            c.setId("summary_" + s.name());
            summaryText(c, l -> String.valueOf(l.byStatus().getOrDefault(s, 0)));
            extra.add(c);
        }
        for (Sex s : Sex.values()) {
            TableColumn<ActionSummary.Line, String> c = new TableColumn<>(messages.get(s.messageKey()));
            c.setId("summary_" + s.name());
            summaryText(c, l -> String.valueOf(l.bySex().getOrDefault(s, 0)));
            extra.add(c);
        }
        summaryTable.getColumns().addAll(at, extra);
        summaryTable.getColumns().forEach(c -> c.setSortable(false));
        Tables.headersReadable(summaryTable);
        summaryTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ActionSummary.Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("summary-total");
                if (!empty && line != null && line.isTotal()) {
                    getStyleClass().add("summary-total");
                }
            }
        });
        Tables.placeholder(summaryTable, messages, "action.list.empty", vm.loadProblem());
    }

    private static void summaryText(TableColumn<ActionSummary.Line, String> c,
            Function<ActionSummary.Line, String> f) {
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        c.setPrefWidth(Math.max(c.getPrefWidth(), 72));
    }



    private void load(Action select) {
        vm.load(rows -> {
            SchoolYear chosen = vm.schoolYear().get();
            List<SchoolYear> years = new ArrayList<>();
            years.add(null);
            years.addAll(vm.schoolYears(rows));
            schoolYearFilter.getItems().setAll(years);
            vm.schoolYear().set(chosen);
            Tables.selectFirst(table, r -> select != null && r.action().id().equals(select.id()));
        });
        tasks.run(organisations::organisationChoices, orgs -> {
            Organisation e = vm.establishment().get();
            Organisation c = vm.company().get();
            List<Organisation> est = new ArrayList<>();
            est.add(null);
            est.addAll(orgs.stream().filter(o -> o.kind() == Organisation.Kind.ESTABLISHMENT).toList());
            establishmentFilter.getItems().setAll(est);
            List<Organisation> comp = new ArrayList<>();
            comp.add(null);
            comp.addAll(orgs.stream().filter(o -> o.kind() == Organisation.Kind.COMPANY).toList());
            companyFilter.getItems().setAll(comp);
            vm.establishment().set(e == null ? null : est.stream().filter(x -> x != null && x.sameAs(e)).findFirst()
                    .orElse(null));
            vm.company().set(c == null ? null : comp.stream().filter(x -> x != null && x.sameAs(c)).findFirst()
                    .orElse(null));
        }, failure -> {
        });
    }




    @Override
    protected void reloadAndSelect(Action saved) {
        load(saved);
    }

    @FXML
    private void onNew() {
        if (!leaveForm()) {
            return;
        }
        table.getSelectionModel().clearSelection();
        formController.startNew();
        openForm();
    }
}
