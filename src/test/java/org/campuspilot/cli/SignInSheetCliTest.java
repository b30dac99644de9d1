package org.campuspilot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export emargement}: the sign-in sheet of an event, headless. */
class SignInSheetCliTest extends CommandLineTest {
    @TempDir Path dir;


    @Test
    void writesTheSheetOfAnEventOrABlankOneAndListsTheNumbersWhenOneIsUnknown() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        assertEquals(0, run("demo", "--db", db.toString()));
        Path pdf = dir.resolve("ag.pdf");
        assertEquals(0, run("export", "emargement", "--db", db.toString(), "--event", "9", "--out", pdf.toString()),
                err());
        assertEquals("Feuille d'émargement de « Assemblée générale de l'association » (7 personne(s) et des lignes "
                + "vierges) écrite dans " + pdf + ".", out().strip());
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Claire Le Goff"));
        }
        Path blank = dir.resolve("vierge.pdf");
        assertEquals(0, run("export", "emargement", "--db", db.toString(), "--event", "9", "--blank", "--out",
                blank.toString()));
        try (var doc = Loader.loadPDF(blank.toFile())) {
            assertFalse(new PDFTextStripper().getText(doc).contains("Claire Le Goff"));
        }
        Path none = dir.resolve("none.pdf");
        assertEquals(1, run("export", "emargement", "--db", db.toString(), "--event", "999", "--out",
                none.toString()));
        String said = err();
        assertTrue(said.startsWith("Il n'y a pas d'événement numéro 999 dans ce fichier."), said);
        assertTrue(said.contains("Assemblée générale") || said.lines().count() > 1, said);
        assertFalse(Files.exists(none));
    }
}
