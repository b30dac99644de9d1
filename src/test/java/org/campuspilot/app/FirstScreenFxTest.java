package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import org.campuspilot.TestCampus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's first screen is whole when it first shows: the tableau de bord's figures were computed before the
 * window was built (decision 0028), so the window is read as soon as start() has run, before any background work is
 * waited for; then the window works as before.
 */
class FirstScreenFxTest {
    @TempDir Path dir;
    FxApp fx;

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    @Test
    void theFirstFrameOfACampusShowsTheFiguresWithTheNavigationOn() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        fx = new FxApp().launch(db, dir);
        String[] seen = new String[4];
        fx.robot.interact(() -> {
            seen[0] = fx.robot.lookup("#membersFigure").queryAs(Label.class).getText();
            seen[1] = fx.robot.lookup("#companiesFigure").queryAs(Label.class).getText();
            seen[2] = fx.robot.lookup("#yearActionsLink").queryLabeled().getText();
            seen[3] = String.valueOf(fx.robot.lookup("#navEstablishments").query().isDisabled());
        });
        assertEquals("15", seen[0], "current members of the demo campus");
        assertEquals("20", seen[1]);
        assertTrue(seen[2].endsWith("bénéficiaires"), seen[2]);
        assertEquals("false", seen[3]);
        fx.settle();
        fx.click("#navEstablishments");
        assertTrue(fx.exists("#table"), "the list opens");
        fx.click("#navDashboard");
        assertEquals("15", ((Label) fx.find("#membersFigure")).getText(), "coming back reads the file again");
    }

    @Test
    void aNewFileShowsTheWelcomeWithTheNavigationOff() throws Exception {
        fx = new FxApp().start(dir.resolve("new.campuspilot"), dir);
        assertFalse(fx.exists("#membersFigure"));
        assertTrue(fx.robot.lookup("#navDashboard").query().isDisabled());
    }
}
