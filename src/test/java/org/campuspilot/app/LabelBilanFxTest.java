package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The director prepares the label's renewal (issue 25): from the tableau de bord's warning to the bilan, adds an
 * objective typed by hand per year (a wrong figure refused at its field), and exports the bilan.
 */
class LabelBilanFxTest {
    @TempDir Path dir;
    FxApp fx;

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    @Test
    void fromTheDashboardsWarningToAnObjectiveAndTheExportedBilan() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        fx = new FxApp().start(db, dir);
        fx.click("#labelBilanLink");
        assertTrue(((Label) fx.find("#periodLabel")).getText().startsWith("Label du 01/09/2022 au 31/08/2027"));
        ListView<?> list = fx.find("#objectivesList");
        int before = list.getItems().size();

        fx.click("#newObjectiveButton");
        fx.choose("#indicatorCombo", "Autre indicateur, saisi chaque année");
        fx.type("#objectiveLabelField", "Élèves de 3e en stage dans l'industrie");
        fx.type("#targetField", "beaucoup");
        fx.type("#typed_2023", "12");
        fx.click("#saveObjectiveButton");
        assertTrue(((Label) fx.find("#targetError")).getText().contains("n'est pas un nombre entier"));
        assertEquals(before, list.getItems().size(), "nothing saved");
        fx.type("#targetField", "1 500");
        fx.click("#saveObjectiveButton");
        assertEquals(before + 1, list.getItems().size());
        Jdbc jdbc = new Jdbc(Database.open(db));
        assertEquals(1500, jdbc.one("SELECT target FROM label_objective WHERE label LIKE 'Élèves de 3e%'",
                rs -> rs.getLong(1)).orElseThrow());
        assertEquals(12, jdbc.one("SELECT v.typed_value FROM label_objective_value v JOIN label_objective o"
                + " ON o.id = v.objective_id WHERE o.label LIKE 'Élèves de 3e%' AND v.school_year = 2023",
                rs -> rs.getLong(1)).orElseThrow());

        fx.click("#exportLabelPdfButton");
        Path pdf = dir.resolve("bilan.pdf");
        fx.type("#savePathField", pdf.toString());
        fx.clickDialogButton("Enregistrer");
        assertTrue(fx.notificationText().contains("bilan.pdf"), fx.notificationText());
        fx.closeNotification();
        try (var doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Élèves de 3e en stage"), text);
        }
    }
}
