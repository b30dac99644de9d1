package org.campuspilot.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark: prints {@code FIRST_FRAME} once the window's first frame has been laid out, then ends
 * the application. The benchmark launches the application and a bare JavaFX window the same way and compares.
 */
public final class FirstFrame {
    private FirstFrame() {
    }

    public static void report(Scene scene) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            System.out.println("FIRST_FRAME");
            System.out.flush();
            Platform.runLater(Platform::exit);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
