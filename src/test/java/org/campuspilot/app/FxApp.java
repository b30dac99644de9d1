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
        launch(database, dataFolder);
        settle();
        laptopWindow();
        return this;
    }

    /**
     * The window of a school laptop's 1920×1080 screen at 125 % (1536×864), where list and form stand side by
     * side; NothingTruncatedFxTest tries the smaller windows, where an open form may stand alone.
     */
    private void laptopWindow() {
        robot.interact(() -> {
            if (stage.getScene() != null && !stage.isMaximized() && stage.getWidth() < 1536) {
                stage.setWidth(1536);
                stage.setHeight(864);
            }
        });
        settle();
    }

    /** Starts the window as {@code --db ADDRESS} does on the command line (a file's path or a server's address). */
    FxApp start(java.util.List<String> args) throws TimeoutException {
        StartOptions options = StartOptions.parse(args);
        app = (CampusPilotApp) FxToolkit.setupApplication(() -> new CampusPilotApp(options));
        settle();
        return this;
    }

    /** Starts the application and returns as soon as its start() has run, before any background work is waited for. */
    FxApp launch(Path database, Path dataFolder) throws TimeoutException {
        app = (CampusPilotApp) FxToolkit.setupApplication(
                () -> new CampusPilotApp(new StartOptions(database, dataFolder, false)));
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

    /** The first node matching the query that the user can see (kept views of other areas are hidden). */
    <T extends Node> T find(String query) {
        return robot.lookup(query).match(FxApp::shown).query();
    }

    boolean exists(String query) {
        return robot.lookup(query).match(FxApp::shown).tryQuery().isPresent();
    }

    /** True when the node and all its parents are visible. */
    static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    void click(String query) {
        Node node = find(query);
        reveal(node);
        inView(node);
        robot.clickOn(node);
        settle();
    }

    /**
     * Waits (up to 10 s) until the node lies within its window, as a user waits for a form still being laid out:
     * on a loaded build machine the layout of a form just opened can come a few pulses after its tasks ended.
     */
    private void inView(Node node) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                if (node.getScene() == null) {
                    return false;
                }
                javafx.geometry.Bounds b = node.localToScene(node.getBoundsInLocal());
                return b.getWidth() > 0 && b.getMinX() >= 0 && b.getMinY() >= 0
                        && b.getMaxX() <= node.getScene().getWidth() && b.getMaxY() <= node.getScene().getHeight();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            // Clicked anyway: TestFX then says where it is.
        }
    }

    /** Scrolls the enclosing scroll pane, as a user would, until the node is in view. */
    void reveal(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane pane) {
                robot.interact(() -> {
                    Node content = pane.getContent();
                    javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double extra = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                    if (extra > 0) {
                        pane.setVvalue(Math.min(1, Math.max(0, (b.getMaxY() - pane.getViewportBounds().getHeight()
                                + 8) / extra)));
                    }
                });
                settle();
                return;
            }
        }
    }

    /** Clicks the visible button showing this text, or else the visible label (a menu item's) showing it. */
    void clickText(String text) {
        Node target = robot.lookup((javafx.scene.control.ButtonBase b) -> text.equals(b.getText()) && shown(b))
                .tryQuery().orElse(null);
        if (target == null) {
            target = robot.lookup((javafx.scene.control.Labeled l) -> text.equals(l.getText()) && shown(l)).query();
        }
        robot.clickOn(target);
        settle();
    }

    /** Replaces the text of a field by typing, as a user would. */
    void type(String query, String text) {
        Node field = find(query);
        reveal(field);
        robot.clickOn(field);
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.A).release(javafx.scene.input.KeyCode.CONTROL);
        robot.eraseText(1);
        robot.write(text);
        settle();
    }

    /** Clicks the visible table cell showing {@code text}, as a user picks a row. */
    void clickRow(String text) {
        Node cell = robot.lookup(".table-row-cell .table-cell")
                .match((javafx.scene.control.TableCell<?, ?> c) -> text.equals(c.getText()) && shown(c))
                .query();
        robot.clickOn(cell);
        settle();
    }

    /** Opens a combo box, scrolls its list to the item showing {@code text}, and clicks it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    /** Ticks (or unticks) one value of a check-list filter (ControlsFX's CheckComboBox), as a user clicks it. */
    void tick(String query, String text) {
        org.controlsfx.control.CheckComboBox<?> box = find(query);
        reveal(box);
        robot.clickOn(box);
        settle();
        ListCell<?> cell = robot.lookup(".list-cell").match((ListCell<?> c) -> names(c.getText(), text)
                && c.getScene() != null && c.getScene().getWindow() != stage && c.getScene().getWindow().isShowing())
                .query();
        Node check = cell.lookup(".check-box");
        robot.clickOn(check == null ? cell : check);
        settle();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        settle();
    }

    void choose(String comboQuery, String text) {
        ComboBox combo = find(comboQuery);
        chooseIn(combo, text);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void chooseIn(ComboBox combo, String text) {
        reveal(combo);
        robot.clickOn(combo);
        settle();
        int index = -1;
        for (int i = 0; i < combo.getItems().size(); i++) {
            Object item = combo.getItems().get(i);
            String shown = combo.getConverter() == null ? String.valueOf(item) : combo.getConverter().toString(item);
            if (names(shown, text)) {
                index = i;
                break;
            }
        }
        assertTrue(index >= 0, "no item « " + text + " » in " + comboQuery(combo));
        javafx.scene.control.ListView<?> list = robot.lookup(".combo-box-popup .list-view")
                .match((javafx.scene.control.ListView<?> l) -> l.getScene() != null
                        && l.getScene().getWindow().isShowing()).query();
        int at = index;
        robot.interact(() -> list.scrollTo(at));
        settle();
        Node cell = robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> names(c.getText(), text) && c.getListView() == list).query();
        // Click the middle of the part of the cell inside the popup window: the last item of a long list may stick
        // out of a popup shown above its combo box.
        javafx.geometry.Bounds b = cell.localToScreen(cell.getBoundsInLocal());
        javafx.stage.Window w = list.getScene().getWindow();
        double top = Math.max(b.getMinY(), w.getY());
        double bottom = Math.min(b.getMaxY(), w.getY() + w.getHeight());
        robot.clickOn(new javafx.geometry.Point2D(b.getMinX() + Math.min(40, b.getWidth() / 2), (top + bottom) / 2));
        settle();
        if (combo.isShowing() || combo.getValue() == null || !names(combo.getConverter() == null
                ? String.valueOf(combo.getValue()) : combo.getConverter().toString(combo.getValue()), text)) {
            // The popup could not be clicked there (a long list shown above its combo box under Monocle): choose
            // with the keyboard, as a user may, one item at a time.
            if (combo.isShowing()) {
                robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
            }
            robot.interact(combo::requestFocus);
            for (int i = 0; i <= combo.getItems().size() && !names(combo.getConverter().toString(
                    combo.getValue()), text); i++) {
                robot.press(javafx.scene.input.KeyCode.DOWN).release(javafx.scene.input.KeyCode.DOWN);
                WaitForAsyncUtils.waitForFxEvents();
            }
            settle();
        }
        assertTrue(combo.getConverter() == null || names(combo.getConverter().toString(castValue(combo)), text),
                "combo shows " + combo.getValue());
    }

    /** True when an item shows this text, or this name followed by what tells it apart (« name · city · UAI »). */
    private static boolean names(String shown, String text) {
        return text.equals(shown) || shown != null && shown.startsWith(text + " · ");
    }

    private static String comboQuery(ComboBox<?> combo) {
        return combo.getId() == null ? combo.toString() : "#" + combo.getId();
    }

    @SuppressWarnings("unchecked")
    private static <T> T castValue(ComboBox<?> combo) {
        return (T) combo.getValue();
    }

    /** The text of the dialog shown over the window. */
    String dialogText() {
        return robot.lookup(".dialog-pane .content").queryLabeled().getText();
    }

    /** Clicks a button of the dialog shown over the window (an alert, a confirmation). */
    void clickDialogButton(String text) {
        robot.clickOn((javafx.scene.control.Button b) -> text.equals(b.getText())
                && b.getScene() != stage.getScene());
        settle();
    }

    /**
     * The text (title and message) of the notification the application shows at the bottom right, once background
     * work ended; fails when there is none.
     */
    String notificationText() {
        javafx.scene.Parent bar = robot.lookup("." + org.campuspilot.ui.FxDialogService.NOTIFICATION_CLASS)
                .match(FxApp::shown).query();
        StringBuilder text = new StringBuilder();
        for (Node n : bar.lookupAll(".label")) {
            if (n instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isBlank()) {
                text.append(text.length() == 0 ? "" : "\n").append(l.getText());
            }
        }
        return text.toString();
    }

    /** The buttons the notification offers (« Ouvrir », « Afficher dans le dossier »). */
    java.util.List<String> notificationActions() {
        return robot.lookup("." + org.campuspilot.ui.FxDialogService.NOTIFICATION_CLASS + " .button")
                .match(FxApp::shown).queryAllAs(javafx.scene.control.Button.class).stream()
                .map(javafx.scene.control.Button::getText).filter(t -> t != null && !t.isBlank()).toList();
    }

    /** Closes the notification shown (as its × does), so it covers nothing the next steps click; fails if none. */
    void closeNotification() {
        Node bar = robot.lookup("." + org.campuspilot.ui.FxDialogService.NOTIFICATION_CLASS).match(FxApp::shown)
                .query();
        robot.interact(() -> bar.getScene().getWindow().hide());
        settle();
    }

    /** Presses Ctrl (or Cmd) with a key, as a shortcut. */
    void shortcut(javafx.scene.input.KeyCode key) {
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(key).release(key)
                .release(javafx.scene.input.KeyCode.CONTROL);
        settle();
    }

    /** Writes a PNG of the whole window to target/screenshots/NAME.png. */
    void snapshot(String name) {
        snapshot(name, stage.getScene());
    }

    /** Writes a PNG of the window showing this node (a dialog) to target/screenshots/NAME.png. */
    void snapshotWindowOf(String name, String query) {
        snapshot(name, this.<Node>find(query).getScene());
    }

    private void snapshot(String name, Scene scene) {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
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

    /** The texts a table row shows, by column header (a line of the budget: {@code #budget_604}). */
    java.util.Map<String, String> rowTexts(String query) {
        javafx.scene.control.TableRow<?> row = find(query);
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (Node n : row.getChildrenUnmodifiable()) {
            if (n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() != null) {
                out.put(c.getTableColumn().getText(), c.getText());
            }
        }
        return out;
    }
}
