package org.campuspilot.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.shared.Organisation;

/** Plain JDBC access to the events, their participants and their attendance. */
public final class EventRepository {
    private static final String SELECT = """
            SELECT ev.id, ev.uid, ev.title, ev.type, ev.all_day, ev.start_date, ev.start_time, ev.end_date,
                ev.end_time, ev.place, ev.place_establishment_id, pe.name AS place_name,
                ev.organiser_establishment_id, oe.name AS organiser_establishment_name,
                ev.organiser_company_id, oc.name AS organiser_company_name,
                ev.description, ev.status, ev.expected, ev.updated_at
            FROM event ev
            LEFT JOIN establishment pe ON pe.id = ev.place_establishment_id
            LEFT JOIN establishment oe ON oe.id = ev.organiser_establishment_id
            LEFT JOIN company oc ON oc.id = ev.organiser_company_id
            """;

    private final Jdbc jdbc;

    public EventRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    /** Every event with its attendance and participants, in a fixed number of queries. */
    public List<Event> findAll() {
        return read(SELECT + " ORDER BY ev.start_date, ev.start_time", new Object[0]);
    }

    /** The events with at least one day from {@code first} to {@code last}, by start. */
    public List<Event> findTouching(LocalDate first, LocalDate last) {
        return read(SELECT + " WHERE ev.end_date >= ? AND ev.start_date <= ? ORDER BY ev.start_date, ev.start_time",
                new Object[] {first, last});
    }

    public Optional<Event> findById(long id) {
        return read(SELECT + " WHERE ev.id = ?", new Object[] {id}).stream().findFirst();
    }

    /** The events where the organisation takes part, organises or hosts, by date, most recent first. */
    public List<Event> findForOrganisation(org.campuspilot.shared.Organisation o) {
        String where = o.kind() == Organisation.Kind.COMPANY
                ? " WHERE ev.organiser_company_id = ? OR ev.id IN (SELECT event_id FROM event_company WHERE company_id = ?)"
                : " WHERE ev.organiser_establishment_id = ? OR ev.place_establishment_id = ?"
                        + " OR ev.id IN (SELECT event_id FROM event_establishment WHERE establishment_id = ?)";
        Object[] params = o.kind() == Organisation.Kind.COMPANY ? new Object[] {o.id(), o.id()}
                : new Object[] {o.id(), o.id(), o.id()};
        return read(SELECT + where + " ORDER BY ev.start_date DESC", params);
    }

    /** The events a person takes part in, most recent first. */
    public List<Event> findForContact(long contactId) {
        return read(SELECT + " WHERE ev.id IN (SELECT event_id FROM event_contact WHERE contact_id = ?)"
                + " ORDER BY ev.start_date DESC", new Object[] {contactId});
    }

    public long count() {
        return jdbc.count("SELECT COUNT(*) FROM event");
    }

    private List<Event> read(String sql, Object[] params) {
        Map<Long, Map<Audience, Integer>> attendance = new HashMap<>();
        jdbc.list("SELECT event_id, audience, present FROM event_attendance", rs -> {
            attendance.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Audience.class))
                    .put(Audience.valueOf(rs.getString(2)), rs.getInt(3));
            return null;
        });
        Map<Long, Map<Long, Presence>> establishmentPresence = new HashMap<>();
        Map<Long, List<Organisation>> establishments = jdbc.grouped("""
                SELECT ee.event_id, e.id, e.name, ee.presence FROM event_establishment ee
                JOIN establishment e ON e.id = ee.establishment_id ORDER BY e.name""", rs -> {
            establishmentPresence.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2),
                    Presence.valueOf(rs.getString(4)));
            return Organisation.establishment(rs.getLong(2), rs.getString(3));
        });
        Map<Long, Map<Long, Presence>> companyPresence = new HashMap<>();
        Map<Long, List<Organisation>> companies = jdbc.grouped("""
                SELECT ec.event_id, c.id, c.name, ec.presence FROM event_company ec
                JOIN company c ON c.id = ec.company_id ORDER BY c.name""", rs -> {
            companyPresence.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2),
                    Presence.valueOf(rs.getString(4)));
            return Organisation.company(rs.getLong(2), rs.getString(3));
        });
        Map<Long, List<Attendee>> contacts = new HashMap<>();
        jdbc.list("""
                SELECT ep.event_id, p.id, p.first_name, p.last_name, p.anonymised_on,
                    coalesce(e.name, co.name, p.other_body) AS organisation, ep.presence
                FROM event_contact ep
                JOIN contact p ON p.id = ep.contact_id
                LEFT JOIN establishment e ON e.id = p.establishment_id
                LEFT JOIN company co ON co.id = p.company_id
                ORDER BY p.last_name, p.first_name""", rs -> {
            String first = rs.getString(3);
            String name = rs.getString(5) != null ? null : first == null ? rs.getString(4)
                    : first + " " + rs.getString(4);
            contacts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Attendee(rs.getLong(2), name,
                    rs.getString(6), Presence.valueOf(rs.getString(7))));
            return null;
        });
        return jdbc.list(sql, rs -> {
            long id = rs.getLong("id");
            Event e = map(rs, attendance.get(id), establishments.get(id), companies.get(id), contacts.get(id));
            return new Event(e.id(), e.uid(), e.title(), e.type(), e.timing(), e.place(), e.placeEstablishment(),
                    e.organiser(), e.description(), e.status(), e.expected(), e.attendance(), e.establishments(),
                    e.companies(), e.contacts(), e.updatedAt(), establishmentPresence.get(id), companyPresence.get(id));
        }, params);
    }

    /** Inserts or updates the event with its participants and attendance (call inside a transaction). */
    public Event save(Event e, Instant now) {
        Organisation o = e.organiser();
        Object[] values = {e.title(), e.type(), e.timing().allDay(), e.timing().startDate(),
            time(e.timing().startTime()), e.timing().endDate(), time(e.timing().endTime()),
            e.placeEstablishment() == null ? e.place() : null,
            e.placeEstablishment() == null ? null : e.placeEstablishment().id(),
            o != null && o.kind() == Organisation.Kind.ESTABLISHMENT ? o.id() : null,
            o != null && o.kind() == Organisation.Kind.COMPANY ? o.id() : null,
            e.description(), e.status(), e.expected(), now.toString()};
        Event saved;
        if (e.id() == null) {
            String uid = UUID.randomUUID() + "@campuspilot";
            List<Object> params = new ArrayList<>(List.of(uid));
            params.addAll(java.util.Arrays.asList(values));
            long id = jdbc.insert("""
                    INSERT INTO event (uid, title, type, all_day, start_date, start_time, end_date, end_time, place,
                        place_establishment_id, organiser_establishment_id, organiser_company_id, description, status,
                        expected, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", params.toArray());
            saved = e.withIdentity(id, uid, now);
        } else {
            List<Object> params = new ArrayList<>(java.util.Arrays.asList(values));
            params.add(e.id());
            jdbc.update("""
                    UPDATE event SET title = ?, type = ?, all_day = ?, start_date = ?, start_time = ?, end_date = ?,
                        end_time = ?, place = ?, place_establishment_id = ?, organiser_establishment_id = ?,
                        organiser_company_id = ?, description = ?, status = ?, expected = ?, updated_at = ?
                    WHERE id = ?""", params.toArray());
            saved = e.withIdentity(e.id(), e.uid(), now);
        }
        long id = saved.id();
        jdbc.update("DELETE FROM event_attendance WHERE event_id = ?", id);
        for (Map.Entry<Audience, Integer> a : e.attendance().entrySet()) {
            jdbc.update("INSERT INTO event_attendance (event_id, audience, present) VALUES (?, ?, ?)", id, a.getKey(),
                    a.getValue());
        }
        jdbc.update("DELETE FROM event_establishment WHERE event_id = ?", id);
        for (Organisation est : e.establishments()) {
            jdbc.update("INSERT INTO event_establishment (event_id, establishment_id, presence) VALUES (?, ?, ?)", id,
                    est.id(), e.presenceOf(est));
        }
        jdbc.update("DELETE FROM event_company WHERE event_id = ?", id);
        for (Organisation c : e.companies()) {
            jdbc.update("INSERT INTO event_company (event_id, company_id, presence) VALUES (?, ?, ?)", id, c.id(),
                    e.presenceOf(c));
        }
        jdbc.update("DELETE FROM event_contact WHERE event_id = ?", id);
        for (Attendee a : e.contacts()) {
            jdbc.update("INSERT INTO event_contact (event_id, contact_id, presence) VALUES (?, ?, ?)", id,
                    a.contactId(), a.presence());
        }
        return saved;
    }

    public void delete(long id) {
        jdbc.update("DELETE FROM event WHERE id = ?", id);
    }

    private static String time(LocalTime t) {
        return t == null ? null : t.toString();
    }

    private static Event map(ResultSet rs, Map<Audience, Integer> attendance, List<Organisation> establishments,
            List<Organisation> companies, List<Attendee> contacts) throws SQLException {
        boolean allDay = rs.getBoolean("all_day");
        String st = rs.getString("start_time");
        String et = rs.getString("end_time");
        EventTiming timing = new EventTiming(allDay, Jdbc.date(rs, "start_date"),
                st == null ? null : LocalTime.parse(st), Jdbc.date(rs, "end_date"), et == null ? null : LocalTime.parse(et));
        Long placeId = Jdbc.nullableLong(rs, "place_establishment_id");
        Long orgEst = Jdbc.nullableLong(rs, "organiser_establishment_id");
        Long orgCo = Jdbc.nullableLong(rs, "organiser_company_id");
        Organisation organiser = orgEst != null
                ? Organisation.establishment(orgEst, rs.getString("organiser_establishment_name"))
                : orgCo != null ? Organisation.company(orgCo, rs.getString("organiser_company_name")) : null;
        int expected = rs.getInt("expected");
        Integer exp = rs.wasNull() ? null : expected;
        return new Event(rs.getLong("id"), rs.getString("uid"), rs.getString("title"),
                Jdbc.enumValue(rs, "type", EventType.class), timing, rs.getString("place"),
                placeId == null ? null : Organisation.establishment(placeId, rs.getString("place_name")), organiser,
                rs.getString("description"), Jdbc.enumValue(rs, "status", EventStatus.class), exp, attendance,
                establishments, companies, contacts, Instant.parse(rs.getString("updated_at")));
    }
}
