package org.campuspilot.contact;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Organisation;
import org.campuspilot.ui.EnumCells;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.FormController;
import org.campuspilot.ui.ListScreen;
import org.campuspilot.ui.Tables;

/** The contacts: searchable list (and the personal-data review list) on the left, the person's record on the right. */
public final class ContactListController extends ListScreen<ContactRow, Contact> {
    private final ContactListViewModel vm;
    private final Messages messages;

    @FXML private SplitPane root;
    @FXML private TextField searchField;
    @FXML private Node clearSearchIcon;
    @FXML private ComboBox<Organisation.Kind> organisationKindFilter;
    @FXML private CheckBox reviewOnlyCheck;
    @FXML private Label reviewHint;
    @FXML private Label countLabel;
    @FXML private Button mergeButton;
    @FXML private TableView<ContactRow> table;
    @FXML private TableColumn<ContactRow, String> nameColumn;
    @FXML private TableColumn<ContactRow, String> roleColumn;
    @FXML private TableColumn<ContactRow, String> organisationColumn;
    @FXML private TableColumn<ContactRow, String> lastContactColumn;
    @FXML private ContactFormController formController;

    private final org.campuspilot.ui.ListExporter exporter;
    @FXML private javafx.scene.layout.HBox listHeader;

    public ContactListController(ContactListViewModel vm, Messages messages, org.campuspilot.ui.ListExporter exporter) {
        this.exporter = exporter;
        this.vm = vm;
        this.messages = messages;
    }

    @Override
    protected TableView<ContactRow> table() {
        return table;
    }

    @Override
    protected FormController<Contact> form() {
        return formController;
    }

    @Override
    protected Contact record(ContactRow r) {
        return r.contact();
    }

    @Override
    protected long id(Contact record) {
        return record.id();
    }

    @Override
    protected void reload(Consumer<List<ContactRow>> afterLoad) {
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

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(vm.search());
        clearSearchIcon.visibleProperty().bind(vm.search().isNotEmpty());
        EnumCells.filter(organisationKindFilter, List.of(Organisation.Kind.values()), k -> messages.get(k.messageKey()),
                messages.get("contact.filter.allOrganisations"));
        organisationKindFilter.valueProperty().bindBidirectional(vm.organisationKind());
        reviewOnlyCheck.selectedProperty().bindBidirectional(vm.reviewOnly());
        reviewHint.visibleProperty().bind(vm.reviewOnly());
        reviewHint.managedProperty().bind(vm.reviewOnly());

        Map<TableColumn<ContactRow, ?>, Function<ContactRow, String>> keys = Map.of(
                nameColumn, r -> name(r.contact()),
                roleColumn, r -> r.contact().role(),
                organisationColumn, r -> r.contact().organisation() == null ? "" : r.contact().organisation().name(),
                lastContactColumn, r -> r.contact().lastContactOn() == null ? "" : r.contact().lastContactOn().toString());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(name(c.getValue().contact())));
        roleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().contact().role()));
        organisationColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(keys.get(organisationColumn)
                .apply(c.getValue())));
        lastContactColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                FrenchFormats.date(c.getValue().contact().lastContactOn())));
        table.setItems(vm.visible());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Tables.sortInBackground(table, keys, vm::sortBy);
        Tables.placeholder(table, messages, "contact.list.empty", vm.loadProblem());
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("contact.list.count", vm.visible().size(), vm.totalCount()),
                vm.visible(), vm.total()));
        mergeButton.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        Tables.guardSelection(table, this::keepsForm, formController::mayLeave,
                row -> formController.edit(row.contact()));
        formController.setOnSaved(this::reloadAndSelect);
        formController.setOnDeleted(this::deleted);

        installShortcuts(root, searchField, this::onNew);

        showFormWhenOpen(root, messages);

        installExport(listHeader, exporter, "contacts",

                records -> ContactTable.of(messages, records));
        vm.load(rows -> {
        });
    }

    /** The name as listed: « Nom Prénom », or « Personne anonymisée ». */
    private String name(Contact c) {
        if (c.isAnonymised()) {
            return messages.get("contact.anonymised");
        }
        return c.firstName() == null ? c.lastName() : c.lastName() + " " + c.firstName();
    }



    /** Starts a new contact already attached to the organisation (from an establishment's or company's page). */
    public void newFor(Organisation organisation) {
        if (!leaveForm()) {
            return;
        }
        table.getSelectionModel().clearSelection();
        formController.startNew(organisation);
        openForm();
    }

    /** Shows the review list: people with no contact for three years. */
    public void showReview() {
        vm.clearFilters();
        vm.reviewOnly().set(true);
    }



    @FXML
    private void onClearSearch() {
        vm.search().set("");
        searchField.requestFocus();
    }

    @FXML
    private void onNew() {
        newFor(null);
    }

    @FXML
    private void onMerge() {
        List<ContactRow> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (selected.size() != 2 || !leaveForm()) {
            return;
        }
        vm.merge(selected.get(0).contact(), selected.get(1).contact(), kept -> {
            Tables.selectFirst(table, r -> r.contact().id().equals(kept.id()));
            formController.edit(kept);
        });
    }
}
