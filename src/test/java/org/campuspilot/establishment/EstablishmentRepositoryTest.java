package org.campuspilot.establishment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.campuspilot.db.DataAccessException;
import org.campuspilot.db.Database;
import org.campuspilot.shared.EmailAddress;
import org.campuspilot.shared.PhoneNumber;
import org.campuspilot.shared.PostalCode;
import org.campuspilot.shared.Siret;
import org.campuspilot.shared.Uai;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.EnumSource(org.campuspilot.TestStore.class)
class EstablishmentRepositoryTest {
    @org.junit.jupiter.params.Parameter
    org.campuspilot.TestStore store;

    @TempDir Path dir;
    EstablishmentRepository repo;

    static Establishment jeanJaures() {
        return new Establishment(null, new Uai("0350031U"), "Lycée professionnel Jean Jaurès",
                EstablishmentKind.LYCEE_PROFESSIONNEL, Ownership.PUBLIC, new Siret("19350031100017"),
                "24 rue Victor Rault", new PostalCode("35205"), "Rennes", new PhoneNumber("0299651566"),
                new EmailAddress("ce.0350031u@ac-rennes.fr"), "http://www.lycee-jean-jaures-rennes.fr",
                NetworkRole.MEMBRE, LocalDate.of(2022, 9, 1), null, LocalDate.of(2022, 6, 30), "Notes «accents»");
    }

    @BeforeEach
    void open() {
        repo = new EstablishmentRepository(store.open(dir));
    }

    @Test
    void insertsAndReadsBackEveryField() {
        Establishment saved = repo.insert(jeanJaures());
        assertNotNull(saved.id());
        assertEquals(saved, repo.findById(saved.id()).orElseThrow());
        assertEquals(saved, repo.findByUai(new Uai("0350031U")).orElseThrow());
    }

    @Test
    void updatesAndDeletes() {
        Establishment saved = repo.insert(jeanJaures());
        Establishment changed = new Establishment(saved.id(), saved.uai(), "Lycée Jean Jaurès", saved.kind(),
                saved.ownership(), null, null, null, "Rennes", null, null, null, NetworkRole.ASSOCIE, null,
                LocalDate.of(2026, 8, 31), null, null);
        repo.update(changed);
        assertEquals(changed, repo.findById(saved.id()).orElseThrow());
        repo.delete(saved.id());
        assertTrue(repo.findById(saved.id()).isEmpty());
        assertEquals(0, repo.count());
    }

    @Test
    void theDatabaseRefusesASecondRecordWithTheSameUai() {
        repo.insert(jeanJaures());
        DataAccessException e = assertThrows(DataAccessException.class, () -> repo.insert(jeanJaures()));
        assertTrue(e.isUniqueViolation());
        assertFalse(e.isForeignKeyViolation());
    }

    @Test
    void theDatabaseHoldsAtMostOneSupport() {
        repo.insert(jeanJaures().withRole(NetworkRole.SUPPORT));
        Establishment other = new Establishment(null, new Uai("0351054F"), "Lycée professionnel Charles Tillon",
                EstablishmentKind.LYCEE_PROFESSIONNEL, Ownership.PUBLIC, null, null, null, "Rennes", null, null,
                null, NetworkRole.SUPPORT, null, null, null, null);
        assertThrows(DataAccessException.class, () -> repo.insert(other));
    }
}
