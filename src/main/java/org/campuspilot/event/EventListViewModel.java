package org.campuspilot.event;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Problem;
import org.campuspilot.shared.SchoolYear;
import org.campuspilot.shared.Text;
import org.campuspilot.ui.BackgroundList;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.TaskRunner;

/**
 * The events, shown as a list and as a month calendar from the same filtered rows: search, type, status, school
 * year, a period, and « à compléter » (over but still « prévu »).
 */
public final class EventListViewModel {
    /** Most recent first, the way a director looks back on a year. */
    public static final Comparator<EventRow> BY_START = Comparator
            .comparing((EventRow r) -> r.event().timing().start()).reversed();

    private final Clock clock;
    private final BackgroundList<EventRow> rows;
    private final StringProperty search = new SimpleStringProperty("");
    private final javafx.collections.ObservableSet<EventType> types = javafx.collections.FXCollections.observableSet();
    private final ObjectProperty<EventStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<SchoolYear> schoolYear = new SimpleObjectProperty<>();
    final InputField<LocalDate> from = InputField.optional(FrenchFormats::parseDate);
    final InputField<LocalDate> to = InputField.optional(FrenchFormats::parseDate);
    private final BooleanProperty toCompleteOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();

    public EventListViewModel(EventRepository repository, TaskRunner tasks, Clock clock) {
        this.clock = clock;
        this.rows = new BackgroundList<>(tasks, () -> {
            ZonedDateTime now = ZonedDateTime.now(clock.withZone(EventTiming.PARIS));
            return repository.findAll().stream().map(e -> EventRow.of(e, now)).toList();
        }, this::filter, BY_START, Problem.of("event.list.loadFailed"));
        month.set(YearMonth.now(clock.withZone(EventTiming.PARIS)));
        search.addListener((o, a, b) -> rows.refilter());
        types.addListener((javafx.collections.SetChangeListener<EventType>) c -> rows.refilter());
        status.addListener((o, a, b) -> rows.refilter());
        schoolYear.addListener((o, a, b) -> rows.refilter());
        toCompleteOnly.addListener((o, a, b) -> rows.refilter());
        from.text().addListener((o, a, b) -> refilterWhenValid(from));
        to.text().addListener((o, a, b) -> refilterWhenValid(to));
    }

    private void refilterWhenValid(InputField<LocalDate> field) {
        if (field.check(false)) {
            rows.refilter();
        }
    }

    private Predicate<EventRow> filter() {
        String query = Text.searchKey(search.get()).strip();
        java.util.Set<EventType> t = java.util.Set.copyOf(types);
        EventStatus s = status.get();
        SchoolYear y = schoolYear.get();
        LocalDate first = from.problem().get() == null ? from.value() : null;
        LocalDate last = to.problem().get() == null ? to.value() : null;
        boolean toComplete = toCompleteOnly.get();
        return row -> {
            Event e = row.event();
            return row.matches(query)
                    && (t.isEmpty() || t.contains(e.type()))
                    && (s == null || e.status() == s)
                    && (y == null || e.timing().touches(y.first(), y.last()))
                    && (first == null || !e.timing().endDate().isBefore(first))
                    && (last == null || !e.timing().startDate().isAfter(last))
                    && (!toComplete || row.toComplete());
        };
    }

    public void load(Consumer<List<EventRow>> afterLoad) {
        rows.load(afterLoad);
    }

    public void sortBy(Comparator<EventRow> order) {
        rows.sortBy(order);
    }

    /** The school years to offer: from the earliest event's to the next one after today's. */
    public List<SchoolYear> schoolYears(List<EventRow> all) {
        return SchoolYear.offered(LocalDate.now(clock), all.stream()
                .map(r -> SchoolYear.of(r.event().timing().startDate())));
    }

    /** Today, in Paris. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(EventTiming.PARIS));
    }

    /** Shows the month containing the event, in the calendar. */
    public void showMonthOf(Event e) {
        month.set(YearMonth.from(e.timing().startDate()));
    }

    public void previousMonth() {
        month.set(month.get().minusMonths(1));
    }

    public void nextMonth() {
        month.set(month.get().plusMonths(1));
    }

    public void thisMonth() {
        month.set(YearMonth.now(clock.withZone(EventTiming.PARIS)));
    }

    public ObjectProperty<YearMonth> month() {
        return month;
    }

    public ObservableList<EventRow> visible() {
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

    /** The types ticked: an event of any of them is shown; none ticked shows all. */
    public javafx.collections.ObservableSet<EventType> types() {
        return types;
    }

    public ObjectProperty<EventStatus> status() {
        return status;
    }

    public ObjectProperty<SchoolYear> schoolYear() {
        return schoolYear;
    }

    public BooleanProperty toCompleteOnly() {
        return toCompleteOnly;
    }

    public void clearFilters() {
        search.set("");
        types.clear();
        status.set(null);
        schoolYear.set(null);
        from.set("");
        to.set("");
        toCompleteOnly.set(false);
    }
}
