package org.campuspilot.company;

import java.util.function.LongConsumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.campuspilot.contact.Contact;
import org.campuspilot.ui.RelatedRecords;
import org.campuspilot.shared.NafVersion;
import org.campuspilot.shared.Organisation;
import org.campuspilot.ui.EnumCells;
import org.campuspilot.ui.TypeToFind;
import org.campuspilot.ui.FieldFeedback;
import org.campuspilot.ui.FormController;
import org.campuspilot.ui.FormViewModel;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.Messages;

/** Binds the company page (form and contacts) to its view model. */
public final class CompanyFormController extends FormController<Company> {
    private final CompanyFormViewModel vm;
    private final Messages messages;
    private LongConsumer onOpenExisting = id -> {
    };

    @FXML private Label formTitle;
    @FXML private TextField numberField;
    @FXML private Label numberError;
    @FXML private Hyperlink openExistingLink;
    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private TextField nafField;
    @FXML private Label nafError;
    @FXML private ComboBox<NafVersion> nafVersionCombo;
    @FXML private ComboBox<SizeBand> sizeCombo;
    @FXML private TextField activityField;
    @FXML private Label activityError;
    @FXML private TextField streetField;
    @FXML private Label streetError;
    @FXML private TextField postalCodeField;
    @FXML private Label postalCodeError;
    @FXML private TextField cityField;
    @FXML private Label cityError;
    @FXML private TextField websiteField;
    @FXML private Label websiteError;
    @FXML private FlowPane partnershipsPane;
    @FXML private TextField conventionSignedOnField;
    @FXML private Label conventionSignedOnError;
    @FXML private TextField conventionEndsOnField;
    @FXML private Label conventionEndsOnError;
    @FXML private ComboBox<Contact> mainContactCombo;
    @FXML private TextArea notesArea;
    @FXML private Label notesError;
    @FXML private Label formError;
    @FXML private Button saveButton;
    @FXML private Button deleteButton;
    @FXML private RelatedRecords contactsController;
    @FXML private RelatedRecords eventsController;
    @FXML private RelatedRecords actionsController;

    public CompanyFormController(CompanyFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    @Override
    protected FormViewModel<Company> form() {
        return vm;
    }

    @FXML
    private void initialize() {
        bind(numberField, numberError, vm.number);
        bind(nameField, nameError, vm.name);
        bind(nafField, nafError, vm.naf);
        bind(activityField, activityError, vm.activity);
        bind(streetField, streetError, vm.street);
        bind(postalCodeField, postalCodeError, vm.postalCode);
        bind(cityField, cityError, vm.city);
        bind(websiteField, websiteError, vm.website);
        bind(conventionSignedOnField, conventionSignedOnError, vm.conventionSignedOn);
        bind(conventionEndsOnField, conventionEndsOnError, vm.conventionEndsOn);
        FieldFeedback.bind(notesArea, notesError, vm.notes, messages, () -> vm.leave(vm.notes));
        nafVersionCombo.getItems().setAll(NafVersion.values());
        EnumCells.labelled(nafVersionCombo, v -> messages.get(v.messageKey()), null);
        nafVersionCombo.valueProperty().bindBidirectional(vm.nafVersion);
        sizeCombo.getItems().add(null);
        sizeCombo.getItems().addAll(SizeBand.values());
        EnumCells.labelled(sizeCombo, s -> messages.get(s.messageKey()), messages.get("company.size.unknown"));
        sizeCombo.valueProperty().bindBidirectional(vm.size);
        vm.partnerships.forEach((kind, selected) -> {
            CheckBox box = new CheckBox(messages.get(kind.messageKey()));
            box.setId("partnership_" + kind.name());
            box.selectedProperty().bindBidirectional(selected);
            partnershipsPane.getChildren().add(box);
        });
        mainContactCombo.setItems(vm.mainContactChoices);
        TypeToFind.install(mainContactCombo);
        EnumCells.labelled(mainContactCombo, Contact::fullName, null);
        mainContactCombo.valueProperty().bindBidirectional(vm.mainContact);
        mainContactCombo.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.mainContactChoices));
        openExistingLink.visibleProperty().bind(vm.existing.isNotNull());
        openExistingLink.managedProperty().bind(vm.existing.isNotNull());
        FieldFeedback.bindProblem(formError, vm.formProblem(), messages);
        vm.editing().addListener((o, a, c) -> showRecord(c));
        deleteButton.disableProperty().bind(vm.editing().isNull().or(vm.busy()));
        saveButton.disableProperty().bind(vm.busy());
        vm.startNew();
        showRecord(null);
    }

    private void showRecord(Company c) {
        formTitle.setText(c == null ? messages.get("company.form.title.new")
                : messages.get("company.form.title.edit", c.name()));
        contactsController.show(c == null ? null : Organisation.company(c.id(), c.name()));
        eventsController.show(c == null ? null : Organisation.company(c.id(), c.name()));
        actionsController.show(c == null ? null : Organisation.company(c.id(), c.name()));
    }

    private void bind(TextField field, Label error, InputField<?> input) {
        FieldFeedback.bind(field, error, input, messages, () -> vm.leave(input));
    }



    /** What to do when the user follows the link to the record that already has the SIRET typed. */
    void setOnOpenExisting(LongConsumer onOpenExisting) {
        this.onOpenExisting = onOpenExisting;
    }





    /** Empties the form for a new record; the caller has made sure nothing unsaved is lost ({@link #mayLeave}). */
    void startNew() {
        vm.startNew();
        numberField.requestFocus();
    }



    @FXML
    private void onOpenExisting() {
        Long id = vm.existing.get();
        if (id != null) {
            onOpenExisting.accept(id);
        }
    }

    @Override
    protected String auditTable() {
        return "company";
    }

    @Override
    protected Long idOf(Company record) {
        return record.id();
    }
}
