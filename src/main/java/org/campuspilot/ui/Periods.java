package org.campuspilot.ui;

import java.time.LocalDate;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Problem;

/** The check of a pair of date fields that bound a period (membership, label). */
public final class Periods {
    private Periods() {
    }

    /**
     * Checks both dates and that the end does not come before the start (nor on the same day, when
     * {@code endAfterStart}); a wrong end is explained at the end field.
     *
     * @return true when the pair is acceptable (either date may be empty)
     */
    public static boolean check(InputField<LocalDate> start, InputField<LocalDate> end, boolean endAfterStart) {
        if (!start.check(false) || !end.check(false)) {
            return false;
        }
        LocalDate from = start.value();
        LocalDate to = end.value();
        if (from != null && to != null && (to.isBefore(from) || endAfterStart && to.equals(from))) {
            end.reject(Problem.of("validation.dates.endBeforeStart", FrenchFormats.date(to),
                    FrenchFormats.date(from)));
            return false;
        }
        return true;
    }
}
