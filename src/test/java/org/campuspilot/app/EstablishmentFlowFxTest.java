package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.campuspilot.TestCampus;
import org.campuspilot.establishment.EstablishmentRepository;
import org.campuspilot.db.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a director does on a first day: create the campus, add a member, find it again after a restart. */
class EstablishmentFlowFxTest {
    @TempDir Path dir;
    FxApp fx;

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    @Test
    void createCampusAddEstablishmentFixTheUaiFindItAndFindItAgainAfterReopening() throws Exception {
        Path db = dir.resolve("mon-campus.campuspilot");
        fx = new FxApp().start(db, dir);

        // First start on an empty file: the welcome screen.
        assertTrue(fx.exists("#createCampusButton"));
        fx.click("#createCampusButton");

        // The campus's identity.
        fx.click("#saveCampusButton");
        Label nameError = fx.find("#campusNameError");
        assertEquals("Ce champ est obligatoire.", nameError.getText());
        fx.type("#campusNameField", "Campus Industrie du futur");
        fx.choose("#sectorCombo", "Systèmes innovants, mécatronique");
        // The académie from the official list; its région comes with it.
        fx.choose("#academieField", "Rennes");
        assertEquals("Bretagne", ((javafx.scene.control.ComboBox<?>) fx.find("#regionField")).getValue());
        fx.type("#labelEndField", "31/08/2027");
        fx.click("#saveCampusButton");
        assertTrue(fx.exists("#dashboard"), "the dashboard shows once the campus is created");
        // ... with the campus just created, not the empty file read at start-up.
        assertEquals("Campus Industrie du futur", fx.<Label>find("#campusName").getText());
        assertTrue(fx.<Label>find("#campusLabel").getText().contains("31/08/2027"),
                fx.<Label>find("#campusLabel").getText());
        var identity = new org.campuspilot.campus.CampusRepository(Database.open(db)).find().orElseThrow();
        assertEquals("Rennes", identity.academie());
        assertEquals("Bretagne", identity.region());

        // A new establishment with a wrong UAI: the error is at the field and says which letter is expected.
        fx.click("#navEstablishments");
        fx.click("#newButton");
        fx.type("#uaiField", "0350031A");
        fx.robot.clickOn("#nameField");
        fx.settle();
        Label uaiError = fx.find("#uaiError");
        assertEquals("Le code UAI 0350031A n'est pas valide : la lettre de contrôle attendue est U.",
                uaiError.getText());
        fx.type("#nameField", "Lycee professionnel Jean Jaures");
        fx.choose("#kindCombo", "Lycée professionnel");
        fx.type("#cityField", "Rennes");
        fx.click("#saveButton");
        assertEquals(0, new EstablishmentRepository(Database.open(db)).count(), "nothing saved with a wrong UAI");

        // Fixed, saved.
        fx.type("#uaiField", "0350031u");
        fx.click("#saveButton");
        assertFalse(uaiError.isVisible(), () -> "uai error: " + uaiError.getText() + " / form: "
                + ((Label) fx.find("#formError")).getText() + " / uai: " + ((javafx.scene.control.TextField) fx.find("#uaiField")).getText());
        TableView<?> table = fx.find("#table");
        assertEquals(1, table.getItems().size());
        assertEquals("0350031U", new EstablishmentRepository(Database.open(db)).findAll().get(0).uai().code());

        // Found by search; a search for something else finds nothing.
        fx.type("#searchField", "jaures");
        assertEquals(1, table.getItems().size());
        fx.type("#searchField", "brequigny");
        assertEquals(0, table.getItems().size());
        fx.click("#clearSearchIcon");
        assertEquals(1, table.getItems().size(), "the clear button shows every establishment again");

        // Reopen the same file: it is all there.
        fx.stop();
        fx = new FxApp().start(db, dir);
        assertTrue(fx.exists("#dashboard"));
        fx.click("#navEstablishments");
        fx.type("#searchField", "0350031");
        TableView<?> again = fx.find("#table");
        assertEquals(1, again.getItems().size());
    }

    @Test
    void aDuplicateUaiIsRefusedAtTheFieldAndDeletingAsksFirst() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        org.campuspilot.TestCampus.demo(db);
        fx = new FxApp().start(db, dir);
        fx.click("#navEstablishments");
        TableView<?> table = fx.find("#table");
        int before = table.getItems().size();

        fx.click("#newButton");
        fx.type("#uaiField", "0351054F");
        fx.type("#nameField", "Doublon");
        fx.settle();
        // Said when the UAI field is left, as for a SIRET, with the way to the record already on file.
        assertTrue(((Label) fx.find("#uaiError")).getText().startsWith("Le code UAI 0351054F est déjà celui de"),
                ((Label) fx.find("#uaiError")).getText());
        assertTrue(fx.exists("#openExistingLink"), "the link to the existing record");
        fx.choose("#kindCombo", "Lycée professionnel");
        fx.click("#saveButton");
        Label uaiError = fx.find("#uaiError");
        assertTrue(uaiError.getText().startsWith("Le code UAI 0351054F est déjà celui de « Lycée professionnel "
                + "Charles Tillon »"), uaiError.getText());
        assertEquals(before, table.getItems().size());

        // The refused record is still in the form: « Nouvel établissement » asks once before discarding it.
        fx.click("#newButton");
        fx.robot.clickOn((javafx.scene.control.Button b) -> "Abandonner les modifications".equals(b.getText()));
        fx.settle();
        assertTrue(fx.robot.lookup((javafx.scene.control.Button b) -> "Abandonner les modifications"
                .equals(b.getText())).tryQuery().isEmpty(), "the question is asked once, not twice");
        assertEquals("", ((javafx.scene.control.TextField) fx.find("#uaiField")).getText());

        // Delete a member: the confirmation names the action; cancelling keeps it, confirming deletes it.
        fx.type("#searchField", "Tillon");
        fx.clickRow("Lycée professionnel Charles Tillon");
        fx.robot.clickOn("#deleteButton");
        fx.settle();
        fx.clickText("Annuler");
        fx.settle();
        assertEquals(1, table.getItems().size());
        fx.robot.clickOn("#deleteButton");
        fx.settle();
        fx.robot.clickOn((javafx.scene.control.Button b) -> "Supprimer l'établissement".equals(b.getText())
                && b.getScene() != fx.stage.getScene());
        fx.settle();
        assertEquals(0, table.getItems().size());
        assertEquals(before - 1, new EstablishmentRepository(Database.open(db)).count());
    }
}
