package org.campuspilot.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.campuspilot.shared.Problem;
import org.campuspilot.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one guard of every import: formulas, control characters, line breaks and lengths, each refused by name. */
class CellGuardTest {
    private static final Messages FR = Messages.load(Messages.FRENCH);

    @ParameterizedTest
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "@SUM(A1:A9)", "+cmd|' /C calc'!A0", "-2+cmd|' /C calc'!A0",
        "+33+cmd|' /C calc'!A0", "-2+cmd", "  =1+1", "\t=1+1", "\r\n=HYPERLINK(\"http://x\")", " -B2", "+A1",
        "-$B$2", "-SOMME(A1:A3)", "- HYPERLINK(\"http://example.com\")", "-1+A1", "+\"texte\"", "-'Feuil1'!A1",
        "- Feuil1!A1", "-x", "-Lycée", "=", "@", "+(A1)", "-12 & cmd", "+2 * nom"})
    void aCellThatASpreadsheetWouldEvaluateIsAFormula(String cell) {
        assertTrue(CellGuard.formulaLike(cell), cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+33 2 99 12 34 56", "+33 (0)2 99 12 34 56", "-25", "-1 234,50 €", "-12,50", "+12.5",
        "-12 salariés", "- Lycée Jean-Moulin", "- Lycée professionnel (site 2)", "-", "+", "", "   ", "Lycée -2+cmd",
        "Rennes", "02 99 12 34 56", "-2-3", "- 25", "+33-2-99-12-34-56", "0350031U", "2025-2026"})
    void numbersPhoneNumbersAndTextAreValues(String cell) {
        assertFalse(CellGuard.formulaLike(cell), cell);
    }

    @Test
    void aFormulaIsRefusedNamingTheCellAndItsColumn() {
        Problem p = CellGuard.check("-2+cmd|' /C calc'!A0", CellGuard.Field.LINE, "Nom");
        assertEquals(Problem.of("import.cell.formula", "-2+cmd|' /C calc'!A0", "Nom"), p);
        assertTrue(FR.get(p).contains("« -2+cmd|' /C calc'!A0 » de la colonne « Nom » commence comme une formule"),
                FR.get(p));
        String longFormula = "=HYPERLINK(\"http://example.com/a-very-long-address\")";
        assertEquals(Problem.of("import.cell.formula", longFormula.substring(0, 40) + "…", "Site"),
                CellGuard.any(longFormula, "Site"), "a long cell is quoted cut");
    }

    @Test
    void aNulByteOrAControlCharacterIsRefusedWhereItIs() {
        assertEquals(Problem.of("import.cell.nul", "Nom", 4), CellGuard.check("Lyc\0ée", CellGuard.Field.LINE,
                "Nom"));
        assertEquals(Problem.of("import.cell.control", "Notes", "U+0007", 2), CellGuard.check("a\u0007",
                CellGuard.Field.TEXT, "Notes"));
        assertEquals(Problem.of("import.cell.control", "Notes", "U+007F", 1), CellGuard.any("\u007F", "Notes"));
        assertEquals(Problem.of("import.cell.control", "Notes", "U+0085", 3), CellGuard.any("ab\u0085", "Notes"));
        assertTrue(FR.get(CellGuard.any("a\0", "Nom")).contains("octet nul"));
    }

    @Test
    void lineBreaksAreTextOnlyInTheFieldsThatHoldSeveralLines() {
        assertNull(CellGuard.check("Première ligne\r\nseconde\tligne", CellGuard.Field.TEXT, "Notes"));
        assertNull(CellGuard.check("0350031U\n0350795Z", CellGuard.Field.LIST, "UAI"));
        assertEquals(Problem.of("import.cell.lineBreak", "Nom"), CellGuard.check("Lycée\nJean Moulin",
                CellGuard.Field.LINE, "Nom"));
        assertEquals(Problem.of("import.cell.lineBreak", "Nom"), CellGuard.check("Lycée\tJean Moulin",
                CellGuard.Field.LINE, "Nom"));
        assertNull(CellGuard.check("  Lycée Jean Moulin \r\n", CellGuard.Field.LINE, "Nom"),
                "the spaces and line breaks around a value are not kept, so not refused");
    }

    @Test
    void eachFieldHasItsLongestText() {
        assertNull(CellGuard.check("x".repeat(300), CellGuard.Field.LINE, "Nom"));
        assertEquals(Problem.of("import.cell.tooLong", "Nom", 301, 300), CellGuard.check("x".repeat(301),
                CellGuard.Field.LINE, "Nom"));
        assertEquals(Problem.of("import.cell.tooLong", "E-mail", 255, 254), CellGuard.check("a".repeat(244)
                + "@exemple.fr", CellGuard.Field.EMAIL, "E-mail"));
        assertNull(CellGuard.check("https://exemple.fr/" + "a".repeat(1_981), CellGuard.Field.URL, "Site"));
        assertEquals(Problem.of("import.cell.tooLong", "Site", 2_001, 2_000), CellGuard.check("h".repeat(2_001),
                CellGuard.Field.URL, "Site"));
        assertNull(CellGuard.check("x".repeat(10_000), CellGuard.Field.TEXT, "Notes"));
        assertEquals(Problem.of("import.cell.tooLong", "Notes", 10_001, 10_000), CellGuard.check("x".repeat(10_001),
                CellGuard.Field.TEXT, "Notes"));
        assertEquals(Problem.of("import.cell.tooLong", "UAI", 4_001, 4_000), CellGuard.check("x".repeat(4_001),
                CellGuard.Field.LIST, "UAI"));
        assertTrue(FR.get(CellGuard.check("x".repeat(301), CellGuard.Field.LINE, "Nom")).contains(
                "or ce champ en prend au plus 300"));
    }

    @Test
    void aCellNoSpreadsheetCouldHoldSaysTheFileIsDamaged() {
        String huge = "x".repeat(10_000_000);
        assertEquals(Problem.of("import.cell.huge", "Notes", 10_000_000, CellGuard.MAX_CELL), CellGuard.any(huge,
                "Notes"));
        assertEquals(Problem.of("import.cell.huge", "Nom", 10_000_000, CellGuard.MAX_CELL), CellGuard.check(huge,
                CellGuard.Field.LINE, "Nom"));
        assertNull(CellGuard.any("x".repeat(CellGuard.MAX_CELL), "Colonne sans champ"),
                "a column no field reads takes what a spreadsheet holds");
    }
}
