package org.campuspilot.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.campuspilot.ui.Messages;

/**
 * Writes events as an iCalendar file (RFC 5545) that calendar programs read right: CRLF line ends, lines folded at
 * 75 octets without cutting a character, escaped text, a stable UID per event, DTSTAMP, times in
 * {@code TZID=Europe/Paris} with the VTIMEZONE that defines it (without it Outlook shifts events by an hour), and
 * all-day events as dates with an exclusive end. Written by hand: see decision 0009.
 */
public final class ICalendarWriter {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;

    /** Europe/Paris since 1996: last Sunday of March 02:00 to CEST, last Sunday of October 03:00 to CET. */
    private static final List<String> VTIMEZONE = List.of(
            "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE");

    private final Messages messages;

    public ICalendarWriter(Messages messages) {
        this.messages = messages;
    }

    /** The calendar holding these events, stamped {@code now}. */
    public String write(List<Event> events, String calendarName, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Campus Pilot//Campus Pilot//FR");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        line(out, "X-WR-TIMEZONE:Europe/Paris");
        if (events.stream().anyMatch(e -> !e.timing().allDay())) {
            VTIMEZONE.forEach(l -> line(out, l));
        }
        for (Event e : events) {
            event(out, e, now);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private void event(StringBuilder out, Event e, Instant now) {
        EventTiming t = e.timing();
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + e.uid());
        line(out, "DTSTAMP:" + UTC.format(now));
        if (e.updatedAt() != null) {
            line(out, "LAST-MODIFIED:" + UTC.format(e.updatedAt()));
        }
        if (t.allDay()) {
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(t.startDate()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(t.endDate().plusDays(1)));
        } else {
            line(out, "DTSTART;TZID=Europe/Paris:" + LOCAL.format(LocalDateTime.of(t.startDate(), t.startTime())));
            line(out, "DTEND;TZID=Europe/Paris:" + LOCAL.format(LocalDateTime.of(t.endDate(), t.endTime())));
        }
        line(out, "SUMMARY:" + escape(e.title()));
        String description = description(e);
        if (!description.isEmpty()) {
            line(out, "DESCRIPTION:" + escape(description));
        }
        if (e.placeText() != null && !e.placeText().isBlank()) {
            line(out, "LOCATION:" + escape(e.placeText()));
        }
        line(out, "CATEGORIES:" + escape(messages.get(e.type().messageKey())));
        line(out, "STATUS:" + (e.status() == EventStatus.ANNULE ? "CANCELLED" : "CONFIRMED"));
        line(out, "TRANSP:" + (t.allDay() ? "TRANSPARENT" : "OPAQUE"));
        line(out, "END:VEVENT");
    }

    private String description(Event e) {
        StringBuilder sb = new StringBuilder();
        if (e.description() != null && !e.description().isBlank()) {
            sb.append(e.description().strip());
        }
        if (e.organiser() != null) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(messages.get("event.ics.organiser", e.organiser().name()));
        }
        return sb.toString();
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n")
                .replace("\r", "\n").replace("\n", "\\n");
    }

    /** Appends one content line, folded at 75 octets of UTF-8 without splitting a character, and CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
                limit = MAX_OCTETS;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }

    /** A file name for a period: {@code evenements-2026-09-01-2027-08-31.ics}. */
    public static String fileName(String prefix, LocalDate from, LocalDate to) {
        return prefix + "-" + from + "-" + to + ".ics";
    }
}
