package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.campuspilot.TestCampus;
import org.campuspilot.action.Action;
import org.campuspilot.action.ActionRepository;
import org.campuspilot.action.ActionSummary;
import org.campuspilot.action.LearnerStatus;
import org.campuspilot.action.Sex;
import org.campuspilot.db.Database;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.SchoolYear;
import org.campuspilot.shared.TrainingLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A level IV discovery action for two lycées: recorded with its beneficiaries, then counted in the summary. */
class ActionFlowFxTest {
    @TempDir Path dir;
    FxApp fx;

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    @Test
    void createALevelIvDiscoveryActionWithTwoEstablishmentsAndSeeItInTheSummary() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        fx = new FxApp().start(db, dir);
        fx.click("#navActions");
        fx.choose("#schoolYearFilter", "Année 2026-2027");
        fx.tick("#levelFilter", "niveau IV (4)");
        fx.click("#summaryToggle");
        TableView<ActionSummary.Line> summary = fx.find("#summaryTable");
        assertEquals(0, summary.getItems().size(), "no level IV action in 2026-2027 yet");

        fx.click("#newButton");
        fx.type("#titleField", "Découverte des métiers de la maintenance");
        fx.choose("#typeCombo", "Découverte des métiers");
        fx.click("#level_4");
        fx.type("#schoolYearField", "2026-2027");
        fx.type("#startDateField", "07/12/2026");
        fx.type("#endDateField", "11/12/2026");
        fx.choose("#establishmentChoice", "Lycée professionnel Jean Jaurès");
        fx.click("#addEstablishmentButton");
        fx.choose("#establishmentChoice", "Lycée polyvalent Jacques Cartier");
        fx.click("#addEstablishmentButton");
        fx.type("#target_ELEVES", "50");
        fx.type("#actual_ELEVES", "46");
        fx.type("#actual_ENSEIGNANTS", "4");
        fx.type("#actual_FEMMES", "12");
        fx.type("#actual_HOMMES", "36");
        assertEquals("50", ((Label) fx.find("#actualTotal")).getText());
        assertEquals("2", ((Label) fx.find("#actualUnspecified")).getText());
        fx.type("#hoursPerBeneficiaryField", "3,5");
        assertEquals("175", ((javafx.scene.control.TextField) fx.find("#totalHoursField")).getText());
        fx.choose("#statusCombo", "Réalisée");
        fx.click("#saveButton");

        Action saved = new ActionRepository(Database.open(db)).findAll().stream()
                .filter(a -> a.title().equals("Découverte des métiers de la maintenance")).findFirst().orElseThrow();
        assertEquals(Set.of(TrainingLevel.LEVEL_4), saved.levels());
        assertEquals(new SchoolYear(2026), saved.schoolYear());
        assertEquals(List.of("Lycée polyvalent Jacques Cartier", "Lycée professionnel Jean Jaurès"),
                saved.establishments().stream().map(Organisation::name).sorted().toList());
        assertEquals(50, saved.beneficiaries().actualTotal());

        // Counted in the summary shown beside the same filters.
        assertEquals(2, summary.getItems().size(), "the level IV line and the year's total");
        ActionSummary.Line line = summary.getItems().get(0);
        assertEquals(TrainingLevel.LEVEL_4, line.level());
        assertEquals(1, line.actions());
        assertEquals(46, line.byStatus().get(LearnerStatus.ELEVES));
        assertEquals(4, line.byStatus().get(LearnerStatus.ENSEIGNANTS));
        assertEquals(12, line.bySex().get(Sex.FEMMES));
        assertEquals(36, line.bySex().get(Sex.HOMMES));
        assertEquals(2, line.bySex().get(Sex.NON_PRECISE));
        assertEquals("175", line.hours().display());
        assertTrue(fx.exists("#summary_ELEVES"));
        fx.snapshot("14-actions-summary-counted");
        fx.reveal(fx.find("#establishmentsList"));
        fx.snapshot("15-action-page-participants");
    }
}
