package org.campuspilot.establishment;

import java.util.Arrays;
import java.util.function.LongConsumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.campuspilot.ui.RelatedRecords;
import org.campuspilot.shared.Organisation;
import org.campuspilot.ui.EnumCells;
import org.campuspilot.ui.FieldFeedback;
import org.campuspilot.ui.FormController;
import org.campuspilot.ui.FormViewModel;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.Messages;

/** Binds the establishment form to its view model. */
public final class EstablishmentFormController extends FormController<Establishment> {
    private final EstablishmentFormViewModel vm;
    private final Messages messages;

    @FXML private VBox formRoot;
    @FXML private Label formTitle;
    @FXML private TextField uaiField;
    @FXML private Label uaiError;
    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private ComboBox<EstablishmentKind> kindCombo;
    @FXML private Label kindError;
    @FXML private ComboBox<Ownership> ownershipCombo;
    @FXML private ComboBox<NetworkRole> roleCombo;
    @FXML private TextField siretField;
    @FXML private Label siretError;
    @FXML private TextField streetField;
    @FXML private Label streetError;
    @FXML private TextField postalCodeField;
    @FXML private Label postalCodeError;
    @FXML private TextField cityField;
    @FXML private Label cityError;
    @FXML private TextField phoneField;
    @FXML private Label phoneError;
    @FXML private TextField emailField;
    @FXML private Label emailError;
    @FXML private TextField websiteField;
    @FXML private Label websiteError;
    @FXML private TextField memberSinceField;
    @FXML private Label memberSinceError;
    @FXML private TextField memberUntilField;
    @FXML private Label memberUntilError;
    @FXML private TextField conventionSignedOnField;
    @FXML private Label conventionSignedOnError;
    @FXML private TextArea notesArea;
    @FXML private Label notesError;
    @FXML private Label formError;
    @FXML private Button saveButton;
    @FXML private Button deleteButton;
    @FXML private Hyperlink openExistingLink;
    @FXML private RelatedRecords contactsController;
    @FXML private RelatedRecords eventsController;
    @FXML private RelatedRecords actionsController;
    private LongConsumer onOpenExisting = id -> {
    };

    public EstablishmentFormController(EstablishmentFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    @Override
    protected FormViewModel<Establishment> form() {
        return vm;
    }

    @FXML
    private void initialize() {
        bind(uaiField, uaiError, vm.uai);
        bind(nameField, nameError, vm.name);
        bind(siretField, siretError, vm.siret);
        bind(streetField, streetError, vm.street);
        bind(postalCodeField, postalCodeError, vm.postalCode);
        bind(cityField, cityError, vm.city);
        bind(phoneField, phoneError, vm.phone);
        bind(emailField, emailError, vm.email);
        bind(websiteField, websiteError, vm.website);
        bind(memberSinceField, memberSinceError, vm.memberSince);
        bind(memberUntilField, memberUntilError, vm.memberUntil);
        bind(conventionSignedOnField, conventionSignedOnError, vm.conventionSignedOn);
        FieldFeedback.bind(notesArea, notesError, vm.notes, messages, () -> vm.leave(vm.notes));
        kindCombo.getItems().setAll(EstablishmentKind.values());
        EnumCells.labelled(kindCombo, k -> messages.get(k.messageKey()), null);
        kindCombo.valueProperty().bindBidirectional(vm.kind);
        FieldFeedback.bindProblem(kindError, vm.kindProblem, messages);
        ownershipCombo.getItems().setAll(Ownership.values());
        EnumCells.labelled(ownershipCombo, o -> messages.get(o.messageKey()), null);
        ownershipCombo.valueProperty().bindBidirectional(vm.ownership);
        roleCombo.getItems().setAll(Arrays.asList(NetworkRole.values()));
        EnumCells.labelled(roleCombo, r -> messages.get(r.messageKey()), null);
        roleCombo.valueProperty().bindBidirectional(vm.role);
        FieldFeedback.bindProblem(formError, vm.formProblem(), messages);
        vm.editing().addListener((o, a, e) -> showTitle(e));
        openExistingLink.visibleProperty().bind(vm.existing.isNotNull());
        openExistingLink.managedProperty().bind(vm.existing.isNotNull());
        deleteButton.disableProperty().bind(vm.editing().isNull().or(vm.busy()));
        saveButton.disableProperty().bind(vm.busy());
        vm.startNew();
        showTitle(null);
    }

    private void showTitle(Establishment e) {
        formTitle.setText(e == null ? messages.get("establishment.form.title.new")
                : messages.get("establishment.form.title.edit", e.name()));
        contactsController.show(e == null ? null : Organisation.establishment(e.id(), e.name()));
        eventsController.show(e == null ? null : Organisation.establishment(e.id(), e.name()));
        actionsController.show(e == null ? null : Organisation.establishment(e.id(), e.name()));
    }

    /** What to do when the user follows the link to the record that already has the UAI typed. */
    void setOnOpenExisting(LongConsumer onOpenExisting) {
        this.onOpenExisting = onOpenExisting;
    }

    @FXML
    private void onOpenExisting() {
        Long id = vm.existing.get();
        if (id != null) {
            onOpenExisting.accept(id);
        }
    }


    private void bind(TextField field, Label error, InputField<?> input) {
        FieldFeedback.bind(field, error, input, messages, () -> vm.leave(input));
    }







    /** Empties the form for a new record; the caller has made sure nothing unsaved is lost ({@link #mayLeave}). */
    void startNew() {
        vm.startNew();
        uaiField.requestFocus();
    }



    @Override
    protected String auditTable() {
        return "establishment";
    }

    @Override
    protected Long idOf(Establishment record) {
        return record.id();
    }
}
