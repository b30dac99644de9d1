package org.campuspilot.campus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.db.StoredFiles;
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

    /** The campus's logo, if it has one. */
    public Optional<CampusLogo> logo() {
        return jdbc.one("SELECT logo_file_name, logo_sha256 FROM campus WHERE id = 1 AND logo_sha256 IS NOT NULL",
                rs -> new String[] {rs.getString(1), rs.getString(2)}).flatMap(row -> StoredFiles.read(jdbc, row[1])
                        .map(png -> CampusLogo.of(row[0], png)));
    }

    /** Gives the campus this logo, or none for null (call inside a transaction, after the identity is saved). */
    public void saveLogo(CampusLogo logo) {
        if (logo == null) {
            jdbc.update("UPDATE campus SET logo_sha256 = NULL, logo_file_name = NULL WHERE id = 1");
        } else {
            jdbc.update("UPDATE campus SET logo_sha256 = ?, logo_file_name = ? WHERE id = 1",
                    StoredFiles.keep(jdbc, logo.png()), logo.fileName());
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
