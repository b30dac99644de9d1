package org.campuspilot.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campuspilot.action.ActionType;
import org.campuspilot.action.LearnerStatus;
import org.campuspilot.action.Sex;
import org.campuspilot.company.SizeBand;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.establishment.EstablishmentKind;
import org.campuspilot.event.Audience;
import org.campuspilot.event.EventType;
import org.campuspilot.grant.BudgetFollowUp;
import org.campuspilot.grant.GrantFigures;
import org.campuspilot.shared.Hours;
import org.campuspilot.shared.Money;
import org.campuspilot.shared.TrainingLevel;

/**
 * Computes every figure of a period in a few aggregate queries (never loading whole tables into records), so the
 * tableau de bord, the rapport d'activité and the Région workbook show the same numbers, and a ten-year campus is
 * summed in the time it takes to read its tables once. Also lists the records behind a figure.
 */
public final class ReportService {
    /** The actions of a civil year, as a condition on {@code action a} with two parameters (first and last day). */
    private static final String CIVIL_ACTIONS =
            "COALESCE(a.start_date, a.end_date, a.school_year || '-09-01') BETWEEN ? AND ?";
    /** The actions of a school year, with two parameters (its first year, twice). */
    private static final String SCHOOL_ACTIONS = "a.school_year = ? AND ? IS NOT NULL";
    /** An action carried out: done or under way; a planned or cancelled one is not counted (« Actions menées »). */
    private static final String CARRIED_OUT = "a.status IN ('REALISEE', 'EN_COURS') AND ";
    /** An event held: marked done; a planned one (to come, or past and not completed) or cancelled is not. */
    /** An establishment of the network, not only of its territory (decision 0020). */
    private static final String IN_NETWORK = "network_role <> 'TERRITOIRE'";
    /** A member on a day (the day given twice): in the network, joined (or no date) and not left. */
    private static final String MEMBER_ON = IN_NETWORK
            + " AND (member_since IS NULL OR member_since <= ?) AND (member_until IS NULL OR member_until >= ?)";
    private static final String HELD_EVENTS = "e.status = 'REALISE' AND e.start_date BETWEEN ? AND ?";
    private static final String STATUSES = "('ELEVES', 'APPRENTIS', 'ETUDIANTS', 'STAGIAIRES_FC', 'ENSEIGNANTS')";

    private final Jdbc jdbc;
    private final GrantFigures grants;

    public ReportService(Database database, GrantFigures grants) {
        this.jdbc = new Jdbc(database);
        this.grants = grants;
    }

    /** The figures of the period. */
    public ReportFigures figures(ReportPeriod period) {
        return new ReportFigures(period, network(period), events(period), actions(period), mobility(period),
                finance(period));
    }

    /** The figures of the period and of the one before, for comparison. */
    public Comparison compare(ReportPeriod period) {
        return new Comparison(figures(period), figures(period.previous()));
    }

    /** A period's figures beside the previous period's. */
    public record Comparison(ReportFigures current, ReportFigures previous) {
    }

    private ReportFigures.Network network(ReportPeriod p) {
        String last = p.last().toString();
        Map<EstablishmentKind, Integer> byKind = new EnumMap<>(EstablishmentKind.class);
        jdbc.list("SELECT kind, COUNT(*) FROM establishment WHERE " + MEMBER_ON + " GROUP BY kind",
                rs -> byKind.put(EstablishmentKind.valueOf(rs.getString(1)), rs.getInt(2)), last, last);
        int members = byKind.values().stream().mapToInt(Integer::intValue).sum();
        int joined = (int) jdbc.count("SELECT COUNT(*) FROM establishment WHERE " + IN_NETWORK
                + " AND member_since BETWEEN ? AND ?", p.first(), p.last());
        int left = (int) jdbc.count("SELECT COUNT(*) FROM establishment WHERE " + IN_NETWORK
                + " AND member_until BETWEEN ? AND ?", p.first(), p.last());
        int territory = (int) jdbc.count("SELECT COUNT(*) FROM establishment WHERE NOT (" + IN_NETWORK + ")");
        String inForce = "convention_signed_on <= ? AND (convention_ends_on IS NULL OR convention_ends_on >= ?)";
        int partners = (int) jdbc.count("SELECT COUNT(*) FROM company WHERE " + inForce, last, last);
        int newPartnerships = (int) jdbc.count(
                "SELECT COUNT(*) FROM company WHERE convention_signed_on BETWEEN ? AND ?", p.first(), p.last());
        Map<SizeBand, Integer> bySize = new EnumMap<>(SizeBand.class);
        int[] unknownSize = {0};
        int[] companies = {0};
        jdbc.list("SELECT size_band, COUNT(*) FROM company GROUP BY size_band", rs -> {
            String band = rs.getString(1);
            companies[0] += rs.getInt(2);
            if (band == null) {
                unknownSize[0] += rs.getInt(2);
            } else {
                bySize.put(SizeBand.valueOf(band), rs.getInt(2));
            }
            return null;
        });
        Map<String, Integer> byDivision = new LinkedHashMap<>();
        jdbc.list("""
                SELECT substr(naf_code, 1, 2) AS division, COUNT(*) AS n FROM company WHERE naf_code IS NOT NULL
                GROUP BY division ORDER BY n DESC, division""", rs -> byDivision.put(rs.getString(1), rs.getInt(2)));
        int contacts = (int) jdbc.count("SELECT COUNT(*) FROM contact WHERE anonymised_on IS NULL");
        return new ReportFigures.Network(members, byKind, joined, left, territory, partners, newPartnerships, companies[0],
                bySize, unknownSize[0], byDivision, contacts);
    }

    private ReportFigures.Events events(ReportPeriod p) {
        List<ReportFigures.EventLine> list = jdbc.list("SELECT e.id, e.start_date, e.title, e.type, "
                + "(SELECT COALESCE(SUM(present), 0) FROM event_attendance t WHERE t.event_id = e.id) "
                + "FROM event e WHERE " + HELD_EVENTS + " ORDER BY e.start_date, e.start_time, e.title",
                rs -> new ReportFigures.EventLine(rs.getLong(1), LocalDate.parse(rs.getString(2)), rs.getString(3),
                        EventType.valueOf(rs.getString(4)), rs.getInt(5)), p.first(), p.last());
        Map<EventType, Integer> byType = new EnumMap<>(EventType.class);
        Map<EventType, Integer> attendanceByType = new EnumMap<>(EventType.class);
        Map<YearMonth, Integer> byMonth = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(p.first()); !m.isAfter(YearMonth.from(p.last())); m = m.plusMonths(1)) {
            byMonth.put(m, 0);
        }
        int attendance = 0;
        for (ReportFigures.EventLine e : list) {
            byType.merge(e.type(), 1, Integer::sum);
            if (e.present() > 0) {
                attendanceByType.merge(e.type(), e.present(), Integer::sum);
            }
            byMonth.merge(YearMonth.from(e.date()), 1, Integer::sum);
            attendance += e.present();
        }
        int planned = (int) jdbc.count("SELECT COUNT(*) FROM event e WHERE e.status = 'PREVU' AND e.start_date "
                + "BETWEEN ? AND ?", p.first(), p.last());
        Map<Audience, Integer> byAudience = new EnumMap<>(Audience.class);
        jdbc.list("SELECT t.audience, SUM(t.present) FROM event_attendance t JOIN event e ON e.id = t.event_id WHERE "
                + HELD_EVENTS + " GROUP BY t.audience HAVING SUM(t.present) > 0", rs -> byAudience.put(
                        Audience.valueOf(rs.getString(1)), rs.getInt(2)), p.first(), p.last());
        return new ReportFigures.Events(list.size(), attendance, byType, attendanceByType, byAudience, byMonth,
                List.copyOf(list), planned);
    }

    /** The actions of the period that count: carried out (done or under way). */
    private String actionsOf(ReportPeriod p) {
        return CARRIED_OUT + (p.kind() == ReportPeriod.Kind.CIVIL ? CIVIL_ACTIONS : SCHOOL_ACTIONS);
    }

    private Object[] actionParams(ReportPeriod p) {
        return p.kind() == ReportPeriod.Kind.CIVIL ? new Object[] {p.first(), p.last()}
                : new Object[] {p.year(), p.year()};
    }

    /** One action of the period: its type, the people it reached, the hours it delivered. */
    private record ActionFacts(ActionType type, int people, long hundredths) {
    }

    private Map<Long, ActionFacts> actionFacts(ReportPeriod p, String extra) {
        Map<Long, ActionFacts> facts = new HashMap<>();
        jdbc.list("SELECT a.id, a.type, COALESCE(b.n, 0), CASE WHEN a.hours_per_beneficiary IS NOT NULL "
                + "AND COALESCE(b.n, 0) > 0 THEN a.hours_per_beneficiary * b.n ELSE COALESCE(a.total_hours, 0) END "
                + "FROM action a LEFT JOIN (SELECT action_id, SUM(actual) AS n FROM action_beneficiary "
                + "WHERE category IN " + STATUSES + " GROUP BY action_id) b ON b.action_id = a.id WHERE "
                + actionsOf(p) + extra, rs -> facts.put(rs.getLong(1), new ActionFacts(
                        ActionType.valueOf(rs.getString(2)), rs.getInt(3), rs.getLong(4))), actionParams(p));
        return facts;
    }

    private ReportFigures.Actions actions(ReportPeriod p) {
        Map<Long, ActionFacts> facts = actionFacts(p, "");
        int people = 0;
        long hundredths = 0;
        Map<ActionType, Integer> byType = new EnumMap<>(ActionType.class);
        for (ActionFacts f : facts.values()) {
            people += f.people();
            hundredths += f.hundredths();
            byType.merge(f.type(), 1, Integer::sum);
        }
        Map<TrainingLevel, int[]> levels = new EnumMap<>(TrainingLevel.class);
        Map<TrainingLevel, Long> levelHours = new EnumMap<>(TrainingLevel.class);
        jdbc.list("SELECT l.action_id, l.level FROM action_level l JOIN action a ON a.id = l.action_id WHERE "
                + actionsOf(p), rs -> {
                    ActionFacts f = facts.get(rs.getLong(1));
                    TrainingLevel level = TrainingLevel.ofNational(rs.getInt(2));
                    int[] n = levels.computeIfAbsent(level, k -> new int[2]);
                    n[0]++;
                    n[1] += f.people();
                    levelHours.merge(level, f.hundredths(), Long::sum);
                    return null;
                }, actionParams(p));
        Map<TrainingLevel, ReportFigures.LevelLine> byLevel = new EnumMap<>(TrainingLevel.class);
        levels.forEach((level, n) -> byLevel.put(level, new ReportFigures.LevelLine(n[0], n[1],
                new Hours(levelHours.get(level)))));
        Map<LearnerStatus, Integer> byStatus = new EnumMap<>(LearnerStatus.class);
        Map<Sex, Integer> bySex = new EnumMap<>(Sex.class);
        jdbc.list("SELECT b.category, SUM(b.actual) FROM action_beneficiary b JOIN action a ON a.id = b.action_id "
                + "WHERE " + actionsOf(p) + " GROUP BY b.category HAVING SUM(b.actual) > 0", rs -> {
                    String category = rs.getString(1);
                    if (category.equals(Sex.FEMMES.name()) || category.equals(Sex.HOMMES.name())) {
                        bySex.put(Sex.valueOf(category), rs.getInt(2));
                    } else if (!category.equals(Sex.NON_PRECISE.name())) {
                        byStatus.put(LearnerStatus.valueOf(category), rs.getInt(2));
                    }
                    return null;
                }, actionParams(p));
        int unknown = people - bySex.getOrDefault(Sex.FEMMES, 0) - bySex.getOrDefault(Sex.HOMMES, 0);
        if (unknown > 0) {
            bySex.put(Sex.NON_PRECISE, unknown);
        }
        int planned = (int) jdbc.count("SELECT COUNT(*) FROM action a WHERE a.status = 'PREVUE' AND "
                + (p.kind() == ReportPeriod.Kind.CIVIL ? CIVIL_ACTIONS : SCHOOL_ACTIONS), actionParams(p));
        return new ReportFigures.Actions(facts.size(), people, new Hours(hundredths), byLevel, byStatus, bySex,
                byType, planned);
    }

    private ReportFigures.Mobility mobility(ReportPeriod p) {
        int[] n = new int[4];
        Map<String, Integer> byCountry = new LinkedHashMap<>();
        jdbc.list("SELECT a.mobility_direction, COALESCE(a.mobility_country, ''), COUNT(*), SUM(COALESCE(b.n, 0)) "
                + "FROM action a LEFT JOIN (SELECT action_id, SUM(actual) AS n FROM action_beneficiary WHERE category "
                + "IN " + STATUSES + " GROUP BY action_id) b ON b.action_id = a.id WHERE a.type = "
                + "'MOBILITE_INTERNATIONALE' AND " + actionsOf(p) + " GROUP BY 1, 2 ORDER BY 3 DESC, 2", rs -> {
                    n[0] += rs.getInt(3);
                    n[1] += rs.getInt(4);
                    // A mobility whose direction is not known counts among the participants, in neither way.
                    if ("ENTRANTE".equals(rs.getString(1))) {
                        n[3] += rs.getInt(4);
                    } else if ("SORTANTE".equals(rs.getString(1))) {
                        n[2] += rs.getInt(4);
                    }
                    if (!rs.getString(2).isBlank()) {
                        byCountry.merge(rs.getString(2), rs.getInt(3), Integer::sum);
                    }
                    return null;
                }, actionParams(p));
        return new ReportFigures.Mobility(n[0], n[1], n[2], n[3], byCountry);
    }

    private ReportFigures.Finance finance(ReportPeriod p) {
        int year = p.financialYear();
        BudgetFollowUp followUp = grants.followUp(year);
        GrantFigures.YearGrants ofYear = grants.grantTotals(year);
        Money forecast = followUp.forecastTotals().charges();
        Money committed = followUp.actualTotals().charges();
        return new ReportFigures.Finance(year, ofYear.count(), ofYear.awarded(), ofYear.received(), forecast, committed,
                followUp.paidTotals().charges(), committed.percentOf(forecast));
    }

    /** What a figure of the tableau de bord stands for, to list its records. */
    public sealed interface Figure permits ActionsAt, EventsOf, EventsIn, MembersOf {
    }

    /** The actions of the period at a level (all levels when null). */
    public record ActionsAt(TrainingLevel level) implements Figure {
    }

    /** The events of the period of a type (all types when null). */
    public record EventsOf(EventType type) implements Figure {
    }

    /** The events of a month. */
    public record EventsIn(YearMonth month) implements Figure {
    }

    /** The member establishments at the period's end of a kind (all when null). */
    public record MembersOf(EstablishmentKind kind) implements Figure {
    }

    /** A record behind a figure: what it is, its id, its name and a detail (date, level…). */
    public record RecordRef(Kind kind, long id, String label, LocalDate date) {
        /** Which list the record belongs to. */
        public enum Kind {
            ACTION,
            EVENT,
            ESTABLISHMENT
        }
    }

    /** The records a figure counts, in a sensible order (by date, then name). */
    public List<RecordRef> records(ReportPeriod p, Figure figure) {
        List<RecordRef> out = new ArrayList<>();
        if (figure instanceof ActionsAt at) {
            String level = at.level() == null ? ""
                    : " AND a.id IN (SELECT action_id FROM action_level WHERE level = " + at.level().national() + ")";
            out.addAll(jdbc.list("SELECT a.id, a.title, COALESCE(a.start_date, a.end_date) FROM action a WHERE "
                    + actionsOf(p) + level + " ORDER BY 3, 2", rs -> new RecordRef(RecordRef.Kind.ACTION,
                            rs.getLong(1), rs.getString(2), date(rs.getString(3))), actionParams(p)));
        } else if (figure instanceof EventsOf of) {
            events(p).list().stream().filter(e -> of.type() == null || e.type() == of.type())
                    .forEach(e -> out.add(new RecordRef(RecordRef.Kind.EVENT, e.id(), e.title(), e.date())));
        } else if (figure instanceof EventsIn in) {
            events(p).list().stream().filter(e -> YearMonth.from(e.date()).equals(in.month()))
                    .forEach(e -> out.add(new RecordRef(RecordRef.Kind.EVENT, e.id(), e.title(), e.date())));
        } else if (figure instanceof MembersOf of) {
            String last = p.last().toString();
            out.addAll(jdbc.list("SELECT id, name, member_since, kind FROM establishment WHERE " + MEMBER_ON
                    + " ORDER BY name", rs -> of.kind() == null || of.kind().name().equals(rs.getString(4))
                    ? new RecordRef(RecordRef.Kind.ESTABLISHMENT, rs.getLong(1), rs.getString(2),
                            date(rs.getString(3))) : null, last, last));
            out.removeIf(java.util.Objects::isNull);
        }
        return out;
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
