package org.campuspilot.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * What a user cannot read in full on the window as it is laid out now: every label, button, tab, column header or
 * banner whose text the skin has elided (« Entrep… »), and every button that sticks out of the window. The cells of
 * tables and lists are left out: a long name in a narrow column is cut, its row opens it in full; so are the events
 * of the month calendar, each named in full by its tooltip.
 */
final class Elisions {
    private Elisions() {
    }

    static List<String> in(Scene scene) {
        List<String> found = new ArrayList<>();
        walk(scene.getRoot(), scene, found);
        return found;
    }

    private static void walk(Node node, Scene scene, List<String> found) {
        if (!node.isVisible() || node instanceof IndexedCell<?>) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()
                && !namedInTooltip(labeled)) {
            check(labeled, scene, found);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scene, found);
            }
        }
    }

    /**
     * An event in a day of the month calendar: a box a few words wide, whose tooltip gives the whole title, as in
     * every calendar; the list view shows the titles in full.
     */
    private static boolean namedInTooltip(Labeled labeled) {
        return labeled.getStyleClass().contains("event-chip") && labeled.getTooltip() != null
                && labeled.getText().equals(labeled.getTooltip().getText());
    }

    private static void check(Labeled labeled, Scene scene, List<String> found) {
        String expected = labeled.getText();
        if (labeled.isMnemonicParsing()) {
            int at = expected.indexOf('_');
            if (at >= 0 && at < expected.length() - 1) {
                expected = expected.substring(0, at) + expected.substring(at + 1);
            }
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text") && text.isVisible()) {
                String shown = text.getText() == null ? "" : text.getText();
                if (!shown.equals(expected) && !shown.replace("\n", " ").equals(expected.replace("\n", " "))
                        && !(labeled.isWrapText() && shown.replaceAll("\\s+", "").equals(expected.replaceAll(
                                "\\s+", "")))) {
                    found.add(describe(labeled) + " shows « " + shown + " » for « " + expected + " »");
                }
            }
        }
        if (labeled instanceof ButtonBase && insideWindowOnly(labeled)) {
            Bounds b = labeled.localToScene(labeled.getBoundsInLocal());
            if (b.getWidth() > 0 && b.getMaxX() > scene.getWidth() + 1) {
                found.add(describe(labeled) + " « " + expected + " » goes out of the window (right edge at "
                        + Math.round(b.getMaxX()) + " of " + Math.round(scene.getWidth()) + ")");
            }
        }
    }

    /** False inside what scrolls sideways (a table's header, a scroll pane): what sticks out is scrolled to. */
    private static boolean insideWindowOnly(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane pane && pane.getHbarPolicy()
                    != javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER && !pane.isFitToWidth()) {
                return false;
            }
            if (p instanceof javafx.scene.control.TableView<?> || p instanceof javafx.scene.control.TreeTableView<?>) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Labeled labeled) {
        String kind = labeled.getClass().getSimpleName();
        for (Node p = labeled; p != null; p = p.getParent()) {
            if (p.getId() != null) {
                return kind + (p == labeled ? "#" + p.getId() : " in #" + p.getId());
            }
        }
        return kind;
    }
}
