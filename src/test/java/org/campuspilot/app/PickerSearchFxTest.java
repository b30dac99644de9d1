package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.event.Event;
import org.campuspilot.event.EventRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pickers of records searched as you type (accents and case ignored): an establishment (the event's place), a
 * company (its organiser) and a person (a participant), each found by typing a few letters, then saved.
 */
class PickerSearchFxTest {
    @TempDir Path dir;
    FxApp fx;

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    @Test
    void typeAFewLettersInEachKindOfPickerAndSave() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        fx = new FxApp().start(db, dir);
        fx.click("#navEvents");
        fx.click("#newButton");
        fx.type("#titleField", "Forum des métiers");
        fx.choose("#typeCombo", "Visite d'entreprise");
        fx.type("#startDateField", "12/11/2026");
        fx.type("#startTimeField", "9h30");
        fx.type("#endTimeField", "12:00");

        typeInto("#placeEstablishmentCombo", "lycee anita");
        assertTrue(shown("#placeEstablishmentCombo").startsWith("Lycée Anita Conti · "), shown("#placeEstablishmentCombo"));
        fx.snapshot("picker-search-place");

        fx.choose("#organiserKindCombo", "Entreprise");
        typeInto("#organiserCompanyCombo", "ARMOR rob");
        assertTrue(shown("#organiserCompanyCombo").startsWith("Armor Robotique · "), shown("#organiserCompanyCombo"));

        typeInto("#contactChoice", "gicquel");
        assertTrue(shown("#contactChoice").startsWith("Laurent Gicquel"), shown("#contactChoice"));
        fx.click("#addContactButton");
        fx.click("#saveButton");
        EventRepository events = new EventRepository(Database.open(db));
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> events.findAll().stream().anyMatch(e -> e.title().equals("Forum des métiers")));
        fx.snapshot("picker-search-saved");
        Event saved = events.findAll().stream()
                .filter(e -> e.title().equals("Forum des métiers")).findFirst().orElseThrow();
        assertEquals("Lycée Anita Conti", saved.placeEstablishment().name());
        assertEquals("Armor Robotique", saved.organiser().name());
        assertEquals(1, saved.contacts().size());
    }

    /** Gives the picker the focus with its list closed and types, as a user tabbing into it. */
    private void typeInto(String query, String text) {
        ComboBox<?> combo = fx.find(query);
        fx.reveal(combo);
        fx.robot.interact(combo::requestFocus);
        fx.robot.write(text);
        fx.settle();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private String shown(String query) {
        ComboBox combo = fx.find(query);
        return combo.getConverter().toString(combo.getValue());
    }
}
