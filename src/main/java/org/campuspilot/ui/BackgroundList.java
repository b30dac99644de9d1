package org.campuspilot.ui;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campuspilot.shared.Problem;

/**
 * The rows of a list screen, read, sorted and filtered in the background. The FX thread only receives whole lists,
 * so its work per keystroke does not grow with the number of rows; a filter result overtaken by newer input is
 * dropped. List view models own one and give it their filter as a predicate built on the FX thread.
 *
 * @param <R> the row type; rows are immutable
 */
public final class BackgroundList<R> {
    private final TaskRunner tasks;
    private final Callable<List<R>> reader;
    private final Supplier<Predicate<R>> filter;
    private final Problem failed;

    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ObservableList<R> visible = FXCollections.observableArrayList();
    private final ObjectProperty<Problem> loadProblem = new SimpleObjectProperty<>();
    /** The sorted rows last handed over; never changed once handed over. */
    private volatile List<R> sortedRows = List.of();
    /** The rows as last read, touched only by background work (the runner runs one piece of work at a time). */
    private volatile List<R> loaded = List.of();
    private volatile Comparator<R> order;
    private final Comparator<R> defaultOrder;
    /** Increases with each new filter request; only the latest result is shown. */
    private long generation;

    /**
     * @param reader reads every row (runs in the background)
     * @param filter builds, on the FX thread, the predicate of the current search and filters
     * @param defaultOrder the order when no column is sorted
     * @param failed the problem shown when reading fails
     */
    public BackgroundList(TaskRunner tasks, Callable<List<R>> reader, Supplier<Predicate<R>> filter,
            Comparator<R> defaultOrder, Problem failed) {
        this.tasks = tasks;
        this.reader = reader;
        this.filter = filter;
        this.defaultOrder = defaultOrder;
        this.order = defaultOrder;
        this.failed = failed;
    }

    /** Compares rows on a text the French way (accents and case do not split "Élan" from "elan"); any thread. */
    public static <R> Comparator<R> text(Function<R, String> key) {
        return (a, b) -> COLLATOR.get().compare(nullToEmpty(key.apply(a)), nullToEmpty(key.apply(b)));
    }

    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
        Collator c = Collator.getInstance(Locale.FRANCE);
        c.setStrength(Collator.SECONDARY);
        return c;
    });

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Reads every row in the background, then runs {@code afterLoad} on the FX thread once they are shown. */
    public void load(Consumer<List<R>> afterLoad) {
        tasks.run(() -> {
            List<R> rows = reader.call();
            loaded = rows;
            return sorted(rows, order);
        }, rows -> {
            show(rows);
            loadProblem.set(null);
            refilter(() -> afterLoad.accept(rows));
        }, failure -> loadProblem.set(failed));
    }

    public void load() {
        load(rows -> {
        });
    }

    private void show(List<R> rows) {
        sortedRows = rows;
        total.set(rows.size());
    }

    /** Filters again with the current criteria; call it when a criterion changes. */
    public void refilter() {
        refilter(() -> {
        });
    }

    private void refilter(Runnable then) {
        Predicate<R> p = filter.get();
        List<R> rows = sortedRows;
        long mine = ++generation;
        tasks.run(() -> rows.stream().filter(p).toList(), result -> {
            if (mine == generation) {
                visible.setAll(result);
                then.run();
            }
        }, failure -> loadProblem.set(failed));
    }

    /** Sorts the rows in the background in this order (null: the default order), then shows them in it. */
    public void sortBy(Comparator<R> newOrder) {
        Comparator<R> o = newOrder == null ? defaultOrder : newOrder;
        order = o;
        tasks.run(() -> sorted(loaded, o), rows -> {
            show(rows);
            refilter();
        }, failure -> loadProblem.set(failed));
    }

    private static <R> List<R> sorted(List<R> rows, Comparator<R> o) {
        List<R> copy = new ArrayList<>(rows);
        copy.sort(o);
        return copy;
    }

    /** The rows the table shows. */
    public ObservableList<R> visible() {
        return visible;
    }

    /** How many rows there are, before search and filters. */
    public ReadOnlyIntegerProperty total() {
        return total.getReadOnlyProperty();
    }

    public int totalCount() {
        return total.get();
    }

    public ObjectProperty<Problem> loadProblem() {
        return loadProblem;
    }
}
