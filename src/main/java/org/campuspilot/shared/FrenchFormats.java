package org.campuspilot.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** The date formats French users expect: {@code dd/MM/yyyy}, whatever the language of the interface. */
public final class FrenchFormats {
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHORT_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private FrenchFormats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Parses {@code 05/09/2024}, {@code 5/9/2024} or an ISO date; an empty text is no date. */
    public static Checked<LocalDate> parseDate(String input) {
        String s = input == null ? "" : input.strip();
        if (s.isEmpty()) {
            return Checked.ok(null);
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {DATE, SHORT_YEAR, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return Checked.ok(LocalDate.parse(s, f));
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        return Checked.fail("validation.date.format", s);
    }
}
