package org.campuspilot.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.campuspilot.TestCampus;
import org.campuspilot.campus.CampusRepository;
import org.campuspilot.db.Database;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.establishment.EstablishmentKind;
import org.campuspilot.establishment.EstablishmentRepository;
import org.campuspilot.ui.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardViewModelTest {
    @TempDir Path dir;

    @Test
    void countsCurrentMembersByKindAndDaysLeftOnTheLabel() {
        Database db = TestCampus.demo(dir.resolve("d.db"));
        ZoneId paris = ZoneId.of("Europe/Paris");
        LocalDate today = LocalDate.of(2026, 11, 21);
        Clock clock = Clock.fixed(today.atStartOfDay(paris).toInstant(), paris);
        EstablishmentRepository establishments = new EstablishmentRepository(db);
        DashboardViewModel vm = new DashboardViewModel(new CampusRepository(db), establishments,
                new org.campuspilot.company.CompanyRepository(db), new org.campuspilot.contact.ContactRepository(db),
                new org.campuspilot.event.EventRepository(db),
                new org.campuspilot.grant.GrantFigures(new org.campuspilot.grant.GrantRepository(db),
                        new org.campuspilot.grant.BudgetRepository(db), new org.campuspilot.grant.EntryRepository(db),
                        new org.campuspilot.grant.ProjectRepository(db)),
                TaskRunner.synchronous(), clock);
        vm.load();
        DashboardViewModel.Summary s = vm.summary().get();

        // Figures computed independently from the stored records.
        long current = establishments.findAll().stream().filter(e -> e.isCurrentMember(today)).count();
        Map<EstablishmentKind, Long> byKind = establishments.findAll().stream()
                .filter(e -> e.isCurrentMember(today))
                .collect(java.util.stream.Collectors.groupingBy(Establishment::kind,
                        java.util.stream.Collectors.counting()));
        assertEquals(16, s.members());
        assertEquals(current, s.currentMembers());
        assertEquals(15, s.currentMembers(), "one demo member left on 31/08/2025");
        byKind.forEach((kind, n) -> assertEquals(n.intValue(), s.currentByKind().get(kind)));
        assertEquals(java.time.temporal.ChronoUnit.DAYS.between(today, LocalDate.of(2027, 8, 31)),
                s.labelDaysLeft());
        assertEquals("0350031U", s.support().orElseThrow().uai().code());
        // The demo directory, counted by hand from its two files.
        assertEquals(20, s.directory().companies());
        assertEquals(40, s.directory().contacts());
        assertEquals(5, s.directory().reviewDue(), "Lemoine, Le Corre, Marchand, Michel, Baudry");
        assertEquals(9, s.directory().activeConventions(), "signed, and not ended by 21/11/2026");
        assertEquals(java.util.List.of("Comité de pilotage d'automne", "Salon Industrie du futur Bretagne"),
                s.nextEvents().stream().map(org.campuspilot.event.Event::title).toList(), "26/11 and 2-4/12");
        assertEquals(1, s.eventsToComplete(), "the Fougères forum of 15/10/2026, still « prévu »");
        // The demo's money: the Région (90 000) and the rectorat (25 000) awarded, the FSE+ only submitted.
        DashboardViewModel.Finance f = s.finance();
        assertEquals(2026, f.year());
        assertEquals(org.campuspilot.shared.Money.euros(115_000), f.awarded());
        assertEquals(org.campuspilot.shared.Money.euros(60_000), f.received(), "45 000 + 15 000 received");
        assertEquals(org.campuspilot.shared.Money.euros(142_000), f.followUp().forecastTotals().charges());
        assertEquals(1, f.lateDeadlines(), "the Région's acompte of 15/10/2026");
        assertEquals(LocalDate.of(2026, 10, 15), f.deadlines().get(0).date());
        assertEquals(true, f.deadlines().get(0).late());
        assertEquals(DashboardViewModel.DEADLINES, f.deadlines().size());
    }

    private static final TaskRunner NEVER = new TaskRunner() {
        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                java.util.function.Consumer<Throwable> onFailure) {
            throw new AssertionError("the figures computed ahead were ready: nothing to run in the background");
        }
    };

    private DashboardViewModel dashboard(Database db, TaskRunner tasks) {
        ZoneId paris = ZoneId.of("Europe/Paris");
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 21).atStartOfDay(paris).toInstant(), paris);
        return new DashboardViewModel(new CampusRepository(db), new EstablishmentRepository(db),
                new org.campuspilot.company.CompanyRepository(db), new org.campuspilot.contact.ContactRepository(db),
                new org.campuspilot.event.EventRepository(db),
                new org.campuspilot.grant.GrantFigures(new org.campuspilot.grant.GrantRepository(db),
                        new org.campuspilot.grant.BudgetRepository(db), new org.campuspilot.grant.EntryRepository(db),
                        new org.campuspilot.grant.ProjectRepository(db)),
                tasks, clock);
    }

    @Test
    void theFirstLoadShowsTheFiguresComputedAheadAtOnce() {
        Database db = TestCampus.demo(dir.resolve("d.db"));
        DashboardViewModel.Summary ahead = dashboard(db, TaskRunner.synchronous()).compute();
        DashboardViewModel vm = dashboard(db, NEVER);
        vm.startWith(java.util.concurrent.CompletableFuture.completedFuture(ahead));
        vm.load();
        assertEquals(ahead, vm.summary().get(), "set on the calling thread, before any frame");
    }

    @Test
    void figuresThatFailedAheadAreComputedAgainAndOnlyTheFirstLoadTakesThem() {
        Database db = TestCampus.demo(dir.resolve("d.db"));
        DashboardViewModel vm = dashboard(db, TaskRunner.synchronous());
        vm.startWith(java.util.concurrent.CompletableFuture.failedFuture(new IllegalStateException("ahead")));
        vm.load();
        assertEquals(15, vm.summary().get().currentMembers());
        assertEquals(null, vm.problem().get());

        DashboardViewModel.Summary stale = vm.summary().get();
        DashboardViewModel again = dashboard(db, TaskRunner.synchronous());
        again.startWith(java.util.concurrent.CompletableFuture.completedFuture(stale));
        again.load();
        again.load();
        assertEquals(stale, again.summary().get(), "equal figures, read again by the second load");
        org.junit.jupiter.api.Assertions.assertNotSame(stale, again.summary().get());
    }
}
