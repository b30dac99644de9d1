package org.campuspilot.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContactValuesTest {

    @Test
    void phoneNumbersAreNormalisedAndShownInPairs() {
        assertEquals("0321123456", PhoneNumber.check("03 21 12 34 56").value().digits());
        assertEquals("0321123456", PhoneNumber.check("+33 3 21 12 34 56").value().digits());
        assertEquals("0321123456", PhoneNumber.check("+33 (0)3 21 12 34 56").value().digits());
        assertEquals("0321123456", PhoneNumber.check("03.21.12.34.56").value().digits());
        assertEquals("03 21 12 34 56", PhoneNumber.check("0321123456").value().display());
        assertFalse(PhoneNumber.check("321123456").isOk());
        assertFalse(PhoneNumber.check("0021123456").isOk());
        assertEquals("validation.phone.format", PhoneNumber.check("abc").problem().orElseThrow().key());
    }

    @Test
    void postalCodesHaveFiveDigits() {
        assertTrue(PostalCode.check("35205").isOk());
        assertTrue(PostalCode.check(" 35 205 ").isOk());
        assertFalse(PostalCode.check("3520").isOk());
        assertFalse(PostalCode.check("2A004").isOk());
    }

    @Test
    void emailAddressesNeedANameAndADomain() {
        assertTrue(EmailAddress.check("ce.0350031u@ac-rennes.fr").isOk());
        assertFalse(EmailAddress.check("ce.0350031u@ac-rennes").isOk());
        assertFalse(EmailAddress.check("nobody").isOk());
        assertFalse(EmailAddress.check("a b@c.fr").isOk());
    }

    @Test
    void datesAreReadAndWrittenTheFrenchWay() {
        assertEquals(LocalDate.of(2025, 9, 1), FrenchFormats.parseDate("01/09/2025").value());
        assertEquals(LocalDate.of(2025, 9, 1), FrenchFormats.parseDate("1/9/2025").value());
        assertEquals(LocalDate.of(2025, 9, 1), FrenchFormats.parseDate("2025-09-01").value());
        assertNull(FrenchFormats.parseDate(" ").value());
        assertFalse(FrenchFormats.parseDate("31/02/2025").isOk());
        assertFalse(FrenchFormats.parseDate("09/2025").isOk());
        assertEquals("01/09/2025", FrenchFormats.date(LocalDate.of(2025, 9, 1)));
    }

    @Test
    void searchKeysIgnoreCaseAndAccents() {
        assertEquals("lycee egalite", Text.searchKey("Lycée ÉGALITÉ"));
        assertEquals("", Text.withoutSpaces(" \u00a0\u202F\t"));
        assertNull(Text.blankToNull("  "));
    }
}
