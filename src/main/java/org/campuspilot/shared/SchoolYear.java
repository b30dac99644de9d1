package org.campuspilot.shared;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A school year, from 1 September to 31 August, named {@code 2025-2026} by the year it starts in. */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {
    private static final Pattern LABEL = Pattern.compile("(\\d{4})\\s*[-/]\\s*(\\d{4})");

    /** The school year a day falls in. */
    public static SchoolYear of(LocalDate day) {
        return new SchoolYear(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1);
    }

    /** Parses {@code 2025-2026} (or {@code 2025/2026}); the second year must follow the first. */
    public static Checked<SchoolYear> parse(String input) {
        Matcher m = LABEL.matcher(input == null ? "" : input.strip());
        if (m.matches() && Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1) {
            return Checked.ok(new SchoolYear(Integer.parseInt(m.group(1))));
        }
        return Checked.fail("validation.schoolYear.format", input == null ? "" : input.strip());
    }

    public LocalDate first() {
        return LocalDate.of(startYear, 9, 1);
    }

    public LocalDate last() {
        return LocalDate.of(startYear + 1, 8, 31);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first()) && !day.isAfter(last());
    }

    public SchoolYear next() {
        return new SchoolYear(startYear + 1);
    }

    public SchoolYear previous() {
        return new SchoolYear(startYear - 1);
    }

    /**
     * The school years to offer in a filter, most recent first: from the one after {@code today}'s down to the
     * earliest of {@code seen} (or today's when nothing was seen).
     */
    public static java.util.List<SchoolYear> offered(LocalDate today, java.util.stream.Stream<SchoolYear> seen) {
        SchoolYear current = of(today);
        SchoolYear earliest = seen.min(java.util.Comparator.naturalOrder()).orElse(current);
        java.util.List<SchoolYear> years = new java.util.ArrayList<>();
        for (SchoolYear y = current.next(); y.compareTo(earliest) >= 0; y = y.previous()) {
            years.add(y);
        }
        return years;
    }

    @Override
    public int compareTo(SchoolYear o) {
        return Integer.compare(startYear, o.startYear);
    }

    @Override
    public String toString() {
        return startYear + "-" + (startYear + 1);
    }
}
