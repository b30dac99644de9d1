package org.campuspilot.shared;

import java.util.regex.Pattern;

/**
 * An amount in euros, held as integer cents so that every total is exact to the cent. Typed the French way and
 * leniently: {@code 1 234,56}, {@code 1234.56}, {@code 1 234,56 €}, {@code 1.234,56}, with normal, no-break or narrow
 * no-break spaces. Shown {@code 1 234,56 €} with a narrow no-break space, as Java's French locale does.
 */
public record Money(long cents) implements Comparable<Money> {
    public static final Money ZERO = new Money(0);
    /** Above this an amount is surely a typing slip for a campus: 100 million euros. */
    static final long MAX_CENTS = 100_000_000_00L;
    private static final char NARROW_NBSP = '\u202F';
    private static final Pattern GROUPED_DOTS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?");
    private static final Pattern PLAIN = Pattern.compile("\\d+([.,]\\d{1,2})?");

    public static Money euros(long euros) {
        return new Money(euros * 100);
    }

    /**
     * Checks an amount as typed. Blank is no amount (null); a negative, an amount with more than two decimals, or one
     * above 100 million euros is refused with a sentence saying why.
     */
    public static Checked<Money> check(String input) {
        String s = Text.withoutSpaces(input).replace("€", "").replace("EUR", "").replace("eur", "");
        if (s.isEmpty()) {
            // Blank is no amount; a currency sign alone is an amount left out, not zero.
            return Text.withoutSpaces(input).isEmpty() ? Checked.ok(null)
                    : Checked.fail("validation.money.format", input.strip());
        }
        if (s.startsWith("-") || s.startsWith(FrenchFormats.MINUS) || s.startsWith("(")) {
            return Checked.fail("validation.money.negative", input.strip());
        }
        if (GROUPED_DOTS.matcher(s).matches()) {
            s = s.replace(".", "");
        } else if (!PLAIN.matcher(s).matches()) {
            boolean decimals = s.matches("\\d+[.,]\\d{3,}");
            return Checked.fail(decimals ? "validation.money.decimals" : "validation.money.format", input.strip());
        }
        String[] parts = s.replace(',', '.').split("\\.", 2);
        if (parts[0].length() > 12) {
            return Checked.fail("validation.money.tooLarge", input.strip());
        }
        long cents = Long.parseLong(parts[0]) * 100;
        if (parts.length == 2) {
            cents += Long.parseLong(parts[1].length() == 1 ? parts[1] + "0" : parts[1]);
        }
        if (cents > MAX_CENTS) {
            return Checked.fail("validation.money.tooLarge", input.strip());
        }
        return Checked.ok(new Money(cents));
    }

    public Money plus(Money other) {
        return new Money(cents + (other == null ? 0 : other.cents));
    }

    public Money minus(Money other) {
        return new Money(cents - (other == null ? 0 : other.cents));
    }

    public boolean isNegative() {
        return cents < 0;
    }

    /** {@code 12 345,67 €} (narrow no-break space between thousands, no-break space before the euro sign). */
    public String display() {
        return number() + "\u00A0€";
    }

    /**
     * {@code 12 345,67}: the number alone, grouped, for tables; a negative amount with a true minus sign (U+2212,
     * {@code −25,00}), as typography wants it, never in files read by programs ({@link #plain()}).
     */
    public String number() {
        long abs = Math.abs(cents);
        String euros = group(Long.toString(abs / 100));
        String out = euros + "," + String.format("%02d", abs % 100);
        return cents < 0 ? FrenchFormats.MINUS + out : out;
    }

    /** {@code 12345.67}: no grouping, a decimal point, for files read by programs (CSV open data). */
    public String plain() {
        long abs = Math.abs(cents);
        return (cents < 0 ? "-" : "") + abs / 100 + "." + String.format("%02d", abs % 100);
    }

    private static String group(String digits) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append(NARROW_NBSP);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    /** This amount as a share of {@code whole}, in per cent rounded to one decimal; null when the whole is zero. */
    public Double percentOf(Money whole) {
        if (whole == null || whole.cents == 0) {
            return null;
        }
        return Math.round(cents * 1000.0 / whole.cents) / 10.0;
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(cents, o.cents);
    }

    @Override
    public String toString() {
        return display();
    }
}
