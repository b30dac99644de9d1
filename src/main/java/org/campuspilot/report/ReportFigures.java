package org.campuspilot.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.campuspilot.action.ActionType;
import org.campuspilot.action.LearnerStatus;
import org.campuspilot.action.Sex;
import org.campuspilot.company.SizeBand;
import org.campuspilot.establishment.EstablishmentKind;
import org.campuspilot.event.Audience;
import org.campuspilot.event.EventType;
import org.campuspilot.shared.Hours;
import org.campuspilot.shared.Money;
import org.campuspilot.shared.TrainingLevel;

/**
 * Every figure of one period, as computed by {@link ReportService}: the tableau de bord, the rapport d'activité and
 * the Région workbook only lay these out. Maps are ordered (enum order, or by count for free labels) and hold only
 * what is not zero.
 */
public record ReportFigures(ReportPeriod period, Network network, Events events, Actions actions,
        Mobility mobility, Finance finance) {

    /**
     * The network at the period's last day: member establishments by kind, those who joined or left during the
     * period; partner companies (a convention in force at the last day) by size and by NAF division, conventions
     * signed during the period; the directory as it stands. {@code territory}: the establishments of the territory
     * on file (imported from the annuaire, not members), counted apart.
     */
    public record Network(int members, Map<EstablishmentKind, Integer> membersByKind, int joined, int left,
            int territory, int partnerCompanies, int newPartnerships, int companies,
            Map<SizeBand, Integer> companiesBySize, int companiesSizeUnknown, Map<String, Integer> companiesByDivision, int contacts) {
    }

    /**
     * The events held in the period (marked done): their number, the people present, by type, by public, by month,
     * the list.
     * {@code planned}: the period's events still « prévu » (to come, or past and not completed), not counted.
     */
    public record Events(int count, int attendance, Map<EventType, Integer> byType,
            Map<EventType, Integer> attendanceByType, Map<Audience, Integer> attendanceByAudience,
            Map<YearMonth, Integer> byMonth, List<EventLine> list,
            int planned) {
    }

    /** One event in the report's list. */
    public record EventLine(long id, LocalDate date, String title, EventType type, int present) {
    }

    /**
     * The actions carried out in the period (done or under way; planned and cancelled ones left out): a civil year
     * holds the actions that started in it (undated ones by their school year's start), a school year those of that
     * school year. An action at several levels counts in each level; the totals count it once. {@code planned}: the
     * period's actions still planned, not counted.
     */
    public record Actions(int count, int beneficiaries, Hours hours, Map<TrainingLevel, LevelLine> byLevel,
            Map<LearnerStatus, Integer> byStatus, Map<Sex, Integer> bySex, Map<ActionType, Integer> byType,
            int planned) {
    }

    /** Actions, beneficiaries reached and hours delivered at one level. */
    public record LevelLine(int actions, int beneficiaries, Hours hours) {
    }

    /**
     * The international mobility actions carried out: how many, their participants, those who went abroad and those
     * who came (a mobility of unknown direction is in neither), the countries.
     */
    public record Mobility(int actions, int beneficiaries, int outgoing, int incoming, Map<String, Integer> byCountry) {
    }

    /**
     * The financial year's money: the grants awarded for it and what they paid so far, the charges forecast,
     * committed (engaged or paid) and paid, and the execution rate (committed charges against the forecast, null
     * without a forecast).
     */
    public record Finance(int year, int grants, Money awarded, Money received, Money forecastCharges,
            Money committedCharges, Money paidCharges, Double executionRate) {
    }
}
