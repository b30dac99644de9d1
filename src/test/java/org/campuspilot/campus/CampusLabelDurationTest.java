package org.campuspilot.campus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import org.campuspilot.db.Database;
import org.campuspilot.establishment.EstablishmentRepository;
import org.campuspilot.establishment.EstablishmentService;
import org.campuspilot.shared.Sector;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The label lasts five years at most since the decree of 16 September 2019, four before (issue 25). */
class CampusLabelDurationTest {
    @TempDir Path dir;
    Messages messages = Messages.load(Messages.FRENCH);

    private CampusFormViewModel vm(Database db) {
        CampusRepository campuses = new CampusRepository(db);
        EstablishmentRepository establishments = new EstablishmentRepository(db);
        return new CampusFormViewModel(campuses, new CampusService(db, campuses, new EstablishmentService(db,
                establishments, new org.campuspilot.contact.ContactRepository(db))), establishments,
                TaskRunner.synchronous());
    }

    @Test
    void theLongestLabelIsFiveYearsSince2019AndFourBefore() {
        assertEquals(5, Campus.maxLabelYears(LocalDate.of(2019, 9, 16)));
        assertEquals(4, Campus.maxLabelYears(LocalDate.of(2019, 9, 1)));
        assertEquals(Period.of(5, 0, 0), Campus.labelDuration(LocalDate.of(2022, 9, 1), LocalDate.of(2027, 8, 31)));
        assertEquals("Durée du label : 5 ans.", CampusFormController.durationText(Period.of(5, 0, 0), messages));
        assertEquals("Durée du label : 2 ans et 6 mois.", CampusFormController.durationText(Period.of(2, 6, 0),
                messages));
        assertEquals("Durée du label : 1 an.", CampusFormController.durationText(Period.of(0, 11, 20), messages));
    }

    @Test
    void aLabelOverFiveYearsIsRefusedWithASentenceAndNothingIsSaved() {
        Database db = Database.open(dir.resolve("c.campuspilot"));
        CampusFormViewModel vm = vm(db);
        vm.load();
        vm.name.text().set("Campus de la mer");
        vm.sector.set(Sector.values()[0]);
        vm.labelStart.text().set("01/09/2022");
        vm.labelEnd.text().set("01/09/2027");
        vm.save(() -> { });
        assertNotNull(vm.labelEnd.problem().get());
        assertEquals("Un label dure cinq ans au plus (décret du 16 septembre 2019) : commencé le 01/09/2022, il prend"
                + " fin au plus tard le 31/08/2027. Corrigez la fin du label.", messages.get(vm.labelEnd.problem()
                        .get()));
        assertEquals(java.util.Optional.empty(), new CampusRepository(db).find(), "nothing written");

        vm.labelStart.text().set("01/01/2018");
        vm.labelEnd.text().set("31/12/2022");
        vm.save(() -> { });
        assertEquals("Un label donné avant le décret du 16 septembre 2019 dure quatre ans au plus : commencé le"
                + " 01/01/2018, il prend fin au plus tard le 31/12/2021. Corrigez la fin du label.",
                messages.get(vm.labelEnd.problem().get()));

        vm.labelStart.text().set("01/09/2022");
        vm.labelEnd.text().set("31/08/2027");
        boolean[] saved = {false};
        vm.save(() -> saved[0] = true);
        assertEquals(true, saved[0]);
        assertNull(vm.labelEnd.problem().get());
        assertEquals(Period.of(5, 0, 0), vm.labelDuration.get());
    }
}
