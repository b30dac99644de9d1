package org.campuspilot.importing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.campuspilot.event.Audience;
import org.campuspilot.event.Event;
import org.campuspilot.event.EventRepository;
import org.campuspilot.event.EventStatus;
import org.campuspilot.event.EventTiming;
import org.campuspilot.event.EventType;
import org.campuspilot.shared.Count;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.NameKey;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.Problem;
import org.campuspilot.ui.Messages;

/** A spreadsheet row of events: all day without times, both times or neither; the status follows the date. */
final class EventSheet implements SheetTypes.SheetType<Event> {
    private final EventRepository repository;
    private final SheetDirectory directory;
    private final Clock clock;
    private final List<SheetField<Event>> fields;

    EventSheet(EventRepository repository, SheetDirectory directory, Clock clock, Messages messages) {
        this.repository = repository;
        this.directory = directory;
        this.clock = clock;
        this.fields = List.of(
                SheetField.of("title", Event::title),
                SheetField.of("type", e -> messages.get(e.type().messageKey())),
                SheetField.of("startTime", e -> e.timing().allDay() ? null : FrenchFormats.time(e.timing()
                        .startTime())),
                SheetField.of("endDate", e -> FrenchFormats.date(e.timing().endDate())),
                SheetField.of("endTime", e -> e.timing().allDay() ? null : FrenchFormats.time(e.timing()
                        .endTime())),
                SheetField.of("place", Event::placeText),
                SheetField.of("status", e -> messages.get(e.status().messageKey())),
                SheetField.of("expected", e -> SheetField.text(e.expected())),
                SheetField.of("present", e -> String.valueOf(e.totalPresent())),
                SheetField.of("establishments", e -> SheetField.names(e.establishments())),
                SheetField.of("companies", e -> SheetField.names(e.companies())),
                SheetField.of("description", Event::description));
    }

    @Override
    public Event read(SheetRow row) {
        String title = row.required("title");
        EventType type = row.text("type") == null ? null : row.choice("type", EventType.class,
                EventType::messageKey);
        if (row.text("type") == null) {
            row.required("type");
        }
        LocalDate first = row.requiredChecked("startDate", FrenchFormats::parseDate);
        LocalTime startTime = row.checked("startTime", FrenchFormats::parseTime);
        LocalDate last = row.checked("endDate", FrenchFormats::parseDate);
        LocalTime endTime = row.checked("endTime", FrenchFormats::parseTime);
        EventStatus status = row.choice("status", EventStatus.class, EventStatus::messageKey);
        Integer expected = row.checked("expected", Count::check);
        Integer present = row.checked("present", Count::check);
        List<Organisation> establishments = directory.establishments(row, "establishments");
        List<Organisation> companies = directory.companies(row, "companies");
        if (!row.ok()) {
            return null;
        }
        LocalDate lastDay = last == null ? first : last;
        Map.Entry<String, Problem> wrong = timingProblem(first, startTime, lastDay, endTime);
        if (wrong != null) {
            row.fail(wrong.getKey(), wrong.getValue());
            return null;
        }
        EventTiming timing = timing(first, startTime, lastDay, endTime);
        if (status == null) {
            status = timing.isOverAt(java.time.ZonedDateTime.now(clock)) ? EventStatus.REALISE : EventStatus.PREVU;
        }
        Map<Audience, Integer> attendance = new EnumMap<>(Audience.class);
        if (present != null && present > 0) {
            attendance.put(Audience.AUTRES, present);
        }
        return new Event(null, null, title, type, timing, row.text("place"), null, null,
                row.text("description"), status, expected, attendance, establishments, companies, List.of(),
                null);
    }

    /** Why these cannot make the event's timing, with the field at fault; null when they can. */
    private static Map.Entry<String, Problem> timingProblem(LocalDate first, LocalTime startTime, LocalDate last,
            LocalTime endTime) {
        if (last.isBefore(first)) {
            return Map.entry("endDate", Problem.of("validation.dates.endBeforeStart", FrenchFormats.date(last),
                    FrenchFormats.date(first)));
        }
        if ((startTime == null) != (endTime == null)) {
            return Map.entry(startTime == null ? "startTime" : "endTime", Problem.of("import.sheet.event.bothTimes"));
        }
        if (startTime != null && !LocalDateTime.of(last, endTime).isAfter(LocalDateTime.of(first, startTime))) {
            return Map.entry("endTime", Problem.of("event.form.time.endBeforeStart", FrenchFormats.time(endTime),
                    FrenchFormats.time(startTime)));
        }
        return null;
    }

    /** The timing of days and times that {@link #timingProblem} accepts. */
    private static EventTiming timing(LocalDate first, LocalTime startTime, LocalDate last, LocalTime endTime) {
        return startTime == null ? EventTiming.allDay(first, last)
                : EventTiming.between(LocalDateTime.of(first, startTime), LocalDateTime.of(last, endTime));
    }

    @Override
    public String key(Event e) {
        return NameKey.of(e.title()) + "|" + e.timing().startDate();
    }

    @Override
    public String label(Event e) {
        return e.title() + " (" + FrenchFormats.date(e.timing().startDate()) + ")";
    }

    @Override
    public List<Event> stored() {
        return repository.findAll();
    }

    @Override
    public long id(Event e) {
        return e.id();
    }

    @Override
    public Optional<Event> find(long id) {
        return repository.findById(id);
    }

    @Override
    public void insert(Event e) {
        repository.save(e, Instant.now(clock));
    }

    @Override
    public List<SheetField<Event>> fields() {
        return fields;
    }

    /** Days and times of an update: the stored ones with the row's taken in (the start day is the key). */
    private record Times(LocalDate first, LocalTime start, LocalDate last, LocalTime end) {
        static Times of(Event s, Event r, Set<String> f) {
            EventTiming a = s.timing();
            EventTiming b = r.timing();
            return new Times(a.startDate(), f.contains("startTime") ? b.startTime() : a.startTime(),
                    f.contains("endDate") ? b.endDate() : a.endDate(), f.contains("endTime") ? b.endTime()
                    : a.endTime());
        }
    }

    @Override
    public Problem check(Event s, Event r, Set<String> f) {
        Times t = Times.of(s, r, f);
        Map.Entry<String, Problem> wrong = timingProblem(t.first(), t.start(), t.last(), t.end());
        return wrong == null ? null : wrong.getValue();
    }

    @Override
    public Event merge(Event s, Event r, Set<String> f) {
        Times t = Times.of(s, r, f);
        EventTiming timing = timing(t.first(), t.start(), t.last(), t.end());
        boolean place = f.contains("place");
        return new Event(s.id(), s.uid(),
                f.contains("title") ? r.title() : s.title(),
                f.contains("type") ? r.type() : s.type(),
                timing,
                place ? r.place() : s.place(),
                place ? null : s.placeEstablishment(),
                s.organiser(),
                f.contains("description") ? r.description() : s.description(),
                f.contains("status") ? r.status() : s.status(),
                f.contains("expected") ? r.expected() : s.expected(),
                f.contains("present") ? attendance(s, r.totalPresent()) : s.attendance(),
                f.contains("establishments") ? r.establishments() : s.establishments(),
                f.contains("companies") ? r.companies() : s.companies(),
                s.contacts(), s.updatedAt());
    }

    /**
     * The stored attendance brought to the file's total: the other publics are kept and « autres publics » takes
     * the difference; when the total is below what the other publics already count, it all goes to « autres ».
     */
    static Map<Audience, Integer> attendance(Event s, int total) {
        Map<Audience, Integer> out = new EnumMap<>(Audience.class);
        out.putAll(s.attendance());
        int others = total - (s.totalPresent() - out.getOrDefault(Audience.AUTRES, 0));
        if (others < 0) {
            out.clear();
            others = total;
        }
        out.remove(Audience.AUTRES);
        if (others > 0) {
            out.put(Audience.AUTRES, others);
        }
        return out;
    }

    @Override
    public void update(Event e) {
        repository.save(e, Instant.now(clock));
    }
}
