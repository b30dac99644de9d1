package org.campuspilot.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When an event happens, in Europe/Paris wall-clock time: either all day (from one day to another, both included)
 * or from a date and time to a date and time.
 *
 * @param startTime null for an all-day event
 * @param endTime null for an all-day event
 */
public record EventTiming(boolean allDay, LocalDate startDate, LocalTime startTime, LocalDate endDate,
        LocalTime endTime) {
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public EventTiming {
        if (startDate == null || endDate == null || allDay != (startTime == null) || allDay != (endTime == null)) {
            throw new IllegalArgumentException("Incomplete timing");
        }
        if (endDate.isBefore(startDate) || !allDay && !LocalDateTime.of(endDate, endTime)
                .isAfter(LocalDateTime.of(startDate, startTime))) {
            throw new IllegalArgumentException("The end must come after the start");
        }
    }

    public static EventTiming allDay(LocalDate first, LocalDate last) {
        return new EventTiming(true, first, null, last, null);
    }

    public static EventTiming between(LocalDateTime start, LocalDateTime end) {
        return new EventTiming(false, start.toLocalDate(), start.toLocalTime(), end.toLocalDate(), end.toLocalTime());
    }

    /** The start as an instant in Paris (midnight for an all-day event). */
    public ZonedDateTime start() {
        return ZonedDateTime.of(startDate, allDay ? LocalTime.MIDNIGHT : startTime, PARIS);
    }

    /** The end as an instant in Paris: for an all-day event, midnight after its last day (exclusive). */
    public ZonedDateTime end() {
        return allDay ? ZonedDateTime.of(endDate.plusDays(1), LocalTime.MIDNIGHT, PARIS)
                : ZonedDateTime.of(endDate, endTime, PARIS);
    }

    /** True when some part of the event falls on one of the days from {@code first} to {@code last}. */
    public boolean touches(LocalDate first, LocalDate last) {
        return !endDate.isBefore(first) && !startDate.isAfter(last);
    }

    /** True once the event is over at that moment. */
    public boolean isOverAt(ZonedDateTime now) {
        return !end().isAfter(now);
    }
}
