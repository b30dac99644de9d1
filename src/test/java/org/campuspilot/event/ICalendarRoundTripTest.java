package org.campuspilot.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.campuspilot.shared.Organisation;
import org.campuspilot.ui.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our .ics files, read back by a real iCalendar parser (ical4j), field by field. */
class ICalendarRoundTripTest {
    static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    static final String TRICKY = "Forum « Métiers de l'industrie », édition 2026; entrée libre \\ bienvenue";
    static final String LONG_DESCRIPTION = "Élèves, apprentis et familles découvrent les métiers de la mécatronique :"
            + " ateliers, démonstrations de cobots, échanges avec les entreprises partenaires.\nSecond paragraphe, "
            + "accentué à souhait : é è ê ë à â ç ô ù û ü ÿ œ æ — et un emoji 🤖 pour les caractères sur 4 octets.";

    @BeforeAll
    static void offline() {
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    }

    static Event event(long id, String title, EventTiming timing, EventStatus status, String description) {
        return new Event(id, "evt-" + id + "@campuspilot", title, EventType.FORUM_SALON, timing, "Parc des expositions",
                null, Organisation.company(3, "Armor Robotique"), description, status, 120, Map.of(), List.of(),
                List.of(), List.of(), Instant.parse("2026-11-01T08:00:00Z"));
    }

    static final Event ACROSS_DST = event(1, "Nuit de l'industrie",
            EventTiming.between(LocalDateTime.of(2026, 10, 24, 20, 0), LocalDateTime.of(2026, 10, 25, 10, 0)),
            EventStatus.REALISE, null);
    static final Event MULTI_DAY = event(2, "Salon Industrie du futur",
            EventTiming.allDay(LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 14)), EventStatus.PREVU, null);
    static final Event TRICKY_TEXT = event(3, TRICKY,
            EventTiming.between(LocalDateTime.of(2027, 3, 12, 9, 30), LocalDateTime.of(2027, 3, 12, 17, 0)),
            EventStatus.ANNULE, LONG_DESCRIPTION);

    private static String ics() {
        return new ICalendarWriter(Messages.load(Messages.FRENCH))
                .write(List.of(ACROSS_DST, MULTI_DAY, TRICKY_TEXT), "Campus « Test »", NOW);
    }

    private static VEvent parsed(String uid) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(3, events.size());
        return events.stream().filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals(uid))
                .findFirst().orElseThrow();
    }

    private static String value(VEvent e, String property) {
        return e.getProperty(property).orElseThrow().getValue();
    }

    private static Temporal start(VEvent e) {
        return e.getDateTimeStart().getDate();
    }

    private static Temporal end(VEvent e) {
        return e.getEndDate().orElseThrow().getDate();
    }

    @Test
    void anEventAcrossTheOctoberClockChangeKeepsItsRealInstants() throws Exception {
        VEvent e = parsed("evt-1@campuspilot");
        assertEquals(Instant.parse("2026-10-24T18:00:00Z"), ((ZonedDateTime) start(e)).toInstant(), "20:00 CEST");
        assertEquals(Instant.parse("2026-10-25T09:00:00Z"), ((ZonedDateTime) end(e)).toInstant(), "10:00 CET");
        assertEquals(ACROSS_DST.timing().start().toInstant(), ((ZonedDateTime) start(e)).toInstant());
        assertEquals(ACROSS_DST.timing().end().toInstant(), ((ZonedDateTime) end(e)).toInstant());
        assertEquals("Europe/Paris", e.getDateTimeStart().getParameter("TZID").orElseThrow().getValue());
        assertEquals("Nuit de l'industrie", value(e, Property.SUMMARY));
        assertEquals("20261121T101530Z", value(e, Property.DTSTAMP));
        assertEquals("20261101T080000Z", value(e, Property.LAST_MODIFIED));
        assertEquals("CONFIRMED", value(e, Property.STATUS));
        assertEquals("Parc des expositions", value(e, Property.LOCATION));
        assertEquals("Forum ou salon", value(e, Property.CATEGORIES));
        assertEquals("Organisé par Armor Robotique", value(e, Property.DESCRIPTION));
    }

    @Test
    void aMultiDayAllDayEventEndsTheDayAfterItsLastDay() throws Exception {
        VEvent e = parsed("evt-2@campuspilot");
        assertEquals(LocalDate.of(2026, 11, 12), start(e));
        assertEquals(LocalDate.of(2026, 11, 15), end(e), "DTEND is exclusive");
        assertEquals("DATE", e.getDateTimeStart().getParameter("VALUE").orElseThrow().getValue());
    }

    @Test
    void accentsCommasSemicolonsAndLongLinesComeBackUnchanged() throws Exception {
        VEvent e = parsed("evt-3@campuspilot");
        assertEquals(TRICKY, value(e, Property.SUMMARY));
        assertEquals(LONG_DESCRIPTION + "\n\nOrganisé par Armor Robotique", value(e, Property.DESCRIPTION));
        assertEquals("CANCELLED", value(e, Property.STATUS));
        assertEquals(LocalDateTime.of(2027, 3, 12, 9, 30), ((ZonedDateTime) start(e)).toLocalDateTime());
    }

    @Test
    void theFileUsesCrlfAndNoLineIsLongerThan75Octets() {
        String text = ics();
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        String[] lines = text.split("\r\n", -1);
        for (String line : lines) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertTrue(!line.contains("\n") && !line.contains("\r"), "a bare line break inside a line");
        }
        assertTrue(text.contains("\r\n "), "long lines are folded");
        assertTrue(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"));
        assertTrue(text.contains("DTSTART;TZID=Europe/Paris:20261024T200000\r\n"));
        assertTrue(text.replace("\r\n ", "").contains("SUMMARY:Forum « Métiers de l'industrie »\\, édition 2026\\; entrée libre \\\\ "
                + "bienvenue"), "escaped on the wire");
    }

    @Test
    void foldingNeverCutsACharacter() {
        String word = "é".repeat(100) + "🤖".repeat(30);
        StringBuilder out = new StringBuilder();
        ICalendarWriter.line(out, "DESCRIPTION:" + word);
        String unfolded = out.toString().replace("\r\n ", "");
        assertEquals("DESCRIPTION:" + word + "\r\n", unfolded);
        for (String line : out.toString().split("\r\n")) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(bytes.length <= 75);
            assertEquals(line, new String(bytes, StandardCharsets.UTF_8), "each line is whole UTF-8");
        }
    }
}
