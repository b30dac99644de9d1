package org.campuspilot.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.campuspilot.TestCampus;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.db.Database;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.SchoolYear;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.RecordingDialogs;
import org.campuspilot.ui.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventViewModelsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    @TempDir Path dir;
    Database db;
    EventRepository repo;
    RecordingDialogs dialogs = new RecordingDialogs();
    Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/Paris")).toInstant(),
            ZoneId.of("Europe/Paris"));
    EventListViewModel list;
    EventFormViewModel form;

    @BeforeEach
    void open() {
        db = TestCampus.demo(dir.resolve("demo.db"));
        repo = new EventRepository(db);
        list = new EventListViewModel(repo, TaskRunner.synchronous(), clock);
        form = new EventFormViewModel(new EventService(db, repo, clock), new ContactRepository(db), () -> "Campus",
                TaskRunner.synchronous(), dialogs, Messages.load(Messages.FRENCH), clock);
        form.loadChoices();
        list.load(rows -> {
        });
    }

    Event named(String title) {
        return repo.findAll().stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void filtersMatchCountsComputedFromTheRecords() {
        List<Event> all = repo.findAll();
        assertEquals(all.size(), list.visible().size());
        list.schoolYear().set(new SchoolYear(2025));
        assertEquals(all.stream().filter(e -> new SchoolYear(2025).contains(e.timing().startDate())).count(),
                list.visible().size());
        list.types().add(EventType.FORUM_SALON);
        assertEquals(List.of("Forum des métiers de Saint-Malo"), list.visible().stream()
                .map(r -> r.event().title()).toList());
        list.clearFilters();
        list.toCompleteOnly().set(true);
        assertEquals(List.of("Forum apprentissage de Fougères"), list.visible().stream()
                .map(r -> r.event().title()).toList(), "over and still « prévu »");
        list.clearFilters();
        list.from.set("01/12/2026");
        list.to.set("31/12/2026");
        assertEquals(1, list.visible().size());
        list.to.text().set("31/13/2026");
        assertEquals("validation.date.format", list.to.problem().get().key());
        list.clearFilters();
        assertEquals(List.of(new SchoolYear(2027), new SchoolYear(2026), new SchoolYear(2025), new SchoolYear(2024),
                new SchoolYear(2023), new SchoolYear(2022)), list.schoolYears(list.visible()));
    }

    @Test
    void timingIsCheckedAtTheRightField() {
        form.startNew(LocalDate.of(2026, 12, 10));
        form.title.set("Réunion");
        form.type.set(EventType.AUTRE);
        form.save(e -> {
        });
        assertEquals("event.form.time.required", form.startTime.problem().get().key());
        form.startTime.set("14h");
        form.endTime.set("13:00");
        form.save(e -> {
        });
        assertEquals("event.form.time.endBeforeStart", form.endTime.problem().get().key());
        form.endDate.set("09/12/2026");
        form.save(e -> {
        });
        assertEquals("validation.dates.endBeforeStart", form.endDate.problem().get().key());
        form.endDate.set("");
        form.endTime.set("16:30");
        form.organiserKind.set(Organisation.Kind.COMPANY);
        form.save(e -> {
        });
        assertEquals("event.form.organiser.missing", form.organiserProblem.get().key());
        form.organiserKind.set(null);
        long before = repo.count();
        form.save(e -> {
        });
        assertEquals(before + 1, repo.count());
        Event saved = named("Réunion");
        assertFalse(saved.timing().allDay());
        assertEquals(LocalDate.of(2026, 12, 10), saved.timing().endDate());
        assertNull(saved.organiser(), "the campus organises it");
    }

    @Test
    void attendanceAfterTheFactInBulkAndByPastedNames() {
        Event copil = named("Comité de pilotage d'automne");
        form.edit(copil);
        long registered = copil.contacts().stream().filter(a -> a.presence() == Presence.INSCRIT).count();
        form.allRegisteredPresent();
        assertEquals(registered, form.contacts.stream().filter(a -> a.presence() == Presence.PRESENT).count());
        Attendee absent = form.contacts.stream().filter(a -> a.presence() == Presence.PRESENT).findFirst()
                .orElseThrow();
        form.setPresence(absent, Presence.INSCRIT);
        form.markPresent("CADIOU Jean-Marc\nLaurent Gicquel; Inconnu Au Bataillon");
        assertEquals(Presence.PRESENT, form.contacts.stream().filter(a -> a.name().equals("Jean-Marc Cadiou"))
                .findFirst().orElseThrow().presence(), "« Nom Prénom » in capitals is found");
        assertTrue(form.contacts.stream().anyMatch(a -> a.name().equals("Laurent Gicquel")
                && a.presence() == Presence.PRESENT), "someone of the directory not invited is added, present");
        assertEquals("event.paste.unknown", form.pasteProblem.get().key());
        assertEquals("Inconnu Au Bataillon", form.pasteProblem.get().args().get(1));
        form.attendance.get(Audience.ENSEIGNANTS).set("9");
        form.attendance.get(Audience.ENTREPRISES).set("4");
        assertEquals(13, form.totalPresent.get());
        form.status.set(EventStatus.REALISE);
        form.save(e -> {
        });
        Event read = repo.findById(copil.id()).orElseThrow();
        assertEquals(EventStatus.REALISE, read.status());
        assertEquals(13, read.totalPresent());
        assertEquals(Presence.INSCRIT, read.contacts().stream().filter(a -> a.contactId() == absent.contactId())
                .findFirst().orElseThrow().presence(), "the absent one stays registered, not present");
        assertEquals(copil.contacts().size() + 1, read.contacts().size());
    }

    @Test
    void theIcsExportOfOneEventIsWrittenWhereTheUserChose() throws Exception {
        Event salon = named("Salon Industrie du futur Bretagne");
        dialogs.saveTo = dir.resolve("salon.ics");
        form.exportIcs(List.of(salon), "evenement.ics");
        String text = java.nio.file.Files.readString(dialogs.saveTo);
        assertTrue(text.contains("DTSTART;VALUE=DATE:20261202\r\nDTEND;VALUE=DATE:20261205\r\n"), text);
        assertTrue(dialogs.shown.get(dialogs.shown.size() - 1).startsWith("info:1 événement(s) enregistré(s)"));
    }
}
