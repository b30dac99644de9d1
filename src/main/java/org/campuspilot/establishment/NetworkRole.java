package org.campuspilot.establishment;

import java.util.Locale;

/**
 * An establishment's place in the campus network; exactly one may be the établissement support. An establishment of
 * the territory (brought by the annuaire) is not a member: it can be found and linked to events and actions, and is
 * counted apart, until the director makes it a member.
 */
public enum NetworkRole {
    SUPPORT,
    MEMBRE,
    ASSOCIE,
    TERRITOIRE;

    /** Whether an establishment of this role belongs to the network (support, member or associate). */
    public boolean inNetwork() {
        return this != TERRITOIRE;
    }

    public String messageKey() {
        return "establishment.role." + name().toLowerCase(Locale.ROOT);
    }
}
