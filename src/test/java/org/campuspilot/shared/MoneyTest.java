package org.campuspilot.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Amounts typed the French way, leniently, kept in cents, shown as Java's French locale shows them. */
class MoneyTest {

    private static long cents(String typed) {
        return Money.check(typed).value().cents();
    }

    private static String problem(String typed) {
        return Money.check(typed).problem().orElseThrow().key();
    }

    @Test
    void everyUsualWayOfTypingAnAmountIsUnderstood() {
        assertEquals(123456, cents("1 234,56"));
        assertEquals(123456, cents("1234.56"));
        assertEquals(123456, cents("1 234,56 €"));
        assertEquals(123456, cents("1\u00A0234,56\u00A0€"), "no-break spaces");
        assertEquals(123456, cents("1\u202F234,56 €"), "narrow no-break space, as Java's French locale writes");
        assertEquals(123456, cents("1.234,56"), "dots as grouping");
        assertEquals(123450, cents("1234,5"));
        assertEquals(100000000, cents("1 000 000"));
        assertEquals(150000, cents("1 500 EUR"));
        assertNull(Money.check("  ").value(), "blank is no amount");
    }

    @Test
    void negativeOrAbsurdAmountsAreRefusedWithAReason() {
        assertEquals("validation.money.negative", problem("-12,50"));
        assertEquals("validation.money.negative", problem("\u221212,50"), "a true minus sign, as documents print it");
        assertEquals("validation.money.decimals", problem("12,505"));
        assertEquals("validation.money.tooLarge", problem("250 000 000"));
        assertEquals("validation.money.format", problem("douze euros"));
        assertEquals("validation.money.format", problem("12,5,3"));
        assertEquals("validation.money.format", problem("€"), "a currency sign alone is not an amount");
        assertEquals("validation.money.format", problem(" EUR "));
    }

    @Test
    void shownTheWayJavasFrenchLocaleShowsIt() {
        NumberFormat fr = NumberFormat.getCurrencyInstance(Locale.FRANCE);
        for (long c : new long[] {0, 5, 123456, 1234567, 100000000, 99}) {
            Money m = new Money(c);
            assertEquals(fr.format(BigDecimal.valueOf(c, 2)), m.display(), "cents " + c);
        }
        assertEquals("12345.67", new Money(1234567).plain(), "no grouping, a point: for CSV open data");
    }

    @Test
    void aNegativeAmountIsShownWithATrueMinusSignAndWrittenForProgramsWithAHyphen() {
        assertEquals("\u22124\u202F499,59", new Money(-449959).number());
        assertEquals("\u221225,00\u00A0€", new Money(-2500).display());
        assertEquals("-4499.59", new Money(-449959).plain(), "CSV and spreadsheets keep a number");
        assertEquals("\u221213,8\u00A0%", FrenchFormats.percent(-13.8));
        assertEquals("\u22123", FrenchFormats.integer(-3));
        assertEquals("\u22121\u202F672,5", FrenchFormats.decimal(-1672.5));
        assertEquals("13,8\u00A0%", FrenchFormats.percent(13.8));
    }

    @Test
    void sumsAreExactToTheCent() {
        Money total = Money.ZERO;
        for (int i = 0; i < 1000; i++) {
            total = total.plus(Money.check("0,10").value());
        }
        assertEquals(Money.euros(100), total, "a thousand times 10 cents, exactly");
        assertEquals(-50, Money.euros(1).minus(Money.check("1,50").value()).cents());
        assertEquals(33.3, new Money(100).percentOf(new Money(300)));
        assertNull(new Money(100).percentOf(Money.ZERO));
    }
}
