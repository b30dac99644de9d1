package org.campuspilot.event;

import java.util.Locale;

/** The kinds of event a campus holds; the three governance meetings are grouped for reports. */
public enum EventType {
    INAUGURATION,
    PORTES_OUVERTES,
    FORUM_SALON,
    VISITE_ENTREPRISE,
    CONCOURS,
    CONFERENCE,
    COMITE_PILOTAGE,
    CONSEIL_ADMINISTRATION,
    ASSEMBLEE_GENERALE,
    AUTRE;

    /** A réunion de gouvernance: comité de pilotage, conseil d'administration or assemblée générale. */
    public boolean isGovernance() {
        return this == COMITE_PILOTAGE || this == CONSEIL_ADMINISTRATION || this == ASSEMBLEE_GENERALE;
    }

    public String messageKey() {
        return "event.type." + name().toLowerCase(Locale.ROOT);
    }
}
