package org.campuspilot.importing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/** A spreadsheet row of events: all day without times, both times or neither; the status follows the date. */
final class EventSheet implements SheetTypes.SheetType<Event> {
    private final EventRepository repository;
    private final SheetDirectory directory;
    private final Clock clock;

    EventSheet(EventRepository repository, SheetDirectory directory, Clock clock) {
        this.repository = repository;
        this.directory = directory;
        this.clock = clock;
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
        EventTiming timing = timing(row, first, startTime, last, endTime);
        if (timing == null) {
            return null;
        }
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

    private static EventTiming timing(SheetRow row, LocalDate first, LocalTime startTime, LocalDate lastDay,
            LocalTime endTime) {
        LocalDate last = lastDay == null ? first : lastDay;
        if (last.isBefore(first)) {
            row.fail("endDate", Problem.of("validation.dates.endBeforeStart", FrenchFormats.date(last),
                    FrenchFormats.date(first)));
            return null;
        }
        if (startTime == null && endTime == null) {
            return EventTiming.allDay(first, last);
        }
        if (startTime == null || endTime == null) {
            row.fail(startTime == null ? "startTime" : "endTime", Problem.of("import.sheet.event.bothTimes"));
            return null;
        }
        LocalDateTime start = LocalDateTime.of(first, startTime);
        LocalDateTime end = LocalDateTime.of(last, endTime);
        if (!end.isAfter(start)) {
            row.fail("endTime", Problem.of("event.form.time.endBeforeStart", FrenchFormats.time(endTime),
                    FrenchFormats.time(startTime)));
            return null;
        }
        return EventTiming.between(start, end);
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
    public Map<String, String> existing() {
        Map<String, String> out = new HashMap<>();
        repository.findAll().forEach(e -> out.put(key(e), label(e)));
        return out;
    }

    @Override
    public void insert(Event e) {
        repository.save(e, Instant.now(clock));
    }
}
