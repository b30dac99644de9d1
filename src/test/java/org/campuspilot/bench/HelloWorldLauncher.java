package org.campuspilot.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.campuspilot.app.FirstFrame;

/** The start-up baseline: a bare JavaFX window, launched like the application (plain main, class path). */
public final class HelloWorldLauncher {
    private HelloWorldLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(HelloWorld.class, args);
    }

    /** One label in a window the size of the application's. */
    public static final class HelloWorld extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Hello, world")), 1280, 800);
            stage.setScene(scene);
            FirstFrame.report(scene, true);
            stage.show();
        }
    }
}
