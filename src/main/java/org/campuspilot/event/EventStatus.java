package org.campuspilot.event;

import java.util.Locale;

/** Whether an event is still to come, took place, or was called off. */
public enum EventStatus {
    PREVU,
    REALISE,
    ANNULE;

    public String messageKey() {
        return "event.status." + name().toLowerCase(Locale.ROOT);
    }
}
