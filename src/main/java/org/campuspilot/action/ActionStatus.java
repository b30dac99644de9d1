package org.campuspilot.action;

import java.util.Locale;

/** Where an action stands. */
public enum ActionStatus {
    PREVUE,
    EN_COURS,
    REALISEE,
    ANNULEE;

    public String messageKey() {
        return "action.status." + name().toLowerCase(Locale.ROOT);
    }
}
