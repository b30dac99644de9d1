package org.campuspilot.ui;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Shows enum values (and "all" for null in filters) with their labels from the message bundle. */
public final class EnumCells {
    /**
     * How many items a combo box measures for its width. JavaFX measures every item by default, on the FX thread
     * at each layout that asks the combo's width: 5,000 companies cost about a second (decision 0030).
     */
    static final int ROWS_MEASURED = 40;

    private EnumCells() {
    }

    /** Makes the combo show {@code label(value)}, and {@code nullLabel} for the null item when it is not null. */
    public static <T> void labelled(ComboBox<T> combo, Function<T, String> label, String nullLabel) {
        measureFew(combo);
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

    /** Makes the combo measure only its first {@link #ROWS_MEASURED} items for its width, whatever it holds. */
    public static void measureFew(ComboBox<?> combo) {
        // The key ComboBoxListViewSkin reads; without it, it creates and sizes a cell for every item.
        combo.getProperties().put("comboBoxRowsToMeasureWidth", ROWS_MEASURED);
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
