package org.campuspilot.company;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.shared.CompanyNumber;
import org.campuspilot.shared.Naf;
import org.campuspilot.shared.NafVersion;
import org.campuspilot.shared.PostalCode;
import org.campuspilot.shared.Siren;
import org.campuspilot.shared.Siret;

/** Plain JDBC access to the {@code company} and {@code company_partnership} tables. */
public final class CompanyRepository {
    private static final String COLUMNS = """
            id, siren, siret, name, naf_code, naf_version, size_band, activity, street, postal_code, city, website,
            convention_signed_on, convention_ends_on, main_contact_id, notes""";

    private final Jdbc jdbc;

    public CompanyRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    /** Every company with its partnerships: two queries, whatever the number of companies. */
    public List<Company> findAll() {
        Map<Long, Set<PartnershipKind>> kinds = new HashMap<>();
        jdbc.list("SELECT company_id, kind FROM company_partnership", rs -> {
            kinds.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(PartnershipKind.class))
                    .add(PartnershipKind.valueOf(rs.getString(2)));
            return null;
        });
        return jdbc.list("SELECT " + COLUMNS + " FROM company ORDER BY name",
                rs -> map(rs, kinds.getOrDefault(rs.getLong("id"), Set.of())));
    }

    public Optional<Company> findById(long id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM company WHERE id = ?", rs -> map(rs, partnerships(id)), id);
    }

    /** The company with the same SIRET, or, for a company known by its SIREN only, the same SIREN only. */
    public Optional<Company> findByNumber(CompanyNumber number) {
        if (number.siret() != null) {
            return jdbc.one("SELECT " + COLUMNS + " FROM company WHERE siret = ?",
                    rs -> map(rs, partnerships(rs.getLong("id"))), number.siret().code());
        }
        return jdbc.one("SELECT " + COLUMNS + " FROM company WHERE siren = ? AND siret IS NULL",
                rs -> map(rs, partnerships(rs.getLong("id"))), number.siren().code());
    }

    /** The companies of a city (compared without case), where a near-duplicate name would be a duplicate. */
    public List<Company> findInCity(String city) {
        return jdbc.list("SELECT " + COLUMNS + " FROM company WHERE lower(trim(city)) = lower(trim(?))",
                rs -> map(rs, Set.of()), city);
    }

    private Set<PartnershipKind> partnerships(long companyId) {
        List<PartnershipKind> list = jdbc.list("SELECT kind FROM company_partnership WHERE company_id = ?",
                rs -> PartnershipKind.valueOf(rs.getString(1)), companyId);
        return list.isEmpty() ? Set.of() : EnumSet.copyOf(list);
    }

    public long count() {
        return jdbc.count("SELECT COUNT(*) FROM company");
    }

    /** Inserts a new company and its partnerships (call inside a transaction) and returns it with its id. */
    public Company insert(Company c) {
        long id = jdbc.insert("""
                INSERT INTO company (siren, siret, name, naf_code, naf_version, size_band, activity, street,
                    postal_code, city, website, convention_signed_on, convention_ends_on, main_contact_id, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", values(c));
        writePartnerships(id, c.partnerships());
        return c.withId(id);
    }

    /** Updates a company and replaces its partnerships (call inside a transaction). */
    public void update(Company c) {
        List<Object> values = new ArrayList<>(java.util.Arrays.asList(values(c)));
        values.add(c.id());
        jdbc.update("""
                UPDATE company SET siren = ?, siret = ?, name = ?, naf_code = ?, naf_version = ?, size_band = ?,
                    activity = ?, street = ?, postal_code = ?, city = ?, website = ?, convention_signed_on = ?,
                    convention_ends_on = ?, main_contact_id = ?, notes = ?
                WHERE id = ?""", values.toArray());
        writePartnerships(c.id(), c.partnerships());
    }

    private void writePartnerships(long id, Set<PartnershipKind> kinds) {
        jdbc.update("DELETE FROM company_partnership WHERE company_id = ?", id);
        for (PartnershipKind k : kinds) {
            jdbc.update("INSERT INTO company_partnership (company_id, kind) VALUES (?, ?)", id, k);
        }
    }

    public void delete(long id) {
        jdbc.update("DELETE FROM company WHERE id = ?", id);
    }

    /** Points every reference to company {@code from} at company {@code to} (merging; inside a transaction). */
    public void moveReferences(long from, long to) {
        jdbc.update("UPDATE contact SET company_id = ? WHERE company_id = ?", to, from);
        jdbc.update("UPDATE event SET organiser_company_id = ? WHERE organiser_company_id = ?", to, from);
        jdbc.update("""
                INSERT INTO event_company (event_id, company_id)
                SELECT f.event_id, ? FROM event_company f
                WHERE f.company_id = ? AND NOT EXISTS (
                    SELECT 1 FROM event_company t WHERE t.company_id = ? AND t.event_id = f.event_id)""",
                to, from, to);
        jdbc.update("DELETE FROM event_company WHERE company_id = ?", from);
        jdbc.update("""
                INSERT INTO action_company (action_id, company_id)
                SELECT f.action_id, ? FROM action_company f
                WHERE f.company_id = ? AND NOT EXISTS (
                    SELECT 1 FROM action_company t WHERE t.company_id = ? AND t.action_id = f.action_id)""",
                to, from, to);
        jdbc.update("DELETE FROM action_company WHERE company_id = ?", from);
    }

    private static Object[] values(Company c) {
        return new Object[] {c.number().siren().code(), c.number().siret() == null ? null : c.number().siret().code(),
            c.name(), c.naf() == null ? null : c.naf().code(), c.naf() == null ? null : c.naf().version(), c.size(),
            c.activity(), c.street(), c.postalCode() == null ? null : c.postalCode().code(), c.city(), c.website(),
            c.conventionSignedOn(), c.conventionEndsOn(), c.mainContactId(), c.notes()};
    }

    private static Company map(ResultSet rs, Set<PartnershipKind> kinds) throws SQLException {
        Siret siret = Jdbc.value(rs, "siret", Siret::new);
        String nafCode = rs.getString("naf_code");
        return new Company(
                rs.getLong("id"),
                siret == null ? new CompanyNumber(new Siren(rs.getString("siren")), null) : CompanyNumber.of(siret),
                rs.getString("name"),
                nafCode == null ? null : new Naf(nafCode, Jdbc.enumValue(rs, "naf_version", NafVersion.class)),
                Jdbc.enumValue(rs, "size_band", SizeBand.class),
                rs.getString("activity"),
                rs.getString("street"),
                Jdbc.value(rs, "postal_code", PostalCode::new),
                rs.getString("city"),
                rs.getString("website"),
                kinds,
                Jdbc.date(rs, "convention_signed_on"),
                Jdbc.date(rs, "convention_ends_on"),
                Jdbc.nullableLong(rs, "main_contact_id"),
                rs.getString("notes"));
    }
}
