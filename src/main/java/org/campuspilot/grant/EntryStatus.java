package org.campuspilot.grant;

import java.util.Locale;

/** An expense is committed (engagée) before it is paid; income is expected before it is received. */
public enum EntryStatus {
    ENGAGEE,
    PAYEE;

    /** « Engagée » / « Payée » for an expense, « Attendue » / « Encaissée » for income. */
    public String messageKey(EntryKind kind) {
        return "grant.entry.status." + kind.name().toLowerCase(Locale.ROOT) + "." + name().toLowerCase(Locale.ROOT);
    }
}
