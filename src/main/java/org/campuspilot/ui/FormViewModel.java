package org.campuspilot.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.Problem;

/**
 * What every record form shares: the record being edited (null for a new one), whether the user changed anything,
 * whether a save or delete is running, the problem shown above the buttons, and the question asked before unsaved
 * input is dropped. Subclasses hold the fields and the rules.
 *
 * @param <T> the record type
 */
public abstract class FormViewModel<T> {
    private final ObjectProperty<T> editing = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<Problem> formProblem = new SimpleObjectProperty<>();
    private boolean saveAttempted;
    private final EditConflicts<T> conflicts = new EditConflicts<>(this);
    private final List<ObservableValue<?>> tracked = new java.util.ArrayList<>();

    protected final TaskRunner tasks;
    protected final DialogService dialogs;
    protected final Messages messages;

    protected FormViewModel(TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Any change to these marks the form as changed. */
    protected final void trackChanges(List<? extends ObservableValue<?>> inputs) {
        tracked.addAll(inputs);
        inputs.forEach(o -> o.addListener((obs, before, after) -> dirty.set(true)));
    }

    /**
     * The inputs marked by {@link #trackChanges} that no field of {@link #conflictFields} covers: after an edit
     * conflict, their value would be their record's, the user's typing lost. Empty for every form (a test says so).
     */
    public final List<ObservableValue<?>> uncoveredInputs() {
        return tracked.stream().filter(o -> conflicts.fields().stream().noneMatch(f -> f.covers(o))).toList();
    }

    /** Checks every field; when all are right, saves in the background and hands the saved record over. */
    public abstract void save(Consumer<T> onSaved);

    /** Asks for confirmation, then deletes the record shown; a refusal is explained and nothing is deleted. */
    public abstract void delete(Runnable onDeleted);

    /** Puts the record's values (or a new record's defaults, for null) into the fields. */
    protected abstract void fillFields(T record);

    /** The question asked before unsaved input is dropped: title, message and the discarding button's label. */
    protected abstract String[] discardQuestion(T editing);

    /** Empties the form for a new record. */
    public void startNew() {
        fill(null);
    }

    /** Shows an existing record. */
    public void edit(T record) {
        fill(record);
    }

    protected final void fill(T record) {
        editing.set(record);
        fillFields(record);
        conflicts.forget();
        formProblem.set(null);
        saveAttempted = false;
        dirty.set(false);
    }

    /** The user left a field: check it; empty required fields are flagged only after a first save attempt. */
    public void leave(InputField<?> field) {
        field.check(saveAttempted);
    }

    /** Checks every field (and flags empty required ones); true when all hold acceptable values. */
    protected final boolean checkAll(List<InputField<?>> fields) {
        saveAttempted = true;
        boolean ok = true;
        for (InputField<?> f : fields) {
            ok &= f.check(true);
        }
        return ok;
    }

    protected final boolean saveAttempted() {
        return saveAttempted;
    }

    /** Shows "fix the fields marked in red" above the buttons. */
    protected final void showFixFields() {
        formProblem.set(Problem.of("form.error.fix"));
    }

    /**
     * Saves in the background. A saved record is shown and handed to {@code onSaved}; a refusal goes to
     * {@code onRefused}, which puts it on its field; a failure is explained above the buttons.
     */
    protected final void saveInBackground(Callable<Checked<T>> work, Consumer<T> onSaved,
            Consumer<Problem> onRefused) {
        formProblem.set(null);
        busy.set(true);
        tasks.run(work, result -> {
            busy.set(false);
            if (result.isOk()) {
                fill(result.value());
                onSaved.accept(result.value());
                dialogs.notice(messages.get("form.saved", java.time.LocalTime.now().format(
                        java.time.format.DateTimeFormatter.ofPattern("HH:mm"))));
            } else {
                onRefused.accept(result.problem().orElseThrow());
                showFixFields();
            }
        }, failure -> {
            busy.set(false);
            var conflict = org.campuspilot.db.EditConflict.in(failure);
            if (conflict.isPresent()) {
                conflicts.resolve(conflict.get().current(), () -> save(onSaved));
            } else {
                formProblem.set(failureProblem(failure, "form.error.saveFailed"));
            }
        });
    }

    /**
     * Declares every input the form writes, with its label (decision 0043): when someone else saved the record
     * meanwhile, the save shows, for each of them that differs, their value and the user's, and keeps either.
     */
    protected final void conflictFields(List<FormField> fields) {
        conflicts.declare(fields);
    }

    /** The inputs declared by {@link #conflictFields}. */
    public final List<FormField> conflictFields() {
        return conflicts.fields();
    }

    /** What to do when the user drops their input on a record someone else deleted (the list shows no form). */
    public final void setOnGone(Runnable onGone) {
        conflicts.onGone(onGone);
    }

    /** Fills the fields from a record without making it the one edited (the conflict dialog reads them). */
    final void fillFieldsOnly(T record) {
        fillFields(record);
    }

    /**
     * Deletes in the background after the user confirmed; a refusal (something still refers to the record) is
     * explained in a dialog titled {@code refusedTitle} and nothing is deleted.
     */
    protected final void deleteInBackground(Callable<Optional<Problem>> work, String refusedTitle,
            Runnable onDeleted) {
        busy.set(true);
        tasks.run(work, problem -> {
            busy.set(false);
            if (problem.isPresent()) {
                dialogs.error(refusedTitle, messages.get(problem.get()));
            } else {
                fill(null);
                onDeleted.run();
            }
        }, failure -> {
            busy.set(false);
            formProblem.set(failureProblem(failure, "form.error.deleteFailed"));
        });
    }

    /** What the user is told when a save or delete failed: read-only file, full disk, or the general sentence. */
    public static Problem failureProblem(Throwable failure, String otherwise) {
        return switch (org.campuspilot.db.DatabaseProblem.of(failure)) {
            case READ_ONLY -> Problem.of("form.error.readOnly");
            case DISK_FULL -> Problem.of("form.error.diskFull");
            default -> Problem.of(otherwise);
        };
    }

    /**
     * Whether the form may show another record: yes when nothing was changed, otherwise only if the user chooses
     * to discard the changes.
     */
    public boolean mayLeave() {
        if (!dirty.get()) {
            return true;
        }
        String[] q = discardQuestion(editing.get());
        return dialogs.confirm(q[0], q[1], q[2]);
    }

    public ObjectProperty<T> editing() {
        return editing;
    }

    public BooleanProperty dirty() {
        return dirty;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public ObjectProperty<Problem> formProblem() {
        return formProblem;
    }
}
