package org.campuspilot.shared;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date formats French users expect: {@code dd/MM/yyyy}, whatever the language of the interface. */
public final class FrenchFormats {
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    /** {@code 22/11/2026 18:05}: when a backup was taken or a change made. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final DateTimeFormatter SHORT_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The true minus sign (U+2212) that documents and screens print before a negative figure. */
    public static final String MINUS = "\u2212";

    private FrenchFormats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The years a date may have (checked on every date typed or imported). */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;

    /** Parses {@code 05/09/2024}, {@code 5/9/2024} or an ISO date; an empty text is no date. */
    public static Checked<LocalDate> parseDate(String input) {
        String s = input == null ? "" : input.strip();
        if (s.isEmpty()) {
            return Checked.ok(null);
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {DATE, SHORT_YEAR, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                LocalDate date = LocalDate.parse(s, f);
                // A campus's records are of this century and the last: 15/03/0026 is a typing slip, and a
                // spreadsheet's day number 2958466 is not a day anyone meant.
                if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                    return Checked.fail("validation.date.range", s, FIRST_YEAR, LAST_YEAR);
                }
                return Checked.ok(date);
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        return Checked.fail("validation.date.format", s);
    }

    /** {@code 14:30}; an empty text for no time. */
    public static String time(LocalTime time) {
        return time == null ? "" : String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[:hH.]\\s*(\\d{2})?");

    /** Parses {@code 14:30}, {@code 14h30}, {@code 14h} or {@code 9.15}; an empty text is no time. */
    public static Checked<LocalTime> parseTime(String input) {
        String s = input == null ? "" : input.strip();
        if (s.isEmpty()) {
            return Checked.ok(null);
        }
        Matcher m = TIME.matcher(s);
        if (m.matches()) {
            int h = Integer.parseInt(m.group(1));
            int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (h < 24 && min < 60) {
                return Checked.ok(LocalTime.of(h, min));
            }
        }
        return Checked.fail("validation.time.format", s);
    }

    /** {@code 15,2 %} (one decimal, a no-break space before the sign, {@code −3,0 %} below zero); empty for null. */
    public static String percent(Double perCent) {
        return perCent == null ? "" : minus(String.format(java.util.Locale.FRANCE, "%.1f\u00A0%%", perCent));
    }

    /** The French grouping separator of this runtime's locale data (a narrow no-break space). */
    private static final char GROUPING = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.FRANCE)
            .getGroupingSeparator();

    /**
     * {@code 12 345}: a whole number with French grouping (a narrow no-break space), for documents. Written by hand,
     * not by {@code String.format}: a list's export formats every count cell, and the formatter cost 3 µs each.
     */
    public static String integer(long n) {
        String digits = Long.toString(n);
        int start = n < 0 ? 1 : 0;
        int length = digits.length() - start;
        StringBuilder out = new StringBuilder(length + length / 3 + 1);
        if (n < 0) {
            out.append(MINUS);
        }
        int head = length % 3 == 0 ? 3 : length % 3;
        out.append(digits, start, start + head);
        for (int i = start + head; i < digits.length(); i += 3) {
            out.append(GROUPING).append(digits, i, i + 3);
        }
        return out.toString();
    }

    /** One prepared format per thread ({@code DecimalFormat} is not thread-safe, and costly to build per figure). */
    private static final ThreadLocal<java.text.DecimalFormat> DECIMAL = ThreadLocal.withInitial(
            () -> new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(
                    java.util.Locale.FRANCE)));

    /** {@code 1 234,5}: up to two decimals, French grouping, trailing zeros dropped, for documents. */
    public static String decimal(double v) {
        return minus(DECIMAL.get().format(v));
    }

    /** A formatted figure with the true minus sign in place of the hyphen Java writes. */
    private static String minus(String formatted) {
        return formatted.startsWith("-") ? MINUS + formatted.substring(1) : formatted;
    }

    /** {@code 845 Ko}, {@code 12,4 Mo}: a file's size as the French say it. */
    public static String fileSize(long bytes) {
        if (bytes < 1024 * 1024) {
            return integer(Math.max(1, Math.round(bytes / 1024.0))) + " Ko";
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.0",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.FRANCE));
        return f.format(bytes / 1024.0 / 1024.0) + " Mo";
    }
}
