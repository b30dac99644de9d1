package org.campuspilot.campus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.campuspilot.db.Database;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.establishment.EstablishmentKind;
import org.campuspilot.establishment.EstablishmentRepository;
import org.campuspilot.establishment.EstablishmentService;
import org.campuspilot.establishment.NetworkRole;
import org.campuspilot.establishment.Ownership;
import org.campuspilot.shared.Sector;
import org.campuspilot.shared.Uai;
import org.campuspilot.ui.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampusFormViewModelTest {
    @TempDir Path dir;
    CampusRepository campuses;
    EstablishmentRepository establishments;
    CampusFormViewModel vm;

    @BeforeEach
    void setUp() {
        Database db = Database.open(dir.resolve("c.db"));
        campuses = new CampusRepository(db);
        establishments = new EstablishmentRepository(db);
        EstablishmentService es = new EstablishmentService(db, establishments, new org.campuspilot.contact.ContactRepository(db));
        vm = new CampusFormViewModel(campuses, new CampusService(db, campuses, es), establishments,
                TaskRunner.synchronous());
    }

    @Test
    void createsTheCampusWithItsIdentity() {
        vm.load();
        assertFalse(vm.exists().get());
        vm.name.text().set("Campus Industrie du futur");
        vm.sector.set(Sector.INNOVATIVE_SYSTEMS_MECHATRONICS);
        vm.labelStart.text().set("01/09/2022");
        vm.labelEnd.text().set("31/08/2027");
        vm.excellence.set(true);
        vm.associationSiret.text().set("19350031100017");
        boolean[] done = {false};
        vm.save(() -> done[0] = true);
        assertTrue(done[0]);
        Campus c = campuses.find().orElseThrow();
        assertEquals("Campus Industrie du futur", c.name());
        assertEquals(LocalDate.of(2027, 8, 31), c.labelEnd());
        assertTrue(c.excellence());
        assertEquals("19350031100017", c.associationSiret().code());
    }

    @Test
    void refusesAMissingSectorABadSiretAndALabelEndingBeforeItStarts() {
        vm.load();
        vm.name.text().set("Campus");
        vm.associationSiret.text().set("123");
        vm.labelStart.text().set("01/09/2022");
        vm.labelEnd.text().set("01/09/2021");
        vm.save(() -> {
        });
        assertEquals("validation.required", vm.sectorProblem.get().key());
        assertEquals("validation.siret.length", vm.associationSiret.problem().get().key());
        assertEquals("validation.dates.endBeforeStart", vm.labelEnd.problem().get().key());
        assertTrue(campuses.find().isEmpty());
    }

    @Test
    void choosingTheSupportMakesItTheOnlySupport() {
        Establishment a = establishments.insert(new Establishment(null, new Uai("0350031U"), "Jean Jaurès",
                EstablishmentKind.LYCEE_PROFESSIONNEL, Ownership.PUBLIC, null, null, null, null, null, null, null,
                NetworkRole.SUPPORT, null, null, null, null));
        Establishment b = establishments.insert(new Establishment(null, new Uai("0351054F"), "Charles Tillon",
                EstablishmentKind.LYCEE_PROFESSIONNEL, Ownership.PUBLIC, null, null, null, null, null, null, null,
                NetworkRole.MEMBRE, null, null, null, null));
        vm.load();
        assertEquals(a.id(), vm.support.get().id());
        vm.name.text().set("Campus");
        vm.sector.set(Sector.MATERIALS);
        vm.support.set(vm.members.stream().filter(m -> m.id().equals(b.id())).findFirst().orElseThrow());
        vm.save(() -> {
        });
        assertEquals(b.id(), establishments.findSupport().orElseThrow().id());
        assertEquals(NetworkRole.MEMBRE, establishments.findById(a.id()).orElseThrow().role());
    }
}
