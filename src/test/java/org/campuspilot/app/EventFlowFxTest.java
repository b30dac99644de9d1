package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.campuspilot.TestCampus;
import org.campuspilot.contact.Contact;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.db.Database;
import org.campuspilot.event.Attendee;
import org.campuspilot.event.Event;
import org.campuspilot.event.EventRepository;
import org.campuspilot.event.EventStatus;
import org.campuspilot.event.Presence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A company visit: planned with its participants, completed after the day, then found in the calendar. */
class EventFlowFxTest {
    @TempDir Path dir;
    FxApp fx;

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    @Test
    void createAnEventAddParticipantsMarkAttendanceAfterTheFactAndFindItInTheCalendar() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        Map<String, Long> people = new ContactRepository(Database.open(db)).findAll().stream()
                .collect(Collectors.toMap(Contact::fullName, Contact::id));
        fx = new FxApp().start(db, dir);
        fx.click("#navEvents");

        // Planned: title, type, date and times, organiser, participants.
        fx.click("#newButton");
        fx.type("#titleField", "Rencontre école-entreprise");
        fx.choose("#typeCombo", "Visite d'entreprise");
        fx.type("#startDateField", "12/11/2026");
        fx.type("#startTimeField", "9h30");
        fx.type("#endTimeField", "12:00");
        fx.choose("#organiserKindCombo", "Entreprise");
        fx.choose("#organiserCompanyCombo", "Armor Robotique");
        fx.choose("#establishmentChoice", "Lycée Anita Conti");
        fx.click("#addEstablishmentButton");
        fx.choose("#companyChoice", "Armor Robotique");
        fx.click("#addCompanyButton");
        fx.choose("#contactChoice", "Marie Tanguy (Lycée Anita Conti)");
        fx.click("#addContactButton");
        fx.choose("#contactChoice", "Laurent Gicquel (Armor Robotique)");
        fx.click("#addContactButton");
        long tanguy = people.get("Marie Tanguy");
        long gicquel = people.get("Laurent Gicquel");
        fx.choose("#presence_" + tanguy, "Inscrit");
        fx.choose("#presence_" + gicquel, "Inscrit");
        // Organisations too: the lycée registered its class, the company is invited (as anyone added).
        long conti = new org.campuspilot.establishment.EstablishmentRepository(Database.open(db)).findAll().stream()
                .filter(x -> x.name().equals("Lycée Anita Conti")).findFirst().orElseThrow().id();
        long armor = new org.campuspilot.company.CompanyRepository(Database.open(db)).findAll().stream()
                .filter(x -> x.name().equals("Armor Robotique")).findFirst().orElseThrow().id();
        assertEquals(Presence.INVITE, ((javafx.scene.control.ComboBox<?>) fx.find("#companyPresence_" + armor))
                .getValue());
        fx.choose("#establishmentPresence_" + conti, "Inscrit");
        fx.click("#saveButton");

        EventRepository events = new EventRepository(Database.open(db));
        Event saved = events.findAll().stream().filter(e -> e.title().equals("Rencontre école-entreprise"))
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 12), saved.timing().startDate());
        assertEquals("Armor Robotique", saved.organiser().name());
        assertEquals(1, saved.establishments().size());
        assertEquals(1, saved.companies().size());
        assertTrue(saved.contacts().stream().allMatch(a -> a.presence() == Presence.INSCRIT));
        assertEquals(Presence.INSCRIT, saved.presenceOf(saved.establishments().get(0)));
        assertEquals(Presence.INVITE, saved.presenceOf(saved.companies().get(0)));

        // After the day: all registered were present, but one was not; a name pasted from the sign-in sheet.
        fx.click("#allPresentButton");
        fx.choose("#presence_" + tanguy, "Inscrit");
        fx.click("#pasteNamesButton");
        fx.robot.clickOn("#askTextArea").write("LE GOFF Claire");
        fx.clickText("Marquer présents");
        fx.type("#attendance_LYCEENS", "18");
        fx.type("#attendance_ENSEIGNANTS", "2");
        assertEquals("20", ((Label) fx.find("#totalLabel")).getText());
        fx.choose("#statusCombo", "Réalisé");
        fx.choose("#establishmentPresence_" + conti, "Présent");
        fx.choose("#companyPresence_" + armor, "Présent");
        fx.click("#saveButton");

        Event done = events.findById(saved.id()).orElseThrow();
        assertEquals(EventStatus.REALISE, done.status());
        assertEquals(20, done.totalPresent());
        assertEquals(1, done.count(org.campuspilot.shared.Organisation.Kind.ESTABLISHMENT, Presence.PRESENT));
        assertEquals(1, done.count(org.campuspilot.shared.Organisation.Kind.COMPANY, Presence.PRESENT));
        Map<String, Presence> presence = done.contacts().stream()
                .collect(Collectors.toMap(Attendee::name, Attendee::presence));
        assertEquals(Map.of("Laurent Gicquel", Presence.PRESENT, "Marie Tanguy", Presence.INSCRIT,
                "Claire Le Goff", Presence.PRESENT), presence);

        // Found in the calendar, on its day of November 2026; a click opens it.
        fx.click("#newButton");
        fx.click("#calendarToggle");
        fx.robot.interact(() -> { });
        Label month = fx.find("#monthLabel");
        while (!month.getText().equals("Novembre 2026")) {
            fx.click(month.getText().compareTo("Novembre 2026") > 0 && monthAfter(month.getText())
                    ? "#previousMonthButton" : "#nextMonthButton");
        }
        String chip = "#chip_" + saved.id() + "_2026-11-12";
        assertEquals("09:30 Rencontre école-entreprise", ((Label) fx.find(chip)).getText());
        fx.snapshot("13-events-calendar-found");
        fx.click(chip);
        assertEquals("Rencontre école-entreprise", ((javafx.scene.control.TextField) fx.find("#titleField"))
                .getText());
        ComboBox<?> status = fx.find("#statusCombo");
        assertEquals(EventStatus.REALISE, status.getValue());

        // The company's page lists the event; a click there opens it.
        fx.click("#navCompanies");
        fx.type("#searchField", "Armor");
        fx.clickRow("Armor Robotique");
        javafx.scene.control.ListView<Event> related = fx.find("#eventsList");
        assertEquals(java.util.List.of("Visite d'Armor Robotique", "Salon Industrie du futur Bretagne",
                "Rencontre école-entreprise", "Concours régional de robotique", "Comité de pilotage 2024-2025",
                "Forum des métiers de l'industrie 2024", "Comité de pilotage 2023-2024",
                "Forum des métiers de l'industrie 2023", "Lancement du campus labellisé"), related.getItems().stream()
                .map(Event::title).toList(), "organised or taken part in, most recent first");
        fx.reveal(related);
        javafx.scene.Node cell = fx.robot.lookup(".events-list .list-cell")
                .match((javafx.scene.control.ListCell<Event> c) -> c.getItem() != null
                        && c.getItem().id().equals(saved.id()) && FxApp.shown(c)).query();
        fx.robot.clickOn(cell);
        fx.settle();
        assertTrue(((javafx.scene.control.ToggleButton) fx.find("#navEvents")).isSelected());
        assertEquals("Rencontre école-entreprise", ((javafx.scene.control.TextField) fx.find("#titleField"))
                .getText());
    }

    /** True when the month shown comes after November 2026. */
    private static boolean monthAfter(String label) {
        String[] parts = label.split(" ");
        int year = Integer.parseInt(parts[1]);
        return year > 2026 || year == 2026 && parts[0].equals("Décembre");
    }
}
