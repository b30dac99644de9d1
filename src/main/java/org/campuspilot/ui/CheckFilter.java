package org.campuspilot.ui;

import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * A filter that takes several values at once (kinds of partnership, event types, levels): ControlsFX's check list,
 * kept the same as its view model's set both ways. Nothing ticked shows everything and says so (« Tous les types »);
 * otherwise the ticked values are shown, joined.
 */
public final class CheckFilter {
    private CheckFilter() {
    }

    public static <T> void bind(CheckComboBox<T> box, List<T> values, Function<T, String> label, String allLabel,
            ObservableSet<T> selected) {
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? allLabel : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.setAccessibleText(allLabel);
        boolean[] updating = {false};
        Runnable title = () -> box.setTitle(selected.isEmpty() ? allLabel : null);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) change -> {
            if (updating[0]) {
                return;
            }
            updating[0] = true;
            try {
                selected.retainAll(box.getCheckModel().getCheckedItems());
                selected.addAll(box.getCheckModel().getCheckedItems());
            } finally {
                updating[0] = false;
            }
            title.run();
        });
        selected.addListener((SetChangeListener<T>) change -> {
            if (updating[0]) {
                return;
            }
            updating[0] = true;
            try {
                for (T value : values) {
                    if (selected.contains(value)) {
                        box.getCheckModel().check(value);
                    } else {
                        box.getCheckModel().clearCheck(value);
                    }
                }
            } finally {
                updating[0] = false;
            }
            title.run();
        });
        title.run();
    }
}
