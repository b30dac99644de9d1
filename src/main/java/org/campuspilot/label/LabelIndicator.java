package org.campuspilot.label;

import java.util.Locale;
import java.util.function.Function;
import org.campuspilot.action.LearnerStatus;
import org.campuspilot.action.Sex;
import org.campuspilot.report.ReportFigures;
import org.campuspilot.shared.TrainingLevel;

/**
 * What an objective of the label period is counted by: an indicator the application computes from the records of a
 * school year (the same figures as the rapport d'activité), or one the director types per year ({@link #MANUAL}).
 */
public enum LabelIndicator {
    MEMBERS(Unit.COUNT, Theme.NETWORK, f -> (double) f.network().members()),
    MEMBERS_JOINED(Unit.COUNT, Theme.NETWORK, f -> (double) f.network().joined()),
    PARTNER_COMPANIES(Unit.COUNT, Theme.COMPANIES, f -> (double) f.network().partnerCompanies()),
    NEW_PARTNERSHIPS(Unit.COUNT, Theme.COMPANIES, f -> (double) f.network().newPartnerships()),
    EVENTS_HELD(Unit.COUNT, Theme.EVENTS, f -> (double) f.events().count()),
    EVENT_ATTENDANCE(Unit.COUNT, Theme.EVENTS, f -> (double) f.events().attendance()),
    ACTIONS(Unit.COUNT, Theme.ACTIONS, f -> (double) f.actions().count()),
    BENEFICIARIES(Unit.COUNT, Theme.ACTIONS, f -> (double) f.actions().beneficiaries()),
    APPRENTICE_SHARE(Unit.PERCENT, Theme.ACTIONS, f -> share(f.actions().byStatus()
            .getOrDefault(LearnerStatus.APPRENTIS, 0), f.actions().beneficiaries())),
    WOMEN_SHARE(Unit.PERCENT, Theme.ACTIONS, f -> share(f.actions().bySex().getOrDefault(Sex.FEMMES, 0),
            f.actions().beneficiaries())),
    LEVEL5_PLUS_BENEFICIARIES(Unit.COUNT, Theme.ACTIONS, f -> (double) f.actions().byLevel().entrySet().stream()
            .filter(e -> e.getKey().national() >= TrainingLevel.LEVEL_5.national())
            .mapToInt(e -> e.getValue().beneficiaries()).sum()),
    HOURS(Unit.COUNT, Theme.ACTIONS, f -> Math.floor(f.actions().hours().hundredths() / 100.0)),
    MOBILITIES(Unit.COUNT, Theme.MOBILITY, f -> (double) f.mobility().actions()),
    MOBILITY_PARTICIPANTS(Unit.COUNT, Theme.MOBILITY, f -> (double) f.mobility().beneficiaries()),
    BUDGET_EXECUTION(Unit.PERCENT, Theme.FINANCE, f -> f.finance().executionRate()),
    GRANTS_AWARDED(Unit.EUROS, Theme.FINANCE, f -> Math.floor(f.finance().awarded().cents() / 100.0)),
    /** Typed by the director, per school year. */
    MANUAL(Unit.COUNT, Theme.OTHER, null);

    /** What an indicator's figure is: a number of things, a share in per cent, euros. */
    public enum Unit {
        COUNT,
        PERCENT,
        EUROS;

        public String messageKey() {
            return "label.unit." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** The sheet of the workbook and the section of the bilan an indicator belongs to. */
    public enum Theme {
        NETWORK,
        COMPANIES,
        EVENTS,
        ACTIONS,
        MOBILITY,
        FINANCE,
        OTHER;

        public String messageKey() {
            return "label.theme." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Unit unit;
    private final Theme theme;
    private final Function<ReportFigures, Double> value;

    LabelIndicator(Unit unit, Theme theme, Function<ReportFigures, Double> value) {
        this.unit = unit;
        this.theme = theme;
        this.value = value;
    }

    public Unit unit() {
        return unit;
    }

    public Theme theme() {
        return theme;
    }

    public boolean computed() {
        return value != null;
    }

    /** The figure of a school year; null for {@link #MANUAL}, or a share without anyone to count. */
    public Double of(ReportFigures figures) {
        return value == null ? null : value.apply(figures);
    }

    public String messageKey() {
        return "label.indicator." + name().toLowerCase(Locale.ROOT);
    }

    /** {@code part} out of {@code whole}, in per cent to one decimal; null without a whole. */
    static Double share(int part, int whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
