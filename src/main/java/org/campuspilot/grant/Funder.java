package org.campuspilot.grant;

import java.util.Locale;

/** Who pays a grant; each kind of funder has its line 74 sub-line in the budget. */
public enum Funder {
    REGION("74-REGION"),
    ETAT("74-ETAT"),
    EUROPE("74-EUROPE"),
    MECENE("74-PRIVE"),
    AUTRE("74-AUTRE");

    private final String lineCode;

    Funder(String lineCode) {
        this.lineCode = lineCode;
    }

    /** The produit line (74, by funder) the grant's amount is counted on. */
    public String lineCode() {
        return lineCode;
    }

    public String messageKey() {
        return "grant.funder." + name().toLowerCase(Locale.ROOT);
    }
}
