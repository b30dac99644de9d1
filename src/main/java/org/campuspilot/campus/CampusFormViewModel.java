package org.campuspilot.campus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.shared.Academies;
import org.campuspilot.establishment.EstablishmentRepository;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Problem;
import org.campuspilot.shared.Sector;
import org.campuspilot.shared.Siret;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.Periods;
import org.campuspilot.ui.TaskRunner;

/**
 * The campus's identity form. The établissement support is chosen among the members; saving makes it the support
 * (and the previous one a plain member) in the same step.
 */
public final class CampusFormViewModel {
    final InputField<String> name = InputField.text(true);
    final ObjectProperty<Sector> sector = new SimpleObjectProperty<>();
    final ObjectProperty<Problem> sectorProblem = new SimpleObjectProperty<>();
    final InputField<String> academie = InputField.text(false);
    final InputField<String> region = InputField.text(false);
    /** The official lists, and a value kept from before that is not in them (nothing typed is lost). */
    final ObservableList<String> academies = FXCollections.observableArrayList(Academies.ACADEMIES);
    final ObservableList<String> regions = FXCollections.observableArrayList(Academies.REGIONS);
    final BooleanProperty excellence = new SimpleBooleanProperty(false);
    final InputField<LocalDate> labelStart = InputField.optional(FrenchFormats::parseDate);
    final InputField<LocalDate> labelEnd = InputField.optional(FrenchFormats::parseDate);
    /** The label's duration once both dates are right; null otherwise. */
    final ObjectProperty<java.time.Period> labelDuration = new SimpleObjectProperty<>();
    final ObjectProperty<Establishment> support = new SimpleObjectProperty<>();
    final ObservableList<Establishment> members = FXCollections.observableArrayList();
    final InputField<String> associationName = InputField.text(false);
    final InputField<Siret> associationSiret = InputField.optional(Siret::check);
    /** The path of an image typed or chosen for the logo, read when the field is left. */
    final InputField<String> logoPath = InputField.text(false);
    /** The logo shown: the one kept, or the one just read (saved with the identity); null for none. */
    final ObjectProperty<CampusLogo> logo = new SimpleObjectProperty<>();
    private boolean logoChanged;
    private final ObjectProperty<Problem> formProblem = new SimpleObjectProperty<>();
    private final BooleanProperty exists = new SimpleBooleanProperty(false);
    private boolean saveAttempted;

    private final CampusRepository campuses;
    private final CampusService service;
    private final EstablishmentRepository establishments;
    private final TaskRunner tasks;

    public CampusFormViewModel(CampusRepository campuses, CampusService service,
            EstablishmentRepository establishments, TaskRunner tasks) {
        this.campuses = campuses;
        this.service = service;
        this.establishments = establishments;
        this.tasks = tasks;
        sector.addListener((o, a, b) -> sectorProblem.set(b == null && saveAttempted
                ? Problem.of("validation.required") : null));
        academie.text().addListener((o, a, b) -> academieChanged(a, b));
    }

    private record Loaded(Optional<Campus> campus, List<Establishment> members, Optional<Establishment> support,
            Optional<CampusLogo> logo) {
    }

    /** Loads the campus (if any) and the members to choose the support from. */
    public void load() {
        tasks.run(() -> new Loaded(campuses.find(), establishments.findAll(), establishments.findSupport(),
                campuses.logo()), loaded -> {
                    logo.set(loaded.logo().orElse(null));
                    logoChanged = false;
                    members.setAll(loaded.members());
                    loaded.campus().ifPresent(this::fill);
                    exists.set(loaded.campus().isPresent());
                    support.set(loaded.support().flatMap(s -> members.stream()
                            .filter(m -> m.id().equals(s.id())).findFirst()).orElse(null));
                }, failure -> formProblem.set(Problem.of("campus.form.loadFailed")));
    }

    /** The official spelling of a stored name, or the name itself, then added to the choices. */
    private static String listed(String stored, ObservableList<String> choices, List<String> official) {
        if (stored == null || stored.isBlank()) {
            return stored;
        }
        String name = Academies.official(stored, official).orElse(stored.strip());
        if (!choices.contains(name)) {
            choices.add(0, name);
        }
        return name;
    }

    /**
     * Choosing an académie chooses its région, unless the région chosen is another one than the previous
     * académie's (then the user chose it).
     */
    private void academieChanged(String before, String after) {
        String previous = Academies.regionOf(before).orElse(null);
        String current = region.text().get();
        if (current == null || current.isBlank() || current.equals(previous)) {
            Academies.regionOf(after).ifPresent(r -> region.text().set(r));
        }
    }

    private void fill(Campus c) {
        labelDuration.set(c.labelStart() == null || c.labelEnd() == null || c.labelEnd().isBefore(c.labelStart())
                ? null : Campus.labelDuration(c.labelStart(), c.labelEnd()));
        name.set(c.name());
        sector.set(c.sector());
        academie.set(listed(c.academie(), academies, Academies.ACADEMIES));
        region.set(listed(c.region(), regions, Academies.REGIONS));
        excellence.set(c.excellence());
        labelStart.set(FrenchFormats.date(c.labelStart()));
        labelEnd.set(FrenchFormats.date(c.labelEnd()));
        associationName.set(c.associationName());
        associationSiret.set(c.associationSiret() == null ? "" : c.associationSiret().display());
    }

    public void leave(InputField<?> field) {
        field.check(saveAttempted);
        if (field == logoPath) {
            readLogo(null);
        }
        if (field == labelEnd || field == labelStart) {
            checkLabelDates();
        }
    }

    /** The label's dates in order, and no longer than the law allows (five years since 2019, four before). */
    private boolean checkLabelDates() {
        if (!Periods.check(labelStart, labelEnd, true)) {
            labelDuration.set(null);
            return false;
        }
        LocalDate from = labelStart.value();
        LocalDate to = labelEnd.value();
        if (from == null || to == null) {
            labelDuration.set(null);
            return true;
        }
        if (!to.isBefore(Campus.latestLabelEnd(from))) {
            labelEnd.reject(Problem.of(Campus.maxLabelYears(from) == 5 ? "campus.label.tooLong"
                    : "campus.label.tooLongBefore2019", FrenchFormats.date(from),
                    FrenchFormats.date(Campus.latestLabelEnd(from).minusDays(1))));
            labelDuration.set(null);
            return false;
        }
        labelDuration.set(Campus.labelDuration(from, to));
        return true;
    }


    /**
     * Reads the image named in the field, in the background: it becomes the logo shown (kept at the save), or the
     * field says why it cannot be one. Then {@code then} runs, when given and the image was read.
     */
    private void readLogo(Runnable then) {
        String typed = logoPath.value();
        if (typed == null) {
            if (then != null) {
                then.run();
            }
            return;
        }
        tasks.run(() -> CampusLogo.read(java.nio.file.Path.of(typed.strip())), read -> {
            if (!typed.equals(logoPath.value())) {
                if (then != null && logoPath.value() == null && logoChanged) {
                    then.run(); // Read meanwhile by the field's leaving (the click on « Enregistrer »).
                }
                return; // Otherwise typed again meanwhile.
            }
            if (read.isOk()) {
                logo.set(read.value());
                logoChanged = true;
                logoPath.set("");
                if (then != null) {
                    then.run();
                }
            } else {
                logoPath.reject(read.problem().orElseThrow());
                if (then != null) {
                    formProblem.set(Problem.of("form.error.fix")); // at the save; leaving the field says it there
                }
            }
        }, failure -> logoPath.reject(Problem.of("campus.logo.notAnImage", typed)));
    }

    /** Chooses the image at {@code path} for the logo. */
    public void chooseLogo(java.nio.file.Path path) {
        logoPath.set(path.toString());
        readLogo(null);
    }

    /** The campus will have no logo once saved. */
    public void removeLogo() {
        logo.set(null);
        logoPath.set("");
        logoChanged = true;
    }

    /** Checks and saves; {@code onSaved} runs on success. */
    public void save(Runnable onSaved) {
        if (logoPath.value() != null) {
            // An image named but not read yet (the field not left): read first, then save.
            readLogo(() -> save(onSaved));
            return;
        }
        saveAttempted = true;
        boolean ok = name.check(true) & academie.check(true) & region.check(true) & associationName.check(true)
                & associationSiret.check(true) & checkLabelDates();
        if (sector.get() == null) {
            sectorProblem.set(Problem.of("validation.required"));
            ok = false;
        }
        if (!ok) {
            formProblem.set(Problem.of("form.error.fix"));
            return;
        }
        formProblem.set(null);
        Campus campus = new Campus(name.value(), sector.get(), academie.value(), region.value(), excellence.get(),
                labelStart.value(), labelEnd.value(), associationName.value(), associationSiret.value());
        Establishment chosen = support.get();
        boolean changedLogo = logoChanged;
        CampusLogo newLogo = logo.get();
        tasks.run(() -> {
            service.save(campus, chosen, changedLogo, newLogo);
            return campus;
        }, saved -> {
            exists.set(true);
            logoChanged = false;
            onSaved.run();
        }, failure -> formProblem.set(Problem.of("form.error.saveFailed")));
    }

    public ObjectProperty<Problem> formProblem() {
        return formProblem;
    }

    public BooleanProperty exists() {
        return exists;
    }
}
