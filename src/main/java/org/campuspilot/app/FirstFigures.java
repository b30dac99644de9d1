package org.campuspilot.app;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.campuspilot.dashboard.DashboardViewModel;
import org.campuspilot.dashboard.YearViewModel;
import org.campuspilot.db.Database;
import org.campuspilot.grant.GrantFigures;
import org.campuspilot.report.ReportFigures;
import org.campuspilot.report.ReportPeriod;
import org.campuspilot.store.Stores;
import org.campuspilot.ui.TaskRunner;

/**
 * The tableau de bord's first figures, computed by the start-up on the file it has just opened, before the window
 * exists, by the same view models the window uses (decision 0028). The window's first tableau de bord takes them.
 */
final class FirstFigures {
    final Database database;
    final ReportPeriod period;
    final CompletableFuture<DashboardViewModel.Summary> summary = new CompletableFuture<>();
    final CompletableFuture<ReportFigures> year = new CompletableFuture<>();
    private final DashboardViewModel dashboard;
    private final YearViewModel yearView;

    FirstFigures(Database database, Clock clock) {
        this.database = database;
        Stores stores = CampusStores.on(database);
        GrantFigures grants = AppContext.grantFigures(stores);
        // The runner is never used: compute() reads on the calling thread.
        this.dashboard = AppContext.dashboard(stores, grants, TaskRunner.synchronous(), clock);
        this.yearView = AppContext.year(stores, grants, TaskRunner.synchronous(), clock);
        this.period = yearView.period().get();
    }

    /** Computes them on the calling thread: the network's first (they say whether the file has a campus), the year's. */
    void compute() {
        complete(summary, dashboard::compute);
        StartupTrace.mark("dashboard figures computed");
        complete(year, yearView::compute);
        StartupTrace.mark("year figures computed");
    }

    private static <T> void complete(CompletableFuture<T> future, Callable<T> work) {
        try {
            future.complete(work.call());
        } catch (Exception | Error e) {
            // Whatever happens, nothing waits for them forever: the window computes them again and reports the
            // problem as it always has.
            future.completeExceptionally(e);
        }
    }

    /** Whether the file has a campus, when the figures already say so; null while they are being computed. */
    Boolean campusKnown() {
        if (!summary.isDone() || summary.isCompletedExceptionally()) {
            return null;
        }
        return summary.join().campus() != null;
    }
}
