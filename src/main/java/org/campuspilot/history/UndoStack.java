package org.campuspilot.history;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.campuspilot.db.Database;
import org.campuspilot.shared.Problem;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.TaskRunner;

/**
 * Undo (Ctrl+Z) and redo (Ctrl+Y) of this session's changes. Every save, delete, import or restore the screens'
 * services commit is a change set the database announces; undoing one reverses it with {@link HistoryService#revert},
 * which writes a change set of its own; redoing reverses that one. Only this session's changes are on the stacks: a
 * file opened again starts with empty ones.
 */
public final class UndoStack {
    private static final int KEPT = 100;

    private final HistoryService history;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Deque<Long> undo = new ArrayDeque<>();
    private final Deque<Long> redo = new ArrayDeque<>();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");
    /** The change sets this stack writes itself: not new changes of the user. */
    private final ThreadLocal<Boolean> reverting = ThreadLocal.withInitial(() -> false);
    private final LongConsumer listener = this::committed;

    public UndoStack(Database database, HistoryService history, TaskRunner tasks, Messages messages) {
        this.history = history;
        this.tasks = tasks;
        this.messages = messages;
        database.addChangeListener(listener);
    }

    /** A change was committed (on the thread that wrote it). */
    private void committed(long changeSet) {
        if (reverting.get()) {
            return;
        }
        synchronized (this) {
            undo.push(changeSet);
            while (undo.size() > KEPT) {
                undo.removeLast();
            }
            redo.clear();
        }
        String[] labels = labels();
        tasks.onFx(() -> show(labels));
    }

    /** « Annuler : enregistrement de Entreprise « Armor » », or "" when there is nothing to undo. */
    public ReadOnlyStringProperty undoLabel() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabel() {
        return redoLabel.getReadOnlyProperty();
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    /**
     * Undoes the last change in the background; {@code done} runs on the FX thread once it is reversed (to read the
     * screens again), {@code refused} with the reason when it cannot be (nothing is then written).
     */
    public void undo(Runnable done, java.util.function.Consumer<Problem> refused) {
        move(undo, redo, done, refused);
    }

    public void redo(Runnable done, java.util.function.Consumer<Problem> refused) {
        move(redo, undo, done, refused);
    }

    private void move(Deque<Long> from, Deque<Long> to, Runnable done,
            java.util.function.Consumer<Problem> refused) {
        Long top;
        synchronized (this) {
            top = from.peek();
        }
        if (top == null) {
            return;
        }
        tasks.run(() -> {
            reverting.set(true);
            try {
                long reversal = history.revert(top);
                synchronized (this) {
                    from.remove(top);
                    to.push(reversal);
                }
                return labels();
            } catch (RevertRefused r) {
                synchronized (this) {
                    // It can never be reversed now: the stack goes on from the one before.
                    from.remove(top);
                }
                throw new Refused(r.problem(), labels());
            } finally {
                reverting.set(false);
            }
        }, labels -> {
            show(labels);
            done.run();
        }, failure -> {
            if (failure instanceof Refused r) {
                show(r.labels);
                refused.accept(r.problem);
            } else {
                refused.accept(org.campuspilot.ui.FormViewModel.failureProblem(failure, "history.undo.failed"));
            }
        });
    }

    /** The labels of the next undo and redo (read in the background). */
    private String[] labels() {
        Long u;
        Long r;
        synchronized (this) {
            u = undo.peek();
            r = redo.peek();
        }
        return new String[] {u == null ? "" : describe(u), r == null ? "" : describe(r)};
    }

    private void show(String[] labels) {
        undoLabel.set(labels[0]);
        redoLabel.set(labels[1]);
    }

    private static final class Refused extends RuntimeException {
        private final transient Problem problem;
        private final String[] labels;

        Refused(Problem problem, String[] labels) {
            super(problem.key());
            this.problem = problem;
            this.labels = labels;
        }
    }

    /** « Modification — Entreprise « Armor Robotique » », of the user's change an undo or redo goes back to. */
    private String describe(long changeSet) {
        HistoryTexts texts = new HistoryTexts(messages);
        long original = changeSet;
        for (int i = 0; i < KEPT; i++) {
            Long reverts = history.mainEntry(original).map(AuditEntry::reverts).orElse(null);
            if (reverts == null) {
                break;
            }
            original = reverts;
        }
        return history.mainEntry(original).map(e -> messages.get("history.undo.what",
                texts.operation(e), texts.kind(e.recordTable()), history.label(e.recordTable(), e.recordId())))
                .orElse("");
    }
}
