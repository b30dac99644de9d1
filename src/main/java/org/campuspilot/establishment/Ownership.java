package org.campuspilot.establishment;

import java.util.Locale;

/** Public or private establishment (statut public / privé). */
public enum Ownership {
    PUBLIC,
    PRIVE;

    public String messageKey() {
        return "establishment.ownership." + name().toLowerCase(Locale.ROOT);
    }
}
