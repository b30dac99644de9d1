package org.campuspilot.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.campuspilot.TestData;
import org.junit.jupiter.api.Test;

/** SIREN, SIRET-or-SIREN, NAF codes and the name comparison used to find duplicates. */
class CompanyValuesTest {

    @Test
    void sirenIsNineDigitsCheckedWithLuhn() {
        assertEquals("193500311", Siren.check("193 500 311").value().code());
        assertEquals("193 500 311", Siren.check("193500311").value().display());
        assertEquals("validation.siren.checksum", Siren.check("193500312").problem().orElseThrow().key());
        assertEquals("validation.siren.length", Siren.check("19350031").problem().orElseThrow().key());
        assertEquals("validation.siren.digits", Siren.check("19350031A").problem().orElseThrow().key());
        assertTrue(Siren.check("356000000").isOk(), "La Poste's SIREN passes Luhn");
    }

    @Test
    void aCompanyIsKnownByItsSiretOrOnlyItsSiren() {
        CompanyNumber bySiret = CompanyNumber.check("193 500 311 00017").value();
        assertEquals("19350031100017", bySiret.code());
        assertEquals("193500311", bySiret.siren().code());
        assertEquals("193 500 311 00017", bySiret.display());
        CompanyNumber bySiren = CompanyNumber.check("193500311").value();
        assertNull(bySiren.siret());
        assertEquals("193500311", bySiren.code());
        assertTrue(CompanyNumber.check("35600000009075").isOk(), "a La Poste SIRET, valid by La Poste's rule");
        assertEquals("validation.siret.checksum", CompanyNumber.check("19350031100018").problem().orElseThrow().key());
        Problem length = CompanyNumber.check("1935003110001").problem().orElseThrow();
        assertEquals("validation.companyNumber.length", length.key());
        assertEquals(13, length.args().get(1));
        assertEquals("validation.companyNumber.scientific",
                CompanyNumber.check("2,17003E+13").problem().orElseThrow().key(), "damaged by a spreadsheet");
        assertEquals("validation.companyNumber.empty", CompanyNumber.check("  ").problem().orElseThrow().key());
    }

    @Test
    void everySiretOfTheRealAnnuaireSampleIsACompanyNumber() throws Exception {
        Path path = TestData.annuaireSample();
        int checked = 0;
        for (String line : Files.readAllLines(path)) {
            String[] cols = line.split(";", -1);
            if (cols.length > 39 && cols[39].matches("\\d{14}")) {
                CompanyNumber n = CompanyNumber.check(cols[39]).value();
                assertEquals(cols[39].substring(0, 9), n.siren().code());
                assertTrue(Siren.check(cols[39].substring(0, 9)).isOk(), "its SIREN alone is valid too");
                checked++;
            }
        }
        assertTrue(checked > 200, "only " + checked + " SIRETs read");
    }

    @Test
    void nafCodesAreNormalisedAndCheckedAgainstTheirNomenclature() {
        assertEquals("85.32Z", Naf.check("8532z", NafVersion.REV2).value().code());
        assertEquals("29.10Z", Naf.check(" 29.10 Z ", NafVersion.REV2).value().code());
        assertEquals(NafVersion.REV2, Naf.check("29.10Z", NafVersion.REV2).value().version());
        assertEquals("validation.naf.format", Naf.check("2910", NafVersion.REV2).problem().orElseThrow().key());
        assertEquals("validation.naf.format", Naf.check("29.1AZ", NafVersion.REV2).problem().orElseThrow().key());
        assertEquals("validation.naf.division", Naf.check("04.10Z", NafVersion.REV2).problem().orElseThrow().key());
        assertTrue(Naf.check("04.10Z", NafVersion.NAF2025).isOk(), "the new nomenclature is checked by form only");
        assertEquals(NafVersion.REV2, NafVersion.inForceOn(LocalDate.of(2026, 12, 31)));
        assertEquals(NafVersion.NAF2025, NafVersion.inForceOn(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void namesAreComparedWithoutCaseAccentsPunctuationOrLegalForms() {
        assertEquals("dupont fils", NameKey.of("Sté DUPONT & Fils, S.A.R.L."));
        assertTrue(NameKey.similar("Armor Robotique", "ARMOR-ROBOTIQUE S.A.S."));
        assertTrue(NameKey.similar("Électro Vitré", "electro vitre sarl"));
        assertTrue(NameKey.similar("Mécatronique de l'Ille", "Mecatronique de lIlle"), "an apostrophe dropped");
        assertTrue(NameKey.similar("Chaudronnerie Redonnaise", "Chaudronerie Redonnaise"), "one slip in a long name");
        assertFalse(NameKey.similar("Armor Robotique", "Armor Hydraulique"));
        assertFalse(NameKey.similar("SAS", "SARL"), "legal forms alone are no name");
        assertFalse(NameKey.similar("Ouest Bois", "Ouest Fer"), "short names need to be the same");
    }
}
