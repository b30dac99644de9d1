package org.campuspilot.event;

import java.util.Locale;

/** Where a contact stands for an event: invited, registered, or present on the day. */
public enum Presence {
    INVITE,
    INSCRIT,
    PRESENT;

    public String messageKey() {
        return "event.presence." + name().toLowerCase(Locale.ROOT);
    }
}
