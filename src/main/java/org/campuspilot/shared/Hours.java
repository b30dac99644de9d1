package org.campuspilot.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number of hours, exact to the hundredth, held as hundredths of an hour. Typed {@code 3,5}, {@code 3.5},
 * {@code 3h30} or {@code 12}; shown the French way, {@code 3,5}.
 */
public record Hours(long hundredths) implements Comparable<Hours> {
    private static final Pattern DECIMAL = Pattern.compile("(\\d{1,7})(?:[.,](\\d{1,2}))?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,7})\\s*[hH]\\s*(\\d{2})?");
    public static final Hours ZERO = new Hours(0);

    public Hours {
        if (hundredths < 0) {
            throw new IllegalArgumentException("Negative hours");
        }
    }

    public static Checked<Hours> check(String input) {
        String s = Text.withoutSpaces(input);
        if (s.isEmpty()) {
            return Checked.ok(null);
        }
        Matcher d = DECIMAL.matcher(s);
        if (d.matches()) {
            String frac = d.group(2) == null ? "0" : d.group(2);
            long cents = Long.parseLong(d.group(1)) * 100 + (frac.length() == 1 ? Long.parseLong(frac) * 10
                    : Long.parseLong(frac));
            return Checked.ok(new Hours(cents));
        }
        Matcher c = CLOCK.matcher(s);
        if (c.matches()) {
            int minutes = c.group(2) == null ? 0 : Integer.parseInt(c.group(2));
            if (minutes < 60) {
                long cents = Long.parseLong(c.group(1)) * 100 + Math.round(minutes * 100 / 60.0);
                return Checked.ok(new Hours(cents));
            }
        }
        return Checked.fail("validation.hours.format", input.strip());
    }

    /** These hours for each of {@code people}. */
    public Hours times(int people) {
        return new Hours(hundredths * people);
    }

    public Hours plus(Hours other) {
        return new Hours(hundredths + (other == null ? 0 : other.hundredths));
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(hundredths, 2).stripTrailingZeros();
    }

    /** {@code 3,5}, {@code 12}, {@code 1 250,25}: French decimal comma, thin grouping left to the caller. */
    public String display() {
        BigDecimal v = BigDecimal.valueOf(hundredths, 2).setScale(2, RoundingMode.UNNECESSARY).stripTrailingZeros();
        return v.toPlainString().replace('.', ',');
    }

    @Override
    public int compareTo(Hours o) {
        return Long.compare(hundredths, o.hundredths);
    }

    @Override
    public String toString() {
        return display();
    }
}
