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

        // A comment typed, not saved yet, is kept when the bilan is built again (an objective saved below).
        fx.choose("#themeTextCombo", "Événements");
        fx.type("#themeTextArea", "Le forum de mars 2026 a réuni 255 familles.");

        // An objective of one value of a list: the families at the events.
        fx.click("#newObjectiveButton");
        fx.choose("#indicatorCombo", "Participants aux événements d'un public");
        assertEquals("Public", ((Label) fx.find("#detailLabel")).getText());
        fx.choose("#detailCombo", "Familles");
        // A share's target is 100 % at most: refused at the field while counted by a share.
        fx.choose("#indicatorCombo", "Part d'un sexe parmi les bénéficiaires");
        fx.type("#objectiveLabelField", "150 % de femmes");
        fx.type("#targetField", "150");
        fx.click("#saveObjectiveButton");
        assertEquals("Une part ne dépasse pas 100 % : tapez une cible de 0 à 100.",
                ((Label) fx.find("#targetError")).getText());
        assertEquals(before + 1, list.getItems().size(), "nothing saved");
        fx.choose("#indicatorCombo", "Participants aux événements d'un public");
        fx.choose("#detailCombo", "Familles");
        fx.type("#objectiveLabelField", "200 familles aux événements");
        fx.type("#targetField", "200");
        fx.click("#saveObjectiveButton");
        assertEquals(before + 2, list.getItems().size());
        assertEquals("FAMILLES", jdbc.one("SELECT detail FROM label_objective WHERE label = '200 familles aux"
                + " événements'", rs -> rs.getString(1)).orElseThrow());
        javafx.application.Platform.runLater(() -> list.scrollTo(list.getItems().size() - 1));
        fx.settle();
        var cells = list.lookupAll(".list-cell").stream().map(n -> (javafx.scene.control.ListCell<?>) n)
                .filter(c -> c.getText() != null && c.getText().startsWith("200 familles aux événements")).toList();
        assertEquals(1, cells.size(), "listed");
        assertEquals("Participants aux événements : Familles", cells.get(0).getTooltip().getText());

        // The director's comment on the events, printed under their title.
        assertEquals("Le forum de mars 2026 a réuni 255 familles.", ((javafx.scene.control.TextArea) fx.find(
                "#themeTextArea")).getText(), "still there after the bilan was built again");
        fx.choose("#themeTextCombo", "Mobilité internationale");
        assertEquals("", ((javafx.scene.control.TextArea) fx.find("#themeTextArea")).getText(), "another theme's");
        fx.click("#saveLabelTextsButton");
        assertEquals("Le forum de mars 2026 a réuni 255 familles.", jdbc.one("SELECT body FROM label_text WHERE"
                + " theme = 'EVENTS'", rs -> rs.getString(1)).orElseThrow());

        fx.click("#exportLabelPdfButton");
        Path pdf = dir.resolve("bilan.pdf");
        fx.type("#savePathField", pdf.toString());
        fx.clickDialogButton("Enregistrer");
        assertTrue(fx.notificationText().contains("bilan.pdf"), fx.notificationText());
        fx.closeNotification();
        try (var doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Élèves de 3e en stage"), text);
            assertTrue(text.contains("200 familles aux événements"), text);
            assertTrue(text.contains("Participants aux événements : Familles"), text);
            assertTrue(text.contains("Le forum de mars 2026 a réuni 255 familles."), text);
        }
    }
}
