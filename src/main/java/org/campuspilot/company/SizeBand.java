package org.campuspilot.company;

import java.util.Locale;

/** The size of a company by head count, as INSEE bands them. */
public enum SizeBand {
    /** Fewer than 10 people. */
    MICRO,
    /** Fewer than 250. */
    PME,
    /** Fewer than 5,000. */
    ETI,
    /** 5,000 or more. */
    GRANDE;

    public String messageKey() {
        return "company.size." + name().toLowerCase(Locale.ROOT);
    }
}
