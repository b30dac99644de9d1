package org.campuspilot.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.campuspilot.TestData;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annuaire through the guard every import shares: a cell that would run as a formula, a control character or a
 * text too long is a rejected line; an invalid phone number or e-mail is kept out of the record with a warning.
 */
class AnnuaireGuardTest {
    @TempDir Path dir;

    /** The sample's header and first four rows, with {@code value} in {@code column} of the row on line 3. */
    private Path sample(String column, String value) throws Exception {
        List<String> lines = Files.readAllLines(TestData.annuaireSample(), StandardCharsets.UTF_8).subList(0, 5);
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(";", -1));
        String[] row = lines.get(2).split(";", -1);
        row[header.indexOf(column)] = value;
        List<String> out = new ArrayList<>(lines);
        out.set(2, String.join(";", row));
        Path file = dir.resolve("annuaire.csv");
        Files.writeString(file, String.join("\r\n", out) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    private static AnnuaireReader.Result read(Path file) throws ImportFileException {
        return AnnuaireReader.read(file, AnnuaireFilter.ALL, b -> {
        }, () -> false);
    }

    private Problem rejected(String column, String value) throws Exception {
        AnnuaireReader.Result r = read(sample(column, value));
        assertTrue(r.hasBlockingIssues(), value);
        assertEquals(1, r.issues().size());
        assertEquals(3, r.issues().get(0).line());
        assertEquals(3, r.candidates().size(), "the other rows are read");
        return r.issues().get(0).problem();
    }

    @Test
    void aNameThatWouldRunAsAFormulaIsARejectedLine() throws Exception {
        for (String formula : List.of("=cmd|' /C calc'!A0", "@SUM(A1:A9)", "+cmd|' /C calc'!A0",
                "-2+cmd|' /C calc'!A0", "+33+cmd|' /C calc'!A0")) {
            assertEquals(Problem.of("import.cell.formula", formula, "Nom_etablissement"), rejected(
                    "Nom_etablissement", formula));
        }
        assertEquals("import.cell.formula", rejected("Telephone", "+33+cmd|' /C calc'!A0").key(),
                "a formula is refused, not only left out as an invalid phone");
    }

    @Test
    void controlCharactersAndOverLongCellsAreRejectedLines() throws Exception {
        assertEquals(Problem.of("import.cell.nul", "Nom_commune", 4), rejected("Nom_commune", "Bru\0z"));
        assertEquals(Problem.of("import.cell.control", "Adresse_1", "U+001B", 1), rejected("Adresse_1",
                "\u001B[2J 6 rue Philippe"));
        assertEquals(Problem.of("import.cell.tooLong", "Nom_etablissement", 301, 300), rejected("Nom_etablissement",
                "L".repeat(301)));
        assertEquals(Problem.of("import.cell.tooLong", "Web", 2_001, 2_000), rejected("Web", "http://a.fr/"
                + "x".repeat(1_989)));
    }

    @Test
    void aTenMillionCharacterCellStopsTheReaderAtItsLine() throws Exception {
        ImportFileException e = assertThrows(ImportFileException.class, () -> read(sample("Nom_etablissement",
                "x".repeat(10_000_000))));
        assertEquals(Problem.of("import.file.cellTooLong", "annuaire.csv", "3", AnnuaireCells.MAX_BUFFER),
                e.problem());
    }

    @Test
    void anInvalidPhoneIsKeptOutWithAWarningAndTheRowImported() throws Exception {
        AnnuaireReader.Result r = read(sample("Telephone", "02 99 85"));
        assertFalse(r.hasBlockingIssues());
        assertEquals(4, r.candidates().size());
        assertEquals(0, r.setAside(), "a warning's line is imported, not set aside");
        ImportIssue warning = r.issues().get(0);
        assertEquals(1, r.issues().size());
        assertEquals(3, warning.line());
        assertTrue(warning.warning() && !warning.blocking());
        assertEquals("import.annuaire.leftOut", warning.problem().key());
        Establishment e = r.candidates().get(1).establishment();
        assertEquals(3, r.candidates().get(1).line());
        assertNull(e.phone());
        assertTrue(e.email() != null, "the rest of the row is kept");
    }

    @Test
    void anInvalidSiretIsNowAWarningButOneInScientificNotationStillRejectsTheLine() throws Exception {
        AnnuaireReader.Result r = read(sample("SIREN_SIRET", "19350031100018"));
        assertFalse(r.hasBlockingIssues());
        assertEquals("import.annuaire.leftOut", r.issues().get(0).problem().key());
        assertNull(r.candidates().get(1).establishment().siret());
        assertEquals("validation.companyNumber.scientific", rejected("SIREN_SIRET", "1,93500311E+13").key());
    }

    @Test
    void trickyButValidValuesAreImportedAsWritten() throws Exception {
        AnnuaireReader.Result r = read(sample("Telephone", "+33 2 99 85 38 02"));
        assertEquals(List.of(), r.issues());
        assertEquals("0299853802", r.candidates().get(1).establishment().phone().digits());
        r = read(sample("Nom_etablissement", "- Lycée professionnel Jean-Moulin (site 2)"));
        assertEquals(List.of(), r.issues(), "a dash before words is text, not a formula");
        assertEquals("- Lycée professionnel Jean-Moulin (site 2)", r.candidates().get(1).establishment().name());
    }
}
