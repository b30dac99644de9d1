package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javax.imageio.ImageIO;
import org.campuspilot.TestCampus;
import org.campuspilot.campus.CampusRepository;
import org.campuspilot.db.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The director gives the campus its logo in the identity form: a wrong file is refused at the field, a real one kept. */
class CampusLogoFlowFxTest {
    @TempDir Path dir;
    FxApp fx;

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    @Test
    void aWrongFileIsRefusedAtTheFieldAndARealImageBecomesTheLogo() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        Path wrong = Files.writeString(dir.resolve("logo.png"), "ceci n'est pas une image");
        BufferedImage img = new BufferedImage(1200, 300, BufferedImage.TYPE_INT_RGB);
        Path real = dir.resolve("logo-region.jpg");
        ImageIO.write(img, "jpg", real.toFile());
        fx = new FxApp().start(db, dir);
        fx.click("#editCampusButton");
        assertNotNull(((ImageView) fx.find("#logoPreview")).getImage(), "the demo's logo is shown");

        fx.type("#logoPathField", wrong.toString());
        fx.click("#campusNameField");
        assertTrue(((Label) fx.find("#logoPathError")).getText().contains("n'est pas une image lisible"),
                ((Label) fx.find("#logoPathError")).getText());

        fx.type("#logoPathField", real.toString());
        fx.click("#saveCampusButton");
        assertEquals("logo-region.jpg", new CampusRepository(Database.open(db)).logo().orElseThrow().fileName());
        assertEquals(800, new CampusRepository(Database.open(db)).logo().orElseThrow().width(), "made smaller");
    }
}
