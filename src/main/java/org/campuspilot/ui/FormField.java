package org.campuspilot.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * One input of a form as the edit-conflict dialog sees it (decision 0043): its label's message key, what it holds
 * now, how to put a value back, and how a value is shown. A form declares every input it writes, so that, when
 * someone else saved the record meanwhile, their value and the user's can be compared and either kept.
 *
 * @param labelKey the message key of the field's label in the form
 * @param source what changes when the user edits the field
 * @param value the field's value now (a text, a choice, a copy of a list)
 * @param restore puts a value read by {@code value} back into the field
 * @param shown a value as the dialog shows it
 */
public record FormField(String labelKey, Observable source, Supplier<Object> value, Consumer<Object> restore,
        Function<Object, String> shown) {

    /** A text field: its text, shown as typed. */
    public static FormField text(String labelKey, InputField<?> field) {
        return new FormField(labelKey, field.text(), () -> field.text().get(), v -> field.set((String) v),
                v -> v == null ? "" : (String) v);
    }

    /** A choice (a combo box, a check box): its value, shown as {@code shown} says ("" for none). */
    @SuppressWarnings("unchecked")
    public static <V> FormField choice(String labelKey, Property<V> property, Function<V, String> shown) {
        return new FormField(labelKey, property, property::getValue, v -> property.setValue((V) v),
                v -> v == null ? "" : shown.apply((V) v));
    }

    /** A list the user fills (the people invited): its items, shown as {@code shown} says. */
    @SuppressWarnings("unchecked")
    public static <V> FormField list(String labelKey, ObservableList<V> list, Function<V, String> shown) {
        return new FormField(labelKey, list, () -> new ArrayList<>(list), v -> list.setAll((List<V>) v),
                v -> String.join(", ", ((List<V>) v).stream().map(shown).toList()));
    }

    /** Calls {@code changed} each time the field changes. */
    void watch(Runnable changed) {
        if (source instanceof ObservableValue<?> value) {
            value.addListener((o, before, after) -> changed.run());
        } else if (source instanceof ObservableList<?> list) {
            list.addListener((ListChangeListener<Object>) c -> changed.run());
        } else {
            source.addListener(o -> changed.run());
        }
    }

    /** The label as the dialog shows it: the form's, without the mark of a required field. */
    String label(Messages messages) {
        String label = messages.get(labelKey).strip();
        return label.endsWith("*") ? label.substring(0, label.length() - 1).strip() : label;
    }
}
