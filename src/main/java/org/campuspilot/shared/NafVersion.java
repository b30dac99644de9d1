package org.campuspilot.shared;

import java.time.LocalDate;
import java.util.Locale;

/** The nomenclature a NAF/APE code belongs to: NAF rév. 2 until the end of 2026, NAF 2025 from 1 January 2027. */
public enum NafVersion {
    REV2,
    NAF2025;

    /** The day the NAF 2025 replaces NAF rév. 2. */
    public static final LocalDate NAF2025_START = LocalDate.of(2027, 1, 1);

    /** The nomenclature in force on that day: what a newly typed code most likely belongs to. */
    public static NafVersion inForceOn(LocalDate day) {
        return day.isBefore(NAF2025_START) ? REV2 : NAF2025;
    }

    public String messageKey() {
        return "naf.version." + name().toLowerCase(Locale.ROOT);
    }
}
