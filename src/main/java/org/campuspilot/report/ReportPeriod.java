package org.campuspilot.report;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.SchoolYear;

/**
 * The period a report or the tableau de bord covers: a civil year (1 January – 31 December, the grant's financial
 * year) or a school year (1 September – 31 August, in which actions and learners are counted). Reports say which.
 *
 * @param year the civil year, or the year the school year starts in
 */
public record ReportPeriod(Kind kind, int year) {
    private static final Pattern CIVIL = Pattern.compile("\\d{4}");

    /** Which calendar. */
    public enum Kind {
        CIVIL,
        SCHOOL
    }

    public static ReportPeriod civil(int year) {
        return new ReportPeriod(Kind.CIVIL, year);
    }

    public static ReportPeriod school(int startYear) {
        return new ReportPeriod(Kind.SCHOOL, startYear);
    }

    /** The period that holds {@code today}, in that calendar. */
    public static ReportPeriod current(Kind kind, LocalDate today) {
        return kind == Kind.CIVIL ? civil(today.getYear()) : school(SchoolYear.of(today).startYear());
    }

    /** The years a period can be chosen in, most recent first: from the year after today's down to ten back. */
    public static java.util.List<Integer> offeredYears(LocalDate today) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int y = today.getYear() + 1; y >= today.getYear() - 10; y--) {
            out.add(y);
        }
        return out;
    }

    /** Parses « 2025 » (a civil year) or « 2025-2026 » (a school year). */
    public static Checked<ReportPeriod> parse(String input) {
        String s = input == null ? "" : input.strip();
        if (CIVIL.matcher(s).matches()) {
            return Checked.ok(civil(Integer.parseInt(s)));
        }
        Checked<SchoolYear> y = SchoolYear.parse(s);
        return y.isOk() ? Checked.ok(school(y.value().startYear())) : Checked.fail("report.period.format", s);
    }

    public LocalDate first() {
        return kind == Kind.CIVIL ? LocalDate.of(year, 1, 1) : new SchoolYear(year).first();
    }

    public LocalDate last() {
        return kind == Kind.CIVIL ? LocalDate.of(year, 12, 31) : new SchoolYear(year).last();
    }

    /** The same calendar, one year earlier: what each figure is compared with. */
    public ReportPeriod previous() {
        return new ReportPeriod(kind, year - 1);
    }

    /**
     * The grant's financial year the finance section uses: the civil year, or the one the school year ends in (its
     * longer part, January to August, and the year whose budget is running when the school year's report is written).
     */
    public int financialYear() {
        return kind == Kind.CIVIL ? year : year + 1;
    }

    /** « 2025 » or « 2025-2026 ». */
    public String label() {
        return kind == Kind.CIVIL ? String.valueOf(year) : new SchoolYear(year).toString();
    }

    /** The key the director's texts are kept under: the label. */
    public String key() {
        return label();
    }

    @Override
    public String toString() {
        return label();
    }
}
