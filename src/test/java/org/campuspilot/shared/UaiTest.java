package org.campuspilot.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UaiTest {

    @ParameterizedTest
    @ValueSource(strings = {"0350031U", "0750654D", "0351054F", "0752524L", "0920131T"})
    void acceptsTheRealCodesOfTheDomain(String code) {
        Checked<Uai> c = Uai.check(code);
        assertTrue(c.isOk(), () -> c.problem().toString());
        assertEquals(code, c.value().code());
    }

    @Test
    void rejectsEveryWrongLetterAndNamesTheExpectedOne() {
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            if (letter == 'U') {
                continue;
            }
            Checked<Uai> c = Uai.check("0350031" + letter);
            assertFalse(c.isOk(), "0350031" + letter);
            Problem p = c.problem().orElseThrow();
            assertEquals("validation.uai.letter", p.key());
            assertEquals(List.of("0350031" + letter, "U"), p.args());
        }
    }

    @Test
    void normalisesCaseAndSpaces() {
        assertEquals("0350031U", Uai.check(" 035 0031u\u00a0").value().code());
        assertEquals("0350031U", Uai.check("0350031\u202Fu").value().code());
    }

    @Test
    void explainsLengthDigitsAndEmptiness() {
        assertEquals("validation.uai.empty", Uai.check("  ").problem().orElseThrow().key());
        assertEquals("validation.uai.length", Uai.check("350031U").problem().orElseThrow().key());
        assertEquals(List.of("350031U", 7), Uai.check("350031U").problem().orElseThrow().args());
        assertEquals("validation.uai.digits", Uai.check("03A0031U").problem().orElseThrow().key());
    }

    @Test
    void checkLetterIsTheDigitsModulo23InTheAlphabetWithoutIOQ() {
        assertEquals('A', Uai.expectedLetter("0000000"));
        assertEquals('Z', Uai.expectedLetter("0000022"));
        assertEquals('H', Uai.expectedLetter("0000007"));
        assertEquals('J', Uai.expectedLetter("0000008"));
        assertEquals("ABCDEFGHJKLMNPRSTUVWXYZ", Uai.LETTERS);
    }

    @Test
    void knowsItsDepartementIncludingCorsica() {
        assertEquals("035", new Uai("0350031U").departement());
        String corsica = "6200001" + Uai.expectedLetter("6200001");
        assertEquals("620", Uai.check(corsica).value().departement());
    }

    @Test
    void constructorRefusesInvalidOrUnnormalisedCodes() {
        assertThrows(IllegalArgumentException.class, () -> new Uai("0350031A"));
        assertThrows(IllegalArgumentException.class, () -> new Uai("0350031u"));
    }
}
