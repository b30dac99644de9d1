package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.campuspilot.TestCampus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's preview is a sheet of white paper in both themes: under the dark theme its text was the theme's
 * pale grey on white (« Campus Industrie du futur » barely readable). Every label of the preview keeps a dark ink.
 */
class ReportPreviewInkFxTest {
    @TempDir Path dir;
    FxApp fx;

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    @Test
    void thePreviewReadsDarkOnWhiteUnderTheDarkTheme() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        fx = new FxApp().start(db, dir);
        fx.robot.clickOn("Affichage");
        fx.robot.clickOn("Thème sombre");
        fx.settle();
        fx.click("#navReports");
        VBox page = fx.find("#previewBox");
        List<String> pale = new ArrayList<>();
        int[] seen = {0};
        fx.robot.interact(() -> {
            assertEquals(Color.WHITE, page.getBackground().getFills().get(0).getFill());
            for (Node n : page.lookupAll(".label")) {
                Label l = (Label) n;
                if (l.getText() == null || l.getText().isBlank()) {
                    continue;
                }
                seen[0]++;
                if (!(l.getTextFill() instanceof Color c) || c.getBrightness() > 0.5) {
                    pale.add(l.getText() + " " + l.getTextFill());
                }
            }
        });
        assertTrue(seen[0] > 30, "the preview shows the report: " + seen[0]);
        assertEquals(List.of(), pale);
    }
}
