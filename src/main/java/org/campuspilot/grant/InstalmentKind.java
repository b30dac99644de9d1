package org.campuspilot.grant;

import java.util.Locale;

/** The parts a grant is paid in. */
public enum InstalmentKind {
    AVANCE,
    ACOMPTE,
    SOLDE;

    public String messageKey() {
        return "grant.instalment.kind." + name().toLowerCase(Locale.ROOT);
    }
}
