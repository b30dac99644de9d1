package org.campuspilot.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The 2019 levels and the old (1969) names, both ways, for every level. */
class TrainingLevelTest {
    /** The domain notes (DOMAIN.md), table « Training levels ». */
    static final Map<Integer, String> OLD = Map.of(1, "", 2, "", 3, "V", 4, "IV", 5, "III", 6, "II", 7, "I", 8, "I");

    @Test
    void everyNationalLevelHasItsOldNameAndComesBack() {
        for (int n = 1; n <= 8; n++) {
            TrainingLevel level = TrainingLevel.ofNational(n);
            assertEquals(n, level.national());
            String old = OLD.get(n);
            if (old.isEmpty()) {
                assertNull(level.old(), "level " + n + " has no old name");
                assertEquals(String.valueOf(n), level.shortLabel());
            } else {
                assertEquals(old, level.old());
                assertTrue(TrainingLevel.ofOld(old).isPresent(), old + " -> " + n);
                assertEquals(old + " (" + n + ")", level.shortLabel());
            }
        }
    }

    @Test
    void everyOldNameGivesOneNationalLevel() {
        assertEquals(Optional.of(TrainingLevel.LEVEL_3), TrainingLevel.ofOld("V"));
        assertEquals(Optional.of(TrainingLevel.LEVEL_4), TrainingLevel.ofOld("iv"));
        assertEquals(Optional.of(TrainingLevel.LEVEL_5), TrainingLevel.ofOld(" III "));
        assertEquals(Optional.of(TrainingLevel.LEVEL_6), TrainingLevel.ofOld("II"));
        assertEquals(Optional.of(TrainingLevel.LEVEL_7), TrainingLevel.ofOld("I"),
                "old level I, split into 7 and 8 in 2019, is read as 7: one action counts at one level");
        assertEquals(Optional.empty(), TrainingLevel.ofOld("VI"));
        assertThrows(IllegalArgumentException.class, () -> TrainingLevel.ofNational(9));
    }

    @Test
    void hoursAreTypedTheFrenchWayAndKeptExact() {
        assertEquals(350, Hours.check("3,5").value().hundredths());
        assertEquals(350, Hours.check("3.5").value().hundredths());
        assertEquals(350, Hours.check("3h30").value().hundredths());
        assertEquals(1200, Hours.check("12").value().hundredths());
        assertEquals("3,5", new Hours(350).display());
        assertEquals("105", new Hours(350).times(30).display());
        assertEquals("validation.hours.format", Hours.check("3h75").problem().orElseThrow().key());
        assertEquals("validation.hours.format", Hours.check("-2").problem().orElseThrow().key());
    }
}
