package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.campuspilot.TestCampus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The director prints the feuille d'émargement of an event from its page, with the names and blank. */
class SignInSheetFxTest {
    private static final String FIRST = "Jean-Marc Cadiou";
    @TempDir Path dir;
    FxApp fx;

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    @Test
    void printTheSignInSheetOfTheSteeringCommitteeThenABlankOne() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        fx = new FxApp().start(db, dir);
        fx.click("#navEvents");
        fx.click("#listToggle");
        fx.type("#searchField", "Comité de pilotage");
        fx.clickRow("Comité de pilotage d'automne");

        Path pdf = dir.resolve("emargement-ag.pdf");
        fx.click("#signInButton");
        fx.clickText("Avec les personnes invitées et inscrites");
        fx.type("#savePathField", pdf.toString());
        fx.clickText("Enregistrer");
        fx.settle();
        assertTrue(fx.notificationText().contains("(5 personne(s) et des lignes vierges) est enregistrée dans "
                + pdf), fx.notificationText());
        fx.snapshot("21-event-sign-in-sheet-saved");
        fx.closeNotification();
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Comité de pilotage d'automne") && text.contains(FIRST));
        }

        Path blank = dir.resolve("emargement-vierge.pdf");
        fx.click("#signInButton");
        fx.clickText("Vierge, pour les personnes non inscrites");
        fx.type("#savePathField", blank.toString());
        fx.clickText("Enregistrer");
        fx.settle();
        assertTrue(fx.notificationText().contains("vierge est enregistrée dans " + blank), fx.notificationText());
        fx.closeNotification();
        try (var doc = Loader.loadPDF(blank.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertFalse(text.contains(FIRST));
            assertEquals(1, doc.getNumberOfPages());
        }
    }
}
