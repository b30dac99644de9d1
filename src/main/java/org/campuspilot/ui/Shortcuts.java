package org.campuspilot.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/**
 * Installs a view's keyboard shortcuts on the scene while the view is in it. Several views answer the same keys
 * (every list screen has Ctrl+S, Ctrl+F; the tabs of an area are all in the scene at once): each key goes to the
 * view shown, the one whose every ancestor is visible (a tab not selected has its content hidden), the latest
 * installed first. A view leaving the scene takes only its own shortcuts away.
 */
public final class Shortcuts {
    private static final String REGISTRY = Shortcuts.class.getName();

    private Shortcuts() {
    }

    private record Binding(Node view, Runnable action) {
    }

    public static void install(Node view, Map<KeyCombination, Runnable> shortcuts) {
        view.sceneProperty().addListener((obs, oldScene, newScene) -> {
            if (oldScene != null) {
                remove(oldScene, view);
            }
            if (newScene != null) {
                add(newScene, view, shortcuts);
            }
        });
        if (view.getScene() != null) {
            add(view.getScene(), view, shortcuts);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<KeyCombination, List<Binding>> registry(Scene scene) {
        return (Map<KeyCombination, List<Binding>>) scene.getProperties().computeIfAbsent(REGISTRY,
                k -> new LinkedHashMap<KeyCombination, List<Binding>>());
    }

    private static void add(Scene scene, Node view, Map<KeyCombination, Runnable> shortcuts) {
        Map<KeyCombination, List<Binding>> registry = registry(scene);
        shortcuts.forEach((key, action) -> {
            List<Binding> bindings = registry.computeIfAbsent(key, k -> new ArrayList<>());
            bindings.removeIf(b -> b.view() == view);
            bindings.add(new Binding(view, action));
            scene.getAccelerators().put(key, () -> dispatch(scene, key));
        });
    }

    private static void remove(Scene scene, Node view) {
        Map<KeyCombination, List<Binding>> registry = registry(scene);
        registry.entrySet().removeIf(e -> {
            e.getValue().removeIf(b -> b.view() == view);
            if (e.getValue().isEmpty()) {
                scene.getAccelerators().remove(e.getKey());
                return true;
            }
            return false;
        });
    }

    /** Does what pressing {@code key} does on the screen shown (the menu's items for the same keys). */
    public static void press(Scene scene, KeyCombination key) {
        if (scene != null) {
            dispatch(scene, key);
        }
    }

    private static void dispatch(Scene scene, KeyCombination key) {
        List<Binding> bindings = registry(scene).getOrDefault(key, List.of());
        for (int i = bindings.size() - 1; i >= 0; i--) {
            Binding b = bindings.get(i);
            if (shown(b.view(), scene)) {
                b.action().run();
                return;
            }
        }
    }

    /** In the scene, and every ancestor visible. */
    static boolean shown(Node view, Scene scene) {
        if (view.getScene() != scene) {
            return false;
        }
        for (Node n = view; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
            if (n.getParent() == null && n != scene.getRoot()) {
                return false; // detached from the scene graph
            }
        }
        return true;
    }
}
