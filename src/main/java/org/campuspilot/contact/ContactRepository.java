package org.campuspilot.contact;

import org.campuspilot.shared.Organisation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.shared.EmailAddress;
import org.campuspilot.shared.PhoneNumber;

/** Plain JDBC access to the {@code contact} table, with the names of the organisations joined in. */
public final class ContactRepository {
    private static final String SELECT = """
            SELECT c.id, c.first_name, c.last_name, c.role, c.email, c.phone, c.establishment_id, c.company_id,
                c.other_body, c.last_contact_on, c.notes, c.created_on, c.reviewed_on, c.anonymised_on,
                e.name AS establishment_name, co.name AS company_name
            FROM contact c
            LEFT JOIN establishment e ON e.id = c.establishment_id
            LEFT JOIN company co ON co.id = c.company_id
            """;

    private final Jdbc jdbc;

    public ContactRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    public List<Contact> findAll() {
        return jdbc.list(SELECT + " ORDER BY c.last_name, c.first_name", ContactRepository::map);
    }

    public Optional<Contact> findById(long id) {
        return jdbc.one(SELECT + " WHERE c.id = ?", ContactRepository::map, id);
    }

    /** The contacts of one establishment or company, by name. */
    public List<Contact> findByOrganisation(Organisation o) {
        String column = o.kind() == Organisation.Kind.COMPANY ? "c.company_id" : "c.establishment_id";
        if (o.kind() == Organisation.Kind.OTHER) {
            return jdbc.list(SELECT + " WHERE lower(c.other_body) = lower(?) ORDER BY c.last_name, c.first_name",
                    ContactRepository::map, o.name());
        }
        return jdbc.list(SELECT + " WHERE " + column + " = ? ORDER BY c.last_name, c.first_name",
                ContactRepository::map, o.id());
    }

    /** The names of the other bodies already typed, for suggestions. */
    public List<String> otherBodies() {
        return jdbc.list("SELECT DISTINCT other_body FROM contact WHERE other_body IS NOT NULL ORDER BY other_body",
                rs -> rs.getString(1));
    }

    public long count() {
        return jdbc.count("SELECT COUNT(*) FROM contact");
    }

    public long countByOrganisation(Organisation o) {
        return o.kind() == Organisation.Kind.COMPANY
                ? jdbc.count("SELECT COUNT(*) FROM contact WHERE company_id = ?", o.id())
                : jdbc.count("SELECT COUNT(*) FROM contact WHERE establishment_id = ?", o.id());
    }

    public Contact insert(Contact c) {
        long id = jdbc.insert("""
                INSERT INTO contact (first_name, last_name, role, email, phone, establishment_id, company_id,
                    other_body, last_contact_on, notes, created_on, reviewed_on, anonymised_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", values(c).toArray());
        return c.withId(id);
    }

    public void update(Contact c) {
        List<Object> values = values(c);
        values.add(c.id());
        jdbc.update("""
                UPDATE contact SET first_name = ?, last_name = ?, role = ?, email = ?, phone = ?,
                    establishment_id = ?, company_id = ?, other_body = ?, last_contact_on = ?, notes = ?,
                    created_on = ?, reviewed_on = ?, anonymised_on = ?
                WHERE id = ?""", values.toArray());
    }

    /** Deletes the person and their participation in events (call inside a transaction). */
    public void delete(long id) {
        jdbc.update("UPDATE company SET main_contact_id = NULL WHERE main_contact_id = ?", id);
        jdbc.update("DELETE FROM event_contact WHERE contact_id = ?", id);
        jdbc.update("DELETE FROM action_contact WHERE contact_id = ?", id);
        jdbc.update("DELETE FROM contact WHERE id = ?", id);
    }

    /**
     * Points every reference to contact {@code from} at contact {@code to} (merging; inside a transaction): main
     * contact of companies, participation in events (where both took part, the better presence is kept).
     */
    public void moveReferences(long from, long to) {
        jdbc.update("UPDATE company SET main_contact_id = ? WHERE main_contact_id = ?", to, from);
        for (String better : new String[] {"PRESENT", "INSCRIT"}) {
            jdbc.update("""
                    UPDATE event_contact SET presence = ?
                    WHERE contact_id = ? AND presence <> 'PRESENT' AND event_id IN (
                        SELECT event_id FROM event_contact WHERE contact_id = ? AND presence = ?)""",
                    better, to, from, better);
        }
        jdbc.update("""
                INSERT INTO event_contact (event_id, contact_id, presence)
                SELECT f.event_id, ?, f.presence FROM event_contact f
                WHERE f.contact_id = ? AND NOT EXISTS (
                    SELECT 1 FROM event_contact t WHERE t.contact_id = ? AND t.event_id = f.event_id)""",
                to, from, to);
        jdbc.update("DELETE FROM event_contact WHERE contact_id = ?", from);
        jdbc.update("""
                INSERT INTO action_contact (action_id, contact_id)
                SELECT f.action_id, ? FROM action_contact f
                WHERE f.contact_id = ? AND NOT EXISTS (
                    SELECT 1 FROM action_contact t WHERE t.contact_id = ? AND t.action_id = f.action_id)""",
                to, from, to);
        jdbc.update("DELETE FROM action_contact WHERE contact_id = ?", from);
    }

    /** The actions the person leads or speaks in: {@code [school year's first year, title]}. */
    public List<String[]> actionsOf(long contactId) {
        return jdbc.list("""
                SELECT a.school_year, a.title FROM action_contact ap
                JOIN action a ON a.id = ap.action_id WHERE ap.contact_id = ? ORDER BY a.school_year, a.title""",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, contactId);
    }

    /** The events the person takes part in, by date: {@code [date, title, presence]}. */
    public List<String[]> eventsOf(long contactId) {
        return jdbc.list("""
                SELECT ev.start_date, ev.title, ep.presence FROM event_contact ep
                JOIN event ev ON ev.id = ep.event_id WHERE ep.contact_id = ? ORDER BY ev.start_date""",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, contactId);
    }

    /** The companies whose main contact this person is, by name. */
    public List<String> companiesWithMainContact(long contactId) {
        return jdbc.list("SELECT name FROM company WHERE main_contact_id = ? ORDER BY name", rs -> rs.getString(1),
                contactId);
    }

    private static List<Object> values(Contact c) {
        Organisation o = c.organisation();
        List<Object> v = new ArrayList<>();
        v.add(c.firstName());
        v.add(c.lastName());
        v.add(c.role());
        v.add(c.email() == null ? null : c.email().address());
        v.add(c.phone() == null ? null : c.phone().digits());
        v.add(o != null && o.kind() == Organisation.Kind.ESTABLISHMENT ? o.id() : null);
        v.add(o != null && o.kind() == Organisation.Kind.COMPANY ? o.id() : null);
        v.add(o != null && o.kind() == Organisation.Kind.OTHER ? o.name() : null);
        v.add(c.lastContactOn());
        v.add(c.notes());
        v.add(c.createdOn());
        v.add(c.reviewedOn());
        v.add(c.anonymisedOn());
        return v;
    }

    private static Contact map(ResultSet rs) throws SQLException {
        Long establishmentId = Jdbc.nullableLong(rs, "establishment_id");
        Long companyId = Jdbc.nullableLong(rs, "company_id");
        String other = rs.getString("other_body");
        Organisation o = establishmentId != null
                ? Organisation.establishment(establishmentId, rs.getString("establishment_name"))
                : companyId != null ? Organisation.company(companyId, rs.getString("company_name"))
                : other != null ? Organisation.other(other) : null;
        LocalDate created = Jdbc.date(rs, "created_on");
        return new Contact(
                rs.getLong("id"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getString("role"),
                Jdbc.value(rs, "email", EmailAddress::new),
                Jdbc.value(rs, "phone", PhoneNumber::new),
                o,
                Jdbc.date(rs, "last_contact_on"),
                rs.getString("notes"),
                created,
                Jdbc.date(rs, "reviewed_on"),
                Jdbc.date(rs, "anonymised_on"));
    }

    /** Every establishment and company a contact may belong to, by kind then name. */
    public List<Organisation> organisationChoices() {
        List<Organisation> out = new ArrayList<>(jdbc.list("SELECT id, name FROM establishment ORDER BY name",
                rs -> Organisation.establishment(rs.getLong(1), rs.getString(2))));
        out.addAll(jdbc.list("SELECT id, name FROM company ORDER BY name",
                rs -> Organisation.company(rs.getLong(1), rs.getString(2))));
        return out;
    }

    /**
     * What tells organisations of the same name apart, by {@link Organisation#detailKey}: an establishment's city
     * and UAI, a company's city and SIRET.
     */
    public java.util.Map<String, String> organisationDetails() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        jdbc.list("SELECT id, city, uai FROM establishment", rs -> {
            out.put(Organisation.detailKey(Organisation.Kind.ESTABLISHMENT, rs.getLong(1)),
                    detail(rs.getString(2), rs.getString(3)));
            return null;
        });
        jdbc.list("SELECT id, city, siret FROM company", rs -> {
            out.put(Organisation.detailKey(Organisation.Kind.COMPANY, rs.getLong(1)),
                    detail(rs.getString(2), rs.getString(3)));
            return null;
        });
        return out;
    }

    private static String detail(String city, String code) {
        return java.util.stream.Stream.of(city, code).filter(t -> t != null && !t.isBlank())
                .collect(java.util.stream.Collectors.joining(" · "));
    }
}
