package org.campuspilot.company;

import java.time.LocalDate;
import java.util.Locale;

/** Whether a partnership convention is in force on a given day. */
public enum ConventionStatus {
    ACTIVE,
    EXPIRED,
    NONE;

    /** No signature date: none; an end date before the day: expired; otherwise active. */
    public static ConventionStatus of(LocalDate signedOn, LocalDate endsOn, LocalDate day) {
        if (signedOn == null) {
            return NONE;
        }
        return endsOn != null && endsOn.isBefore(day) ? EXPIRED : ACTIVE;
    }

    public String messageKey() {
        return "company.convention." + name().toLowerCase(Locale.ROOT);
    }
}
