package org.campuspilot.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.campuspilot.TestCampus;
import org.campuspilot.TestData;
import org.campuspilot.campus.CampusRepository;
import org.campuspilot.db.Database;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.establishment.EstablishmentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCampusTest {
    @TempDir Path dir;

    @Test
    void createsACampusWhoseMembersAreRealEstablishmentsOfTheAnnuaire() throws Exception {
        Path file = dir.resolve("demo.db");
        Database db = TestCampus.demo(file);
        assertTrue(new CampusRepository(db).find().isPresent());
        EstablishmentRepository repo = new EstablishmentRepository(db);
        assertEquals(16, repo.count());
        assertEquals(DemoCampus.SUPPORT_UAI, repo.findSupport().orElseThrow().uai().code());
        Set<String> sampleUais = new HashSet<>();
        for (String line : Files.readAllLines(TestData.annuaireSample())) {
            sampleUais.add(line.replace("\uFEFF", "").split(";", 2)[0]);
        }
        assertEquals(298, sampleUais.size(), "the header and the sample's 297 distinct UAIs (300 rows, some multi-site)");
        for (Establishment e : repo.findAll()) {
            assertTrue(sampleUais.contains(e.uai().code()), e.uai() + " is not in the real sample");
        }
        Establishment jj = repo.findSupport().orElseThrow();
        assertEquals("Lycée professionnel Jean Jaurès", jj.name());
        assertEquals("Rennes", jj.city());
        assertEquals("19350031100017", jj.siret().code());
        assertTrue(DemoCampus.isPopulated(file, TestCampus::stores));
    }

    @Test
    void theDemoAssociationHasItsOwnValidSiretNotAnEstablishmentsOrACompanys() {
        Database db = TestCampus.demo(dir.resolve("demo.db"));
        var stores = TestCampus.stores(db);
        String siret = stores.campus().find().orElseThrow().associationSiret().code();
        assertTrue(org.campuspilot.shared.Siret.check(siret).isOk(), siret + " passes Luhn");
        assertTrue(org.campuspilot.shared.Siren.check(siret.substring(0, 9)).isOk(), "its SIREN too");
        for (Establishment e : stores.establishments().findAll()) {
            assertFalse(e.siret() != null && e.siret().siren().equals(siret.substring(0, 9)),
                    "the association is not " + e.name() + " (" + e.siret() + ")");
        }
        for (var c : stores.companies().findAll()) {
            assertFalse(c.number().code().startsWith(siret.substring(0, 9)), "nor the company " + c.name());
        }
    }

    @Test
    void neverTouchesAnExistingFile() throws Exception {
        Path file = dir.resolve("mine.db");
        Files.writeString(file, "précieux");
        assertThrows(org.campuspilot.db.NewFile.AlreadyThere.class, () -> TestCampus.demo(file));
        assertEquals("précieux", Files.readString(file));
        assertFalse(DemoCampus.isPopulated(dir.resolve("absent.db"), TestCampus::stores));
    }
}
