package org.campuspilot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.campuspilot.TestCampus;
import org.campuspilot.action.Action;
import org.campuspilot.action.ActionRepository;
import org.campuspilot.action.ActionStatus;
import org.campuspilot.action.ActionType;
import org.campuspilot.action.LearnerStatus;
import org.campuspilot.action.Mobility;
import org.campuspilot.action.Sex;
import org.campuspilot.company.Company;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.company.ConventionStatus;
import org.campuspilot.company.SizeBand;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.establishment.EstablishmentKind;
import org.campuspilot.establishment.EstablishmentRepository;
import org.campuspilot.event.Event;
import org.campuspilot.event.EventRepository;
import org.campuspilot.event.EventStatus;
import org.campuspilot.event.EventType;
import org.campuspilot.grant.BudgetRepository;
import org.campuspilot.grant.EntryKind;
import org.campuspilot.grant.EntryRepository;
import org.campuspilot.grant.FinanceEntry;
import org.campuspilot.grant.Grant;
import org.campuspilot.grant.GrantFigures;
import org.campuspilot.grant.GrantRepository;
import org.campuspilot.shared.Hours;
import org.campuspilot.shared.Money;
import org.campuspilot.shared.TrainingLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every figure of the report service against the same figure computed here another way: from the records the
 * repositories load, with the domain's own rules (membership, convention in force, hours delivered), on the demo
 * campus, for civil and school years.
 */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.EnumSource(org.campuspilot.TestStore.class)
class ReportServiceTest {
    @org.junit.jupiter.params.Parameter
    org.campuspilot.TestStore store;

    @TempDir Path dir;
    private Database db;
    private ReportService service;

    @BeforeEach
    void open() {
        db = store.demo(dir);
        service = new ReportService(db, new GrantFigures(new GrantRepository(db), new BudgetRepository(db),
                new EntryRepository(db), new org.campuspilot.grant.ProjectRepository(db)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026", "2025", "2024", "2025-2026", "2024-2025", "2026-2027"})
    void everyFigureMatchesAnIndependentCount(String label) {
        ReportPeriod p = ReportPeriod.parse(label).value();
        ReportFigures f = service.figures(p);
        assertEquals(p, f.period());
        checkNetwork(p, f.network());
        checkEvents(p, f.events());
        checkActions(p, f.actions(), f.mobility());
        checkFinance(p, f.finance());
    }

    @Test
    void theDemoYearIsNotEmptySoTheComparisonMeansSomething() {
        ReportFigures f = service.figures(ReportPeriod.school(2025));
        assertTrue(f.actions().count() > 0 && f.events().count() > 0 && f.network().members() > 0, f.toString());
        assertTrue(f.actions().byLevel().size() >= 2, "several levels in the demo");
        assertTrue(f.finance().awarded().cents() > 0, "the demo's grants");
        ReportService.Comparison c = service.compare(ReportPeriod.civil(2026));
        assertEquals(ReportPeriod.civil(2025), c.previous().period());
    }

    @Test
    void eventsHeldIn2026AreTheSixMarkedDoneNotTheNineOfTheYear() {
        // The demo's 2026: six events done, three still « prévu » (two past and not completed, one to come).
        ReportFigures.Events e = service.figures(ReportPeriod.civil(2026)).events();
        assertEquals(6, e.count());
        assertEquals(3, e.planned());
        assertTrue(e.list().stream().noneMatch(l -> l.title().contains("Comité de pilotage d'automne")), e.list()
                .toString());
        ReportFigures.Actions a = service.figures(ReportPeriod.school(2026)).actions();
        assertEquals(1, a.count(), "2026-2027: one action under way");
        assertEquals(2, a.planned(), "two planned for 2027, not counted");
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026, 2027})
    void theCompteRendusPrefilledReviewCountsWhatTheReportCounts(int year) {
        ReportFigures f = service.figures(ReportPeriod.civil(year));
        var a = org.campuspilot.grant.YearActivity.of(year, new ActionRepository(db), new EventRepository(db));
        assertEquals(f.actions().count(), a.actions());
        assertEquals(f.actions().beneficiaries(), a.beneficiaries());
        assertEquals(f.events().count(), a.events());
        assertEquals(f.events().attendance(), a.present());
    }

    @Test
    void aMobilityWithoutADirectionIsNeitherGoneAbroadNorWelcomed() {
        ReportPeriod p = ReportPeriod.school(2025);
        ReportFigures.Mobility before = service.figures(p).mobility();
        new Jdbc(db).update("UPDATE action SET mobility_direction = NULL WHERE type = 'MOBILITE_INTERNATIONALE'"
                + " AND school_year = 2025");
        ReportFigures.Mobility after = service.figures(p).mobility();
        assertEquals(before.beneficiaries(), after.beneficiaries());
        assertEquals(0, after.outgoing() + after.incoming(), after.toString());
    }

    @Test
    void theTerritorysEstablishmentsAreCountedApartNotAsMembers() throws Exception {
        ReportPeriod p = ReportPeriod.civil(2026);
        ReportFigures before = service.figures(p);
        var importer = new org.campuspilot.importing.EstablishmentImport(db, new EstablishmentRepository(db));
        var read = org.campuspilot.importing.AnnuaireReader.read(org.campuspilot.TestData.annuaireSample(),
                org.campuspilot.importing.AnnuaireFilter.ALL, b -> {
                }, () -> false);
        importer.apply(importer.plan(read.candidates()), false,
                org.campuspilot.importing.EstablishmentImport.Joining.NONE, n -> {
                }, () -> false);
        ReportFigures after = service.figures(p);
        assertEquals(before.network().members(), after.network().members());
        assertEquals(before.network().membersByKind(), after.network().membersByKind());
        assertEquals(before.network().joined(), after.network().joined());
        assertEquals(0, before.network().territory());
        long territory = new EstablishmentRepository(db).findAll().stream()
                .filter(e -> e.role() == org.campuspilot.establishment.NetworkRole.TERRITOIRE).count();
        assertTrue(territory > 250, "the sample's establishments that the demo does not have: " + territory);
        assertEquals(territory, after.network().territory());
        checkNetwork(p, after.network());
        for (var e : after.network().membersByKind().entrySet()) {
            assertEquals(e.getValue(), service.records(p, new ReportService.MembersOf(e.getKey())).size());
        }
    }

    @Test
    void recordsBehindAFigureAreTheOnesItCounts() {
        ReportPeriod p = ReportPeriod.school(2025);
        ReportFigures f = service.figures(p);
        for (var e : f.actions().byLevel().entrySet()) {
            assertEquals(e.getValue().actions(), service.records(p, new ReportService.ActionsAt(e.getKey())).size());
        }
        assertEquals(f.actions().count(), service.records(p, new ReportService.ActionsAt(null)).size());
        for (var e : f.events().byMonth().entrySet()) {
            assertEquals(e.getValue(), service.records(p, new ReportService.EventsIn(e.getKey())).size());
        }
        for (var e : f.events().byType().entrySet()) {
            assertEquals(e.getValue(), service.records(p, new ReportService.EventsOf(e.getKey())).size());
        }
        for (var e : f.network().membersByKind().entrySet()) {
            assertEquals(e.getValue(), service.records(p, new ReportService.MembersOf(e.getKey())).size());
        }
    }

    private void checkNetwork(ReportPeriod p, ReportFigures.Network n) {
        LocalDate last = p.last();
        List<Establishment> all = new EstablishmentRepository(db).findAll();
        Map<EstablishmentKind, Integer> byKind = new EnumMap<>(EstablishmentKind.class);
        all.stream().filter(e -> e.isCurrentMember(last)).forEach(e -> byKind.merge(e.kind(), 1, Integer::sum));
        assertEquals(byKind, n.membersByKind());
        assertEquals(byKind.values().stream().mapToInt(i -> i).sum(), n.members());
        assertEquals(all.stream().filter(e -> within(p, e.memberSince())).count(), n.joined());
        assertEquals(all.stream().filter(e -> within(p, e.memberUntil())).count(), n.left());
        List<Company> companies = new CompanyRepository(db).findAll();
        assertEquals(companies.size(), n.companies());
        assertEquals(companies.stream().filter(c -> c.conventionSignedOn() != null
                && !c.conventionSignedOn().isAfter(last) && c.conventionOn(last) == ConventionStatus.ACTIVE).count(),
                n.partnerCompanies());
        assertEquals(companies.stream().filter(c -> within(p, c.conventionSignedOn())).count(), n.newPartnerships());
        Map<SizeBand, Integer> bySize = new EnumMap<>(SizeBand.class);
        companies.stream().filter(c -> c.size() != null).forEach(c -> bySize.merge(c.size(), 1, Integer::sum));
        assertEquals(bySize, n.companiesBySize());
        assertEquals(companies.stream().filter(c -> c.size() == null).count(), n.companiesSizeUnknown());
        Map<String, Integer> byDivision = new TreeMap<>();
        companies.stream().filter(c -> c.naf() != null)
                .forEach(c -> byDivision.merge(c.naf().code().substring(0, 2), 1, Integer::sum));
        assertEquals(byDivision, new TreeMap<>(n.companiesByDivision()));
    }

    private void checkEvents(ReportPeriod p, ReportFigures.Events ev) {
        // « Événements tenus »: marked done; not the planned ones, to come or past and not completed.
        List<Event> held = new EventRepository(db).findAll().stream()
                .filter(e -> e.status() == EventStatus.REALISE && within(p, e.timing().startDate())).toList();
        assertEquals(held.size(), ev.count());
        assertEquals(new EventRepository(db).findAll().stream().filter(e -> e.status() == EventStatus.PREVU
                && within(p, e.timing().startDate())).count(), ev.planned(), "the planned ones, said apart");
        assertEquals(held.stream().mapToInt(Event::totalPresent).sum(), ev.attendance());
        Map<EventType, Integer> byType = new EnumMap<>(EventType.class);
        held.forEach(e -> byType.merge(e.type(), 1, Integer::sum));
        assertEquals(byType, ev.byType());
        Map<YearMonth, Integer> byMonth = held.stream().collect(Collectors.groupingBy(
                e -> YearMonth.from(e.timing().startDate()), TreeMap::new, Collectors.summingInt(e -> 1)));
        Map<YearMonth, Integer> nonZero = new TreeMap<>(ev.byMonth());
        nonZero.values().removeIf(v -> v == 0);
        assertEquals(byMonth, nonZero);
        assertEquals(12, ev.byMonth().size(), "every month of the period, even empty");
        assertEquals(held.stream().map(Event::title).sorted().toList(),
                ev.list().stream().map(ReportFigures.EventLine::title).sorted().toList());
    }

    private void checkActions(ReportPeriod p, ReportFigures.Actions a, ReportFigures.Mobility m) {
        // « Actions menées (réalisées ou en cours) »: not the planned ones, not the cancelled ones.
        List<Action> of = new ActionRepository(db).findAll().stream()
                .filter(x -> (x.status() == ActionStatus.REALISEE || x.status() == ActionStatus.EN_COURS)
                        && belongs(p, x)).toList();
        assertEquals(of.size(), a.count());
        assertEquals(new ActionRepository(db).findAll().stream().filter(x -> x.status() == ActionStatus.PREVUE
                && belongs(p, x)).count(), a.planned(), "the planned ones, said apart");
        assertEquals(of.stream().mapToInt(x -> x.beneficiaries().actualTotal()).sum(), a.beneficiaries());
        assertEquals(of.stream().map(Action::hoursDelivered).reduce(Hours.ZERO, Hours::plus), a.hours());
        for (TrainingLevel level : TrainingLevel.values()) {
            List<Action> at = of.stream().filter(x -> x.levels().contains(level)).toList();
            ReportFigures.LevelLine line = a.byLevel().get(level);
            if (at.isEmpty()) {
                assertEquals(null, line, level.name());
                continue;
            }
            assertEquals(at.size(), line.actions(), level.name());
            assertEquals(at.stream().mapToInt(x -> x.beneficiaries().actualTotal()).sum(), line.beneficiaries());
            assertEquals(at.stream().map(Action::hoursDelivered).reduce(Hours.ZERO, Hours::plus), line.hours());
        }
        for (LearnerStatus s : LearnerStatus.values()) {
            assertEquals(of.stream().mapToInt(x -> x.beneficiaries().actual(s)).sum(),
                    a.byStatus().getOrDefault(s, 0), s.name());
        }
        for (Sex s : Sex.values()) {
            assertEquals(of.stream().mapToInt(x -> x.beneficiaries().actual(s)).sum(), a.bySex().getOrDefault(s, 0),
                    s.name());
        }
        Map<ActionType, Integer> byType = new EnumMap<>(ActionType.class);
        of.forEach(x -> byType.merge(x.type(), 1, Integer::sum));
        assertEquals(byType, a.byType());
        List<Action> mobility = of.stream().filter(x -> x.type() == ActionType.MOBILITE_INTERNATIONALE).toList();
        assertEquals(mobility.size(), m.actions());
        assertEquals(mobility.stream().mapToInt(x -> x.beneficiaries().actualTotal()).sum(), m.beneficiaries());
        assertEquals(mobility.stream().filter(x -> x.mobility().direction() == Mobility.Direction.SORTANTE)
                .mapToInt(x -> x.beneficiaries().actualTotal()).sum(), m.outgoing(), "« partis à l'étranger »");
        assertEquals(mobility.stream().filter(x -> x.mobility().direction() == Mobility.Direction.ENTRANTE)
                .mapToInt(x -> x.beneficiaries().actualTotal()).sum(), m.incoming(), "« accueillis »");
    }

    private void checkFinance(ReportPeriod p, ReportFigures.Finance f) {
        int year = p.financialYear();
        List<Grant> grants = new GrantRepository(db).findAll().stream().filter(g -> g.year() == year).toList();
        assertEquals(grants.size(), f.grants());
        assertEquals(grants.stream().map(Grant::countedAmount).reduce(Money.ZERO, Money::plus), f.awarded());
        assertEquals(grants.stream().filter(g -> g.status().isAwarded()).map(Grant::received)
                .reduce(Money.ZERO, Money::plus), f.received());
        List<FinanceEntry> expenses = new EntryRepository(db).findAll().stream()
                .filter(e -> e.kind() == EntryKind.EXPENSE && e.date().getYear() == year)
                // contributions in kind (86) are outside the charges
                .filter(e -> org.campuspilot.grant.BudgetLine.of(e.lineCode()).orElseThrow().side()
                        == org.campuspilot.grant.BudgetLine.Side.CHARGE).toList();
        assertEquals(expenses.stream().map(FinanceEntry::amount).reduce(Money.ZERO, Money::plus),
                f.committedCharges());
        assertEquals(expenses.stream().filter(e -> e.status() == org.campuspilot.grant.EntryStatus.PAYEE).map(FinanceEntry::amount)
                .reduce(Money.ZERO, Money::plus), f.paidCharges());
        Money forecast = new BudgetRepository(db).forecast(year).entrySet().stream()
                .filter(e -> org.campuspilot.grant.BudgetLine.of(e.getKey()).orElseThrow().side()
                        == org.campuspilot.grant.BudgetLine.Side.CHARGE).map(Map.Entry::getValue).reduce(Money.ZERO, Money::plus);
        assertEquals(forecast, f.forecastCharges());
        assertEquals(forecast.cents() == 0 ? null : f.committedCharges().percentOf(forecast), f.executionRate());
    }

    private static boolean within(ReportPeriod p, LocalDate d) {
        return d != null && !d.isBefore(p.first()) && !d.isAfter(p.last());
    }

    private static boolean belongs(ReportPeriod p, Action a) {
        if (p.kind() == ReportPeriod.Kind.SCHOOL) {
            return a.schoolYear().startYear() == p.year();
        }
        LocalDate d = a.startDate() != null ? a.startDate() : a.endDate();
        return d != null ? d.getYear() == p.year() : a.schoolYear().startYear() == p.year();
    }
}
