package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application on a given file for a TestFX test, and drives it as a user would. */
final class FxApp {
    final FxRobot robot = new FxRobot();
    final Stage stage;
    private CampusPilotApp app;

    FxApp() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
    }

    FxApp start(Path database, Path dataFolder) throws TimeoutException {
        app = (CampusPilotApp) FxToolkit.setupApplication(
                () -> new CampusPilotApp(new StartOptions(database, dataFolder, false)));
        settle();
        return this;
    }

    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    /** Waits until background work is done and the FX thread has handled its results. */
    void settle() {
        try {
            for (int i = 0; i < 3; i++) {
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app == null || !app.tasks().isBusy());
            }
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            throw new AssertionError("The application stayed busy", e);
        }
    }

    <T extends Node> T find(String query) {
        return robot.lookup(query).query();
    }

    boolean exists(String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    void click(String query) {
        robot.clickOn(query);
        settle();
    }

    /** Replaces the text of a field by typing, as a user would. */
    void type(String query, String text) {
        robot.clickOn(query);
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.A).release(javafx.scene.input.KeyCode.CONTROL);
        robot.eraseText(1);
        robot.write(text);
        settle();
    }

    /** Clicks the visible table cell showing {@code text}, as a user picks a row. */
    void clickRow(String text) {
        Node cell = robot.lookup(".table-row-cell .table-cell")
                .match((javafx.scene.control.TableCell<?, ?> c) -> text.equals(c.getText()) && c.isVisible()
                        && c.getScene() != null && c.getTableView().isVisible())
                .query();
        robot.clickOn(cell);
        settle();
    }

    /** Opens a combo box and clicks the item showing {@code text}. */
    void choose(String comboQuery, String text) {
        ComboBox<?> combo = find(comboQuery);
        robot.clickOn(combo);
        settle();
        Node cell = robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> text.equals(c.getText())).query();
        robot.clickOn(cell);
        settle();
        assertTrue(combo.getConverter() == null || text.equals(combo.getConverter().toString(castValue(combo))),
                "combo shows " + combo.getValue());
    }

    @SuppressWarnings("unchecked")
    private static <T> T castValue(ComboBox<?> combo) {
        return (T) combo.getValue();
    }

    /** Writes a PNG of the whole window to target/screenshots/NAME.png. */
    void snapshot(String name) {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            Scene scene = stage.getScene();
            image[0] = scene.snapshot(null);
        });
        try {
            Files.createDirectories(dir);
            ImageIO.write(toBuffered(image[0]), "png", dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage toBuffered(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            reader.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }
}
