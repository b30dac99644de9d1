package org.campuspilot.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark: prints {@code FIRST_FRAME} once the window's first frame has been laid out, and
 * {@code FIGURES_SHOWN} once a frame has been laid out with the tableau de bord's figures in it; with
 * {@code -Dcampuspilot.exitAfterFirstFrame=true} the application then ends (after the first frame when no figures
 * come: the welcome, a file that could not be opened). With {@code -Dcampuspilot.announceFirstFrame=true} it goes on:
 * a test that ends the window from outside waits for the line. The benchmark launches the application and a bare
 * JavaFX window the same way and compares.
 */
public final class FirstFrame {
    /** The line printed at the first frame. */
    public static final String FIRST_FRAME = "FIRST_FRAME";
    /** The line printed at the first frame that shows the tableau de bord's figures. */
    public static final String FIGURES_SHOWN = "FIGURES_SHOWN";

    private FirstFrame() {
    }

    /** Prints the line at the first frame; then ends the application when {@code exit} (the benchmark's runs). */
    public static void report(Scene scene, boolean exit) {
        atNextLayout(scene, FIRST_FRAME, exit);
    }

    /** Prints {@link #FIGURES_SHOWN} at the next frame laid out; then ends the application when {@code exit}. */
    static void reportFigures(Scene scene, boolean exit) {
        atNextLayout(scene, FIGURES_SHOWN, exit);
    }

    /** Ends the application after the next frame, printing nothing more. */
    static void exitAfterNextFrame(Scene scene) {
        atNextLayout(scene, null, true);
    }

    private static void atNextLayout(Scene scene, String line, boolean exit) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            if (line != null) {
                StartupTrace.mark(line);
                System.out.println(line);
                System.out.flush();
            }
            if (exit) {
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        // A pulse even when nothing changed since the last one (the figures may already be in the frame laid out).
        Platform.requestNextPulse();
    }
}
