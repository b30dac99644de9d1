package org.campuspilot.campus;

import java.time.LocalDate;
import org.campuspilot.shared.Sector;
import org.campuspilot.shared.Siret;

/**
 * The campus's identity. Its établissement support is not stored here but on the establishment itself (role
 * {@code SUPPORT}), so that there is one source of truth for it.
 */
public record Campus(
        String name,
        Sector sector,
        String academie,
        String region,
        boolean excellence,
        LocalDate labelStart,
        LocalDate labelEnd,
        String associationName,
        Siret associationSiret) {

    /** The day of the decree that made five years the longest label (décret du 16 septembre 2019; four before). */
    public static final LocalDate FIVE_YEARS_SINCE = LocalDate.of(2019, 9, 16);

    /** The longest a label may last when it starts on {@code start}: five years since the 2019 decree, four before. */
    public static int maxLabelYears(LocalDate start) {
        return start.isBefore(FIVE_YEARS_SINCE) ? 4 : 5;
    }

    /** The day after the last a label starting on {@code start} may last (its anniversary after the longest duration). */
    public static LocalDate latestLabelEnd(LocalDate start) {
        return start.plusYears(maxLabelYears(start));
    }

    /** The label's duration as a director says it: whole years, or years and months (« 5 ans », « 2 ans et 6 mois »). */
    public static java.time.Period labelDuration(LocalDate start, LocalDate end) {
        return java.time.Period.between(start, end.plusDays(1));
    }
}
