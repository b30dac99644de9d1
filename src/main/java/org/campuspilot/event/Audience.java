package org.campuspilot.event;

import java.util.Locale;

/** The publics counted at an event. */
public enum Audience {
    COLLEGIENS,
    LYCEENS,
    APPRENTIS,
    ETUDIANTS,
    ADULTES_EN_FORMATION,
    ENSEIGNANTS,
    ENTREPRISES,
    FAMILLES,
    AUTRES;

    public String messageKey() {
        return "event.audience." + name().toLowerCase(Locale.ROOT);
    }
}
