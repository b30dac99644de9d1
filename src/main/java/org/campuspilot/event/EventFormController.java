package org.campuspilot.event;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Organisation;
import org.campuspilot.ui.EnumCells;
import org.campuspilot.ui.TypeToFind;
import org.campuspilot.ui.FieldFeedback;
import org.campuspilot.ui.FormController;
import org.campuspilot.ui.FormViewModel;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.Lists;
import org.campuspilot.ui.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds an event's page (details, participants, attendance) to its view model. */
public final class EventFormController extends FormController<Event> {
    private final EventFormViewModel vm;
    private final Messages messages;

    @FXML private Label formTitle;
    @FXML private Label toCompleteBanner;
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private ComboBox<EventType> typeCombo;
    @FXML private Label typeError;
    @FXML private ComboBox<EventStatus> statusCombo;
    @FXML private CheckBox allDayCheck;
    @FXML private TextField startDateField;
    @FXML private Label startDateError;
    @FXML private VBox startTimeBox;
    @FXML private TextField startTimeField;
    @FXML private Label startTimeError;
    @FXML private TextField endDateField;
    @FXML private Label endDateError;
    @FXML private VBox endTimeBox;
    @FXML private TextField endTimeField;
    @FXML private Label endTimeError;
    @FXML private ComboBox<Organisation> placeEstablishmentCombo;
    @FXML private VBox placeBox;
    @FXML private TextField placeField;
    @FXML private Label placeError;
    @FXML private ComboBox<Organisation.Kind> organiserKindCombo;
    @FXML private Label organiserWhichLabel;
    @FXML private ComboBox<Organisation> organiserEstablishmentCombo;
    @FXML private ComboBox<Organisation> organiserCompanyCombo;
    @FXML private Label organiserError;
    @FXML private TextArea descriptionArea;
    @FXML private Label descriptionError;
    @FXML private ComboBox<Organisation> establishmentChoice;
    @FXML private ListView<Organisation> establishmentsList;
    @FXML private ComboBox<Organisation> companyChoice;
    @FXML private ListView<Organisation> companiesList;
    @FXML private ComboBox<Attendee> contactChoice;
    @FXML private ListView<Attendee> contactsList;
    @FXML private Button allPresentButton;
    @FXML private Label pasteError;
    @FXML private GridPane attendanceGrid;
    @FXML private TextField expectedField;
    @FXML private Label expectedError;
    @FXML private Label totalLabel;
    @FXML private Label formError;
    @FXML private Button saveButton;
    @FXML private Button exportEventButton;
    @FXML private javafx.scene.control.MenuButton signInButton;
    @FXML private Button deleteButton;

    public EventFormController(EventFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    @Override
    protected FormViewModel<Event> form() {
        return vm;
    }

    @FXML
    private void initialize() {
        bind(titleField, titleError, vm.title);
        bind(startDateField, startDateError, vm.startDate);
        bind(startTimeField, startTimeError, vm.startTime);
        bind(endDateField, endDateError, vm.endDate);
        bind(endTimeField, endTimeError, vm.endTime);
        bind(placeField, placeError, vm.place);
        bind(expectedField, expectedError, vm.expected);
        FieldFeedback.bind(descriptionArea, descriptionError, vm.description, messages,
                () -> vm.leave(vm.description));
        typeCombo.getItems().setAll(EventType.values());
        EnumCells.labelled(typeCombo, t -> messages.get(t.messageKey()), null);
        typeCombo.valueProperty().bindBidirectional(vm.type);
        FieldFeedback.bindProblem(typeError, vm.typeProblem, messages);
        statusCombo.getItems().setAll(EventStatus.values());
        EnumCells.labelled(statusCombo, s -> messages.get(s.messageKey()), null);
        statusCombo.valueProperty().bindBidirectional(vm.status);
        allDayCheck.selectedProperty().bindBidirectional(vm.allDay);
        for (VBox timeBox : new VBox[] {startTimeBox, endTimeBox}) {
            timeBox.visibleProperty().bind(vm.allDay.not());
        }
        placeEstablishmentCombo.getItems().add(null);
        vm.establishmentChoices.addListener((javafx.collections.ListChangeListener<Organisation>) c -> {
            Organisation kept = vm.placeEstablishment.get();
            placeEstablishmentCombo.getItems().setAll(vm.establishmentChoices);
            placeEstablishmentCombo.getItems().add(0, null);
            vm.placeEstablishment.set(kept);
        });
        TypeToFind.install(placeEstablishmentCombo);
        EnumCells.labelled(placeEstablishmentCombo, vm::organisationLabel, messages.get("event.form.place.other"));
        placeEstablishmentCombo.valueProperty().bindBidirectional(vm.placeEstablishment);
        placeBox.visibleProperty().bind(vm.placeEstablishment.isNull());

        organiserKindCombo.getItems().setAll(Arrays.asList(null, Organisation.Kind.ESTABLISHMENT,
                Organisation.Kind.COMPANY));
        EnumCells.labelled(organiserKindCombo, k -> messages.get(k.messageKey()),
                messages.get("event.form.organiser.campus"));
        organiserKindCombo.valueProperty().bindBidirectional(vm.organiserKind);
        organiserEstablishmentCombo.setItems(vm.establishmentChoices);
        TypeToFind.install(organiserEstablishmentCombo);
        EnumCells.labelled(organiserEstablishmentCombo, vm::organisationLabel, null);
        organiserEstablishmentCombo.valueProperty().bindBidirectional(vm.organiserEstablishment);
        organiserCompanyCombo.setItems(vm.companyChoices);
        TypeToFind.install(organiserCompanyCombo);
        EnumCells.labelled(organiserCompanyCombo, vm::organisationLabel, null);
        organiserCompanyCombo.valueProperty().bindBidirectional(vm.organiserCompany);
        showWhen(organiserEstablishmentCombo, Organisation.Kind.ESTABLISHMENT);
        showWhen(organiserCompanyCombo, Organisation.Kind.COMPANY);
        organiserWhichLabel.visibleProperty().bind(vm.organiserKind.isNotNull());
        FieldFeedback.bindProblem(organiserError, vm.organiserProblem, messages);

        establishmentChoice.setItems(vm.establishmentChoices);
        TypeToFind.install(establishmentChoice);
        EnumCells.labelled(establishmentChoice, vm::organisationLabel, null);
        companyChoice.setItems(vm.companyChoices);
        TypeToFind.install(companyChoice);
        EnumCells.labelled(companyChoice, vm::organisationLabel, null);
        contactChoice.setItems(vm.contactChoices);
        TypeToFind.install(contactChoice);
        EnumCells.labelled(contactChoice, EventFormController::personLabel, null);
        Lists.removable(establishmentsList, vm.establishments, Organisation::name, messages, this::presenceChoice);
        Lists.removable(companiesList, vm.companies, Organisation::name, messages, this::presenceChoice);
        contactsList.setItems(vm.contacts);
        contactsList.setCellFactory(lv -> new AttendeeCell());
        contactsList.setFixedCellSize(52);
        Lists.fitHeight(contactsList, 52);
        allPresentButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.contacts.stream().noneMatch(a -> a.presence() == Presence.INSCRIT), vm.contacts));
        FieldFeedback.bindProblem(pasteError, vm.pasteProblem, messages);

        int i = 0;
        for (Audience audience : Audience.values()) {
            InputField<Integer> field = vm.attendance.get(audience);
            TextField text = new TextField();
            text.setId("attendance_" + audience.name());
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            Label name = new Label(messages.get(audience.messageKey()));
            name.setWrapText(true);
            name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox box = new VBox(name, text, error);
            box.getStyleClass().add("field");
            attendanceGrid.add(box, i % 3, 1 + i / 3);
            bind(text, error, field);
            i++;
        }
        totalLabel.textProperty().bind(vm.totalPresent.asString());

        FieldFeedback.bindProblem(formError, vm.formProblem(), messages);
        vm.editing().addListener((o, a, e) -> showTitle(e));
        BooleanBinding noRecord = vm.editing().isNull().or(vm.busy());
        deleteButton.disableProperty().bind(noRecord);
        exportEventButton.disableProperty().bind(noRecord);
        signInButton.disableProperty().bind(noRecord);
        saveButton.disableProperty().bind(vm.busy());
        vm.startNew(null);
        vm.loadChoices();
        showTitle(null);
    }

    /** Where an establishment or a company taking part stands: invité, inscrit, présent. */
    private javafx.scene.Node presenceChoice(Organisation o) {
        ComboBox<Presence> presence = new ComboBox<>();
        presence.setId((o.kind() == Organisation.Kind.COMPANY ? "companyPresence_" : "establishmentPresence_")
                + o.id());
        presence.getItems().setAll(Presence.values());
        EnumCells.labelled(presence, p -> messages.get(p.messageKey()), null);
        presence.setValue(vm.presenceOf(o));
        presence.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the name gives way, not the presence
        presence.valueProperty().addListener((obs, before, p) -> {
            if (p != null) {
                vm.setPresence(o, p);
            }
        });
        return presence;
    }

    private static String personLabel(Attendee a) {
        return a.organisation() == null ? a.name() : a.name() + " (" + a.organisation() + ")";
    }

    private void showWhen(ComboBox<?> combo, Organisation.Kind kind) {
        BooleanBinding shown = Bindings.createBooleanBinding(() -> vm.organiserKind.get() == kind, vm.organiserKind);
        combo.visibleProperty().bind(shown);
        combo.managedProperty().bind(shown);
    }


    private void showTitle(Event e) {
        formTitle.setText(e == null ? messages.get("event.form.title.new")
                : messages.get("event.form.title.edit", e.title(), FrenchFormats.date(e.timing().startDate())));
        boolean toComplete = vm.toComplete(e);
        toCompleteBanner.setVisible(toComplete);
        toCompleteBanner.setManaged(toComplete);
    }

    private void bind(TextField field, Label error, InputField<?> input) {
        FieldFeedback.bind(field, error, input, messages, () -> vm.leave(input));
    }

    /** A person taking part: name, organisation, where they stand (invité, inscrit, présent), remove. */
    private final class AttendeeCell extends ListCell<Attendee> {
        {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Attendee a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(a.name() == null ? messages.get("contact.anonymised") : a.name());
            name.getStyleClass().add("text-bold");
            Label org = new Label(a.organisation() == null ? "" : a.organisation());
            org.getStyleClass().add("text-muted");
            VBox who = new VBox(2, name, org);
            who.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(who, Priority.ALWAYS);
            ComboBox<Presence> presence = new ComboBox<>();
            presence.setId("presence_" + a.contactId());
            presence.getItems().setAll(Presence.values());
            EnumCells.labelled(presence, p -> messages.get(p.messageKey()), null);
            presence.setValue(a.presence());
            presence.valueProperty().addListener((o, before, p) -> {
                if (p != null) {
                    vm.setPresence(a, p);
                }
            });
            Button x = new Button(null, new FontIcon("fth-x"));
            x.getStyleClass().addAll("flat", "button-icon");
            x.setAccessibleText(messages.get("common.button.remove"));
            x.setOnAction(e -> vm.contacts.remove(a));
            HBox row = new HBox(8, who, presence, x);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }







    void startNew(java.time.LocalDate day) {
        vm.startNew(day);
        titleField.requestFocus();
    }

    void reloadChoices() {
        vm.loadChoices();
    }

    /** Writes these events to a calendar file. */
    void exportIcs(java.util.List<Event> events, String suggestedName) {
        vm.exportIcs(events, suggestedName);
    }



    @FXML
    private void onAddEstablishment() {
        vm.addEstablishment(establishmentChoice.getValue());
        establishmentChoice.setValue(null);
    }

    @FXML
    private void onAddCompany() {
        vm.addCompany(companyChoice.getValue());
        companyChoice.setValue(null);
    }

    @FXML
    private void onAddContact() {
        vm.addContact(contactChoice.getValue());
        contactChoice.setValue(null);
    }

    @FXML
    private void onAllRegisteredPresent() {
        vm.allRegisteredPresent();
    }

    @FXML
    private void onPasteNames() {
        vm.pasteNames();
    }

    @FXML
    private void onExportEvent() {
        Event e = vm.current();
        if (e != null) {
            vm.exportIcs(java.util.List.of(e), messages.get("event.ics.fileName.one") + "-" + e.timing().startDate()
                    + ".ics");
        }
    }

    @FXML
    private void onSignInFilled() {
        vm.exportSignInSheet(false);
    }

    @FXML
    private void onSignInBlank() {
        vm.exportSignInSheet(true);
    }

    @Override
    protected String auditTable() {
        return "event";
    }

    @Override
    protected Long idOf(Event record) {
        return record.id();
    }
}
