package org.campuspilot.ui;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Search as you type in a picker of records: the letters typed while a combo box has the focus (or its list is
 * open) gather into a query, and the first record whose label holds every word of it, accents and case ignored, is
 * chosen and scrolled to. A pause of more than {@link #PAUSE_NANOS} starts a new query; Backspace takes a letter
 * back. The combo box keeps its items and its value binding: nothing is filtered or replaced (decision 0040 says
 * why ControlsFX's SearchableComboBox was not kept).
 */
public final class TypeToFind {
    /** A pause longer than this between two keys starts a new query. */
    static final long PAUSE_NANOS = 1_500_000_000L;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final StringBuilder query = new StringBuilder();
    private long lastKey;

    private TypeToFind() {
    }

    /** Makes this combo box searchable as you type, on the text its converter shows for each item. */
    public static <T> void install(ComboBox<T> combo) {
        TypeToFind find = new TypeToFind();
        combo.addEventFilter(KeyEvent.KEY_TYPED, e -> find.typed(combo, e));
        // With the list open, the keys go to the list in its popup window.
        combo.skinProperty().addListener((o, old, skin) -> {
            if (skin instanceof ComboBoxListViewSkin<?> listSkin && listSkin.getPopupContent() != null) {
                listSkin.getPopupContent().addEventFilter(KeyEvent.KEY_TYPED, e -> find.typed(combo, e));
            }
        });
        combo.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // Space separates words of a query under way instead of opening the list.
            if (e.getCode() == KeyCode.SPACE && find.query.length() > 0 && !find.paused()) {
                e.consume();
            }
        });
    }

    private <T> void typed(ComboBox<T> combo, KeyEvent e) {
        String ch = e.getCharacter();
        if (ch == null || ch.isEmpty() || e.isControlDown() || e.isMetaDown() || e.isAltDown()) {
            return;
        }
        char c = ch.charAt(0);
        if (paused()) {
            query.setLength(0);
        }
        if (c == '\b') {
            if (query.length() > 0) {
                query.setLength(query.length() - 1);
            }
        } else if (Character.isISOControl(c)) {
            return;
        } else {
            query.append(ch);
        }
        lastKey = System.nanoTime();
        e.consume();
        Function<T, String> label = item -> combo.getConverter() == null ? String.valueOf(item)
                : combo.getConverter().toString(item);
        int at = firstMatch(combo.getItems().stream().map(i -> i == null ? "" : label.apply(i)).toList(),
                query.toString());
        if (at >= 0) {
            combo.getSelectionModel().select(at);
            if (combo.getSkin() instanceof ComboBoxListViewSkin<?> skin
                    && skin.getPopupContent() instanceof ListView<?> list) {
                list.scrollTo(at);
                list.getSelectionModel().select(at);
            }
        }
    }

    private boolean paused() {
        return System.nanoTime() - lastKey > PAUSE_NANOS;
    }

    /** The index of the first label holding every word of the query, accents and case ignored; -1 if none. */
    static int firstMatch(List<String> labels, String query) {
        String[] words = fold(query).trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return -1;
        }
        for (int i = 0; i < labels.size(); i++) {
            String label = fold(labels.get(i));
            boolean all = true;
            for (String w : words) {
                if (!label.contains(w)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return i;
            }
        }
        return -1;
    }

    /** The text without accents (é → e, ç → c, œ kept as is) in lower case. */
    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
