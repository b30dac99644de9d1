package org.campuspilot.contact;

import java.util.Arrays;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.campuspilot.shared.Organisation;
import org.campuspilot.ui.EnumCells;
import org.campuspilot.ui.TypeToFind;
import org.campuspilot.ui.FieldFeedback;
import org.campuspilot.ui.FormController;
import org.campuspilot.ui.FormViewModel;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.Navigator;

/** Binds the contact form to its view model. */
public final class ContactFormController extends FormController<Contact> {
    private final ContactFormViewModel vm;
    private final Messages messages;

    @FXML private Label formTitle;
    @FXML private Label reviewBanner;
    @FXML private Label anonymisedBanner;
    @FXML private GridPane fieldsGrid;
    @FXML private TextField firstNameField;
    @FXML private Label firstNameError;
    @FXML private TextField lastNameField;
    @FXML private Label lastNameError;
    @FXML private TextField roleField;
    @FXML private Label roleError;
    @FXML private TextField emailField;
    @FXML private Label emailError;
    @FXML private TextField phoneField;
    @FXML private Label phoneError;
    @FXML private ComboBox<Organisation.Kind> organisationKindCombo;
    @FXML private Label organisationLabel;
    @FXML private ComboBox<Organisation> establishmentCombo;
    @FXML private ComboBox<Organisation> companyCombo;
    @FXML private ComboBox<String> otherBodyCombo;
    @FXML private Label organisationError;
    @FXML private TextField lastContactOnField;
    @FXML private Label lastContactOnError;
    @FXML private TextArea notesArea;
    @FXML private Label notesError;
    @FXML private Label formError;
    @FXML private Button saveButton;
    @FXML private Button keepButton;
    @FXML private MenuButton personalDataMenu;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem anonymiseItem;
    @FXML private Button deleteButton;

    @FXML private javafx.scene.control.Hyperlink openOrganisationLink;
    @FXML private org.campuspilot.ui.PersonRecords eventsController;
    private final Navigator navigator;

    public ContactFormController(ContactFormViewModel vm, Messages messages, Navigator navigator) {
        this.vm = vm;
        this.messages = messages;
        this.navigator = navigator;
    }

    @Override
    protected FormViewModel<Contact> form() {
        return vm;
    }

    @FXML
    private void initialize() {
        bind(firstNameField, firstNameError, vm.firstName);
        bind(lastNameField, lastNameError, vm.lastName);
        bind(roleField, roleError, vm.role);
        bind(emailField, emailError, vm.email);
        bind(phoneField, phoneError, vm.phone);
        bind(lastContactOnField, lastContactOnError, vm.lastContactOn);
        FieldFeedback.bind(notesArea, notesError, vm.notes, messages, () -> vm.leave(vm.notes));

        organisationKindCombo.getItems().add(null);
        organisationKindCombo.getItems().addAll(Arrays.asList(Organisation.Kind.values()));
        EnumCells.labelled(organisationKindCombo, k -> messages.get(k.messageKey()),
                messages.get("contact.organisation.none"));
        organisationKindCombo.valueProperty().bindBidirectional(vm.organisationKind);
        establishmentCombo.setItems(vm.establishmentChoices);
        TypeToFind.install(establishmentCombo);
        EnumCells.labelled(establishmentCombo, vm::organisationLabel, null);
        establishmentCombo.valueProperty().bindBidirectional(vm.establishment);
        companyCombo.setItems(vm.companyChoices);
        TypeToFind.install(companyCombo);
        EnumCells.labelled(companyCombo, vm::organisationLabel, null);
        companyCombo.valueProperty().bindBidirectional(vm.company);
        otherBodyCombo.setItems(vm.otherBodyChoices);
        otherBodyCombo.getEditor().textProperty().bindBidirectional(vm.otherBody.text());
        showWhen(establishmentCombo, Organisation.Kind.ESTABLISHMENT);
        showWhen(companyCombo, Organisation.Kind.COMPANY);
        showWhen(otherBodyCombo, Organisation.Kind.OTHER);
        organisationLabel.visibleProperty().bind(vm.organisationKind.isNotNull());
        BooleanBinding linkable = Bindings.createBooleanBinding(() -> chosenOrganisation() != null,
                vm.organisationKind, vm.establishment, vm.company);
        openOrganisationLink.visibleProperty().bind(linkable);
        openOrganisationLink.managedProperty().bind(linkable);
        FieldFeedback.bindProblem(organisationError, vm.organisationProblem, messages);

        reviewBanner.visibleProperty().bind(vm.reviewDue);
        reviewBanner.managedProperty().bind(vm.reviewDue);
        keepButton.visibleProperty().bind(vm.reviewDue);
        keepButton.managedProperty().bind(vm.reviewDue);
        anonymisedBanner.visibleProperty().bind(vm.anonymised);
        anonymisedBanner.managedProperty().bind(vm.anonymised);
        fieldsGrid.disableProperty().bind(vm.anonymised);
        FieldFeedback.bindProblem(formError, vm.formProblem(), messages);
        vm.editing().addListener((o, a, c) -> showTitle(c));
        BooleanBinding noRecord = vm.editing().isNull().or(vm.busy());
        deleteButton.disableProperty().bind(noRecord);
        personalDataMenu.disableProperty().bind(noRecord);
        anonymiseItem.disableProperty().bind(vm.anonymised);
        saveButton.disableProperty().bind(vm.busy().or(vm.anonymised));
        vm.startNew();
        vm.loadChoices();
        showTitle(null);
    }

    private void showWhen(ComboBox<?> combo, Organisation.Kind kind) {
        BooleanBinding shown = Bindings.createBooleanBinding(() -> vm.organisationKind.get() == kind,
                vm.organisationKind);
        combo.visibleProperty().bind(shown);
        combo.managedProperty().bind(shown);
    }

    private void showTitle(Contact c) {
        eventsController.showPerson(c == null ? null : c.id());
        formTitle.setText(c == null ? messages.get("contact.form.title.new")
                : c.isAnonymised() ? messages.get("contact.anonymised")
                : messages.get("contact.form.title.edit", c.fullName()));
    }

    private void bind(TextField field, Label error, InputField<?> input) {
        FieldFeedback.bind(field, error, input, messages, () -> vm.leave(input));
    }




    void reloadChoices() {
        vm.loadChoices();
    }




    void startNew(Organisation organisation) {
        vm.startNew(organisation);
        firstNameField.requestFocus();
    }



    @FXML
    private void keep() {
        vm.keep(onSaved());
    }

    @FXML
    private void anonymise() {
        vm.anonymise(onSaved());
    }

    /** The establishment or company chosen, which has a page of its own; null otherwise. */
    private Organisation chosenOrganisation() {
        Organisation.Kind kind = vm.organisationKind.get();
        return kind == Organisation.Kind.ESTABLISHMENT ? vm.establishment.get()
                : kind == Organisation.Kind.COMPANY ? vm.company.get() : null;
    }

    @FXML
    private void openOrganisation() {
        Organisation o = chosenOrganisation();
        if (o == null || !vm.mayLeave()) {
            return;
        }
        vm.edit(vm.editing().get());
        if (o.kind() == Organisation.Kind.ESTABLISHMENT) {
            navigator.openEstablishment(o.id());
        } else {
            navigator.openCompany(o.id());
        }
    }

    @FXML
    private void exportPersonalData() {
        vm.exportPersonalData();
    }

    @Override
    protected String auditTable() {
        return "contact";
    }

    @Override
    protected Long idOf(Contact record) {
        return record.id();
    }
}
