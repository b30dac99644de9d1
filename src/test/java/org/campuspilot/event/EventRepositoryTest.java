package org.campuspilot.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.campuspilot.TestCampus;
import org.campuspilot.contact.Contact;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.db.Database;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.SchoolYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.EnumSource(org.campuspilot.TestStore.class)
class EventRepositoryTest {
    @org.junit.jupiter.params.Parameter
    org.campuspilot.TestStore store;

    @TempDir Path dir;
    Database db;
    EventRepository repo;
    ContactRepository contacts;

    @BeforeEach
    void open() {
        db = store.demo(dir);
        repo = new EventRepository(db);
        contacts = new ContactRepository(db);
    }

    @Test
    void anEventComesBackWithEveryFieldParticipantAndCount() {
        List<Organisation> orgs = contacts.organisationChoices();
        Organisation lycee = orgs.get(0);
        Organisation company = orgs.stream().filter(o -> o.kind() == Organisation.Kind.COMPANY).findFirst()
                .orElseThrow();
        Contact person = contacts.findAll().get(0);
        Event e = new Event(null, null, "Forum; « test », virgule", EventType.FORUM_SALON,
                EventTiming.between(LocalDateTime.of(2026, 10, 24, 20, 0), LocalDateTime.of(2026, 10, 25, 10, 0)),
                null, lycee, company, "Deux lignes\\nde description", EventStatus.REALISE, 50,
                Map.of(Audience.LYCEENS, 30, Audience.FAMILLES, 12), List.of(lycee), List.of(company),
                List.of(new Attendee(person.id(), person.fullName(), null, Presence.PRESENT)), null);
        Instant now = Instant.parse("2026-10-26T08:00:00Z");
        Event saved = db.inTransaction(c -> repo.save(e, now));
        assertNotNull(saved.uid());
        Event read = repo.findById(saved.id()).orElseThrow();
        assertEquals(saved.title(), read.title());
        assertEquals(saved.timing(), read.timing());
        assertEquals(lycee.id(), read.placeEstablishment().id());
        assertEquals(company.id(), read.organiser().id());
        assertEquals(Map.of(Audience.LYCEENS, 30, Audience.FAMILLES, 12), read.attendance());
        assertEquals(42, read.totalPresent());
        assertEquals(List.of(lycee.id()), read.establishments().stream().map(Organisation::id).toList());
        assertEquals(Presence.PRESENT, read.contacts().get(0).presence());
        assertEquals(now, read.updatedAt());

        Event again = db.inTransaction(c -> repo.save(read, now.plusSeconds(60)));
        assertEquals(saved.uid(), again.uid(), "the iCalendar UID never changes");
        db.inTransaction(c -> {
            repo.delete(saved.id());
            return null;
        });
        assertTrue(repo.findById(saved.id()).isEmpty());
    }

    @Test
    void findTouchingReturnsEveryEventWithADayInThePeriod() {
        SchoolYear year = new SchoolYear(2025);
        List<Event> inYear = repo.findTouching(year.first(), year.last());
        assertEquals(9, inYear.size());
        long counted = repo.findAll().stream().filter(e -> e.timing().touches(year.first(), year.last())).count();
        assertEquals(counted, inYear.size());
        // The three-day salon touches 3 December alone.
        assertEquals(List.of("Salon Industrie du futur Bretagne"), repo.findTouching(LocalDate.of(2026, 12, 3),
                LocalDate.of(2026, 12, 3)).stream().map(Event::title).toList());
    }

    @Test
    void timingRefusesAnEndBeforeTheStartAndKnowsTheCalendarDays() {
        assertThrows(IllegalArgumentException.class, () -> EventTiming.between(LocalDateTime.of(2026, 3, 1, 10, 0),
                LocalDateTime.of(2026, 3, 1, 9, 0)));
        EventTiming salon = EventTiming.allDay(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 4));
        assertEquals(LocalDate.of(2026, 12, 5), salon.end().toLocalDate(), "exclusive end, midnight after");
        List<LocalDate> days = new CalendarMonth(YearMonth.of(2026, 11)).days();
        assertEquals(42, days.size());
        assertEquals(LocalDate.of(2026, 10, 26), days.get(0), "the Monday before 1 November 2026 (a Sunday)");
        assertEquals(java.time.DayOfWeek.MONDAY, days.get(0).getDayOfWeek());
    }

    @Test
    void schoolYearsRunFromSeptemberToAugust() {
        assertEquals(new SchoolYear(2025), SchoolYear.of(LocalDate.of(2026, 8, 31)));
        assertEquals(new SchoolYear(2026), SchoolYear.of(LocalDate.of(2026, 9, 1)));
        assertEquals("2025-2026", new SchoolYear(2025).toString());
        assertEquals(new SchoolYear(2025), SchoolYear.parse("2025/2026").value());
        assertEquals("validation.schoolYear.format", SchoolYear.parse("2025-2027").problem().orElseThrow().key());
        assertEquals(java.time.LocalTime.of(14, 30), org.campuspilot.shared.FrenchFormats.parseTime("14h30")
                .value());
        assertEquals(java.time.LocalTime.of(9, 0), org.campuspilot.shared.FrenchFormats.parseTime("9h").value());
        assertEquals("validation.time.format", org.campuspilot.shared.FrenchFormats.parseTime("25:00").problem()
                .orElseThrow().key());
    }
}
