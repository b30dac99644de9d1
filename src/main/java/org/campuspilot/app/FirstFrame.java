package org.campuspilot.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark: prints {@code FIRST_FRAME} once the window's first frame has been laid out, then ends
 * the application (or, with {@code -Dcampuspilot.announceFirstFrame=true}, goes on: a test that ends the window
 * from outside waits for it). The benchmark launches the application and a bare JavaFX window the same way and compares.
 */
public final class FirstFrame {
    private FirstFrame() {
    }

    /** Prints the line at the first frame; then ends the application when {@code exit} (the benchmark's runs). */
    public static void report(Scene scene, boolean exit) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            System.out.println("FIRST_FRAME");
            System.out.flush();
            if (exit) {
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
