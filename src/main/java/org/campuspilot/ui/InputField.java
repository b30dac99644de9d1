package org.campuspilot.ui;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.Problem;

/**
 * One text input of a form view model: its text, the rule that turns it into a value, and the problem shown under
 * the field. Empty optional fields give {@code null}; empty required fields are flagged only once the user has tried
 * to save.
 */
public final class InputField<T> {
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Problem> problem = new SimpleObjectProperty<>();
    private final boolean required;
    private final Function<String, Checked<T>> rule;

    private InputField(boolean required, Function<String, Checked<T>> rule) {
        this.required = required;
        this.rule = rule;
    }

    public static <T> InputField<T> required(Function<String, Checked<T>> rule) {
        return new InputField<>(true, rule);
    }

    public static <T> InputField<T> optional(Function<String, Checked<T>> rule) {
        return new InputField<>(false, rule);
    }

    /** A free text field: any text is accepted; blank is {@code null}. */
    public static InputField<String> text(boolean required) {
        return new InputField<>(required, s -> Checked.ok(s.strip()));
    }

    public StringProperty text() {
        return text;
    }

    public ObjectProperty<Problem> problem() {
        return problem;
    }

    public boolean isRequired() {
        return required;
    }

    /**
     * Checks the text and shows the outcome. {@code flagEmpty} is false while the user has not yet tried to save.
     *
     * @return true when the field holds an acceptable value
     */
    public boolean check(boolean flagEmpty) {
        String s = text.get() == null ? "" : text.get();
        if (s.isBlank()) {
            boolean missing = required && flagEmpty;
            problem.set(missing ? Problem.of("validation.required") : null);
            return !required;
        }
        Checked<T> checked = rule.apply(s);
        problem.set(checked.problem().orElse(null));
        return checked.isOk();
    }

    /** The value of a field that {@link #check passed}; {@code null} when blank. */
    public T value() {
        String s = text.get();
        return s == null || s.isBlank() ? null : rule.apply(s).value();
    }

    /** Shows a problem found elsewhere (a duplicate in the database, an inconsistent pair of dates). */
    public void reject(Problem p) {
        problem.set(p);
    }

    public void set(String value) {
        text.set(value == null ? "" : value);
        problem.set(null);
    }
}
