package org.campuspilot.establishment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
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
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.campuspilot.ui.EnumCells;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.Refreshable;
import org.campuspilot.ui.Shortcuts;

/**
 * The member establishments: searchable, filterable, sortable list on the left, the form of the selected (or new)
 * establishment on the right.
 */
public final class EstablishmentListController implements Refreshable {
    private final EstablishmentListViewModel vm;
    private final Messages messages;
    private boolean restoringSelection;

    @FXML private SplitPane root;
    @FXML private TextField searchField;
    @FXML private javafx.scene.Node clearSearchIcon;
    @FXML private ComboBox<EstablishmentKind> kindFilter;
    @FXML private ComboBox<Ownership> ownershipFilter;
    @FXML private CheckBox currentOnlyCheck;
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

    public EstablishmentListController(EstablishmentListViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(vm.search());
        clearSearchIcon.visibleProperty().bind(vm.search().isNotEmpty());
        List<EstablishmentKind> kinds = new ArrayList<>();
        kinds.add(null);
        kinds.addAll(Arrays.asList(EstablishmentKind.values()));
        kindFilter.getItems().setAll(kinds);
        EnumCells.labelled(kindFilter, k -> messages.get(k.messageKey()), messages.get("establishment.filter.allKinds"));
        kindFilter.valueProperty().bindBidirectional(vm.kind());
        List<Ownership> ownerships = new ArrayList<>();
        ownerships.add(null);
        ownerships.addAll(Arrays.asList(Ownership.values()));
        ownershipFilter.getItems().setAll(ownerships);
        EnumCells.labelled(ownershipFilter, o -> messages.get(o.messageKey()),
                messages.get("establishment.filter.allOwnerships"));
        ownershipFilter.valueProperty().bindBidirectional(vm.ownership());
        currentOnlyCheck.selectedProperty().bindBidirectional(vm.currentOnly());

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
        // The table never sorts its items itself: the view model sorts them in the background.
        Map<TableColumn<EstablishmentRow, ?>, Function<EstablishmentRow, String>> keys = Map.of(
                uaiColumn, r -> r.establishment().uai().code(),
                nameColumn, r -> r.establishment().name(),
                kindColumn, r -> messages.get(r.establishment().kind().messageKey()),
                ownershipColumn, r -> messages.get(r.establishment().ownership().messageKey()),
                cityColumn, r -> r.establishment().city(),
                roleColumn, r -> messages.get(r.establishment().role().messageKey()));
        table.setSortPolicy(t -> {
            Comparator<EstablishmentRow> order = null;
            for (TableColumn<EstablishmentRow, ?> column : t.getSortOrder()) {
                Comparator<EstablishmentRow> c = EstablishmentListViewModel.text(keys.get(column));
                if (column.getSortType() == TableColumn.SortType.DESCENDING) {
                    c = c.reversed();
                }
                order = order == null ? c : order.thenComparing(c);
            }
            vm.sortBy(order);
            return true;
        });
        table.getSortOrder().add(nameColumn);
        Label placeholder = new Label(messages.get("establishment.list.empty"));
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        vm.loadProblem().addListener((o, a, p) -> placeholder.setText(messages.get(p == null
                ? "establishment.list.empty" : p.key())));
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("establishment.list.count", vm.visible().size(), vm.totalCount()),
                vm.visible(), vm.total()));
        table.getSelectionModel().selectedItemProperty().addListener((o, previous, row) -> {
            if (restoringSelection || row == null || row.equals(previous)) {
                return;
            }
            if (!formController.mayLeave()) {
                // Keep the unsaved form: put the selection back on the record being edited.
                restoringSelection = true;
                javafx.application.Platform.runLater(() -> {
                    if (previous == null) {
                        table.getSelectionModel().clearSelection();
                    } else {
                        table.getSelectionModel().select(previous);
                    }
                    restoringSelection = false;
                });
                return;
            }
            formController.edit(row.establishment());
        });
        formController.setOnSaved(this::reloadAndSelect);
        formController.setOnDeleted(() -> reloadAndSelect(null));

        Shortcuts.install(root, Map.of(
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::onNew,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), searchField::requestFocus,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), formController::save,
                new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN), formController::delete));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                formController.delete();
            }
        });
        vm.load(rows -> {
        });
    }

    /**
     * Shown again: reads the list afresh (another screen may have changed it). The form keeps what the user typed
     * and did not save yet; otherwise it shows the selected record as now stored.
     */
    @Override
    public void refresh() {
        if (formController.isDirty()) {
            vm.load(rows -> {
            });
            return;
        }
        EstablishmentRow selected = table.getSelectionModel().getSelectedItem();
        reloadAndSelect(selected == null ? null : selected.establishment());
    }

    private void reloadAndSelect(Establishment saved) {
        vm.load(rows -> {
            if (saved == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            vm.visible().stream().filter(r -> r.establishment().id().equals(saved.id())).findFirst()
                    .ifPresent(r -> {
                        table.getSelectionModel().select(r);
                        table.scrollTo(r);
                    });
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
    }
}
