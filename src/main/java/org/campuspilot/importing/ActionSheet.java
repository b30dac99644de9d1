package org.campuspilot.importing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

/** A spreadsheet row of actions: levels old or new, beneficiaries of one public, dates within the school year. */
final class ActionSheet implements SheetTypes.SheetType<Action> {
    private final ActionRepository repository;
    private final SheetDirectory directory;
    private final Clock clock;

    ActionSheet(ActionRepository repository, SheetDirectory directory, Clock clock) {
        this.repository = repository;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public Action read(SheetRow row) {
        String title = row.required("title");
        ActionType type = row.text("type") == null ? null : row.choice("type", ActionType.class,
                ActionType::messageKey);
        if (row.text("type") == null) {
            row.required("type");
        }
        if (type == ActionType.MOBILITE_INTERNATIONALE) {
            row.fail("type", Problem.of("import.sheet.action.mobility"));
        }
        Set<TrainingLevel> levels = levels(row);
        SchoolYear year = row.checked("schoolYear", SchoolYear::parse);
        LocalDate start = row.checked("startDate", FrenchFormats::parseDate);
        LocalDate end = row.checked("endDate", FrenchFormats::parseDate);
        ActionStatus status = row.choice("status", ActionStatus.class, ActionStatus::messageKey);
        LearnerStatus learners = row.choice("learners", LearnerStatus.class, LearnerStatus::messageKey);
        Integer target = row.checked("target", Count::check);
        Integer actual = row.checked("actual", Count::check);
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
        if (end != null && start != null && end.isBefore(start)) {
            row.fail("endDate", Problem.of("validation.dates.endBeforeStart", FrenchFormats.date(end),
                    FrenchFormats.date(start)));
            return null;
        }
        for (LocalDate d : new LocalDate[] {start, end}) {
            if (d != null && !year.contains(d)) {
                row.fail(Problem.of("action.form.date.outsideYear", FrenchFormats.date(d), year.toString()));
                return null;
            }
        }
        if ((target != null || actual != null) && learners == null) {
            row.fail(Problem.of("import.sheet.action.learners", row.title("learners")));
            return null;
        }
        int sexes = (women == null ? 0 : women) + (men == null ? 0 : men);
        if (sexes > (actual == null ? 0 : actual)) {
            row.fail(Problem.of("action.form.sexes.overTotal", sexes, actual == null ? 0 : actual));
            return null;
        }
        Map<LearnerStatus, Integer> targetBy = new EnumMap<>(LearnerStatus.class);
        Map<LearnerStatus, Integer> actualBy = new EnumMap<>(LearnerStatus.class);
        if (target != null) {
            targetBy.put(learners, target);
        }
        if (actual != null) {
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
        return new Action(null, title, type, levels, year, start, end, status, establishments, companies,
                List.of(), List.of(), row.text("objectives"), row.text("description"),
                new Beneficiaries(targetBy, actualBy, Map.of(), bySex), per, per == null ? total : null, null,
                null);
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

    @Override
    public Map<String, String> existing() {
        Map<String, String> out = new HashMap<>();
        repository.findAll().forEach(a -> out.put(key(a), label(a)));
        return out;
    }

    @Override
    public void insert(Action a) {
        repository.save(a, Instant.now(clock));
    }
}
