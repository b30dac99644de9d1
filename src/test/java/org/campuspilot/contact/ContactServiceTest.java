package org.campuspilot.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.campuspilot.TestCampus;
import org.campuspilot.company.Company;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.db.Database;
import org.campuspilot.shared.Organisation;
import org.campuspilot.ui.MergeField.Side;
import org.campuspilot.ui.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.EnumSource(org.campuspilot.TestStore.class)
class ContactServiceTest {
    @org.junit.jupiter.params.Parameter
    org.campuspilot.TestStore store;

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    @TempDir Path dir;
    Database db;
    ContactRepository repo;
    ContactService service;
    CompanyRepository companies;

    @BeforeEach
    void open() {
        db = store.demo(dir);
        repo = new ContactRepository(db);
        companies = new CompanyRepository(db);
        ZoneId paris = ZoneId.of("Europe/Paris");
        service = new ContactService(db, repo, Clock.fixed(TODAY.atStartOfDay(paris).toInstant(), paris));
    }

    Contact find(String lastName) {
        return repo.findAll().stream().filter(c -> lastName.equals(c.lastName())).findFirst().orElseThrow();
    }

    @Test
    void aNewContactIsDatedToday() {
        Contact c = service.save(new Contact(null, "Léa", "Nouvelle", null, null, null, null, null, null, null, null,
                null));
        assertEquals(TODAY, repo.findById(c.id()).orElseThrow().createdOn());
    }

    @Test
    void theReviewListHoldsPeopleWithoutContactForThreeYears() {
        List<String> names = service.reviewList().stream().map(Contact::lastName).sorted().toList();
        assertEquals(List.of("Baudry", "Le Corre", "Lemoine", "Marchand", "Michel"), names);
        Contact kept = service.keep(find("Marchand"));
        assertEquals(TODAY, kept.reviewedOn());
        assertFalse(service.reviewList().stream().anyMatch(c -> c.id().equals(kept.id())));
        assertTrue(kept.reviewDue(TODAY.plusYears(3).plusDays(1)), "back on the list three years later");
    }

    @Test
    void anonymisingKeepsTheRecordAndItsOrganisationButNotTheIdentity() {
        Contact baudry = find("Baudry");
        Organisation org = baudry.organisation();
        long before = repo.count();
        int inOrg = repo.findByOrganisation(org).size();
        Contact a = service.anonymise(baudry);
        Contact read = repo.findById(a.id()).orElseThrow();
        assertEquals(before, repo.count());
        assertEquals(inOrg, repo.findByOrganisation(org).size());
        assertNull(read.firstName());
        assertEquals(ContactService.ANONYMOUS, read.lastName());
        assertNull(read.email());
        assertNull(read.phone());
        assertNull(read.role());
        assertNull(read.notes());
        assertEquals(TODAY, read.anonymisedOn());
        assertEquals(baudry.lastContactOn(), read.lastContactOn());
        assertFalse(service.reviewList().contains(read));
        org.campuspilot.db.Jdbc jdbc = new org.campuspilot.db.Jdbc(db);
        assertTrue(jdbc.count("SELECT COUNT(*) FROM audit_entry WHERE table_name = 'contact' AND record_id = ?",
                String.valueOf(a.id())) >= 2, "its creation and its anonymisation are in the history");
        assertEquals(0, jdbc.count("SELECT COUNT(*) FROM audit_entry WHERE old_values LIKE ? OR new_values LIKE ?",
                "%Baudry%", "%Baudry%"), "the history keeps no trace of the name");
    }

    @Test
    void anonymisingLeavesNothingOfTheIdentityInTheFileItsHistoryOrItsTrash() throws Exception {
        Contact zebulon = service.save(new Contact(null, "Zébulon", "Quatremare", "Chef d'atelier",
                new org.campuspilot.shared.EmailAddress("zebulon.quatremare@quatre-mare.fr"), null,
                find("Baudry").organisation(), null, "Rencontré au forum Quatremare", null, null, null));
        Contact twin = service.save(new Contact(null, "Zebulon", "Quatremare", null, null, null, null, null,
                "doublon Quatremare", null, null, null));
        zebulon = service.save(new Contact(zebulon.id(), zebulon.firstName(), zebulon.lastName(), zebulon.role(),
                zebulon.email(), zebulon.phone(), zebulon.organisation(), zebulon.lastContactOn(),
                "Notes revues : Quatremare", zebulon.createdOn(), zebulon.reviewedOn(), null));
        // The duplicate merged into the person: its deletion is in the Corbeille with its full values.
        Contact merged = service.merge(zebulon, twin.id());
        org.campuspilot.history.HistoryService history = new org.campuspilot.history.HistoryService(db);
        assertEquals(1, history.trash(java.time.Instant.now()).size(), "the merged duplicate waits in the trash");

        service.anonymise(merged);

        assertEquals(List.of(), history.trash(java.time.Instant.now()), "nothing to restore the identity from");
        org.campuspilot.db.Jdbc jdbc = new org.campuspilot.db.Jdbc(db);
        assertEquals(0, jdbc.count("SELECT COUNT(*) FROM audit_entry WHERE old_values LIKE ? OR new_values LIKE ?",
                "%Quatremare%", "%Quatremare%"), "the history (the duplicate's included) keeps no trace");
        for (String suffix : List.of("", "-wal")) {
            Path raw = dir.resolve("demo.db" + suffix);
            if (java.nio.file.Files.exists(raw)) {
                String bytes = new String(java.nio.file.Files.readAllBytes(raw),
                        java.nio.charset.StandardCharsets.ISO_8859_1);
                for (String trace : List.of("Quatremare", "zebulon.quatremare", "quatre-mare.fr")) {
                    assertFalse(bytes.contains(trace), raw.getFileName() + " holds « " + trace + " »");
                }
            }
        }
    }

    @Test
    void mergeMovesTheMainContactReferenceAndDeleteClearsIt() {
        Contact gicquel = find("Gicquel");
        Company armor = companies.findAll().stream().filter(c -> c.name().equals("Armor Robotique")).findFirst()
                .orElseThrow();
        assertEquals(gicquel.id(), armor.mainContactId());
        Contact twin = service.save(new Contact(null, "Laurent", "Gicquel", null, null, null, null, null, "doublon",
                null, null, null));
        assertEquals(1, service.similar(twin).size());
        // The twin is kept (the user merges into it); the demo record goes and the company follows.
        Contact merged = ContactListViewModel.merged(twin, gicquel, List.of(Side.LEFT, Side.LEFT, Side.RIGHT,
                Side.RIGHT, Side.RIGHT, Side.RIGHT, Side.RIGHT, Side.BOTH));
        service.merge(merged, gicquel.id());
        assertTrue(repo.findById(gicquel.id()).isEmpty());
        assertEquals(twin.id(), companies.findById(armor.id()).orElseThrow().mainContactId());
        Contact read = repo.findById(twin.id()).orElseThrow();
        assertEquals("laurent.gicquel@example.fr", read.email().address());
        assertEquals("Armor Robotique", read.organisation().name());
        assertEquals("doublon", read.notes(), "the demo record had no notes: both joined is just this");
        assertEquals(gicquel.createdOn(), read.createdOn(), "the earliest creation date is kept");

        service.delete(read);
        assertNull(companies.findById(armor.id()).orElseThrow().mainContactId());
    }

    @Test
    void theExportHoldsEverythingAboutThePerson() {
        Contact gicquel = find("Gicquel");
        String text = new PersonalDataExport(Messages.load(Messages.FRENCH)).text(gicquel,
                repo.companiesWithMainContact(gicquel.id()), repo.eventsOf(gicquel.id()),
                repo.actionsOf(gicquel.id()), "Campus X", TODAY);
        assertTrue(text.startsWith("Données personnelles : Laurent Gicquel\n"), text);
        for (String expected : new String[] {"Prénom : Laurent", "Nom * : Gicquel", "Fonction : Gérant",
            "E-mail : laurent.gicquel@example.fr", "Téléphone : 06 12 34 56 03", "Armor Robotique (Entreprise)",
            "Date du dernier contact : 12/09/2026", "interlocuteur principal de l'entreprise « Armor Robotique »",
            "au 21/11/2026", "01/04/2026 : Concours régional de robotique (Présent)",
            "intervenant de l'action « Projet pédagogique robot de tri » (2025-2026)"}) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
    }
}
