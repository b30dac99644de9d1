package org.campuspilot.action;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.campuspilot.shared.Hours;
import org.campuspilot.shared.SchoolYear;
import org.campuspilot.shared.TrainingLevel;

/**
 * The summary per school year and training level: actions, beneficiaries reached by status and by sex, hours. An
 * action that concerns several levels counts in each of them; the year's total line counts it once (decision 0010).
 */
public final class ActionSummary {
    private ActionSummary() {
    }

    /**
     * One line of the summary.
     *
     * @param level null on the year's total line
     */
    public record Line(SchoolYear year, TrainingLevel level, int actions, Map<LearnerStatus, Integer> byStatus,
            Map<Sex, Integer> bySex, int beneficiaries, Hours hours) {

        public boolean isTotal() {
            return level == null;
        }
    }

    /** The lines for these actions, by school year (most recent first), levels in order, then the year's total. */
    public static List<Line> of(List<Action> actions) {
        Map<SchoolYear, List<Action>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (Action a : actions) {
            if (a.status() != ActionStatus.ANNULEE) {
                byYear.computeIfAbsent(a.schoolYear(), y -> new ArrayList<>()).add(a);
            }
        }
        List<Line> lines = new ArrayList<>();
        byYear.forEach((year, list) -> {
            for (TrainingLevel level : TrainingLevel.values()) {
                List<Action> at = list.stream().filter(a -> a.levels().contains(level)).toList();
                if (!at.isEmpty()) {
                    lines.add(line(year, level, at));
                }
            }
            lines.add(line(year, null, list));
        });
        return lines;
    }

    private static Line line(SchoolYear year, TrainingLevel level, List<Action> actions) {
        Map<LearnerStatus, Integer> byStatus = new EnumMap<>(LearnerStatus.class);
        Map<Sex, Integer> bySex = new EnumMap<>(Sex.class);
        int total = 0;
        Hours hours = Hours.ZERO;
        LearnerStatus[] statuses = LearnerStatus.values();
        Sex[] sexes = Sex.values();
        for (Action a : actions) {
            Beneficiaries b = a.beneficiaries();
            for (LearnerStatus s : statuses) {
                byStatus.merge(s, b.actual(s), Integer::sum);
            }
            for (Sex s : sexes) {
                bySex.merge(s, b.actual(s), Integer::sum);
            }
            total += b.actualTotal();
            hours = hours.plus(a.hoursDelivered());
        }
        return new Line(year, level, actions.size(), byStatus, bySex, total, hours);
    }
}
