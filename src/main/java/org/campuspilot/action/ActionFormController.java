package org.campuspilot.action;

import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.campuspilot.shared.Organisation;
import org.campuspilot.ui.EnumCells;
import org.campuspilot.ui.TypeToFind;
import org.campuspilot.ui.FieldFeedback;
import org.campuspilot.ui.FormController;
import org.campuspilot.ui.FormViewModel;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.Lists;
import org.campuspilot.ui.Messages;

/** Binds an action's page (details, partners, beneficiaries, hours, mobility) to its view model. */
public final class ActionFormController extends FormController<Action> {
    private final ActionFormViewModel vm;
    private final Messages messages;

    @FXML private Label formTitle;
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private ComboBox<ActionType> typeCombo;
    @FXML private Label typeError;
    @FXML private ComboBox<ActionStatus> statusCombo;
    @FXML private FlowPane levelsPane;
    @FXML private Label levelsError;
    /** Chosen from the list of school years, or typed (« 2018-2019 » for an action older than the list). */
    @FXML private ComboBox<String> schoolYearField;
    @FXML private Label schoolYearError;
    @FXML private TextField startDateField;
    @FXML private Label startDateError;
    @FXML private TextField endDateField;
    @FXML private Label endDateError;
    @FXML private TextArea objectivesArea;
    @FXML private Label objectivesError;
    @FXML private TextArea descriptionArea;
    @FXML private Label descriptionError;
    @FXML private VBox mobilityBox;
    @FXML private TextField countryField;
    @FXML private Label countryError;
    @FXML private ComboBox<Mobility.Direction> directionCombo;
    @FXML private ComboBox<Mobility.Programme> programmeCombo;
    @FXML private VBox programmeNameBox;
    @FXML private TextField programmeNameField;
    @FXML private Label programmeNameError;
    @FXML private Label mobilityError;
    @FXML private ComboBox<Organisation> establishmentChoice;
    @FXML private ListView<Organisation> establishmentsList;
    @FXML private ComboBox<Organisation> companyChoice;
    @FXML private ListView<Organisation> companiesList;
    @FXML private ComboBox<ActionFormViewModel.Person> contactChoice;
    @FXML private ListView<ActionFormViewModel.Person> contactsList;
    @FXML private GridPane beneficiariesGrid;
    @FXML private TextField hoursPerBeneficiaryField;
    @FXML private Label hoursPerBeneficiaryError;
    @FXML private TextField totalHoursField;
    @FXML private Label totalHoursError;
    @FXML private Label totalHoursHint;
    @FXML private Label formError;
    @FXML private Button saveButton;
    @FXML private Button deleteButton;

    public ActionFormController(ActionFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    @Override
    protected FormViewModel<Action> form() {
        return vm;
    }

    @FXML
    private void initialize() {
        bind(titleField, titleError, vm.title);
        schoolYearField.getItems().setAll(vm.schoolYearChoices());
        bind(schoolYearField.getEditor(), schoolYearError, vm.schoolYear);
        bind(startDateField, startDateError, vm.startDate);
        bind(endDateField, endDateError, vm.endDate);
        FieldFeedback.bind(objectivesArea, objectivesError, vm.objectives, messages, () -> vm.leave(vm.objectives));
        FieldFeedback.bind(descriptionArea, descriptionError, vm.description, messages,
                () -> vm.leave(vm.description));
        bind(countryField, countryError, vm.country);
        bind(programmeNameField, programmeNameError, vm.programmeName);
        bind(hoursPerBeneficiaryField, hoursPerBeneficiaryError, vm.hoursPerBeneficiary);
        bind(totalHoursField, totalHoursError, vm.totalHours);
        totalHoursField.disableProperty().bind(vm.totalHoursComputed);
        totalHoursHint.visibleProperty().bind(vm.totalHoursComputed);
        totalHoursHint.managedProperty().bind(vm.totalHoursComputed);

        typeCombo.getItems().setAll(ActionType.values());
        EnumCells.labelled(typeCombo, t -> messages.get(t.messageKey()), null);
        typeCombo.valueProperty().bindBidirectional(vm.type);
        FieldFeedback.bindProblem(typeError, vm.typeProblem, messages);
        statusCombo.getItems().setAll(ActionStatus.values());
        EnumCells.labelled(statusCombo, s -> messages.get(s.messageKey()), null);
        statusCombo.valueProperty().bindBidirectional(vm.status);
        vm.levels.forEach((level, selected) -> {
            CheckBox box = new CheckBox(messages.get("level.label", level.shortLabel()));
            box.setId("level_" + level.national());
            box.selectedProperty().bindBidirectional(selected);
            levelsPane.getChildren().add(box);
        });
        FieldFeedback.bindProblem(levelsError, vm.levelsProblem, messages);

        mobilityBox.visibleProperty().bind(vm.isMobility);
        mobilityBox.managedProperty().bind(vm.isMobility);
        directionCombo.getItems().setAll(Mobility.Direction.values());
        EnumCells.labelled(directionCombo, d -> messages.get(d.messageKey()), null);
        directionCombo.valueProperty().bindBidirectional(vm.direction);
        programmeCombo.getItems().setAll(Mobility.Programme.values());
        EnumCells.labelled(programmeCombo, p -> messages.get(p.messageKey()), null);
        programmeCombo.valueProperty().bindBidirectional(vm.programme);
        BooleanBinding other = vm.programme.isEqualTo(Mobility.Programme.AUTRE);
        programmeNameBox.visibleProperty().bind(other);
        FieldFeedback.bindProblem(mobilityError, vm.mobilityProblem, messages);

        establishmentChoice.setItems(vm.establishmentChoices);
        TypeToFind.install(establishmentChoice);
        EnumCells.labelled(establishmentChoice, vm::organisationLabel, null);
        companyChoice.setItems(vm.companyChoices);
        TypeToFind.install(companyChoice);
        EnumCells.labelled(companyChoice, vm::organisationLabel, null);
        contactChoice.setItems(vm.contactChoices);
        TypeToFind.install(contactChoice);
        EnumCells.labelled(contactChoice, p -> p.organisation() == null ? p.name()
                : p.name() + " (" + p.organisation() + ")", null);
        Lists.removable(establishmentsList, vm.establishments, Organisation::name, messages);
        Lists.removable(companiesList, vm.companies, Organisation::name, messages);
        Lists.removable(contactsList, vm.contacts, p -> p.name() == null ? messages.get("contact.anonymised")
                : p.name(), messages);
        beneficiaries();

        FieldFeedback.bindProblem(formError, vm.formProblem(), messages);
        vm.editing().addListener((o, a, x) -> showTitle(x));
        deleteButton.disableProperty().bind(vm.editing().isNull().or(vm.busy()));
        saveButton.disableProperty().bind(vm.busy());
        vm.startNew();
        vm.loadChoices();
        showTitle(null);
    }

    private void problem(Label label, javafx.beans.property.ObjectProperty<org.campuspilot.shared.Problem> p) {
        FieldFeedback.bindProblem(label, p, messages);
    }

    /** The grid of people: a line per status and per sex, a column for the target and one for those reached. */
    private void beneficiaries() {
        GridPane g = beneficiariesGrid;
        g.add(header(""), 0, 0);
        g.add(header(messages.get("action.beneficiaries.target")), 1, 0);
        g.add(header(messages.get("action.beneficiaries.actual")), 2, 0);
        int row = 1;
        for (LearnerStatus s : LearnerStatus.values()) {
            countRow(row++, messages.get(s.messageKey()), s.name(), vm.targetByStatus.get(s), vm.actualByStatus.get(s));
        }
        g.add(bold(messages.get("action.beneficiaries.total")), 0, row);
        g.add(figure(vm.targetTotal, "targetTotal"), 1, row);
        g.add(figure(vm.actualTotal, "actualTotal"), 2, row++);
        for (Sex s : new Sex[] {Sex.FEMMES, Sex.HOMMES}) {
            countRow(row++, messages.get(s.messageKey()), s.name(), vm.targetBySex.get(s), vm.actualBySex.get(s));
        }
        g.add(new Label(messages.get(Sex.NON_PRECISE.messageKey())), 0, row);
        g.add(figure(vm.targetUnspecified, "targetUnspecified"), 1, row);
        g.add(figure(vm.actualUnspecified, "actualUnspecified"), 2, row);
    }

    private void countRow(int row, String label, String id, InputField<Integer> target, InputField<Integer> actual) {
        Label name = new Label(label);
        name.setWrapText(true);
        name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        beneficiariesGrid.add(name, 0, row);
        beneficiariesGrid.add(countField(target, "target_" + id), 1, row);
        beneficiariesGrid.add(countField(actual, "actual_" + id), 2, row);
    }

    private VBox countField(InputField<Integer> field, String id) {
        TextField text = new TextField();
        text.setId(id);
        text.setPrefColumnCount(6);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        bind(text, error, field);
        return new VBox(text, error);
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        GridPane.setHalignment(l, HPos.LEFT);
        return l;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        return l;
    }

    private static Label figure(javafx.beans.property.StringProperty value, String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("text-bold");
        l.textProperty().bind(value);
        return l;
    }

    private void showTitle(Action a) {
        formTitle.setText(a == null ? messages.get("action.form.title.new")
                : messages.get("action.form.title.edit", a.title(), a.schoolYear().toString()));
    }

    private void bind(TextField field, Label error, InputField<?> input) {
        FieldFeedback.bind(field, error, input, messages, () -> vm.leave(input));
    }







    void startNew() {
        vm.startNew();
        titleField.requestFocus();
    }

    void reloadChoices() {
        vm.loadChoices();
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

    @Override
    protected String auditTable() {
        return "action";
    }

    @Override
    protected Long idOf(Action record) {
        return record.id();
    }
}
