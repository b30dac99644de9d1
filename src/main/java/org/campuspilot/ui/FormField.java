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
 * @param label the field's label as the form shows it (a message key read in the user's language)
 * @param source what changes when the user edits the field
 * @param value the field's value now (a text, a choice, a copy of a list)
 * @param restore puts a value read by {@code value} back into the field
 * @param shown a value as the dialog shows it
 */
public record FormField(Function<Messages, String> label, Observable source, Supplier<Object> value, Consumer<Object> restore,
        Function<Object, String> shown) {

    /** A text field: its text, shown as typed. */
    public static FormField text(String labelKey, InputField<?> field) {
        return new FormField(key(labelKey), field.text(), () -> field.text().get(), v -> field.set((String) v),
                v -> v == null ? "" : (String) v);
    }

    /** A choice (a combo box, a check box): its value, shown as {@code shown} says ("" for none). */
    @SuppressWarnings("unchecked")
    public static <V> FormField choice(String labelKey, Property<V> property, Function<V, String> shown) {
        return new FormField(key(labelKey), property, property::getValue, v -> property.setValue((V) v),
                v -> v == null ? "" : shown.apply((V) v));
    }

    /** A list the user fills (the people invited): its items, shown as {@code shown} says. */
    @SuppressWarnings("unchecked")
    public static <V> FormField list(String labelKey, ObservableList<V> list, Function<V, String> shown) {
        return new FormField(key(labelKey), list, () -> new ArrayList<>(list), v -> list.setAll((List<V>) v),
                v -> String.join(", ", ((List<V>) v).stream().map(shown).toList()));
    }

    /** A group of check boxes (the kinds of partnership): the keys ticked, shown as {@code shown} says. */
    @SuppressWarnings("unchecked")
    public static <K> FormField flags(String labelKey, java.util.Map<K, javafx.beans.property.BooleanProperty> boxes,
            Function<K, String> shown) {
        Supplier<Object> ticked = () -> boxes.entrySet().stream().filter(e -> e.getValue().get())
                .map(java.util.Map.Entry::getKey).toList();
        Observable source = javafx.beans.binding.Bindings.createObjectBinding(ticked::get,
                boxes.values().toArray(Observable[]::new));
        return new FormField(key(labelKey), source, ticked,
                v -> boxes.forEach((k, box) -> box.set(((List<K>) v).contains(k))),
                v -> String.join(", ", ((List<K>) v).stream().map(shown).toList()));
    }

    /**
     * Several inputs that say one thing (an organisation: its kind, then which one) as one line of the dialog:
     * {@code shown} gets the parts' values in order.
     */
    public static FormField group(String labelKey, Function<List<Object>, String> shown, FormField... parts) {
        Supplier<Object> values = () -> java.util.Arrays.stream(parts).map(p -> p.value().get()).toList();
        Observable source = javafx.beans.binding.Bindings.createObjectBinding(values::get,
                java.util.Arrays.stream(parts).map(FormField::source).toArray(Observable[]::new));
        return new FormField(key(labelKey), source, values, v -> {
            for (int i = 0; i < parts.length; i++) {
                parts[i].restore().accept(((List<?>) v).get(i));
            }
        }, v -> shown.apply((List<Object>) v));
    }

    /** Whether this field holds that input (itself, or as one of its parts). */
    boolean covers(Observable input) {
        if (source == input) {
            return true;
        }
        return source instanceof javafx.beans.binding.Binding<?> b && b.getDependencies().contains(input);
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

    /** A label read from the bundle. */
    public static Function<Messages, String> key(String labelKey) {
        return m -> m.get(labelKey);
    }

    /** A label in two parts (« Présents par public : Élèves »). */
    public static Function<Messages, String> key(String groupKey, String itemKey) {
        return m -> m.get(groupKey) + " : " + m.get(itemKey);
    }

    /** This field with another label. */
    public FormField labelled(Function<Messages, String> other) {
        return new FormField(other, source, value, restore, shown);
    }

    /** The label as the dialog shows it: the form's, without the mark of a required field. */
    String label(Messages messages) {
        String label = label().apply(messages).replace(" *", "").strip();
        return label.endsWith("*") ? label.substring(0, label.length() - 1).strip() : label;
    }
}
