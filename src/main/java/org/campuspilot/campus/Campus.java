package org.campuspilot.campus;

import java.time.LocalDate;
import org.campuspilot.shared.Sector;
import org.campuspilot.shared.Siret;

/**
 * The campus's identity. Its établissement support is not stored here but on the establishment itself (role
 * {@code SUPPORT}), so that there is one source of truth for it.
 */
public record Campus(
        String name,
        Sector sector,
        String academie,
        String region,
        boolean excellence,
        LocalDate labelStart,
        LocalDate labelEnd,
        String associationName,
        Siret associationSiret) {
}
