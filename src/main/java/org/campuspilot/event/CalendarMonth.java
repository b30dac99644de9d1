package org.campuspilot.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** The days a month calendar shows: six weeks from the Monday on or before the 1st, the French way. */
public record CalendarMonth(YearMonth month) {

    public List<LocalDate> days() {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> days = new ArrayList<>(42);
        for (int i = 0; i < 42; i++) {
            days.add(first.plusDays(i));
        }
        return days;
    }

    public LocalDate firstShown() {
        return days().get(0);
    }

    public LocalDate lastShown() {
        return days().get(41);
    }

    /** The rows whose event falls on that day, by start time (all-day events first). */
    public static List<EventRow> on(LocalDate day, List<EventRow> rows) {
        return rows.stream().filter(r -> r.event().timing().touches(day, day))
                .sorted(java.util.Comparator.comparing((EventRow r) -> !r.event().timing().allDay())
                        .thenComparing(r -> r.event().timing().start()))
                .toList();
    }
}
