package org.campuspilot.establishment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.campuspilot.db.Database;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.Uai;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstablishmentServiceTest {
    @TempDir Path dir;
    EstablishmentRepository repo;
    EstablishmentService service;

    org.campuspilot.contact.ContactRepository contacts;

    @BeforeEach
    void open() {
        Database db = Database.open(dir.resolve("s.db"));
        repo = new EstablishmentRepository(db);
        contacts = new org.campuspilot.contact.ContactRepository(db);
        service = new EstablishmentService(db, repo, contacts);
    }

    @Test
    void anEstablishmentWithContactsIsNotDeletedAndSimilarNamesInTheCityAreFound() {
        Establishment t = service.save(tillon(NetworkRole.MEMBRE)).value();
        var person = contacts.insert(new org.campuspilot.contact.Contact(null, "Anne", "Jégou", null, null, null,
                org.campuspilot.shared.Organisation.establishment(t.id(), t.name()), null, null,
                java.time.LocalDate.of(2025, 1, 1), null, null));
        assertEquals("establishment.delete.refused.contacts", service.delete(t).orElseThrow().key());
        assertEquals(1, repo.count());
        contacts.delete(person.id());
        Establishment twin = new Establishment(null, new Uai("0350029S"), "LYCEE PROFESSIONNEL CHARLES-TILLON",
                EstablishmentKind.LYCEE_PROFESSIONNEL, Ownership.PUBLIC, null, null, null, "rennes", null, null,
                null, NetworkRole.MEMBRE, null, null, null, null);
        assertEquals(List.of(t.id()), service.similar(twin).stream().map(Establishment::id).toList());
        assertTrue(service.delete(t).isEmpty());
    }

    static Establishment tillon(NetworkRole role) {
        return new Establishment(null, new Uai("0351054F"), "Lycée professionnel Charles Tillon",
                EstablishmentKind.LYCEE_PROFESSIONNEL, Ownership.PUBLIC, null, null, null, "Rennes", null, null,
                null, role, null, null, null, null);
    }

    @Test
    void saveRejectsDuplicateUaiAndNamesTheExistingRecord() {
        service.save(EstablishmentRepositoryTest.jeanJaures());
        Establishment copy = EstablishmentRepositoryTest.jeanJaures();
        Checked<Establishment> result = service.save(copy);
        assertFalse(result.isOk());
        assertEquals("establishment.error.duplicateUai", result.problem().orElseThrow().key());
        assertEquals(repo.findByUai(copy.uai()).orElseThrow().id(), result.problem().orElseThrow().existingId(),
                "the refusal carries the existing record, for the link that opens it");
        assertEquals(List.of("0350031U", "Lycée professionnel Jean Jaurès"), result.problem().orElseThrow().args());
        assertEquals(1, repo.count());
    }

    @Test
    void savingANewSupportDemotesThePreviousOne() {
        Establishment first = service.save(EstablishmentRepositoryTest.jeanJaures().withRole(NetworkRole.SUPPORT))
                .value();
        Establishment second = service.save(tillon(NetworkRole.SUPPORT)).value();
        assertEquals(NetworkRole.MEMBRE, repo.findById(first.id()).orElseThrow().role());
        assertEquals(second.id(), repo.findSupport().orElseThrow().id());
    }

    @Test
    void deleteIsRefusedForTheSupportAndExplained() {
        Establishment support = service.save(tillon(NetworkRole.SUPPORT)).value();
        var refusal = service.delete(support);
        assertTrue(refusal.isPresent());
        assertEquals("establishment.delete.refused.support", refusal.get().key());
        assertEquals(1, repo.count());
    }

    @Test
    void deleteRemovesAPlainMember() {
        Establishment member = service.save(tillon(NetworkRole.MEMBRE)).value();
        assertTrue(service.delete(member).isEmpty());
        assertEquals(0, repo.count());
    }
}
