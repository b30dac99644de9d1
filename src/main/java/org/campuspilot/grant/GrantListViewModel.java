package org.campuspilot.grant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.campuspilot.shared.Problem;
import org.campuspilot.shared.Text;
import org.campuspilot.ui.BackgroundList;
import org.campuspilot.ui.TaskRunner;

/** The grants, most recent year first, searched (funder, object, convention) and filtered by status. */
public final class GrantListViewModel {
    static final Comparator<Grant> NEWEST_FIRST = Comparator.comparingInt(Grant::year).reversed()
            .thenComparing(BackgroundList.text(Grant::funderName));

    final BackgroundList<Grant> rows;
    final StringProperty search = new SimpleStringProperty("");
    final ObjectProperty<GrantStatus> status = new SimpleObjectProperty<>();
    private final Clock clock;

    public GrantListViewModel(GrantRepository repository, TaskRunner tasks, Clock clock) {
        this.clock = clock;
        this.rows = new BackgroundList<>(tasks, repository::findAll, this::filter, NEWEST_FIRST,
                Problem.of("grant.list.loadFailed"));
        for (javafx.beans.Observable o : List.of(search, status)) {
            o.addListener(x -> rows.refilter());
        }
    }

    private Predicate<Grant> filter() {
        String query = Text.searchKey(search.get()).strip();
        GrantStatus s = status.get();
        return g -> (query.isEmpty() || Text.searchKey(String.join(" ", g.funderName(), g.object(),
                String.valueOf(g.year()), g.conventionRef() == null ? "" : g.conventionRef())).contains(query))
                && (s == null || g.status() == s);
    }

    /** True when something about the grant needs the director: a late or partial instalment, a late report. */
    boolean needsAttention(Grant g) {
        LocalDate today = LocalDate.now(clock);
        boolean instalment = g.status().isAwarded() && g.instalments().stream()
                .anyMatch(i -> i.state(today).needsAttention());
        boolean report = g.status().isAwarded() && g.reportSentOn() == null && g.reportDue().isBefore(today);
        return instalment || report;
    }

    public void load(Consumer<List<Grant>> afterLoad) {
        rows.load(afterLoad);
    }

    public void clearFilters() {
        search.set("");
        status.set(null);
    }
}
