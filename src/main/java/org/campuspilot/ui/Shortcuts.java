package org.campuspilot.ui;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/** Installs a view's keyboard shortcuts on the scene while the view is shown, and removes them when it leaves. */
public final class Shortcuts {
    private Shortcuts() {
    }

    public static void install(Node view, Map<KeyCombination, Runnable> shortcuts) {
        view.sceneProperty().addListener((obs, oldScene, newScene) -> {
            if (oldScene != null) {
                shortcuts.keySet().forEach(oldScene.getAccelerators()::remove);
            }
            if (newScene != null) {
                add(newScene, shortcuts);
            }
        });
        if (view.getScene() != null) {
            add(view.getScene(), shortcuts);
        }
    }

    private static void add(Scene scene, Map<KeyCombination, Runnable> shortcuts) {
        scene.getAccelerators().putAll(shortcuts);
    }
}
