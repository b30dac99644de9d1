package org.campuspilot.ui;

import java.util.function.Consumer;

/**
 * What every record form's controller offers the list screen around it: what to do once a record is saved or
 * deleted, and the form's state. Subclasses bind their controls in {@code initialize}.
 *
 * @param <T> the record type
 */
public abstract class FormController<T> {
    private Consumer<T> onSaved = t -> {
    };
    private Runnable onDeleted = () -> {
    };
    private RecordHistory history;

    /** The form's view model. */
    protected abstract FormViewModel<T> form();

    /** The table the form's records are kept in (the history is read by it). */
    protected abstract String auditTable();

    protected abstract Long idOf(T record);

    /** Where « Historique » shows the record's history (set by the composition root). */
    public final void useHistory(RecordHistory recordHistory) {
        this.history = recordHistory;
    }

    /** « Historique »: every change of the record shown, with its details, newest first. */
    @javafx.fxml.FXML
    protected final void showHistory() {
        T editing = form().editing().get();
        if (history != null) {
            history.show(auditTable(), editing == null ? null : idOf(editing));
        }
    }

    public final void setOnSaved(Consumer<T> onSaved) {
        this.onSaved = onSaved;
    }

    public final void setOnDeleted(Runnable onDeleted) {
        this.onDeleted = onDeleted;
    }

    public final void edit(T record) {
        form().edit(record);
    }

    /** The record the form shows, or null for a new one. */
    public final T editing() {
        return form().editing().get();
    }

    public final boolean isDirty() {
        return form().dirty().get();
    }

    /** True when nothing unsaved is in the way, or the user chose to discard it. */
    public final boolean mayLeave() {
        return form().mayLeave();
    }

    /** Drops what the form holds; the caller has made sure the user agreed ({@link #mayLeave}). */
    public final void discard() {
        form().startNew();
    }

    /** What to do with a record saved by an action of the subclass (keep, anonymise). */
    protected final Consumer<T> onSaved() {
        return onSaved;
    }

    public final void save() {
        form().setOnGone(onDeleted); // the user dropped their input on a record someone else deleted
        form().save(onSaved);
    }

    public final void delete() {
        form().delete(onDeleted);
    }
}
