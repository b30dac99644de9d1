package org.campuspilot.shared;

import java.util.Locale;

/** The 12 sectors (filières) a campus may be labelled in; their exact French labels are in the message bundle. */
public enum Sector {
    MOBILITY_AERONAUTICS_TRANSPORT,
    TOURISM_GASTRONOMY,
    CREATION_DESIGN_AUDIOVISUAL,
    CHEMISTRY_BIOTECHNOLOGY,
    MATERIALS,
    INFRASTRUCTURE_BUILDING,
    ENERGY_TRANSITION,
    INNOVATIVE_SYSTEMS_MECHATRONICS,
    PERSONAL_SERVICES_WELLBEING,
    BUSINESS_SERVICES_LOGISTICS,
    FOOD_AGRIFOOD,
    DIGITAL_TELECOMMUNICATIONS;

    public String messageKey() {
        return "sector." + name().toLowerCase(Locale.ROOT);
    }
}
