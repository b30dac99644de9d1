package org.campuspilot.establishment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.campuspilot.shared.Problem;
import org.campuspilot.shared.Text;
import org.campuspilot.ui.TaskRunner;

/**
 * The list of member establishments: all rows loaded once in the background, then searched and filtered in memory
 * (name, UAI, city; kind; public/privé; current members only). Rows are sorted before they are filtered, so a
 * keystroke only refilters an already sorted list.
 */
public final class EstablishmentListViewModel {
    private final EstablishmentRepository repository;
    private final TaskRunner tasks;
    private final Clock clock;

    private final ObservableList<EstablishmentRow> all = FXCollections.observableArrayList();
    private final SortedList<EstablishmentRow> sorted = new SortedList<>(all);
    private final FilteredList<EstablishmentRow> visible = new FilteredList<>(sorted);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<EstablishmentKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Ownership> ownership = new SimpleObjectProperty<>();
    private final BooleanProperty currentOnly = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Problem> loadProblem = new SimpleObjectProperty<>();

    public EstablishmentListViewModel(EstablishmentRepository repository, TaskRunner tasks, Clock clock) {
        this.repository = repository;
        this.tasks = tasks;
        this.clock = clock;
        search.addListener((o, a, b) -> refilter());
        kind.addListener((o, a, b) -> refilter());
        ownership.addListener((o, a, b) -> refilter());
        currentOnly.addListener((o, a, b) -> refilter());
    }

    /** Loads every establishment in the background, then runs {@code afterLoad} on the FX thread. */
    public void load(Consumer<List<EstablishmentRow>> afterLoad) {
        loading.set(true);
        tasks.run(() -> repository.findAll().stream().map(EstablishmentRow::of).toList(), rows -> {
            all.setAll(rows);
            loading.set(false);
            loadProblem.set(null);
            afterLoad.accept(rows);
        }, failure -> {
            loading.set(false);
            loadProblem.set(Problem.of("establishment.list.loadFailed"));
        });
    }

    private void refilter() {
        String query = Text.searchKey(search.get()).strip();
        EstablishmentKind k = kind.get();
        Ownership o = ownership.get();
        LocalDate today = LocalDate.now(clock);
        boolean current = currentOnly.get();
        Predicate<EstablishmentRow> p = row -> row.matches(query)
                && (k == null || row.establishment().kind() == k)
                && (o == null || row.establishment().ownership() == o)
                && (!current || row.isCurrentMember(today));
        visible.setPredicate(p);
    }

    /** The rows in their stored order, before sorting and filtering (for the table's sort policy). */
    public SortedList<EstablishmentRow> sorted() {
        return sorted;
    }

    /** The rows the table shows. */
    public FilteredList<EstablishmentRow> visible() {
        return visible;
    }

    public int totalCount() {
        return all.size();
    }

    public ObservableList<EstablishmentRow> all() {
        return all;
    }

    public StringProperty search() {
        return search;
    }

    public ObjectProperty<EstablishmentKind> kind() {
        return kind;
    }

    public ObjectProperty<Ownership> ownership() {
        return ownership;
    }

    public BooleanProperty currentOnly() {
        return currentOnly;
    }

    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    public ObjectProperty<Problem> loadProblem() {
        return loadProblem;
    }

    /** Clears search and filters. */
    public void clearFilters() {
        search.set("");
        kind.set(null);
        ownership.set(null);
        currentOnly.set(false);
    }
}
