package org.campuspilot.establishment;

import java.util.Locale;

/** An establishment's place in the campus network; exactly one may be the établissement support. */
public enum NetworkRole {
    SUPPORT,
    MEMBRE,
    ASSOCIE;

    public String messageKey() {
        return "establishment.role." + name().toLowerCase(Locale.ROOT);
    }
}
