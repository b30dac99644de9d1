package org.campuspilot.establishment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.campuspilot.shared.Problem;
import org.campuspilot.shared.Text;
import org.campuspilot.ui.BackgroundList;
import org.campuspilot.ui.TaskRunner;

/**
 * The list of member establishments: searched (name, UAI, city) and filtered (kind, public/privé, current members
 * only) in the background (see {@link BackgroundList}).
 */
public final class EstablishmentListViewModel {
    private final Clock clock;
    private final BackgroundList<EstablishmentRow> rows;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<EstablishmentKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Ownership> ownership = new SimpleObjectProperty<>();
    /** The role shown (null: every role), e.g. the territory's establishments only. */
    private final ObjectProperty<NetworkRole> role = new SimpleObjectProperty<>();
    private final BooleanProperty currentOnly = new SimpleBooleanProperty(false);

    /** The default order: by name, the French way. */
    public static final Comparator<EstablishmentRow> BY_NAME = text(r -> r.establishment().name());

    public EstablishmentListViewModel(EstablishmentRepository repository, TaskRunner tasks, Clock clock) {
        this.clock = clock;
        this.rows = new BackgroundList<>(tasks,
                () -> repository.findAll().stream().map(EstablishmentRow::of).toList(), this::filter, BY_NAME,
                Problem.of("establishment.list.loadFailed"));
        search.addListener((o, a, b) -> rows.refilter());
        kind.addListener((o, a, b) -> rows.refilter());
        ownership.addListener((o, a, b) -> rows.refilter());
        role.addListener((o, a, b) -> rows.refilter());
        currentOnly.addListener((o, a, b) -> rows.refilter());
    }

    /** Compares rows on a text the French way; safe to use from any thread. */
    public static Comparator<EstablishmentRow> text(Function<EstablishmentRow, String> key) {
        return BackgroundList.text(key);
    }

    private Predicate<EstablishmentRow> filter() {
        String query = Text.searchKey(search.get()).strip();
        EstablishmentKind k = kind.get();
        Ownership o = ownership.get();
        NetworkRole r = role.get();
        LocalDate today = LocalDate.now(clock);
        boolean current = currentOnly.get();
        return row -> row.matches(query)
                && (k == null || row.establishment().kind() == k)
                && (o == null || row.establishment().ownership() == o)
                && (r == null || row.establishment().role() == r)
                && (!current || row.isCurrentMember(today));
    }

    /** Loads every establishment in the background, then runs {@code afterLoad} on the FX thread. */
    public void load(Consumer<List<EstablishmentRow>> afterLoad) {
        rows.load(afterLoad);
    }

    /** Sorts the rows in the background in this order (null: by name), then shows them in it. */
    public void sortBy(Comparator<EstablishmentRow> newOrder) {
        rows.sortBy(newOrder);
    }

    /** The rows the table shows. */
    public ObservableList<EstablishmentRow> visible() {
        return rows.visible();
    }

    /** How many establishments there are, before search and filters. */
    public ReadOnlyIntegerProperty total() {
        return rows.total();
    }

    public int totalCount() {
        return rows.totalCount();
    }

    public StringProperty search() {
        return search;
    }

    public ObjectProperty<EstablishmentKind> kind() {
        return kind;
    }

    public ObjectProperty<NetworkRole> role() {
        return role;
    }

    public ObjectProperty<Ownership> ownership() {
        return ownership;
    }

    public BooleanProperty currentOnly() {
        return currentOnly;
    }

    public ObjectProperty<Problem> loadProblem() {
        return rows.loadProblem();
    }

    /** Clears search and filters. */
    public void clearFilters() {
        search.set("");
        kind.set(null);
        ownership.set(null);
        currentOnly.set(false);
        role.set(null);
    }
}
