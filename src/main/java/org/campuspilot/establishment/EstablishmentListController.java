package org.campuspilot.establishment;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.campuspilot.ui.EnumCells;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.FormController;
import org.campuspilot.ui.ListScreen;
import org.campuspilot.ui.Tables;

/**
 * The member establishments: searchable, filterable, sortable list on the left, the form of the selected (or new)
 * establishment on the right.
 */
public final class EstablishmentListController extends ListScreen<EstablishmentRow, Establishment> {
    private final EstablishmentListViewModel vm;
    private final Messages messages;

    @FXML private SplitPane root;
    @FXML private TextField searchField;
    @FXML private javafx.scene.Node clearSearchIcon;
    @FXML private ComboBox<EstablishmentKind> kindFilter;
    @FXML private ComboBox<Ownership> ownershipFilter;
    @FXML private CheckBox currentOnlyCheck;
    @FXML private ComboBox<NetworkRole> roleFilter;
    @FXML private Label countLabel;
    @FXML private Button newButton;
    @FXML private TableView<EstablishmentRow> table;
    @FXML private TableColumn<EstablishmentRow, String> uaiColumn;
    @FXML private TableColumn<EstablishmentRow, String> nameColumn;
    @FXML private TableColumn<EstablishmentRow, String> kindColumn;
    @FXML private TableColumn<EstablishmentRow, String> ownershipColumn;
    @FXML private TableColumn<EstablishmentRow, String> cityColumn;
    @FXML private TableColumn<EstablishmentRow, String> roleColumn;
    @FXML private EstablishmentFormController formController;

    private final org.campuspilot.ui.ListExporter exporter;
    @FXML private javafx.scene.layout.HBox listHeader;

    public EstablishmentListController(EstablishmentListViewModel vm, Messages messages, org.campuspilot.ui.ListExporter exporter) {
        this.exporter = exporter;
        this.vm = vm;
        this.messages = messages;
    }

    @Override
    protected TableView<EstablishmentRow> table() {
        return table;
    }

    @Override
    protected FormController<Establishment> form() {
        return formController;
    }

    @Override
    protected Establishment record(EstablishmentRow r) {
        return r.establishment();
    }

    @Override
    protected long id(Establishment record) {
        return record.id();
    }

    @Override
    protected void reload(Consumer<List<EstablishmentRow>> afterLoad) {
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
        EnumCells.filter(kindFilter, List.of(EstablishmentKind.values()), k -> messages.get(k.messageKey()),
                messages.get("establishment.filter.allKinds"));
        kindFilter.valueProperty().bindBidirectional(vm.kind());
        EnumCells.filter(ownershipFilter, List.of(Ownership.values()), o -> messages.get(o.messageKey()),
                messages.get("establishment.filter.allOwnerships"));
        ownershipFilter.valueProperty().bindBidirectional(vm.ownership());
        currentOnlyCheck.selectedProperty().bindBidirectional(vm.currentOnly());
        EnumCells.filter(roleFilter, List.of(NetworkRole.values()), r -> messages.get(r.messageKey()),
                messages.get("establishment.filter.allRoles"));
        roleFilter.valueProperty().bindBidirectional(vm.role());

        uaiColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().establishment().uai().code()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().establishment().name()));
        kindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                messages.get(c.getValue().establishment().kind().messageKey())));
        ownershipColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                messages.get(c.getValue().establishment().ownership().messageKey())));
        cityColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().establishment().city()));
        roleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                messages.get(c.getValue().establishment().role().messageKey())));
        table.setItems(vm.visible());
        Tables.sortInBackground(table, Map.of(
                uaiColumn, r -> r.establishment().uai().code(),
                nameColumn, r -> r.establishment().name(),
                kindColumn, r -> messages.get(r.establishment().kind().messageKey()),
                ownershipColumn, r -> messages.get(r.establishment().ownership().messageKey()),
                cityColumn, r -> r.establishment().city(),
                roleColumn, r -> messages.get(r.establishment().role().messageKey())), vm::sortBy);
        table.getSortOrder().add(nameColumn);
        Tables.placeholder(table, messages, "establishment.list.empty", vm.loadProblem());
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("establishment.list.count", vm.visible().size(), vm.totalCount()),
                vm.visible(), vm.total()));
        Tables.guardSelection(table, this::keepsForm, formController::mayLeave,
                row -> formController.edit(row.establishment()));
        formController.setOnSaved(this::reloadAndSelect);
        formController.setOnDeleted(this::deleted);
        formController.setOnOpenExisting(this::open);

        installShortcuts(root, searchField, this::onNew);

        showFormWhenOpen(root, messages);

        installExport(listHeader, exporter, "etablissements",

                records -> EstablishmentTable.of(messages, records));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                formController.delete();
            }
        });
        vm.load(rows -> {
        });
    }




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
}
