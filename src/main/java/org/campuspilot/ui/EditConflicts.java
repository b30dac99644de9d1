package org.campuspilot.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import org.campuspilot.shared.Problem;

/**
 * A form's answer to a save refused because someone else changed or deleted the record meanwhile (decision 0043).
 * Changed: the form takes their record as the one edited, and asks, for each field whose value differs from the
 * user's, which to keep (theirs first chosen where the user did not touch the field, the user's where they did); then
 * saves again, against their record, so a third change is caught in turn. Nothing differs: it saves again at once.
 * Deleted: it offers to recreate the record from the input, or to drop the input. Cancelled: the input stays in the
 * form, and the next save asks again.
 */
final class EditConflicts<T> {
    /** Saves again without asking at most this often in a row (their record and the input agree on every field). */
    private static final int QUIET_RETRIES = 3;

    private final FormViewModel<T> form;
    private List<FormField> fields = List.of();
    private final Set<Observable> touched = new HashSet<>();
    private Runnable onGone = () -> {
    };
    private int quietRetries;

    EditConflicts(FormViewModel<T> form) {
        this.form = form;
    }

    void declare(List<FormField> declared) {
        fields = List.copyOf(declared);
        fields.forEach(f -> f.watch(() -> touched.add(f.source())));
    }

    List<FormField> fields() {
        return fields;
    }

    void onGone(Runnable r) {
        onGone = r;
    }

    /** A record was filled in: no field touched yet. */
    void forget() {
        touched.clear();
        quietRetries = 0;
    }

    @SuppressWarnings("unchecked")
    void resolve(Object current, Runnable saveAgain) {
        if (current == null) {
            gone(saveAgain);
            return;
        }
        T theirs = (T) current;
        T base = form.editing().get();
        List<Object> mine = values();
        Set<Observable> mineTouched = new HashSet<>(touched);
        form.editing().set(theirs);
        form.fillFieldsOnly(theirs);
        List<Object> their = values();
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).restore().accept(mine.get(i));
        }
        touched.clear();
        touched.addAll(mineTouched);
        form.dirty().set(true);
        List<Integer> differ = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (!Objects.equals(mine.get(i), their.get(i))) {
                differ.add(i);
            }
        }
        if (differ.isEmpty()) {
            if (quietRetries++ < QUIET_RETRIES) {
                saveAgain.run();
            } else {
                form.editing().set(base);
                form.formProblem().set(Problem.of("form.error.saveFailed"));
            }
            return;
        }
        quietRetries = 0;
        Messages messages = form.messages;
        List<MergeField> lines = differ.stream().map(i -> {
            FormField f = fields.get(i);
            return new MergeField(f.label(messages), f.shown().apply(their.get(i)), f.shown().apply(mine.get(i)),
                    false, mineTouched.contains(f.source()) ? MergeField.Side.RIGHT : MergeField.Side.LEFT);
        }).toList();
        Optional<List<MergeField.Side>> sides = form.dialogs.merge(messages.get("form.conflict.title"),
                messages.get("form.conflict.message"), messages.get("form.conflict.theirs"),
                messages.get("form.conflict.mine"), lines, messages.get("form.conflict.save"));
        if (sides.isEmpty()) {
            // Their record is not the one edited: saving again asks again, nothing of theirs is overwritten unseen.
            form.editing().set(base);
            form.formProblem().set(Problem.of("form.conflict.cancelled"));
            return;
        }
        for (int k = 0; k < differ.size(); k++) {
            if (sides.get().get(k) == MergeField.Side.LEFT) {
                int i = differ.get(k);
                fields.get(i).restore().accept(their.get(i));
                touched.remove(fields.get(i).source()); // theirs now: asked again, it is chosen first
            }
        }
        saveAgain.run();
    }

    private void gone(Runnable saveAgain) {
        Messages messages = form.messages;
        int choice = form.dialogs.choose(messages.get("form.conflict.deleted.title"),
                messages.get("form.conflict.deleted.message"), List.of(messages.get("form.conflict.deleted.recreate"),
                        messages.get("form.conflict.deleted.drop")));
        if (choice == 0) {
            form.editing().set(null);
            form.dirty().set(true);
            saveAgain.run();
        } else if (choice == 1) {
            form.startNew();
            onGone.run();
        } else {
            form.formProblem().set(Problem.of("form.conflict.deleted.pending"));
        }
    }

    private List<Object> values() {
        List<Object> out = new ArrayList<>();
        fields.forEach(f -> out.add(f.value().get()));
        return out;
    }
}
