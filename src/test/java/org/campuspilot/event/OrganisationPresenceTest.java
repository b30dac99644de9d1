package org.campuspilot.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.shared.Organisation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Establishments and companies have an attendance as people do (issue 21): saved and read back, and the ones recorded
 * before it existed become present at an event held, registered at one still to come.
 */
class OrganisationPresenceTest {
    @TempDir Path dir;

    @Test
    void eachOrganisationsPresenceIsSavedAndReadBack() {
        Database db = TestCampus.demo(dir.resolve("demo.campuspilot"));
        EventRepository events = new EventRepository(db);
        Event e = events.findAll().stream().filter(x -> x.establishments().size() >= 2 && !x.companies().isEmpty())
                .findFirst().orElseThrow();
        Organisation first = e.establishments().get(0);
        Organisation second = e.establishments().get(1);
        Organisation company = e.companies().get(0);
        Event changed = new Event(e.id(), e.uid(), e.title(), e.type(), e.timing(), e.place(), e.placeEstablishment(),
                e.organiser(), e.description(), e.status(), e.expected(), e.attendance(), e.establishments(),
                e.companies(), e.contacts(), e.updatedAt(), establishments(e, first), companies(e));
        db.inTransaction(c -> events.save(changed, Instant.now()));
        Event read = events.findById(e.id()).orElseThrow();
        assertEquals(Presence.INVITE, read.presenceOf(first));
        assertEquals(Presence.PRESENT, read.presenceOf(second));
        assertEquals(Presence.INSCRIT, read.presenceOf(company));
        assertEquals(e.establishments().size() - 1, read.count(Organisation.Kind.ESTABLISHMENT, Presence.PRESENT));
        assertEquals(0, read.count(Organisation.Kind.COMPANY, Presence.PRESENT));
        assertTrue(new Jdbc(db).count("SELECT COUNT(*) FROM audit_entry WHERE table_name = 'event_establishment'"
                + " AND record_table = 'event' AND record_id = ? AND new_values LIKE '%INVITE%'",
                String.valueOf(e.id())) > 0, "in the event's history");
    }

    /** The first establishment invited only, the others present. */
    private static Map<Long, Presence> establishments(Event e, Organisation first) {
        Map<Long, Presence> out = new java.util.HashMap<>();
        e.establishments().forEach(o -> out.put(o.id(), o.id().equals(first.id()) ? Presence.INVITE
                : Presence.PRESENT));
        return out;
    }

    /** Every company registered. */
    private static Map<Long, Presence> companies(Event e) {
        Map<Long, Presence> out = new java.util.HashMap<>();
        e.companies().forEach(o -> out.put(o.id(), Presence.INSCRIT));
        return out;
    }

    @Test
    void theOrganisationsRecordedBeforeWerePresentAtEventsHeldAndRegisteredAtTheOthers() throws Exception {
        Path file = dir.resolve("old.campuspilot");
        TestCampus.demo(file).close();
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement()) {
            for (String t : new Jdbc(Database.open(file)).list("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                    + " AND (name LIKE 'audit_event_establishment%' OR name LIKE 'audit_event_company%'"
                    + " OR name LIKE 'audit_campus%' OR name LIKE 'audit_label_%')",
                    rs -> rs.getString(1))) {
                s.execute("DROP TRIGGER " + t);
            }
            s.execute("ALTER TABLE event_establishment DROP COLUMN presence");
            s.execute("ALTER TABLE event_company DROP COLUMN presence");
            // The migrations after V17 are run again too: their tables and columns go with it.
            s.execute("ALTER TABLE campus DROP COLUMN logo_sha256");
            s.execute("ALTER TABLE campus DROP COLUMN logo_file_name");
            s.execute("DROP TABLE label_text");
            s.execute("DROP TABLE label_objective_value");
            s.execute("DROP TABLE label_objective");
            s.execute("DELETE FROM schema_version WHERE version >= 17");
        }
        Jdbc after = new Jdbc(Database.open(file));
        assertEquals(0, after.count("""
                SELECT COUNT(*) FROM event_establishment ee JOIN event e ON e.id = ee.event_id
                WHERE (e.status = 'REALISE') <> (ee.presence = 'PRESENT')"""));
        assertEquals(0, after.count("""
                SELECT COUNT(*) FROM event_company ec JOIN event e ON e.id = ec.event_id
                WHERE (e.status = 'REALISE') <> (ec.presence = 'PRESENT')"""));
        assertTrue(after.count("SELECT COUNT(*) FROM event_establishment WHERE presence = 'INSCRIT'") > 0);
        assertTrue(after.count("SELECT COUNT(*) FROM event_establishment WHERE presence = 'PRESENT'") > 0);
    }
}
