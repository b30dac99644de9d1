package org.campuspilot.ui;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.campuspilot.shared.Problem;

/**
 * Binds a text control to an {@link InputField}: the text both ways, a check when the user leaves the control, and
 * the problem as a red border (AtlantaFX's {@code :danger} state) and a sentence in the label under it.
 */
public final class FieldFeedback {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private FieldFeedback() {
    }

    public static void bind(TextInputControl control, Label errorLabel, InputField<?> field, Messages messages,
            Runnable onLeave) {
        control.textProperty().bindBidirectional(field.text());
        control.focusedProperty().addListener((obs, was, is) -> {
            if (was && !is) {
                onLeave.run();
            }
        });
        show(control, errorLabel, field.problem().get(), messages);
        field.problem().addListener((obs, old, p) -> show(control, errorLabel, p, messages));
    }

    private static void show(TextInputControl control, Label errorLabel, Problem p, Messages messages) {
        control.pseudoClassStateChanged(DANGER, p != null);
        showProblem(errorLabel, p, messages);
    }

    /** Keeps the label showing the problem the property holds (a choice, a group of fields, the whole form). */
    public static void bindProblem(Label label, javafx.beans.value.ObservableValue<Problem> problem,
            Messages messages) {
        problem.addListener((obs, old, p) -> showProblem(label, p, messages));
        showProblem(label, problem.getValue(), messages);
    }

    /** Shows the problem's sentence in the label, which takes no room while there is no problem. */
    public static void showProblem(Label label, Problem p, Messages messages) {
        label.setText(p == null ? "" : messages.get(p));
        label.setVisible(p != null);
        label.setManaged(p != null);
    }
}
