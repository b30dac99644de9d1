package org.campuspilot.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table read as the file shows it (found by trying imports as a hostile user, issue 20): its separator, its
 * shifted rows, its sheets, its accents and computed numbers, what is not a file.
 */
class TableFileShapeTest {
    @TempDir Path dir;

    private static TableFile.Table csv(String text) throws Exception {
        return TableFile.csv(text.getBytes(StandardCharsets.UTF_8), "t.csv");
    }

    @Test
    void aTabSeparatedFileAndExcelsSepLineAreRead() throws Exception {
        TableFile.Table tabs = csv("SIRET\tRaison sociale\r\n21350016800025\tAtelier Baulon\r\n");
        assertEquals(List.of("SIRET", "Raison sociale"), tabs.header());
        TableFile.Table sep = csv("sep=,\r\nSIRET,Raison sociale\r\n21350016800025,\"Atelier Baulon; Mécanique\"\r\n");
        assertEquals(List.of("SIRET", "Raison sociale"), sep.header());
        assertEquals("Atelier Baulon; Mécanique", sep.rows().get(0).cell(1));
        assertEquals(3, sep.rows().get(0).line(), "the lines keep their number in the file");
    }

    @Test
    void aRowShiftedByAnUnquotedSeparatorIsRefusedAtItsLine() {
        ImportFileException e = assertThrows(ImportFileException.class, () -> csv(
                "SIRET;Raison sociale;Commune\r\n21350016800025;Atelier Baulon;Baulon\r\n"
                        + "21350050700024;Cardroc; Robotique;Cardroc\r\n"));
        assertEquals(Problem.of("import.sheet.tooManyCells", "t.csv", 3, 4, 3, ";"), e.problem());
    }

    @Test
    void accentsAreOneCharacterAndComputedNumbersLoseTheirNoise() throws Exception {
        TableFile.Table t = csv("Nom\r\nBe\u0301nard\r\n");
        assertEquals("B\u00e9nard", t.rows().get(0).cell(0), "e + combining acute is é");
        Path xlsx = dir.resolve("computed.xlsx");
        try (var o = Files.newOutputStream(xlsx); var book = new org.dhatim.fastexcel.Workbook(o, "t", "1.0")) {
            var sheet = book.newWorksheet("Feuil1");
            sheet.value(0, 0, "Montant");
            sheet.value(1, 0, 0.1 + 0.2);
            sheet.value(2, 0, 1234.5600000000001);
        }
        TableFile.Table read = TableFile.read(xlsx);
        assertEquals("0.3", read.rows().get(0).cell(0));
        assertEquals("1234.56", read.rows().get(1).cell(0));
    }

    @Test
    void aWorkbookWithDataOnTwoVisibleSheetsIsRefusedAndAHiddenSheetIsNotRead() throws Exception {
        Path two = dir.resolve("two.xlsx");
        try (var o = Files.newOutputStream(two); var book = new org.dhatim.fastexcel.Workbook(o, "t", "1.0")) {
            var first = book.newWorksheet("Entreprises");
            first.value(0, 0, "SIRET");
            first.value(1, 0, "21350016800025");
            var second = book.newWorksheet("Autres");
            second.value(0, 0, "SIRET");
            second.value(1, 0, "21350050700024");
        }
        ImportFileException e = assertThrows(ImportFileException.class, () -> TableFile.read(two));
        assertEquals(Problem.of("import.sheet.severalSheets", "two.xlsx", "Entreprises", "« Autres »"), e.problem());

        Path hidden = dir.resolve("hidden.xlsx");
        try (var o = Files.newOutputStream(hidden); var book = new org.dhatim.fastexcel.Workbook(o, "t", "1.0")) {
            var secret = book.newWorksheet("Cachée");
            secret.value(0, 0, "SIRET");
            secret.value(1, 0, "99999999999999");
            secret.setVisibilityState(org.dhatim.fastexcel.VisibilityState.HIDDEN);
            var shown = book.newWorksheet("Entreprises");
            shown.value(0, 0, "SIRET");
            shown.value(1, 0, "21350016800025");
        }
        assertEquals("21350016800025", TableFile.read(hidden).rows().get(0).cell(0), "the sheet the director sees");
    }

    @Test
    void aFolderIsNotAFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("entreprises.csv"));
        assertEquals("import.file.notAFile", assertThrows(ImportFileException.class, () -> TableFile.read(folder))
                .problem().key());
        assertEquals("import.file.notAFile", assertThrows(ImportFileException.class, () -> AnnuaireReader.read(
                folder, AnnuaireFilter.ALL, b -> {
                }, () -> false)).problem().key());
    }

    @Test
    void aDateOutsideTheYearsOfACampusIsRefused() {
        assertEquals("validation.date.range", FrenchFormats.parseDate("15/03/0026").problem().orElseThrow().key());
        assertEquals("validation.date.range", FrenchFormats.parseDate("+10000-01-01").problem().orElseThrow().key());
        assertEquals("validation.date.range", FrenchFormats.parseDate("1899-12-25").problem().orElseThrow().key());
        assertTrue(FrenchFormats.parseDate("15/03/2026").isOk());
    }

    @Test
    void invisibleCharactersAreRefusedWhereTheyAre() {
        assertEquals(Problem.of("import.cell.control", "Nom", "U+200B", 4), CellGuard.any("Ber\u200Bnard", "Nom"));
        assertEquals(Problem.of("import.cell.control", "Nom", "U+202E", 1), CellGuard.any("\u202Edranreb", "Nom"));
        assertEquals(Problem.of("import.cell.control", "Nom", "U+2028", 2), CellGuard.any("a\u2028b", "Nom"));
        assertEquals(null, CellGuard.any("Équipe \uD83D\uDC69\u200D\uD83D\uDD27", "Notes"), "an emoji sequence");
    }
}
