package org.campuspilot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * ControlsFX's stylesheets look up Modena's colour names, which AtlantaFX does not define; the bridge stylesheet
 * gives them AtlantaFX's tokens (decision 0040). Shown in both themes, the ControlsFX controls the application uses
 * must log no CSS look-up warning (the notification that ends an export among them), and without the bridge they
 * do (so the check does see them).
 */
class ControlsFxStyleFxTest {
    private static final String APP = ControlsFxStyleFxTest.class.getResource("/org/campuspilot/ui/app.css")
            .toExternalForm();
    private static final String BRIDGE = ControlsFxStyleFxTest.class
            .getResource("/org/campuspilot/ui/controlsfx-bridge.css").toExternalForm();

    private final FxRobot robot = new FxRobot();
    private final Logger cssLogger = Logger.getLogger("javafx.css");
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String text = String.valueOf(record.getMessage());
            if (record.getParameters() != null) {
                text = text + " " + List.of(record.getParameters());
            }
            warnings.add(text);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Stage stage;

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        // A stage of its own: the primary stage is the one the application's tests reuse, at its size.
        robot.interact(() -> stage = new Stage());
        cssLogger.addHandler(handler);
    }

    @AfterEach
    void tearDown() throws Exception {
        cssLogger.removeHandler(handler);
        robot.interact(() -> {
            stage.hide();
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        });
    }

    @Test
    void controlsFxControlsResolveEveryColourInBothThemes() {
        for (boolean dark : new boolean[] {false, true}) {
            warnings.clear();
            show(dark, true);
            assertEquals(List.of(), lookupWarnings(), dark ? "dark theme" : "light theme");
        }
    }

    @Test
    void withoutTheBridgeTheLookupsFail() {
        warnings.clear();
        show(false, false);
        assertFalse(lookupWarnings().isEmpty(), "the check sees no warning even without the bridge");
    }

    private List<String> lookupWarnings() {
        // A colour name left unresolved, or resolved to something that is not a colour (derive() of a token).
        return warnings.stream().filter(w -> w.contains("Could not resolve") || w.contains("lookup")
                || w.contains("while converting value")).toList();
    }

    private void show(boolean dark, boolean bridge) {
        robot.interact(() -> {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            SearchableComboBox<String> searchable = new SearchableComboBox<>(
                    FXCollections.observableArrayList("Lycée Chateaubriand · Rennes", "Lycée Chateaubriand · Nantes"));
            CheckComboBox<String> checks = new CheckComboBox<>(FXCollections.observableArrayList("Stage", "Visite"));
            CheckListView<String> list = new CheckListView<>(FXCollections.observableArrayList("3", "4", "5"));
            CustomTextField clearable = (CustomTextField) TextFields.createClearableTextField();
            clearable.setText("chateau");
            // The application's own search fields: AtlantaFX's CustomTextField, which ControlsFX's stylesheet
            // reaches too once one of its controls is on the scene.
            atlantafx.base.controls.CustomTextField search = new atlantafx.base.controls.CustomTextField("lycée");
            VBox root = new VBox(8, searchable, checks, list, clearable, search);
            Scene scene = new Scene(root, 600, 500);
            scene.getStylesheets().add(APP);
            if (bridge) {
                scene.getStylesheets().add(BRIDGE);
            }
            stage.setScene(scene);
            stage.show();
            root.applyCss();
            root.layout();
            searchable.show();
            checks.show();
            search.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().applyCss());
        WaitForAsyncUtils.waitForFxEvents();
        // Closed before the theme changes, as a user changes it from the menu with no popup open.
        robot.interact(() -> {
            VBox root = (VBox) stage.getScene().getRoot();
            ((SearchableComboBox<?>) root.getChildren().get(0)).hide();
            ((CheckComboBox<?>) root.getChildren().get(1)).hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // The notification that ends an export, with its two buttons (ControlsFX's Notifications).
        robot.interact(() -> new FxDialogService(() -> stage, Messages.load(Messages.FRENCH)).fileWritten("Export",
                "12 lignes exportées dans /tmp/entreprises.csv", java.nio.file.Path.of("/tmp/entreprises.csv")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
                if (w instanceof javafx.stage.Popup) {
                    w.hide();
                }
            }
            stage.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
