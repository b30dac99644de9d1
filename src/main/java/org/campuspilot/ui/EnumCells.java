package org.campuspilot.ui;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Shows enum values (and "all" for null in filters) with their labels from the message bundle. */
public final class EnumCells {
    private EnumCells() {
    }

    /** Makes the combo show {@code label(value)}, and {@code nullLabel} for the null item when it is not null. */
    public static <T> void labelled(ComboBox<T> combo, Function<T, String> label, String nullLabel) {
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? (nullLabel == null ? "" : nullLabel) : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("Not editable");
            }
        });
        combo.setCellFactory(lv -> cell(combo.getConverter(), null));
        // The button cell shows the prompt again when the value goes back to null (JavaFX leaves it blank).
        combo.setButtonCell(cell(combo.getConverter(), nullLabel == null ? combo : null));
    }

    /**
     * Makes the combo a filter: « all » ({@code allLabel}, the null item) then every value, each shown by
     * {@code label}.
     */
    public static <T> void filter(ComboBox<T> combo, java.util.List<T> values, Function<T, String> label,
            String allLabel) {
        java.util.List<T> items = new java.util.ArrayList<>();
        items.add(null);
        items.addAll(values);
        combo.getItems().setAll(items);
        labelled(combo, label, allLabel);
    }

    private static <T> ListCell<T> cell(StringConverter<T> converter, ComboBox<T> promptOf) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                boolean prompt = promptOf != null && (empty || item == null);
                getStyleClass().remove("combo-prompt");
                if (prompt) {
                    getStyleClass().add("combo-prompt");
                }
                setText(prompt ? promptOf.getPromptText() : converter.toString(item));
            }
        };
    }
}
