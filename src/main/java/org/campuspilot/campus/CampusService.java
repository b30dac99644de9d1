package org.campuspilot.campus;

import org.campuspilot.db.Database;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.establishment.EstablishmentService;
import org.campuspilot.establishment.NetworkRole;

/** Saves the campus's identity and its établissement support together. */
public final class CampusService {
    private final Database database;
    private final CampusRepository campuses;
    private final EstablishmentService establishments;

    public CampusService(Database database, CampusRepository campuses, EstablishmentService establishments) {
        this.database = database;
        this.campuses = campuses;
        this.establishments = establishments;
    }

    /** Saves the identity; when a support is chosen, it becomes the support and the previous one a member. */
    public void save(Campus campus, Establishment support) {
        save(campus, support, false, null);
    }

    /** The same, and when {@code logoChanged}, the logo becomes {@code logo} (null: none), in the same transaction. */
    public void save(Campus campus, Establishment support, boolean logoChanged, CampusLogo logo) {
        database.inTransaction(c -> {
            campuses.save(campus);
            if (logoChanged) {
                campuses.saveLogo(logo);
            }
            if (support != null && support.role() != NetworkRole.SUPPORT) {
                establishments.save(support.withRole(NetworkRole.SUPPORT));
            }
            return null;
        });
    }
}
