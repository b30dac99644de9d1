package org.campuspilot.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrenchFormatsTest {
    /** What the figures were written with before the hand-made grouping: every text must stay the same. */
    private static String formatted(long n) {
        String s = String.format(Locale.FRANCE, "%,d", n);
        return s.startsWith("-") ? FrenchFormats.MINUS + s.substring(1) : s;
    }

    @Test
    void integerGroupsLikeTheFrenchFormatter() {
        long[] edges = {0, 1, -1, 9, 10, 99, 100, 999, 1_000, -1_000, 9_999, 12_345, -12_345, 123_456, 1_234_567,
            -999_999, 1_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE,
            Long.MIN_VALUE + 1};
        for (long n : edges) {
            assertEquals(formatted(n), FrenchFormats.integer(n), String.valueOf(n));
        }
        Random random = new Random(23);
        for (int i = 0; i < 10_000; i++) {
            long n = random.nextLong() >> random.nextInt(64);
            assertEquals(formatted(n), FrenchFormats.integer(n), String.valueOf(n));
        }
    }

    @Test
    void integerUsesTheNarrowNoBreakSpaceAndTheTrueMinus() {
        assertEquals("12\u202F345", FrenchFormats.integer(12_345));
        assertEquals("\u22121\u202F000", FrenchFormats.integer(-1_000));
    }

    @Test
    void decimalKeepsUpToTwoDecimalsWithFrenchGrouping() {
        assertEquals("1\u202F234,5", FrenchFormats.decimal(1234.5));
        assertEquals("0", FrenchFormats.decimal(0));
        assertEquals("\u22122,25", FrenchFormats.decimal(-2.25));
        assertEquals("12,35", FrenchFormats.decimal(12.345));
    }
}
