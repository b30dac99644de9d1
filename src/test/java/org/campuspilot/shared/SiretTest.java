package org.campuspilot.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.campuspilot.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

    @ParameterizedTest
    @ValueSource(strings = {"19350031100017", "77778441400016", "21350016800025", "50367276800150",
        "193 500 311 00017"})
    void acceptsRealSiretsFromTheAnnuaire(String code) {
        assertTrue(Siret.check(code).isOk(), code);
    }

    @Test
    void rejectsAWrongChecksum() {
        Checked<Siret> c = Siret.check("19350031100018");
        assertFalse(c.isOk());
        assertEquals("validation.siret.checksum", c.problem().orElseThrow().key());
    }

    @Test
    void aSiretWhoseSirenFailsItsOwnKeyIsRefusedNotAnError() {
        Checked<Siret> c = Siret.check("21350000000004");
        assertFalse(c.isOk(), "the SIRET's key passes, the SIREN 213500000's does not");
        assertEquals("validation.siret.sirenChecksum", c.problem().orElseThrow().key());
        assertFalse(org.campuspilot.shared.CompanyNumber.check("21350000000004").isOk());
    }

    @Test
    void laPosteSiretsAreValidWhenTheirDigitSumIsAMultipleOfFive() {
        // 356000000 + 00048: digit sum 3+5+6+4+8 = 26 -> not a multiple of 5 (though it may pass Luhn or not)
        assertFalse(Siret.check("35600000000048").isOk());
        // 356000000 + 09075: digit sum 3+5+6+9+7+5 = 35 -> valid under La Poste's rule
        assertTrue(Siret.check("35600000009075").isOk());
        assertFalse(Digits.luhn("35600000009075"), "this La Poste SIRET fails Luhn: only La Poste's rule admits it");
    }

    @Test
    void explainsLengthAndDigits() {
        assertEquals("validation.siret.length", Siret.check("123").problem().orElseThrow().key());
        assertEquals("validation.siret.digits", Siret.check("1935003110001A").problem().orElseThrow().key());
        assertEquals("validation.siret.empty", Siret.check("").problem().orElseThrow().key());
    }

    @Test
    void showsTheUsualGroupingAndItsSiren() {
        Siret s = Siret.check("19350031100017").value();
        assertEquals("193 500 311 00017", s.display());
        assertEquals("193500311", s.siren());
    }

    @Test
    void everySiretOfTheRealAnnuaireSamplePasses() throws Exception {
        var path = TestData.annuaireSample();
        int checked = 0;
        for (String line : java.nio.file.Files.readAllLines(path)) {
            String[] cols = line.split(";", -1);
            if (cols.length > 39 && cols[39].matches("\\d{14}")) {
                assertTrue(Siret.check(cols[39]).isOk(), cols[39]);
                checked++;
            }
        }
        assertTrue(checked > 200, "only " + checked + " SIRETs read");
    }
}
