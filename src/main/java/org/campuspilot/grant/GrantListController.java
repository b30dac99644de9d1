package org.campuspilot.grant;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.campuspilot.ui.EnumCells;
import org.campuspilot.ui.FormController;
import org.campuspilot.ui.ListScreen;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.Tables;

/** The grants: the list on the left, the grant's page (schedule, compte rendu) on the right. */
public final class GrantListController extends ListScreen<Grant, Grant> {
    private final GrantListViewModel vm;
    private final Messages messages;

    @FXML private SplitPane root;
    @FXML private Label countLabel;
    @FXML private TextField searchField;
    @FXML private ComboBox<GrantStatus> statusFilter;
    @FXML private TableView<Grant> table;
    @FXML private TableColumn<Grant, String> yearColumn;
    @FXML private TableColumn<Grant, String> funderColumn;
    @FXML private TableColumn<Grant, String> awardedColumn;
    @FXML private TableColumn<Grant, String> statusColumn;
    @FXML private GrantFormController formController;

    private final org.campuspilot.ui.ListExporter exporter;
    @FXML private javafx.scene.layout.HBox listHeader;

    public GrantListController(GrantListViewModel vm, Messages messages, org.campuspilot.ui.ListExporter exporter) {
        this.exporter = exporter;
        this.vm = vm;
        this.messages = messages;
    }

    @Override
    protected TableView<Grant> table() {
        return table;
    }

    @Override
    protected FormController<Grant> form() {
        return formController;
    }

    @Override
    protected Grant record(Grant row) {
        return row;
    }

    @Override
    protected long id(Grant record) {
        return record.id();
    }

    @Override
    protected void reload(Consumer<List<Grant>> afterLoad) {
        vm.load(afterLoad);
    }

    @Override
    protected void clearFilters() {
        vm.clearFilters();
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(vm.search);
        EnumCells.filter(statusFilter, List.of(GrantStatus.values()), s -> messages.get(s.messageKey()),
                messages.get("grant.filter.allStatuses"));
        statusFilter.valueProperty().bindBidirectional(vm.status);
        Tables.text(yearColumn, g -> String.valueOf(g.year()));
        Tables.text(funderColumn, g -> (vm.needsAttention(g) ? "⚠ " : "") + g.funderName() + " — " + g.object());
        Tables.text(awardedColumn, g -> g.awarded() == null ? "" : g.awarded().number());
        Tables.text(statusColumn, g -> messages.get(g.status().messageKey()));
        table.setItems(vm.rows.visible());
        Map<TableColumn<Grant, ?>, Function<Grant, String>> keys = Map.of(
                yearColumn, g -> String.valueOf(g.year()),
                funderColumn, Grant::funderName,
                awardedColumn, g -> String.format("%015d", g.awarded() == null ? 0 : g.awarded().cents()),
                statusColumn, g -> g.status().name());
        Tables.sortInBackground(table, keys, vm.rows::sortBy);
        Tables.placeholder(table, messages, "grant.list.empty", vm.rows.loadProblem());
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("grant.list.count", vm.rows.visible().size(), vm.rows.totalCount()),
                vm.rows.visible(), vm.rows.total()));
        Tables.guardSelection(table, this::keepsForm, formController::mayLeave, formController::edit);
        formController.setOnSaved(this::reloadAndSelect);
        formController.setOnDeleted(this::deleted);
        installShortcuts(root, searchField, this::onNew);
        showFormWhenOpen(root, messages);
        installExport(listHeader, exporter, "subventions",
                records -> GrantTable.grants(messages, records));
        // Read when its tab is shown (GrantAreaController).
    }

    /** True when the tab may be left: nothing unsaved, or the director drops it. */
    public boolean mayLeave() {
        return formController.mayLeave();
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
