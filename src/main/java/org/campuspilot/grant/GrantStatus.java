package org.campuspilot.grant;

import java.util.Locale;

/** Where a grant stands, from the application being written to the last payment. */
public enum GrantStatus {
    PREPARATION,
    DEPOSEE,
    ACCORDEE,
    REFUSEE,
    SOLDEE;

    /** True when the funder decided to pay it: its awarded amount counts in the budget's produits. */
    public boolean isAwarded() {
        return this == ACCORDEE || this == SOLDEE;
    }

    public String messageKey() {
        return "grant.status." + name().toLowerCase(Locale.ROOT);
    }
}
