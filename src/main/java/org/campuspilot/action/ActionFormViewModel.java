package org.campuspilot.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.Count;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Hours;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.Problem;
import org.campuspilot.shared.SchoolYear;
import org.campuspilot.shared.TrainingLevel;
import org.campuspilot.ui.DialogService;
import org.campuspilot.ui.FormViewModel;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.OrganisationChoices;
import org.campuspilot.ui.Periods;
import org.campuspilot.ui.TaskRunner;

/**
 * An action's page: what, for which levels and school year, when, with whom; the beneficiaries targeted and reached
 * by status and by sex (« non précisé » is what the sexes leave of the total); the hours, computed from the hours
 * per beneficiary when they are the same for all, typed otherwise; the international side of a mobility.
 */
public final class ActionFormViewModel extends FormViewModel<Action> {
    /** A person who may lead or speak in an action. */
    public record Person(long id, String name, String organisation) {
    }

    final InputField<String> title = InputField.text(true);
    final ObjectProperty<ActionType> type = new SimpleObjectProperty<>();
    final ObjectProperty<Problem> typeProblem = new SimpleObjectProperty<>();
    final Map<TrainingLevel, BooleanProperty> levels = new EnumMap<>(TrainingLevel.class);
    final ObjectProperty<Problem> levelsProblem = new SimpleObjectProperty<>();
    final InputField<SchoolYear> schoolYear = InputField.required(SchoolYear::parse);
    final InputField<LocalDate> startDate = InputField.optional(FrenchFormats::parseDate);
    final InputField<LocalDate> endDate = InputField.optional(FrenchFormats::parseDate);
    final ObjectProperty<ActionStatus> status = new SimpleObjectProperty<>(ActionStatus.PREVUE);
    final InputField<String> objectives = InputField.text(false);
    final InputField<String> description = InputField.text(false);
    final ObservableList<Organisation> establishments = FXCollections.observableArrayList();
    final ObservableList<Organisation> companies = FXCollections.observableArrayList();
    final ObservableList<Person> contacts = FXCollections.observableArrayList();
    private final OrganisationChoices choices = new OrganisationChoices();

    /** An organisation as a picker shows it: its name, city and UAI or SIRET. */
    String organisationLabel(Organisation o) {
        return choices.label(o);
    }
    final ObservableList<Organisation> establishmentChoices = choices.establishments();
    final ObservableList<Organisation> companyChoices = choices.companies();
    final ObservableList<Person> contactChoices = FXCollections.observableArrayList();
    final Map<LearnerStatus, InputField<Integer>> targetByStatus = new EnumMap<>(LearnerStatus.class);
    final Map<LearnerStatus, InputField<Integer>> actualByStatus = new EnumMap<>(LearnerStatus.class);
    final Map<Sex, InputField<Integer>> targetBySex = new EnumMap<>(Sex.class);
    final Map<Sex, InputField<Integer>> actualBySex = new EnumMap<>(Sex.class);
    final StringProperty targetTotal = new SimpleStringProperty("0");
    final StringProperty actualTotal = new SimpleStringProperty("0");
    final StringProperty targetUnspecified = new SimpleStringProperty("0");
    final StringProperty actualUnspecified = new SimpleStringProperty("0");
    final InputField<Hours> hoursPerBeneficiary = InputField.optional(Hours::check);
    final InputField<Hours> totalHours = InputField.optional(Hours::check);
    /** True when the total hours follow from the hours per beneficiary (the field is then not typed). */
    final BooleanProperty totalHoursComputed = new SimpleBooleanProperty(false);
    final InputField<String> country = InputField.text(false);
    final ObjectProperty<Mobility.Direction> direction = new SimpleObjectProperty<>();
    final ObjectProperty<Mobility.Programme> programme = new SimpleObjectProperty<>();
    final InputField<String> programmeName = InputField.text(false);
    final ObjectProperty<Problem> mobilityProblem = new SimpleObjectProperty<>();
    final BooleanProperty isMobility = new SimpleBooleanProperty(false);

    private final ActionService service;
    private final ContactRepository contactsRepository;
    private final Clock clock;
    private boolean computing;

    public ActionFormViewModel(ActionService service, ContactRepository contactsRepository, TaskRunner tasks,
            DialogService dialogs, Messages messages, Clock clock) {
        super(tasks, dialogs, messages);
        this.service = service;
        this.contactsRepository = contactsRepository;
        this.clock = clock;
        List<ObservableValue<?>> inputs = new ArrayList<>(List.of(title.text(), type, schoolYear.text(),
                startDate.text(), endDate.text(), status, objectives.text(), description.text(),
                hoursPerBeneficiary.text(), totalHours.text(), country.text(), direction, programme,
                programmeName.text()));
        for (TrainingLevel l : TrainingLevel.values()) {
            BooleanProperty p = new SimpleBooleanProperty(false);
            p.addListener((o, a, b) -> levelsProblem.set(null));
            levels.put(l, p);
            inputs.add(p);
        }
        for (LearnerStatus s : LearnerStatus.values()) {
            targetByStatus.put(s, count(inputs));
            actualByStatus.put(s, count(inputs));
        }
        for (Sex s : List.of(Sex.FEMMES, Sex.HOMMES)) {
            targetBySex.put(s, count(inputs));
            actualBySex.put(s, count(inputs));
        }
        trackChanges(inputs);
        conflictFields(ActionFormFields.of(this, messages));
        ListChangeListener<Object> changed = c -> dirty().set(true);
        establishments.addListener(changed);
        companies.addListener(changed);
        contacts.addListener(changed);
        type.addListener((o, a, t) -> {
            typeProblem.set(null);
            isMobility.set(t == ActionType.MOBILITE_INTERNATIONALE);
        });
        hoursPerBeneficiary.text().addListener((o, a, b) -> recompute());
    }

    private InputField<Integer> count(List<ObservableValue<?>> inputs) {
        InputField<Integer> f = InputField.optional(Count::check);
        f.text().addListener((o, a, b) -> recompute());
        inputs.add(f.text());
        return f;
    }

    private static int sum(Map<?, InputField<Integer>> fields) {
        int total = 0;
        for (InputField<Integer> f : fields.values()) {
            Checked<Integer> c = Count.check(f.text().get());
            total += c.isOk() && c.value() != null ? c.value() : 0;
        }
        return total;
    }

    /** Totals, « non précisé » and, when they follow, the total hours. */
    private void recompute() {
        if (computing) {
            return;
        }
        computing = true;
        int target = sum(targetByStatus);
        int actual = sum(actualByStatus);
        targetTotal.set(String.valueOf(target));
        actualTotal.set(String.valueOf(actual));
        targetUnspecified.set(String.valueOf(target - sum(targetBySex)));
        actualUnspecified.set(String.valueOf(actual - sum(actualBySex)));
        Checked<Hours> per = Hours.check(hoursPerBeneficiary.text().get());
        boolean computed = per.isOk() && per.value() != null && actual > 0;
        totalHoursComputed.set(computed);
        if (computed) {
            totalHours.set(per.value().times(actual).display());
        }
        computing = false;
    }

    /** Reads the establishments, companies and people that may take part. */
    public void loadChoices() {
        tasks.run(() -> List.of(contactsRepository.organisationChoices(), contactsRepository.findAll(), contactsRepository.organisationDetails()), lists -> {
            boolean wasDirty = dirty().get();
            @SuppressWarnings("unchecked") List<Organisation> orgs = (List<Organisation>) lists.get(0);
            @SuppressWarnings("unchecked") List<org.campuspilot.contact.Contact> people =
                    (List<org.campuspilot.contact.Contact>) lists.get(1);
            choices.setAll(orgs);
            @SuppressWarnings("unchecked") java.util.Map<String, String> details =
                    (java.util.Map<String, String>) lists.get(2);
            choices.setDetails(details);
            contactChoices.setAll(people.stream().filter(p -> !p.isAnonymised()).map(p -> new Person(p.id(),
                    p.fullName(), p.organisation() == null ? null : p.organisation().name())).toList());
            dirty().set(wasDirty);
        }, failure -> {
        });
    }

    @Override
    protected void fillFields(Action a) {
        title.set(a == null ? "" : a.title());
        type.set(a == null ? null : a.type());
        levels.forEach((l, p) -> p.set(a != null && a.levels().contains(l)));
        schoolYear.set(a == null ? SchoolYear.of(LocalDate.now(clock)).toString() : a.schoolYear().toString());
        startDate.set(a == null ? "" : FrenchFormats.date(a.startDate()));
        endDate.set(a == null ? "" : FrenchFormats.date(a.endDate()));
        status.set(a == null ? ActionStatus.PREVUE : a.status());
        objectives.set(a == null ? "" : a.objectives());
        description.set(a == null ? "" : a.description());
        establishments.setAll(a == null ? List.of() : a.establishments());
        companies.setAll(a == null ? List.of() : a.companies());
        List<Person> people = new ArrayList<>();
        if (a != null) {
            for (int i = 0; i < a.contactIds().size(); i++) {
                people.add(new Person(a.contactIds().get(i), a.contacts().get(i), null));
            }
        }
        contacts.setAll(people);
        Beneficiaries b = a == null ? Beneficiaries.NONE : a.beneficiaries();
        targetByStatus.forEach((s, f) -> f.set(text(b.targetByStatus().get(s))));
        actualByStatus.forEach((s, f) -> f.set(text(b.actualByStatus().get(s))));
        targetBySex.forEach((s, f) -> f.set(text(b.targetBySex().get(s))));
        actualBySex.forEach((s, f) -> f.set(text(b.actualBySex().get(s))));
        hoursPerBeneficiary.set(a == null || a.hoursPerBeneficiary() == null ? "" : a.hoursPerBeneficiary().display());
        totalHours.set(a == null || a.totalHours() == null ? "" : a.totalHours().display());
        Mobility m = a == null ? null : a.mobility();
        country.set(m == null ? "" : m.country());
        direction.set(m == null ? null : m.direction());
        programme.set(m == null ? null : m.programme());
        programmeName.set(m == null ? "" : m.programmeName());
        typeProblem.set(null);
        levelsProblem.set(null);
        mobilityProblem.set(null);
        recompute();
    }

    private static String text(Integer n) {
        return n == null || n == 0 ? "" : n.toString();
    }

    public void addEstablishment(Organisation o) {
        if (o != null && establishments.stream().noneMatch(o::sameAs)) {
            establishments.add(o);
        }
    }

    public void addCompany(Organisation o) {
        if (o != null && companies.stream().noneMatch(o::sameAs)) {
            companies.add(o);
        }
    }

    public void addContact(Person p) {
        if (p != null && contacts.stream().noneMatch(c -> c.id() == p.id())) {
            contacts.add(p);
        }
    }

    /** Checks every field and the totals; saves the action with everything it holds in one transaction. */
    @Override
    public void save(Consumer<Action> onSaved) {
        List<InputField<?>> fields = new ArrayList<>(List.of(title, schoolYear, startDate, endDate, objectives,
                description, hoursPerBeneficiary, totalHours, country, programmeName));
        fields.addAll(targetByStatus.values());
        fields.addAll(actualByStatus.values());
        fields.addAll(targetBySex.values());
        fields.addAll(actualBySex.values());
        boolean ok = checkAll(fields);
        ok &= Periods.check(startDate, endDate, false);
        if (type.get() == null) {
            typeProblem.set(Problem.of("validation.required"));
            ok = false;
        }
        Set<TrainingLevel> chosen = EnumSet.noneOf(TrainingLevel.class);
        levels.forEach((l, p) -> {
            if (p.get()) {
                chosen.add(l);
            }
        });
        if (chosen.isEmpty()) {
            levelsProblem.set(Problem.of("action.form.levels.required"));
            ok = false;
        }
        ok &= sexesWithinTotal(targetBySex, sum(targetByStatus));
        ok &= sexesWithinTotal(actualBySex, sum(actualByStatus));
        Mobility mobility = null;
        if (type.get() == ActionType.MOBILITE_INTERNATIONALE) {
            if (country.text().get().isBlank() || direction.get() == null) {
                mobilityProblem.set(Problem.of("action.form.mobility.required"));
                ok = false;
            } else {
                mobility = new Mobility(country.value(), direction.get(), programme.get(),
                        programme.get() == Mobility.Programme.AUTRE ? programmeName.value() : null);
            }
        }
        if (ok && schoolYear.value() != null) {
            ok = datesWithin(schoolYear.value());
        }
        if (!ok) {
            showFixFields();
            return;
        }
        Action current = editing().get();
        Hours per = hoursPerBeneficiary.value();
        Action a = new Action(current == null ? null : current.id(), title.value(), type.get(), chosen,
                schoolYear.value(), startDate.value(), endDate.value(), status.get(), establishments, companies,
                contacts.stream().map(Person::id).toList(), contacts.stream().map(Person::name).toList(),
                objectives.value(), description.value(), beneficiaries(), per,
                totalHoursComputed.get() ? null : totalHours.value(), mobility,
                current == null ? null : current.updatedAt());
        saveInBackground(() -> Checked.ok(service.save(a, current)), onSaved, formProblem()::set);
    }

    /** Women and men together cannot be more than the total by status; the rest is « non précisé ». */
    private boolean sexesWithinTotal(Map<Sex, InputField<Integer>> bySex, int total) {
        int sexes = sum(bySex);
        if (sexes > total) {
            bySex.get(Sex.HOMMES).reject(Problem.of("action.form.sexes.overTotal", sexes, total));
            return false;
        }
        return true;
    }

    private boolean datesWithin(SchoolYear year) {
        for (InputField<LocalDate> d : List.of(startDate, endDate)) {
            if (d.value() != null && !year.contains(d.value())) {
                d.reject(Problem.of("action.form.date.outsideYear", FrenchFormats.date(d.value()), year.toString()));
                return false;
            }
        }
        return true;
    }

    private Beneficiaries beneficiaries() {
        return new Beneficiaries(values(targetByStatus, LearnerStatus.class), values(actualByStatus,
                LearnerStatus.class), values(targetBySex, Sex.class), values(actualBySex, Sex.class));
    }

    private static <K extends Enum<K>> Map<K, Integer> values(Map<K, InputField<Integer>> fields, Class<K> type) {
        Map<K, Integer> out = new EnumMap<>(type);
        fields.forEach((k, f) -> {
            if (f.value() != null) {
                out.put(k, f.value());
            }
        });
        return out;
    }

    /** Asks, then deletes the action. */
    @Override
    public void delete(Runnable onDeleted) {
        Action a = editing().get();
        if (a == null || !dialogs.confirm(messages.get("action.delete.confirm.title"),
                messages.get("action.delete.confirm.message", a.title(), a.schoolYear().toString()),
                messages.get("action.delete.confirm.button"))) {
            return;
        }
        deleteInBackground(() -> {
            service.delete(a);
            return Optional.empty();
        }, messages.get("action.delete.confirm.title"), onDeleted);
    }

    @Override
    protected String[] discardQuestion(Action a) {
        return new String[] {messages.get("action.discard.title"),
            a == null ? messages.get("action.discard.messageNew") : messages.get("action.discard.message", a.title()),
            messages.get("action.discard.button")};
    }

    /** The school years the form offers: next year's first, then back ten years. */
    List<String> schoolYearChoices() {
        SchoolYear current = SchoolYear.of(LocalDate.now(clock));
        List<String> years = new ArrayList<>();
        for (SchoolYear y = current.next(); years.size() < 12; y = y.previous()) {
            years.add(y.toString());
        }
        return years;
    }
}
