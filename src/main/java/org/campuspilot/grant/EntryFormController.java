package org.campuspilot.grant;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Problem;
import org.campuspilot.ui.DialogService;
import org.campuspilot.ui.EnumCells;
import org.campuspilot.ui.FieldFeedback;
import org.campuspilot.ui.FormController;
import org.campuspilot.ui.FormViewModel;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.Messages;

/** Binds an expense's or income's page to its view model. */
public final class EntryFormController extends FormController<FinanceEntry> {
    private final EntryFormViewModel vm;
    private final Messages messages;
    private final DialogService dialogs;

    @FXML private Label formTitle;
    @FXML private ComboBox<EntryKind> kindCombo;
    @FXML private TextField dateField;
    @FXML private Label dateError;
    @FXML private TextField descriptionField;
    @FXML private Label descriptionError;
    @FXML private Label partyLabel;
    @FXML private TextField partyField;
    @FXML private Label partyError;
    @FXML private TextField amountField;
    @FXML private Label amountError;
    @FXML private ComboBox<BudgetLine> lineCombo;
    @FXML private Label lineError;
    @FXML private ComboBox<EntryStatus> statusCombo;
    @FXML private Label paidOnLabel;
    @FXML private TextField paidOnField;
    @FXML private Label paidOnError;
    @FXML private TextField referenceField;
    @FXML private Label referenceError;
    @FXML private TextField documentField;
    @FXML private Label documentError;
    @FXML private javafx.scene.layout.HBox attachedBox;
    @FXML private Label attachedLabel;
    @FXML private Button removeAttachedButton;
    @FXML private Button openDocumentButton;
    @FXML private ComboBox<EntryRepository.Choice> actionCombo;
    @FXML private ComboBox<EntryRepository.Choice> projectCombo;
    @FXML private javafx.scene.control.TextField projectShareField;
    @FXML private Label projectShareError;
    @FXML private ComboBox<EntryRepository.Choice> eventCombo;
    @FXML private ComboBox<EntryRepository.Choice> grantCombo;
    @FXML private Label formError;
    @FXML private Button saveButton;
    @FXML private Button deleteButton;

    public EntryFormController(EntryFormViewModel vm, DialogService dialogs, Messages messages) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    protected FormViewModel<FinanceEntry> form() {
        return vm;
    }

    @FXML
    private void initialize() {
        bind(dateField, dateError, vm.date);
        bind(descriptionField, descriptionError, vm.description);
        bind(partyField, partyError, vm.party);
        bind(amountField, amountError, vm.amount);
        bind(paidOnField, paidOnError, vm.paidOn);
        bind(referenceField, referenceError, vm.reference);
        bind(documentField, documentError, vm.document);
        openDocumentButton.disableProperty().bind(vm.document.text().isEmpty());
        attachedBox.visibleProperty().bind(vm.attached.isNotNull());
        attachedBox.managedProperty().bind(vm.attached.isNotNull());
        attachedLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Attachment a = vm.attached.get();
            if (a == null) {
                return "";
            }
            return vm.removingAttached.get() ? messages.get("grant.entry.attached.removing", a.fileName())
                    : messages.get("grant.entry.attached", a.fileName(), messages.fileSize(a.size()),
                            org.campuspilot.shared.FrenchFormats.date(a.addedAt().atZone(java.time.ZoneId
                                    .systemDefault()).toLocalDate()));
        }, vm.attached, vm.removingAttached));
        removeAttachedButton.textProperty().bind(javafx.beans.binding.Bindings.when(vm.removingAttached)
                .then(messages.get("grant.entry.form.attached.keep"))
                .otherwise(messages.get("grant.entry.form.attached.remove")));

        kindCombo.getItems().setAll(EntryKind.values());
        EnumCells.labelled(kindCombo, k -> messages.get(k.messageKey()), null);
        kindCombo.valueProperty().bindBidirectional(vm.kind);
        GrantDocuments names = new GrantDocuments(messages);
        lineCombo.setItems(vm.lineChoices);
        EnumCells.labelled(lineCombo, l -> names.lineLabel(l), null);
        lineCombo.valueProperty().bindBidirectional(vm.line);
        FieldFeedback.bindProblem(lineError, vm.lineProblem, messages);
        statusCombo.getItems().setAll(EntryStatus.values());
        EnumCells.labelled(statusCombo, s -> messages.get(s.messageKey(vm.kind.get())), null);
        statusCombo.valueProperty().bindBidirectional(vm.status);
        vm.kind.addListener((o, a, k) -> {
            EntryStatus s = vm.status.get();
            statusCombo.getItems().setAll(EntryStatus.values());
            vm.status.set(s);
            showKind(k);
        });
        for (ComboBox<EntryRepository.Choice> c : java.util.List.of(actionCombo, eventCombo, grantCombo)) {
            EnumCells.labelled(c, EntryRepository.Choice::label, messages.get("grant.entry.form.none"));
        }
        actionCombo.setItems(vm.actionChoices);
        actionCombo.valueProperty().bindBidirectional(vm.action);
        eventCombo.setItems(vm.eventChoices);
        eventCombo.valueProperty().bindBidirectional(vm.event);
        grantCombo.setItems(vm.grantChoices);
        grantCombo.valueProperty().bindBidirectional(vm.grant);
        EnumCells.labelled(projectCombo, EntryRepository.Choice::label, messages.get("grant.entry.form.noProject"));
        projectCombo.setItems(vm.projectChoices);
        projectCombo.valueProperty().bindBidirectional(vm.project);
        FieldFeedback.bind(projectShareField, projectShareError, vm.projectShare, messages,
                () -> vm.projectShare.check(false));
        projectShareField.disableProperty().bind(vm.project.isNull());

        FieldFeedback.bindProblem(formError, vm.formProblem(), messages);
        vm.editing().addListener((o, a, x) -> showTitle(x));
        deleteButton.disableProperty().bind(vm.editing().isNull().or(vm.busy()));
        saveButton.disableProperty().bind(vm.busy());
        vm.startNew();
        // The choices are read when the tab is shown (EntryListController.beforeRefresh).
        showTitle(null);
    }

    private void showKind(EntryKind k) {
        partyLabel.setText(messages.get(k == EntryKind.EXPENSE ? "grant.entry.form.supplier"
                : "grant.entry.form.payer"));
        paidOnLabel.setText(messages.get(k == EntryKind.EXPENSE ? "grant.entry.form.paidOn"
                : "grant.entry.form.receivedOn"));
        if (vm.editing().get() == null) {
            showTitle(null);
        }
    }

    private void showTitle(FinanceEntry f) {
        if (f == null) {
            formTitle.setText(messages.get(vm.kind.get() == EntryKind.EXPENSE ? "grant.entry.form.title.newExpense"
                    : "grant.entry.form.title.newIncome"));
        } else {
            formTitle.setText(messages.get("grant.entry.form.title.edit", messages.get(f.kind().messageKey()),
                    f.description(), FrenchFormats.date(f.date())));
        }
    }

    private void bind(TextField field, Label error, InputField<?> input) {
        FieldFeedback.bind(field, error, input, messages, () -> vm.leave(input));
    }

    void startNew(EntryKind kind) {
        vm.startNew(kind);
        showKind(kind);
        dateField.requestFocus();
    }

    void reloadChoices() {
        vm.loadChoices();
    }

    @FXML
    private void onChooseDocument() {
        dialogs.chooseFileToOpen(messages.get("grant.entry.form.document.chooseTitle"))
                .ifPresent(p -> vm.document.set(p.toAbsolutePath().toString()));
    }

    @FXML
    private void onOpenDocument() {
        vm.documentToOpen().ifPresent(p -> {
            if (!dialogs.openWithSystem(p)) {
                vm.document.reject(Problem.of("grant.entry.document.noViewer", p.toString()));
            }
        });
    }

    @FXML
    private void onOpenAttached() {
        vm.openAttached(dialogs::openWithSystem);
    }

    @FXML
    private void onRemoveAttached() {
        vm.removingAttached.set(!vm.removingAttached.get());
    }

    @Override
    protected String auditTable() {
        return "finance_entry";
    }

    @Override
    protected Long idOf(FinanceEntry record) {
        return record.id();
    }
}
