package org.campuspilot.label;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.campuspilot.action.LearnerStatus;
import org.campuspilot.action.Sex;
import org.campuspilot.establishment.EstablishmentKind;
import org.campuspilot.event.Audience;
import org.campuspilot.event.EventType;
import org.campuspilot.report.ReportFigures;
import org.campuspilot.shared.TrainingLevel;

/**
 * What an objective of the label period is counted by: an indicator the application computes from the records of a
 * school year (the same figures as the rapport d'activité), or one the director types per year ({@link #MANUAL}).
 */
public enum LabelIndicator {
    MEMBERS(Unit.COUNT, Theme.NETWORK, f -> (double) f.network().members()),
    /** Members of one kind (lycées professionnels, CFA…). */
    MEMBERS_OF_KIND(Unit.COUNT, Theme.NETWORK, EstablishmentKind.class,
            (f, d) -> (double) f.network().membersByKind().getOrDefault((EstablishmentKind) d, 0)),
    MEMBERS_JOINED(Unit.COUNT, Theme.NETWORK, f -> (double) f.network().joined()),
    PARTNER_COMPANIES(Unit.COUNT, Theme.COMPANIES, f -> (double) f.network().partnerCompanies()),
    NEW_PARTNERSHIPS(Unit.COUNT, Theme.COMPANIES, f -> (double) f.network().newPartnerships()),
    EVENTS_HELD(Unit.COUNT, Theme.EVENTS, f -> (double) f.events().count()),
    /** Events of one type held (forums, visites d'entreprise…). */
    EVENTS_OF_TYPE(Unit.COUNT, Theme.EVENTS, EventType.class,
            (f, d) -> (double) f.events().byType().getOrDefault((EventType) d, 0)),
    EVENT_ATTENDANCE(Unit.COUNT, Theme.EVENTS, f -> (double) f.events().attendance()),
    /** People of one public present at the events held (collégiens, lycéens, familles…). */
    ATTENDANCE_OF_AUDIENCE(Unit.COUNT, Theme.EVENTS, Audience.class,
            (f, d) -> (double) f.events().attendanceByAudience().getOrDefault((Audience) d, 0)),
    ACTIONS(Unit.COUNT, Theme.ACTIONS, f -> (double) f.actions().count()),
    BENEFICIARIES(Unit.COUNT, Theme.ACTIONS, f -> (double) f.actions().beneficiaries()),
    /** Beneficiaries of the actions at one level (an action at several levels counts in each). */
    BENEFICIARIES_AT_LEVEL(Unit.COUNT, Theme.ACTIONS, TrainingLevel.class, (f, d) -> {
        ReportFigures.LevelLine l = f.actions().byLevel().get((TrainingLevel) d);
        return l == null ? 0.0 : l.beneficiaries();
    }),
    LEVEL5_PLUS_BENEFICIARIES(Unit.COUNT, Theme.ACTIONS, f -> (double) f.actions().byLevel().entrySet().stream()
            .filter(e -> e.getKey().national() >= TrainingLevel.LEVEL_5.national())
            .mapToInt(e -> e.getValue().beneficiaries()).sum()),
    /** Beneficiaries of one status (élèves, apprentis, étudiants…). */
    BENEFICIARIES_OF_STATUS(Unit.COUNT, Theme.ACTIONS, LearnerStatus.class,
            (f, d) -> (double) f.actions().byStatus().getOrDefault((LearnerStatus) d, 0)),
    STATUS_SHARE(Unit.PERCENT, Theme.ACTIONS, LearnerStatus.class, (f, d) -> share(f.actions().byStatus()
            .getOrDefault((LearnerStatus) d, 0), f.actions().beneficiaries())),
    APPRENTICE_SHARE(Unit.PERCENT, Theme.ACTIONS, f -> share(f.actions().byStatus()
            .getOrDefault(LearnerStatus.APPRENTIS, 0), f.actions().beneficiaries())),
    /** Beneficiaries of one sex, as the Région counts them. */
    BENEFICIARIES_OF_SEX(Unit.COUNT, Theme.ACTIONS, Sex.class,
            (f, d) -> (double) f.actions().bySex().getOrDefault((Sex) d, 0)),
    SEX_SHARE(Unit.PERCENT, Theme.ACTIONS, Sex.class, (f, d) -> share(f.actions().bySex().getOrDefault((Sex) d, 0),
            f.actions().beneficiaries())),
    WOMEN_SHARE(Unit.PERCENT, Theme.ACTIONS, f -> share(f.actions().bySex().getOrDefault(Sex.FEMMES, 0),
            f.actions().beneficiaries())),
    HOURS(Unit.COUNT, Theme.ACTIONS, f -> Math.floor(f.actions().hours().hundredths() / 100.0)),
    MOBILITIES(Unit.COUNT, Theme.MOBILITY, f -> (double) f.mobility().actions()),
    MOBILITY_PARTICIPANTS(Unit.COUNT, Theme.MOBILITY, f -> (double) f.mobility().beneficiaries()),
    BUDGET_EXECUTION(Unit.PERCENT, Theme.FINANCE, f -> f.finance().executionRate()),
    GRANTS_AWARDED(Unit.EUROS, Theme.FINANCE, f -> Math.floor(f.finance().awarded().cents() / 100.0)),
    GRANTS_RECEIVED(Unit.EUROS, Theme.FINANCE, f -> Math.floor(f.finance().received().cents() / 100.0)),
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
    /** The enum an indicator is counted by one value of (a kind, a public, a level…); null for a whole count. */
    private final Class<? extends Enum<?>> detail;
    private final BiFunction<ReportFigures, Enum<?>, Double> value;

    LabelIndicator(Unit unit, Theme theme, Function<ReportFigures, Double> value) {
        this(unit, theme, null, value == null ? null : (f, d) -> value.apply(f));
    }

    LabelIndicator(Unit unit, Theme theme, Class<? extends Enum<?>> detail,
            BiFunction<ReportFigures, Enum<?>, Double> value) {
        this.unit = unit;
        this.theme = theme;
        this.detail = detail;
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

    /** Whether the indicator counts one value of a list ({@link #details()}), which the objective names. */
    public boolean detailed() {
        return detail != null;
    }

    /** The values an objective of a detailed indicator chooses among; empty for the others. */
    public List<Enum<?>> details() {
        return detail == null ? List.of() : List.of(detail.getEnumConstants());
    }

    /** The value of {@link #details()} named {@code name}; empty when there is none of that name. */
    public Optional<Enum<?>> detail(String name) {
        return details().stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** The figure of a year; null for {@link #MANUAL}, or a share without anyone to count. */
    public Double of(ReportFigures figures) {
        return of(figures, null);
    }

    /**
     * The figure of a year for one value of the indicator's list (ignored by an indicator without one); null for
     * {@link #MANUAL}, a detailed indicator without its value, or a share without anyone to count.
     */
    public Double of(ReportFigures figures, Enum<?> value) {
        if (this.value == null || (detail != null && !detail.isInstance(value))) {
            return null;
        }
        return this.value.apply(figures, value);
    }

    /** The bundle key of a value of an indicator's list: « Lycées professionnels », « Collégiens », « niveau 5 ». */
    public static String detailKey(Enum<?> value) {
        if (value instanceof EstablishmentKind k) {
            return k.messageKey();
        } else if (value instanceof EventType t) {
            return t.messageKey();
        } else if (value instanceof Audience a) {
            return a.messageKey();
        } else if (value instanceof LearnerStatus s) {
            return s.messageKey();
        } else if (value instanceof Sex s) {
            return s.messageKey();
        }
        return "label.detail." + value.name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "label.indicator." + name().toLowerCase(Locale.ROOT);
    }

    /** {@code part} out of {@code whole}, in per cent to one decimal; null without a whole. */
    static Double share(int part, int whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
