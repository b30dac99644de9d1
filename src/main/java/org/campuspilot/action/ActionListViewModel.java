package org.campuspilot.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.Problem;
import org.campuspilot.shared.SchoolYear;
import org.campuspilot.shared.Text;
import org.campuspilot.shared.TrainingLevel;
import org.campuspilot.ui.BackgroundList;
import org.campuspilot.ui.TaskRunner;

/**
 * The actions: searched and filtered (school year, level, type, status, establishment, company) in the background,
 * and the summary per level and school year computed from exactly the rows the list shows.
 */
public final class ActionListViewModel {
    public static final Comparator<ActionRow> BY_YEAR_THEN_TITLE = Comparator
            .comparing((ActionRow r) -> r.action().schoolYear()).reversed()
            .thenComparing(ActionRow::titleKey);

    private final Clock clock;
    private final BackgroundList<ActionRow> rows;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<SchoolYear> schoolYear = new SimpleObjectProperty<>();
    private final javafx.collections.ObservableSet<TrainingLevel> levels =
            javafx.collections.FXCollections.observableSet();
    private final ObjectProperty<ActionType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<ActionStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Organisation> establishment = new SimpleObjectProperty<>();
    private final ObjectProperty<Organisation> company = new SimpleObjectProperty<>();
    private final ObservableList<ActionSummary.Line> summary = FXCollections.observableArrayList();
    /** Increases with each change of the rows shown; only the summary of the latest rows is shown. */
    private long summaryGeneration;

    public ActionListViewModel(ActionRepository repository, TaskRunner tasks, Clock clock) {
        this.clock = clock;
        this.rows = new BackgroundList<>(tasks, () -> repository.findAll().stream().map(ActionRow::of).toList(),
                this::filter, BY_YEAR_THEN_TITLE, Problem.of("action.list.loadFailed"));
        for (javafx.beans.Observable o : List.of(search, schoolYear, levels, type, status, establishment, company)) {
            o.addListener(x -> rows.refilter());
        }
        // Summed in the background: 50,000 actions cost the FX thread a third of a second (decision 0030).
        rows.visible().addListener((ListChangeListener<ActionRow>) c -> {
            long mine = ++summaryGeneration;
            List<Action> shown = rows.visible().stream().map(ActionRow::action).toList();
            tasks.run(() -> ActionSummary.of(shown), lines -> {
                if (mine == summaryGeneration) {
                    summary.setAll(lines);
                }
            }, failure -> {
            });
        });
    }

    private Predicate<ActionRow> filter() {
        String query = Text.searchKey(search.get()).strip();
        SchoolYear y = schoolYear.get();
        java.util.Set<TrainingLevel> l = java.util.Set.copyOf(levels);
        ActionType t = type.get();
        ActionStatus s = status.get();
        Organisation e = establishment.get();
        Organisation c = company.get();
        return row -> {
            Action a = row.action();
            return row.matches(query)
                    && (y == null || a.schoolYear().equals(y))
                    && (l.isEmpty() || a.levels().stream().anyMatch(l::contains))
                    && (t == null || a.type() == t)
                    && (s == null || a.status() == s)
                    && (e == null || a.establishments().stream().anyMatch(e::sameAs))
                    && (c == null || a.companies().stream().anyMatch(c::sameAs));
        };
    }

    public void load(Consumer<List<ActionRow>> afterLoad) {
        rows.load(afterLoad);
    }

    public void sortBy(Comparator<ActionRow> order) {
        rows.sortBy(order);
    }

    /** The school years to offer: from the earliest action's to the next one after today's. */
    public List<SchoolYear> schoolYears(List<ActionRow> all) {
        return SchoolYear.offered(LocalDate.now(clock), all.stream().map(r -> r.action().schoolYear()));
    }

    public ObservableList<ActionSummary.Line> summary() {
        return summary;
    }

    public ObservableList<ActionRow> visible() {
        return rows.visible();
    }

    public ReadOnlyIntegerProperty total() {
        return rows.total();
    }

    public int totalCount() {
        return rows.totalCount();
    }

    public ObjectProperty<Problem> loadProblem() {
        return rows.loadProblem();
    }

    public StringProperty search() {
        return search;
    }

    public ObjectProperty<SchoolYear> schoolYear() {
        return schoolYear;
    }

    /** The levels ticked: an action at any of them is shown; none ticked shows all. */
    public javafx.collections.ObservableSet<TrainingLevel> levels() {
        return levels;
    }

    public ObjectProperty<ActionType> type() {
        return type;
    }

    public ObjectProperty<ActionStatus> status() {
        return status;
    }

    public ObjectProperty<Organisation> establishment() {
        return establishment;
    }

    public ObjectProperty<Organisation> company() {
        return company;
    }

    public void clearFilters() {
        search.set("");
        schoolYear.set(null);
        levels.clear();
        type.set(null);
        status.set(null);
        establishment.set(null);
        company.set(null);
    }
}
