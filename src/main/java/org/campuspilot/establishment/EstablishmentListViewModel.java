package org.campuspilot.establishment;

import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campuspilot.shared.Problem;
import org.campuspilot.shared.Text;
import org.campuspilot.ui.TaskRunner;

/**
 * The list of member establishments: searched (name, UAI, city) and filtered (kind, public/privé, current members
 * only) in memory. Reading, sorting and filtering all run in the background; the FX thread only receives whole
 * lists, so its work per keystroke does not grow with the number of establishments. A filter result overtaken by
 * newer input is dropped.
 */
public final class EstablishmentListViewModel {
    private final EstablishmentRepository repository;
    private final TaskRunner tasks;
    private final Clock clock;

    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ObservableList<EstablishmentRow> visible = FXCollections.observableArrayList();
    /** The sorted rows last handed over; never changed once handed over. */
    private volatile List<EstablishmentRow> sortedRows = List.of();
    /** Increases with each new filter request; only the latest result is shown. */
    private long generation;
    /** The rows as last read, touched only by background work (the runner runs one piece of work at a time). */
    private volatile List<EstablishmentRow> loaded = List.of();
    private volatile Comparator<EstablishmentRow> order = BY_NAME;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<EstablishmentKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Ownership> ownership = new SimpleObjectProperty<>();
    private final BooleanProperty currentOnly = new SimpleBooleanProperty(false);
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

    /** The default order: by name, the French way (accents and case do not split "Élan" from "elan"). */
    public static final Comparator<EstablishmentRow> BY_NAME = text(r -> r.establishment().name());

    /** Compares rows on a text the French way; safe to use from any thread. */
    public static Comparator<EstablishmentRow> text(Function<EstablishmentRow, String> key) {
        return (a, b) -> collator().compare(nullToEmpty(key.apply(a)), nullToEmpty(key.apply(b)));
    }

    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
        Collator c = Collator.getInstance(Locale.FRANCE);
        c.setStrength(Collator.SECONDARY);
        return c;
    });

    private static Collator collator() {
        return COLLATOR.get();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Loads every establishment in the background, then runs {@code afterLoad} on the FX thread. */
    public void load(Consumer<List<EstablishmentRow>> afterLoad) {
        tasks.run(() -> {
            List<EstablishmentRow> rows = repository.findAll().stream().map(EstablishmentRow::of).toList();
            loaded = rows;
            return sorted(rows, order);
        }, rows -> {
            show(rows);
            loadProblem.set(null);
            refilter(() -> afterLoad.accept(rows));
        }, failure -> loadProblem.set(Problem.of("establishment.list.loadFailed")));
    }

    private void show(List<EstablishmentRow> rows) {
        sortedRows = rows;
        total.set(rows.size());
    }

    private void refilter() {
        refilter(() -> {
        });
    }

    /** Filters the sorted rows in the background with the current criteria, then shows them. */
    private void refilter(Runnable then) {
        String query = Text.searchKey(search.get()).strip();
        EstablishmentKind k = kind.get();
        Ownership o = ownership.get();
        LocalDate today = LocalDate.now(clock);
        boolean current = currentOnly.get();
        Predicate<EstablishmentRow> p = row -> row.matches(query)
                && (k == null || row.establishment().kind() == k)
                && (o == null || row.establishment().ownership() == o)
                && (!current || row.isCurrentMember(today));
        List<EstablishmentRow> rows = sortedRows;
        long mine = ++generation;
        tasks.run(() -> rows.stream().filter(p).toList(), result -> {
            if (mine == generation) {
                visible.setAll(result);
                then.run();
            }
        }, failure -> loadProblem.set(Problem.of("establishment.list.loadFailed")));
    }

    /** Sorts the rows in the background in this order (null: by name), then shows them in it. */
    public void sortBy(Comparator<EstablishmentRow> newOrder) {
        Comparator<EstablishmentRow> o = newOrder == null ? BY_NAME : newOrder;
        order = o;
        tasks.run(() -> sorted(loaded, o), rows -> {
            show(rows);
            refilter();
        }, failure -> loadProblem.set(Problem.of("establishment.list.loadFailed")));
    }

    private static List<EstablishmentRow> sorted(List<EstablishmentRow> rows, Comparator<EstablishmentRow> o) {
        List<EstablishmentRow> copy = new ArrayList<>(rows);
        copy.sort(o);
        return copy;
    }

    /** The rows the table shows. */
    public ObservableList<EstablishmentRow> visible() {
        return visible;
    }

    /** How many establishments there are, before search and filters. */
    public ReadOnlyIntegerProperty total() {
        return total.getReadOnlyProperty();
    }

    public int totalCount() {
        return total.get();
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
