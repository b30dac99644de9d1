package org.campuspilot.company;

import java.util.Locale;

/** What a company does with the campus; a company may do several. */
public enum PartnershipKind {
    STAGES,
    APPRENTISSAGE,
    PLATEAU_TECHNIQUE,
    INTERVENTIONS,
    JURYS,
    VISITES,
    MECENAT,
    TAXE_APPRENTISSAGE,
    DON_EQUIPEMENT,
    MEMBRE_ASSOCIATION;

    public String messageKey() {
        return "company.partnership." + name().toLowerCase(Locale.ROOT);
    }
}
