package org.campuspilot.campus;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.shared.Sector;
import org.campuspilot.ui.EnumCells;
import org.campuspilot.ui.FieldFeedback;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.Navigator;
import org.campuspilot.ui.Shortcuts;

/** Binds the campus identity form to its view model. */
public final class CampusFormController {
    private final CampusFormViewModel vm;
    private final Messages messages;
    private final Navigator navigator;

    @FXML private VBox root;
    @FXML private Label titleLabel;
    @FXML private TextField campusNameField;
    @FXML private Label campusNameError;
    @FXML private ComboBox<Sector> sectorCombo;
    @FXML private Label sectorError;
    @FXML private ComboBox<String> academieField;
    @FXML private Label academieError;
    @FXML private ComboBox<String> regionField;
    @FXML private Label regionError;
    @FXML private CheckBox excellenceCheck;
    @FXML private TextField labelStartField;
    @FXML private Label labelStartError;
    @FXML private TextField labelEndField;
    @FXML private Label labelEndError;
    @FXML private Label labelDurationLabel;
    @FXML private ComboBox<Establishment> supportCombo;
    @FXML private Label supportHint;
    @FXML private TextField associationNameField;
    @FXML private Label associationNameError;
    @FXML private TextField associationSiretField;
    @FXML private Label associationSiretError;
    @FXML private Label formError;
    @FXML private javafx.scene.image.ImageView logoPreview;
    @FXML private Label noLogoLabel;
    @FXML private Label logoNameLabel;
    @FXML private TextField logoPathField;
    @FXML private Label logoPathError;
    @FXML private javafx.scene.control.Button removeLogoButton;
    @FXML private Button saveCampusButton;

    private final org.campuspilot.ui.DialogService dialogs;

    public CampusFormController(CampusFormViewModel vm, Messages messages, Navigator navigator,
            org.campuspilot.ui.DialogService dialogs) {
        this.vm = vm;
        this.messages = messages;
        this.navigator = navigator;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        bind(campusNameField, campusNameError, vm.name);
        // Chosen from the official lists (a name kept from before stays among the choices).
        academieField.setItems(vm.academies);
        academieField.valueProperty().bindBidirectional(vm.academie.text());
        FieldFeedback.bindProblem(academieError, vm.academie.problem(), messages);
        regionField.setItems(vm.regions);
        regionField.valueProperty().bindBidirectional(vm.region.text());
        FieldFeedback.bindProblem(regionError, vm.region.problem(), messages);
        bind(labelStartField, labelStartError, vm.labelStart);
        bind(labelEndField, labelEndError, vm.labelEnd);
        labelDurationLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> durationText(vm.labelDuration.get(), messages), vm.labelDuration));
        bind(associationNameField, associationNameError, vm.associationName);
        bind(associationSiretField, associationSiretError, vm.associationSiret);
        bind(logoPathField, logoPathError, vm.logoPath);
        logoPathField.setOnAction(e -> vm.leave(vm.logoPath));
        vm.logo.addListener((o, a, l) -> showLogo(l));
        showLogo(vm.logo.get());
        sectorCombo.getItems().setAll(Arrays.stream(Sector.values())
                .sorted(Comparator.comparing(s -> messages.get(s.messageKey()))).toList());
        EnumCells.labelled(sectorCombo, s -> messages.get(s.messageKey()), null);
        sectorCombo.valueProperty().bindBidirectional(vm.sector);
        FieldFeedback.bindProblem(sectorError, vm.sectorProblem, messages);
        excellenceCheck.selectedProperty().bindBidirectional(vm.excellence);
        supportCombo.setItems(vm.members);
        EnumCells.labelled(supportCombo, e -> e.name() + " (" + e.uai().code() + ")",
                messages.get("campus.form.support.none"));
        supportCombo.valueProperty().bindBidirectional(vm.support);
        supportHint.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.members));
        supportHint.managedProperty().bind(supportHint.visibleProperty());
        FieldFeedback.bindProblem(formError, vm.formProblem(), messages);
        vm.exists().addListener((o, a, b) -> titleLabel.setText(messages.get(
                b ? "campus.form.title.edit" : "campus.form.title.new")));
        titleLabel.setText(messages.get("campus.form.title.new"));
        Shortcuts.install(root, Map.of(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                this::onSave));
        vm.load();
    }

    private void bind(TextField field, Label error, InputField<?> input) {
        FieldFeedback.bind(field, error, input, messages, () -> vm.leave(input));
    }


    @FXML
    private void onSave() {
        vm.save(navigator::showDashboard);
    }

    /** The logo as it will be printed, its file's name and size, or « aucun logo ». */
    private void showLogo(CampusLogo l) {
        logoPreview.setImage(l == null ? null : new javafx.scene.image.Image(new java.io.ByteArrayInputStream(l.png())));
        noLogoLabel.setVisible(l == null);
        logoNameLabel.setText(l == null ? messages.get("campus.form.logo.noneHint")
                : messages.get("campus.form.logo.shown", l.fileName(), l.width(), l.height()));
        removeLogoButton.setDisable(l == null);
    }

    @FXML
    private void onChooseLogo() {
        dialogs.chooseFileToOpen(messages.get("campus.form.logo.choose.title")).ifPresent(vm::chooseLogo);
    }

    @FXML
    private void onRemoveLogo() {
        vm.removeLogo();
    }

    /** « Durée du label : 5 ans », « … 2 ans et 6 mois », « … 8 mois ». */
    static String durationText(java.time.Period p, Messages messages) {
        if (p == null) {
            return "";
        }
        int years = p.getYears();
        int months = p.getMonths() + (p.getDays() >= 15 ? 1 : 0);
        if (months == 12) {
            years++;
            months = 0;
        }
        String y = years == 0 ? "" : messages.get(years == 1 ? "campus.label.year" : "campus.label.years", years);
        String m = months == 0 ? "" : messages.get("campus.label.months", months);
        String both = y.isEmpty() ? m : m.isEmpty() ? y : messages.get("campus.label.yearsAndMonths", y, m);
        return both.isEmpty() ? "" : messages.get("campus.label.duration", both);
    }
}
