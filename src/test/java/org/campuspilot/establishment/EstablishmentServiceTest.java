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

    @BeforeEach
    void open() {
        Database db = Database.open(dir.resolve("s.db"));
        repo = new EstablishmentRepository(db);
        service = new EstablishmentService(db, repo, new org.campuspilot.contact.ContactRepository(db));
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
