package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.scene.control.Label;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tableau de bord's two figures of partner companies say what each counts: the card every company on file, the
 * year's panel those under a convention in force, and it names both (issue 22).
 */
class DashboardFiguresFxTest {
    @TempDir Path dir;
    FxApp fx;

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    @Test
    void theCardAndTheYearPanelSayWhatTheyCount() throws Exception {
        Path file = dir.resolve("demo.campuspilot");
        Database db = TestCampus.demo(file);
        long all = new Jdbc(db).count("SELECT COUNT(*) FROM company");
        db.close();
        fx = new FxApp().start(file, dir);
        fx.settle();
        assertEquals(String.valueOf(all), ((Label) fx.find("#companiesFigure")).getText());
        String year = ((Label) fx.find("#yearPartnersLabel")).getText();
        assertEquals(true, year.matches("\\d+ entreprises sous convention en vigueur \\(sur " + all
                + " partenaires enregistrées\\)"), year);
    }
}
