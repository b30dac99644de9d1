package org.campuspilot.action;

import java.util.Locale;

/** Who benefits from an action, by status. */
public enum LearnerStatus {
    ELEVES,
    APPRENTIS,
    ETUDIANTS,
    STAGIAIRES_FC,
    ENSEIGNANTS;

    public String messageKey() {
        return "action.learner." + name().toLowerCase(Locale.ROOT);
    }
}
