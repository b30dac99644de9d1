package org.campuspilot.grant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.ui.EnumCells;
import org.campuspilot.ui.FormController;
import org.campuspilot.ui.ListScreen;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.Tables;

/** Expenses and income: the list on the left, the entry's page on the right. */
public final class EntryListController extends ListScreen<FinanceEntry, FinanceEntry> {
    private final EntryListViewModel vm;
    private final Messages messages;

    @FXML private SplitPane root;
    @FXML private Label countLabel;
    @FXML private Label totalsLabel;
    @FXML private TextField searchField;
    @FXML private ComboBox<Integer> yearFilter;
    @FXML private ComboBox<EntryKind> kindFilter;
    @FXML private ComboBox<BudgetLine> lineFilter;
    @FXML private ComboBox<EntryStatus> statusFilter;
    @FXML private TableView<FinanceEntry> table;
    @FXML private TableColumn<FinanceEntry, String> dateColumn;
    @FXML private TableColumn<FinanceEntry, String> descriptionColumn;
    @FXML private TableColumn<FinanceEntry, String> partyColumn;
    @FXML private TableColumn<FinanceEntry, String> lineColumn;
    @FXML private TableColumn<FinanceEntry, String> amountColumn;
    @FXML private TableColumn<FinanceEntry, String> statusColumn;
    @FXML private EntryFormController formController;

    private final org.campuspilot.ui.ListExporter exporter;
    @FXML private javafx.scene.layout.HBox listHeader;

    public EntryListController(EntryListViewModel vm, Messages messages, org.campuspilot.ui.ListExporter exporter) {
        this.exporter = exporter;
        this.vm = vm;
        this.messages = messages;
    }

    @Override
    protected TableView<FinanceEntry> table() {
        return table;
    }

    @Override
    protected FormController<FinanceEntry> form() {
        return formController;
    }

    @Override
    protected FinanceEntry record(FinanceEntry row) {
        return row;
    }

    @Override
    protected long id(FinanceEntry record) {
        return record.id();
    }

    @Override
    protected void reload(Consumer<List<FinanceEntry>> afterLoad) {
        vm.load(rows -> {
            Integer chosen = vm.year.get();
            TreeSet<Integer> years = new TreeSet<>();
            rows.forEach(r -> years.add(r.year()));
            List<Integer> items = new ArrayList<>();
            items.add(null);
            items.addAll(years.descendingSet());
            yearFilter.getItems().setAll(items);
            vm.year.set(chosen);
            afterLoad.accept(rows);
        });
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
        searchField.textProperty().bindBidirectional(vm.search);
        EnumCells.labelled(yearFilter, y -> messages.get("grant.entry.filter.year", String.valueOf(y)),
                messages.get("grant.entry.filter.allYears"));
        yearFilter.valueProperty().bindBidirectional(vm.year);
        EnumCells.filter(kindFilter, List.of(EntryKind.values()), k -> messages.get(k.messageKey()),
                messages.get("grant.entry.filter.allKinds"));
        kindFilter.valueProperty().bindBidirectional(vm.kind);
        GrantDocuments names = new GrantDocuments(messages);
        EnumCells.filter(lineFilter, BudgetLine.ALL, names::lineLabel,
                messages.get("grant.entry.filter.allLines"));
        lineFilter.valueProperty().bindBidirectional(vm.line);
        EnumCells.filter(statusFilter, List.of(EntryStatus.values()),
                s -> messages.get(s.messageKey(EntryKind.EXPENSE)), messages.get("grant.entry.filter.allStatuses"));
        statusFilter.valueProperty().bindBidirectional(vm.status);

        Tables.text(dateColumn, f -> FrenchFormats.date(f.date()));
        Tables.text(descriptionColumn, f -> f.description());
        Tables.text(partyColumn, f -> f.party());
        Tables.text(lineColumn, f -> BudgetLine.of(f.lineCode()).map(names::lineLabel).orElse(f.lineCode()));
        Tables.text(amountColumn, f -> (f.kind() == EntryKind.INCOME ? "+" : "") + f.amount().number());
        Tables.text(statusColumn, f -> messages.get(f.status().messageKey(f.kind())));
        table.setItems(vm.rows.visible());
        Map<TableColumn<FinanceEntry, ?>, Function<FinanceEntry, String>> keys = Map.of(
                dateColumn, f -> f.date().toString(),
                descriptionColumn, FinanceEntry::description,
                partyColumn, f -> f.party() == null ? "" : f.party(),
                lineColumn, FinanceEntry::lineCode,
                amountColumn, f -> String.format("%015d", f.amount().cents()),
                statusColumn, f -> f.status().name());
        Tables.sortInBackground(table, keys, vm.rows::sortBy);
        Tables.placeholder(table, messages, "grant.entry.list.empty", vm.rows.loadProblem());
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("grant.entry.list.count", vm.rows.visible().size(), vm.rows.totalCount()),
                vm.rows.visible(), vm.rows.total()));
        totalsLabel.textProperty().bind(vm.totals);
        Tables.guardSelection(table, this::keepsForm, formController::mayLeave, formController::edit);

        formController.setOnSaved(this::reloadAndSelect);
        formController.setOnDeleted(this::deleted);
        installShortcuts(root, searchField, this::onNewExpense);
        showFormWhenOpen(root, messages);
        installExport(listHeader, exporter, "depenses-recettes",
                records -> GrantTable.expenses(messages, records));
        // Read, with the form's choices, when its tab is shown (GrantAreaController).
    }

    /** True when the tab may be left: nothing unsaved, or the director drops it. */
    public boolean mayLeave() {
        return formController.mayLeave();
    }

    @FXML
    private void onNewExpense() {
        startNew(EntryKind.EXPENSE);
    }

    @FXML
    private void onNewIncome() {
        startNew(EntryKind.INCOME);
    }

    private void startNew(EntryKind kind) {
        if (!leaveForm()) {
            return;
        }
        table.getSelectionModel().clearSelection();
        formController.startNew(kind);
        openForm();
    }
}
