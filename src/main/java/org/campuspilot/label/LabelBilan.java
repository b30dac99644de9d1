package org.campuspilot.label;

import java.time.LocalDate;
import java.util.List;

/**
 * The campus over its label period, school year by school year: each objective's figure beside its target, and the
 * network's growth (members who joined and left). A school year not begun yet has no figures.
 *
 * @param kind school years (September to August) or civil years
 * @param years the years of the period: civil years, or school years by their first year (2022 for 2022-2023)
 * @param lastDone the last year begun (today's), whose figures may still grow
 * @param ended whether the label period is over (its last year too): no figure of it grows any more
 * @param figures each year's figures, the rapport d'activité's own (null for a year not begun): every indicator of
 *     the bilan's tables is read from them
 * @param texts what the director wrote for the committee: the synthesis, the highlights, the outlook
 * @param themeTexts what the director wrote about each theme, printed under its figures
 */
public record LabelBilan(org.campuspilot.report.ReportPeriod.Kind kind, String campusName, LocalDate labelStart,
        LocalDate labelEnd, List<Integer> years,
        int lastDone, boolean ended, List<Line> lines, List<org.campuspilot.report.ReportFigures> figures,
        java.util.Map<org.campuspilot.report.ReportTexts.Section, String> texts,
        java.util.Map<LabelIndicator.Theme, String> themeTexts) {

    public LabelBilan {
        texts = texts == null ? java.util.Map.of() : java.util.Map.copyOf(texts);
        themeTexts = themeTexts == null ? java.util.Map.of() : java.util.Map.copyOf(themeTexts);
        figures = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(figures));
        years = List.copyOf(years);
        lines = List.copyOf(lines);
    }

    /** The members at each year's end (null for a year not begun): the network's growth. */
    public List<Integer> members() {
        return network(n -> n.members());
    }

    /** The establishments that joined the network each year. */
    public List<Integer> joined() {
        return network(n -> n.joined());
    }

    /** The establishments that left the network each year. */
    public List<Integer> left() {
        return network(n -> n.left());
    }

    private List<Integer> network(java.util.function.ToIntFunction<org.campuspilot.report.ReportFigures.Network> f) {
        List<Integer> out = new java.util.ArrayList<>();
        for (org.campuspilot.report.ReportFigures y : figures) {
            out.add(y == null ? null : f.applyAsInt(y.network()));
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** Where an objective stands. */
    public enum Trend {
        UP,
        DOWN,
        STEADY,
        /** Fewer than two years with a figure. */
        UNKNOWN;

        public String messageKey() {
            return "label.trend." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One objective: its figure per school year (null: not begun, or nothing to count), the target, the gap of the
     * last figure to it, the trend of the last two figures, and whether it is reached. The school year under way
     * counts only while no year is over: its figures still grow.
     *
     * @param complete how many of the values are of school years over
     */
    public record Line(LabelObjective objective, List<Double> values, int complete) {
        public Line {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }

        /** The figures the gap, the trend and « reached » read: the years over, or all while none is. */
        private List<Double> judged() {
            return complete > 0 ? values.subList(0, Math.min(complete, values.size())) : values;
        }

        /** The last figure of a year over (or of the year under way while none is), or null. */
        public Double last() {
            List<Double> values = judged();
            for (int i = values.size() - 1; i >= 0; i--) {
                if (values.get(i) != null) {
                    return values.get(i);
                }
            }
            return null;
        }

        /** The last figure minus the target; null without a figure. */
        public Double gap() {
            Double last = last();
            return last == null ? null : last - objective.target();
        }

        public boolean reached() {
            Double gap = gap();
            if (gap == null) {
                return false;
            }
            if (objective.scope() == LabelObjective.Scope.EACH_YEAR) {
                return judged().stream().filter(java.util.Objects::nonNull).allMatch(v -> v >= objective.target());
            }
            return gap >= 0;
        }

        public Trend trend() {
            List<Double> known = judged().stream().filter(java.util.Objects::nonNull).toList();
            if (known.size() < 2) {
                return Trend.UNKNOWN;
            }
            double a = known.get(known.size() - 2);
            double b = known.get(known.size() - 1);
            return b > a ? Trend.UP : b < a ? Trend.DOWN : Trend.STEADY;
        }
    }
}
