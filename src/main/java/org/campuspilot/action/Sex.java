package org.campuspilot.action;

import java.util.Locale;

/** Beneficiaries by sex, as the Région counts them; « non précisé » when it is not known. */
public enum Sex {
    FEMMES,
    HOMMES,
    NON_PRECISE;

    public String messageKey() {
        return "action.sex." + name().toLowerCase(Locale.ROOT);
    }
}
