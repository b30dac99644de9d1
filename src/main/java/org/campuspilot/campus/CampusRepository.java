package org.campuspilot.campus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.shared.Sector;
import org.campuspilot.shared.Siret;

/** Reads and writes the one campus row. */
public final class CampusRepository {
    private final Jdbc jdbc;

    public CampusRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    public Optional<Campus> find() {
        return jdbc.one("""
                SELECT name, sector, academie, region, excellence, label_start, label_end,
                       association_name, association_siret
                FROM campus WHERE id = 1""", CampusRepository::map);
    }

    public void save(Campus c) {
        Object[] values = {c.name(), c.sector(), c.academie(), c.region(), c.excellence(), c.labelStart(),
            c.labelEnd(), c.associationName(), c.associationSiret() == null ? null : c.associationSiret().code()};
        int changed = jdbc.update("""
                UPDATE campus SET name = ?, sector = ?, academie = ?, region = ?, excellence = ?, label_start = ?,
                       label_end = ?, association_name = ?, association_siret = ?
                WHERE id = 1""", values);
        if (changed == 0) {
            jdbc.update("""
                    INSERT INTO campus (name, sector, academie, region, excellence, label_start, label_end,
                                        association_name, association_siret, id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""", values);
        }
    }

    private static Campus map(ResultSet rs) throws SQLException {
        String siret = rs.getString("association_siret");
        return new Campus(
                rs.getString("name"),
                Jdbc.enumValue(rs, "sector", Sector.class),
                rs.getString("academie"),
                rs.getString("region"),
                rs.getBoolean("excellence"),
                Jdbc.date(rs, "label_start"),
                Jdbc.date(rs, "label_end"),
                rs.getString("association_name"),
                siret == null ? null : new Siret(siret));
    }
}
