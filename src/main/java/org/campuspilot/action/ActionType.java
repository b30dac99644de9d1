package org.campuspilot.action;

import java.util.Locale;

/** The kinds of pedagogical action a campus runs. */
public enum ActionType {
    DECOUVERTE_METIERS,
    MODULE_COMPLEMENTAIRE,
    VISITE_ENTREPRISE,
    INTERVENTION_PROFESSIONNELS,
    PROJET_PEDAGOGIQUE,
    MOBILITE_INTERNATIONALE,
    FORMATION_ENSEIGNANTS,
    AUTRE;

    public String messageKey() {
        return "action.type." + name().toLowerCase(Locale.ROOT);
    }
}
