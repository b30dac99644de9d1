package org.campuspilot.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campuspilot.TestCampus;
import org.campuspilot.TestData;
import org.campuspilot.action.ActionService;
import org.campuspilot.company.CompanyService;
import org.campuspilot.contact.ContactService;
import org.campuspilot.db.Database;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.establishment.EstablishmentService;
import org.campuspilot.event.EventService;
import org.campuspilot.grant.GrantService;
import org.campuspilot.importing.EstablishmentImport;
import org.campuspilot.store.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of record, imported establishments included, goes to the Corbeille when deleted through its service, and
 * comes back from it with everything it held: the whole file (every table, every row) is as before the deletion.
 */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.EnumSource(org.campuspilot.TestStore.class)
class TrashEveryKindTest {
    @org.junit.jupiter.params.Parameter
    org.campuspilot.TestStore store;

    @TempDir Path dir;
    Database db;
    Stores stores;
    HistoryService history;
    Clock clock = Clock.systemDefaultZone();

    @BeforeEach
    void open() {
        db = store.demo(dir);
        stores = TestCampus.stores(db);
        history = new HistoryService(db);
    }

    @Test
    void anEstablishmentOfTheNetwork() {
        EstablishmentService service = new EstablishmentService(db, stores.establishments(), stores.contacts());
        // The first one nothing refers to (the others are refused with a sentence, nothing deleted).
        deleteThenRestore("establishment", () -> assertTrue(stores.establishments().findAll().stream()
                .anyMatch(x -> service.delete(x).isEmpty())));
    }

    @Test
    void anImportedEstablishmentWithItsImportedValues() throws Exception {
        EstablishmentImport importer = new EstablishmentImport(db, stores.establishments());
        importer.apply(importer.plan(org.campuspilot.importing.AnnuaireReader.read(TestData.annuaireSample(),
                org.campuspilot.importing.AnnuaireFilter.ALL, n -> {
                }, () -> false).candidates()), false, EstablishmentImport.Joining.NONE, n -> {
                }, () -> false);
        EstablishmentService service = new EstablishmentService(db, stores.establishments(), stores.contacts());
        long imported = db.withConnection(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT MAX(establishment_id) FROM establishment_import_value")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        Establishment e = stores.establishments().findById(imported).orElseThrow();
        deleteThenRestore("establishment", () -> assertTrue(service.delete(e).isEmpty()));
    }

    @Test
    void aCompanyAContactAnEventAnActionAGrantAndAnExpense() {
        ContactService contacts = new ContactService(db, stores.contacts(), clock);
        deleteThenRestore("contact", () -> contacts.delete(stores.contacts().findAll().get(0)));
        CompanyService companies = new CompanyService(db, stores.companies(), stores.contacts());
        org.campuspilot.company.Company company = stores.companies().findAll().get(0);
        stores.contacts().findByOrganisation(org.campuspilot.shared.Organisation.company(company.id(),
                company.name())).forEach(contacts::delete);
        deleteThenRestore("company", () -> assertTrue(companies.delete(company).isEmpty()));
        EventService events = new EventService(db, stores.events(), clock);
        deleteThenRestore("event", () -> events.delete(stores.events().findAll().stream()
                .filter(x -> !x.contacts().isEmpty()).findFirst().orElseThrow()));
        ActionService actions = new ActionService(db, stores.actions(), clock);
        deleteThenRestore("action", () -> actions.delete(stores.actions().findAll().get(0)));
        GrantService grants = new GrantService(db, stores.grants(), stores.budgets(), stores.entries(),
                clock);
        deleteThenRestore("grant_award", () -> grants.delete(stores.grants().findAll().get(0)));
        deleteThenRestore("finance_entry", () -> grants.delete(stores.entries().findAll().get(0)));
    }

    private void deleteThenRestore(String table, Runnable delete) {
        Map<String, List<String>> before = CampusRows.everyRow(db);
        int waiting = history.trash(Instant.now()).size();
        delete.run();
        assertTrue(!before.equals(CampusRows.everyRow(db)), "the deletion changed the file");
        List<HistoryService.TrashItem> trash = history.trash(Instant.now());
        assertEquals(waiting + 1, trash.size(), "the Corbeille holds the deleted " + table);
        assertEquals(table, trash.get(0).recordTable());
        history.restore(trash.get(0).changeSetId());
        assertEquals("", difference(before, CampusRows.everyRow(db)), "the " + table + " came back with everything it held");
        assertEquals(waiting, history.trash(Instant.now()).size());
    }

    /** The rows missing from or added to each table, or an empty text. */
    private static String difference(Map<String, List<String>> before, Map<String, List<String>> after) {
        StringBuilder out = new StringBuilder();
        for (String t : before.keySet()) {
            List<String> missing = new ArrayList<>(before.get(t));
            missing.removeAll(after.getOrDefault(t, List.of()));
            List<String> added = new ArrayList<>(after.getOrDefault(t, List.of()));
            added.removeAll(before.get(t));
            if (!missing.isEmpty() || !added.isEmpty()) {
                out.append(t).append(": missing ").append(missing).append(", added ").append(added).append('\n');
            }
        }
        return out.toString();
    }
}
