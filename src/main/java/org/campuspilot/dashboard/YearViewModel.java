package org.campuspilot.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campuspilot.report.ReportFigures;
import org.campuspilot.report.ReportPeriod;
import org.campuspilot.report.ReportService;
import org.campuspilot.shared.Problem;
import org.campuspilot.ui.TaskRunner;

/**
 * The tableau de bord's « year at a glance »: the figures of a civil or school year from {@link ReportService} (the
 * same as the rapport d'activité's), and the records behind a figure the director clicked.
 */
public final class YearViewModel {
    private final ReportService reports;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObjectProperty<ReportPeriod> period = new SimpleObjectProperty<>();
    private final ObjectProperty<ReportFigures> figures = new SimpleObjectProperty<>();
    private final ObservableList<ReportService.RecordRef> records = FXCollections.observableArrayList();
    private final StringProperty recordsTitle = new SimpleStringProperty("");
    private final ObjectProperty<Problem> problem = new SimpleObjectProperty<>();
    private ReportPeriod firstPeriod;
    private Future<ReportFigures> first;

    public YearViewModel(ReportService reports, TaskRunner tasks, Clock clock) {
        this.reports = reports;
        this.tasks = tasks;
        this.clock = clock;
        period.set(ReportPeriod.current(ReportPeriod.Kind.SCHOOL, LocalDate.now(clock)));
    }

    /** The years offered, most recent first: next year down to ten years back. */
    /** The figures of the year chosen, read from the file on the calling thread (never the FX thread). */
    public ReportFigures compute() {
        return reports.figures(period.get());
    }

    public List<Integer> years() {
        return ReportPeriod.offeredYears(LocalDate.now(clock));
    }

    public void choose(ReportPeriod p) {
        period.set(p);
        load();
    }

    /**
     * A year's figures already being computed before the view exists (by the start-up, decision 0028): the first
     * {@link #load()} of that year takes them instead of reading the file again.
     */
    public void startWith(ReportPeriod of, Future<ReportFigures> computing) {
        firstPeriod = of;
        first = computing;
    }

    public void load() {
        ReportPeriod p = period.get();
        records.clear();
        recordsTitle.set("");
        Future<ReportFigures> known = p.equals(firstPeriod) ? first : null;
        first = null;
        firstPeriod = null;
        if (known != null && known.isDone()) {
            ReportFigures ready = FirstResult.of(known);
            if (ready != null) {
                figures.set(ready);
                return;
            }
        }
        Callable<ReportFigures> work = known == null ? () -> reports.figures(p)
                : () -> FirstResult.orElse(known, () -> reports.figures(p));
        tasks.run(work, f -> {
            if (p.equals(period.get())) {
                figures.set(f);
            }
        }, failure -> problem.set(Problem.of("dashboard.loadFailed")));
    }

    /** Lists the records a figure counts; {@code title} says which figure. */
    public void showRecords(ReportService.Figure figure, String title) {
        ReportPeriod p = period.get();
        tasks.run(() -> reports.records(p, figure), list -> {
            recordsTitle.set(title);
            records.setAll(list);
        }, failure -> problem.set(Problem.of("dashboard.loadFailed")));
    }

    public ObjectProperty<ReportPeriod> period() {
        return period;
    }

    public ObjectProperty<ReportFigures> figures() {
        return figures;
    }

    public ObservableList<ReportService.RecordRef> records() {
        return records;
    }

    public StringProperty recordsTitle() {
        return recordsTitle;
    }

    public ObjectProperty<Problem> problem() {
        return problem;
    }
}
