package org.campuspilot.importing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.campuspilot.action.Action;
import org.campuspilot.action.ActionRepository;
import org.campuspilot.action.ActionStatus;
import org.campuspilot.action.ActionType;
import org.campuspilot.action.Beneficiaries;
import org.campuspilot.action.LearnerStatus;
import org.campuspilot.action.Sex;
import org.campuspilot.shared.Count;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Hours;
import org.campuspilot.shared.NameKey;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.Problem;
import org.campuspilot.shared.SchoolYear;
import org.campuspilot.shared.TrainingLevel;
import org.campuspilot.ui.Messages;

/**
 * A spreadsheet row of actions: levels old or new, beneficiaries of one public (or counted by public, as the export
 * writes them), dates within the school year.
 */
final class ActionSheet implements SheetTypes.SheetType<Action> {
    /** The columns counting the beneficiaries reached of each public. */
    static final Map<LearnerStatus, String> BY_STATUS = byStatus();

    private static Map<LearnerStatus, String> byStatus() {
        Map<LearnerStatus, String> m = new EnumMap<>(LearnerStatus.class);
        m.put(LearnerStatus.ELEVES, "pupils");
        m.put(LearnerStatus.APPRENTIS, "apprentices");
        m.put(LearnerStatus.ETUDIANTS, "students");
        m.put(LearnerStatus.STAGIAIRES_FC, "adultTrainees");
        m.put(LearnerStatus.ENSEIGNANTS, "teachers");
        return java.util.Collections.unmodifiableMap(m);
    }

    private final ActionRepository repository;
    private final SheetDirectory directory;
    private final Clock clock;
    private final List<SheetField<Action>> fields;

    ActionSheet(ActionRepository repository, SheetDirectory directory, Clock clock, Messages messages) {
        this.repository = repository;
        this.directory = directory;
        this.clock = clock;
        this.fields = List.of(
                SheetField.of("title", Action::title),
                SheetField.of("type", a -> messages.get(a.type().messageKey())),
                SheetField.of("levels", a -> a.levels().stream().map(TrainingLevel::shortLabel)
                        .collect(Collectors.joining(", "))),
                SheetField.of("startDate", a -> date(a.startDate())),
                SheetField.of("endDate", a -> date(a.endDate())),
                SheetField.of("status", a -> messages.get(a.status().messageKey())),
                SheetField.of("target", a -> counts(a.beneficiaries().targetByStatus(), messages)),
                SheetField.of("actual", a -> counts(a.beneficiaries().actualByStatus(), messages),
                        BY_STATUS.values().toArray(String[]::new)),
                SheetField.of("women", a -> String.valueOf(a.beneficiaries().actual(Sex.FEMMES))),
                SheetField.of("men", a -> String.valueOf(a.beneficiaries().actual(Sex.HOMMES))),
                SheetField.of("hoursPerBeneficiary", a -> SheetField.text(a.hoursPerBeneficiary())),
                SheetField.of("totalHours", a -> a.hoursDelivered().display()),
                SheetField.of("establishments", a -> SheetField.names(a.establishments())),
                SheetField.of("companies", a -> SheetField.names(a.companies())),
                SheetField.of("objectives", Action::objectives),
                SheetField.of("description", Action::description));
    }

    private static String date(LocalDate d) {
        return d == null ? null : FrenchFormats.date(d);
    }

    /** « 38 (Élèves 30, Apprentis 8) », « 0 ». */
    private static String counts(Map<LearnerStatus, Integer> byStatus, Messages messages) {
        int total = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return "0";
        }
        return total + " (" + Beneficiaries.ordered(LearnerStatus.class, byStatus).entrySet().stream()
                .map(e -> messages.get(e.getKey().messageKey()) + " " + e.getValue())
                .collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public Action read(SheetRow row) {
        String title = row.required("title");
        ActionType type = row.text("type") == null ? null : row.choice("type", ActionType.class,
                ActionType::messageKey);
        if (row.text("type") == null) {
            row.required("type");
        }
        Set<TrainingLevel> levels = levels(row);
        SchoolYear year = row.checked("schoolYear", SchoolYear::parse);
        LocalDate start = row.checked("startDate", FrenchFormats::parseDate);
        LocalDate end = row.checked("endDate", FrenchFormats::parseDate);
        ActionStatus status = row.choice("status", ActionStatus.class, ActionStatus::messageKey);
        LearnerStatus learners = row.choice("learners", LearnerStatus.class, LearnerStatus::messageKey);
        Integer target = row.checked("target", Count::check);
        Integer actual = row.checked("actual", Count::check);
        Map<LearnerStatus, Integer> actualBy = new EnumMap<>(LearnerStatus.class);
        boolean byPublic = false;
        for (Map.Entry<LearnerStatus, String> e : BY_STATUS.entrySet()) {
            Integer n = row.checked(e.getValue(), Count::check);
            if (n != null) {
                byPublic = true;
                actualBy.put(e.getKey(), n);
            }
        }
        Integer women = row.checked("women", Count::check);
        Integer men = row.checked("men", Count::check);
        Hours per = row.checked("hoursPerBeneficiary", Hours::check);
        Hours total = row.checked("totalHours", Hours::check);
        List<Organisation> establishments = directory.establishments(row, "establishments");
        List<Organisation> companies = directory.companies(row, "companies");
        if (!row.ok()) {
            return null;
        }
        if (year == null && start == null) {
            row.fail(Problem.of("import.sheet.required", row.title("schoolYear")));
            return null;
        }
        if (year == null) {
            year = SchoolYear.of(start);
        }
        int counted = actualBy.values().stream().mapToInt(Integer::intValue).sum();
        if (byPublic && actual != null && actual != counted) {
            row.fail("actual", Problem.of("import.sheet.action.byStatus", actual, counted));
            return null;
        }
        // A count of zero says nobody: it needs no public.
        if ((positive(target) || !byPublic && positive(actual)) && learners == null) {
            row.fail(Problem.of("import.sheet.action.learners", row.title("learners")));
            return null;
        }
        Map<LearnerStatus, Integer> targetBy = new EnumMap<>(LearnerStatus.class);
        if (positive(target)) {
            targetBy.put(learners, target);
        }
        if (!byPublic && positive(actual)) {
            actualBy.put(learners, actual);
        }
        Map<Sex, Integer> bySex = new EnumMap<>(Sex.class);
        if (women != null) {
            bySex.put(Sex.FEMMES, women);
        }
        if (men != null) {
            bySex.put(Sex.HOMMES, men);
        }
        if (status == null) {
            status = end != null && end.isBefore(LocalDate.now(clock)) ? ActionStatus.REALISEE
                    : ActionStatus.PREVUE;
        }
        Action action = new Action(null, title, type, levels, year, start, end, status, establishments, companies,
                List.of(), List.of(), row.text("objectives"), row.text("description"),
                new Beneficiaries(targetBy, actualBy, Map.of(), bySex), per, per == null ? total : null, null,
                null);
        Map.Entry<String, Problem> wrong = inconsistency(action);
        if (wrong != null) {
            if (wrong.getKey().isEmpty()) {
                row.fail(wrong.getValue());
            } else {
                row.fail(wrong.getKey(), wrong.getValue());
            }
            return null;
        }
        return action;
    }

    private static boolean positive(Integer n) {
        return n != null && n > 0;
    }

    /**
     * What the action's form would refuse — dates crossed or outside the school year, more people counted by sex
     * than reached — with the field at fault ("" for the row); null when all is well.
     */
    private static Map.Entry<String, Problem> inconsistency(Action a) {
        LocalDate start = a.startDate();
        LocalDate end = a.endDate();
        if (end != null && start != null && end.isBefore(start)) {
            return Map.entry("endDate", Problem.of("validation.dates.endBeforeStart", FrenchFormats.date(end),
                    FrenchFormats.date(start)));
        }
        for (LocalDate d : new LocalDate[] {start, end}) {
            if (d != null && !a.schoolYear().contains(d)) {
                return Map.entry("", Problem.of("action.form.date.outsideYear", FrenchFormats.date(d),
                        a.schoolYear().toString()));
            }
        }
        Beneficiaries b = a.beneficiaries();
        int sexes = b.actual(Sex.FEMMES) + b.actual(Sex.HOMMES);
        if (sexes > b.actualTotal()) {
            return Map.entry("", Problem.of("action.form.sexes.overTotal", sexes, b.actualTotal()));
        }
        return null;
    }

    /** « IV », « 4 », « niveau V et IV », « 3, 4 »: the levels, old or new names (« I » is level 7). */
    private static Set<TrainingLevel> levels(SheetRow row) {
        Set<TrainingLevel> out = EnumSet.noneOf(TrainingLevel.class);
        List<String> parts = row.list("levels");
        if (parts.isEmpty()) {
            row.required("levels");
            return out;
        }
        for (String part : parts) {
            String p = part.toUpperCase(Locale.ROOT).replaceAll("NIVEAU|LEVEL|\\s|\\(.*\\)", "");
            if (p.matches("[1-8]")) {
                out.add(TrainingLevel.ofNational(Integer.parseInt(p)));
            } else if (TrainingLevel.ofOld(p).isPresent()) {
                out.add(TrainingLevel.ofOld(p).get());
            } else {
                row.fail("levels", Problem.of("import.sheet.action.level", part));
            }
        }
        return out;
    }

    @Override
    public String key(Action a) {
        return NameKey.of(a.title()) + "|" + a.schoolYear();
    }

    @Override
    public String label(Action a) {
        return a.title() + " (" + a.schoolYear() + ")";
    }

    /** An international mobility needs its country, direction and programme: entered in the window. */
    @Override
    public Problem refusedAsNew(Action a, SheetRow row) {
        return a.type() == ActionType.MOBILITE_INTERNATIONALE ? mobility(row.title("type")) : null;
    }

    private static Problem mobility(String column) {
        return Problem.of("import.sheet.cell", column, Problem.of("import.sheet.action.mobility"));
    }

    @Override
    public List<Action> stored() {
        return repository.findAll();
    }

    @Override
    public long id(Action a) {
        return a.id();
    }

    @Override
    public Optional<Action> find(long id) {
        return repository.findById(id);
    }

    @Override
    public void insert(Action a) {
        repository.save(a, Instant.now(clock));
    }

    @Override
    public List<SheetField<Action>> fields() {
        return fields;
    }

    @Override
    public Problem check(Action stored, Action read, Set<String> f) {
        Action merged = merge(stored, read, f);
        if (merged.type() == ActionType.MOBILITE_INTERNATIONALE && stored.type() != merged.type()) {
            return Problem.of("import.sheet.action.mobility");
        }
        Map.Entry<String, Problem> wrong = inconsistency(merged);
        return wrong == null ? null : wrong.getValue();
    }

    @Override
    public Action merge(Action s, Action r, Set<String> f) {
        Beneficiaries b = s.beneficiaries();
        Beneficiaries rb = r.beneficiaries();
        Map<Sex, Integer> bySex = new EnumMap<>(Sex.class);
        bySex.putAll(b.actualBySex());
        if (f.contains("women")) {
            bySex.put(Sex.FEMMES, rb.actual(Sex.FEMMES));
        }
        if (f.contains("men")) {
            bySex.put(Sex.HOMMES, rb.actual(Sex.HOMMES));
        }
        Beneficiaries beneficiaries = new Beneficiaries(
                f.contains("target") ? rb.targetByStatus() : b.targetByStatus(),
                f.contains("actual") ? rb.actualByStatus() : b.actualByStatus(), b.targetBySex(), bySex);
        // The row's hours are one consistent pair (per beneficiary, or a total): taken together.
        boolean hours = f.contains("hoursPerBeneficiary") || f.contains("totalHours");
        ActionType type = f.contains("type") ? r.type() : s.type();
        return new Action(s.id(),
                f.contains("title") ? r.title() : s.title(),
                type,
                f.contains("levels") ? r.levels() : s.levels(),
                s.schoolYear(),
                f.contains("startDate") ? r.startDate() : s.startDate(),
                f.contains("endDate") ? r.endDate() : s.endDate(),
                f.contains("status") ? r.status() : s.status(),
                f.contains("establishments") ? r.establishments() : s.establishments(),
                f.contains("companies") ? r.companies() : s.companies(),
                s.contactIds(), s.contacts(),
                f.contains("objectives") ? r.objectives() : s.objectives(),
                f.contains("description") ? r.description() : s.description(),
                beneficiaries,
                hours ? r.hoursPerBeneficiary() : s.hoursPerBeneficiary(),
                hours ? r.totalHours() : s.totalHours(),
                type == ActionType.MOBILITE_INTERNATIONALE ? s.mobility() : null,
                s.updatedAt());
    }

    @Override
    public void update(Action a) {
        repository.save(a, Instant.now(clock));
    }
}
