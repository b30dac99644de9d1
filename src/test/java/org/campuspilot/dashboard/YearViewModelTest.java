package org.campuspilot.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.report.ReportFigures;
import org.campuspilot.report.ReportPeriod;
import org.campuspilot.report.ReportService;
import org.campuspilot.ui.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YearViewModelTest {
    @TempDir Path dir;

    private YearViewModel year(Database db) {
        ZoneId paris = ZoneId.of("Europe/Paris");
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 21).atStartOfDay(paris).toInstant(), paris);
        return new YearViewModel(new ReportService(db, new org.campuspilot.grant.GrantFigures(
                new org.campuspilot.grant.GrantRepository(db), new org.campuspilot.grant.BudgetRepository(db),
                new org.campuspilot.grant.EntryRepository(db), new org.campuspilot.grant.ProjectRepository(db))),
                TaskRunner.synchronous(), clock);
    }

    @Test
    void theFirstLoadTakesTheYearComputedAheadForTheSameYearOnly() {
        Database db = TestCampus.demo(dir.resolve("d.db"));
        YearViewModel vm = year(db);
        ReportFigures ahead = vm.compute();
        vm.startWith(vm.period().get(), CompletableFuture.completedFuture(ahead));
        vm.load();
        assertSame(ahead, vm.figures().get());

        YearViewModel other = year(db);
        ReportPeriod lastYear = new ReportPeriod(other.period().get().kind(), other.period().get().year() - 1);
        other.startWith(lastYear, CompletableFuture.completedFuture(ahead));
        other.load();
        assertNotSame(ahead, other.figures().get(), "figures of another year are not shown for this one");
        assertEquals(ahead, other.figures().get(), "this year's, read from the file");
    }
}
