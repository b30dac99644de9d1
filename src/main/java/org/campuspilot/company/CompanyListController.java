package org.campuspilot.company;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.campuspilot.ui.EnumCells;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.FormController;
import org.campuspilot.ui.ListScreen;
import org.campuspilot.ui.Tables;

/** The partner companies: searchable, filterable list on the left; the selected (or new) company's page on the right. */
public final class CompanyListController extends ListScreen<CompanyRow, Company> {
    private final CompanyListViewModel vm;
    private final Messages messages;
    private final Clock clock;

    @FXML private SplitPane root;
    @FXML private TextField searchField;
    @FXML private Node clearSearchIcon;
    @FXML private org.controlsfx.control.CheckComboBox<PartnershipKind> partnershipFilter;
    @FXML private ComboBox<SizeBand> sizeFilter;
    @FXML private ComboBox<ConventionStatus> conventionFilter;
    @FXML private Label countLabel;
    @FXML private Button mergeButton;
    @FXML private TableView<CompanyRow> table;
    @FXML private TableColumn<CompanyRow, String> nameColumn;
    @FXML private TableColumn<CompanyRow, String> numberColumn;
    @FXML private TableColumn<CompanyRow, String> cityColumn;
    @FXML private TableColumn<CompanyRow, String> conventionColumn;
    @FXML private CompanyFormController formController;

    private final org.campuspilot.ui.ListExporter exporter;
    @FXML private javafx.scene.layout.HBox listHeader;

    public CompanyListController(CompanyListViewModel vm, Messages messages, Clock clock, org.campuspilot.ui.ListExporter exporter) {
        this.exporter = exporter;
        this.vm = vm;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    protected TableView<CompanyRow> table() {
        return table;
    }

    @Override
    protected FormController<Company> form() {
        return formController;
    }

    @Override
    protected Company record(CompanyRow r) {
        return r.company();
    }

    @Override
    protected long id(Company record) {
        return record.id();
    }

    @Override
    protected void reload(Consumer<List<CompanyRow>> afterLoad) {
        vm.load(afterLoad);
    }

    @Override
    protected void clearFilters() {
        vm.clearFilters();
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(vm.search());
        clearSearchIcon.visibleProperty().bind(vm.search().isNotEmpty());
        org.campuspilot.ui.CheckFilter.bind(partnershipFilter, List.of(PartnershipKind.values()),
                k -> messages.get(k.messageKey()), messages.get("company.filter.allKinds"), vm.partnerships());
        EnumCells.filter(sizeFilter, List.of(SizeBand.values()), b -> messages.get(b.messageKey()),
                messages.get("company.filter.allSizes"));
        sizeFilter.valueProperty().bindBidirectional(vm.size());
        EnumCells.filter(conventionFilter, List.of(ConventionStatus.values()), c -> messages.get(c.messageKey()),
                messages.get("company.filter.allConventions"));
        conventionFilter.valueProperty().bindBidirectional(vm.convention());

        Map<TableColumn<CompanyRow, ?>, Function<CompanyRow, String>> keys = Map.of(
                nameColumn, r -> r.company().name(),
                numberColumn, r -> r.company().number().code(),
                cityColumn, r -> r.company().city(),
                conventionColumn, r -> messages.get(r.company().conventionOn(LocalDate.now(clock)).messageKey()));
        Tables.text(nameColumn, keys.get(nameColumn));
        Tables.text(cityColumn, keys.get(cityColumn));
        Tables.text(conventionColumn, keys.get(conventionColumn));
        numberColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().company().number().display()));
        table.setItems(vm.visible());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Tables.sortInBackground(table, keys, vm::sortBy);
        table.getSortOrder().add(nameColumn);
        Tables.placeholder(table, messages, "company.list.empty", vm.loadProblem());
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("company.list.count", vm.visible().size(), vm.totalCount()),
                vm.visible(), vm.total()));
        mergeButton.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        Tables.guardSelection(table, this::keepsForm, formController::mayLeave,
                row -> formController.edit(row.company()));
        formController.setOnSaved(this::reloadAndSelect);
        formController.setOnDeleted(this::deleted);
        formController.setOnOpenExisting(this::open);

        installShortcuts(root, searchField, this::onNew);

        showFormWhenOpen(root, messages);

        installExport(listHeader, exporter, "entreprises",

                records -> CompanyTable.of(messages, records));
        vm.load(rows -> {
        });
    }



    /** Shown again: reads the list afresh; the form keeps unsaved input, else shows the record as now stored. */


    /** True when the form may be left (nothing unsaved, or the user discards it); the form is then emptied. */


    @FXML
    private void onClearSearch() {
        vm.search().set("");
        searchField.requestFocus();
    }

    @FXML
    private void onNew() {
        if (!formController.mayLeave()) {
            return;
        }
        table.getSelectionModel().clearSelection();
        formController.startNew();
        openForm();
    }

    @FXML
    private void onMerge() {
        List<CompanyRow> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (selected.size() != 2 || !leaveForm()) {
            return;
        }
        vm.merge(selected.get(0).company(), selected.get(1).company(), kept -> {
            Tables.selectFirst(table, r -> r.company().id().equals(kept.id()));
            formController.edit(kept);
        });
    }
}
