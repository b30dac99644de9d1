package org.campuspilot.establishment;

import java.util.Locale;

/** The kinds of member establishment a campus counts. */
public enum EstablishmentKind {
    LYCEE_PROFESSIONNEL,
    LYCEE_POLYVALENT,
    LYCEE_GENERAL_TECHNOLOGIQUE,
    CFA,
    UNIVERSITE_IUT,
    ECOLE_INGENIEURS,
    GRETA,
    MFR,
    COLLEGE,
    ORGANISME_FORMATION,
    LABORATOIRE,
    AUTRE;

    public String messageKey() {
        return "establishment.kind." + name().toLowerCase(Locale.ROOT);
    }
}
