package org.campuspilot.history;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campuspilot.ui.DialogService;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.TaskRunner;

/** The trash (« Corbeille »): the records deleted in the last 30 days, each restorable with its details. */
public final class TrashViewModel {
    private final HistoryService history;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final HistoryTexts texts;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");

    /** One deleted record. */
    public record Row(HistoryService.TrashItem item, String deletedAt, String kind, String label, String left) {
    }

    public TrashViewModel(HistoryService history, TaskRunner tasks, DialogService dialogs, Messages messages,
            Clock clock) {
        this.history = history;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.texts = new HistoryTexts(messages);
    }

    public void load() {
        tasks.run(() -> history.trash(clock.instant()).stream().map(this::row).toList(), rows::setAll,
                failure -> status.set(messages.get("history.loadFailed")));
    }

    private Row row(HistoryService.TrashItem item) {
        // Whole days left, counted up: just deleted, it waits « encore 30 jours ».
        Duration left = HistoryService.TRASH_KEPT.minus(Duration.between(item.deletedAt(), clock.instant()));
        long days = left.toDays() + (left.minusDays(left.toDays()).isZero() ? 0 : 1);
        return new Row(item, texts.when(item.deletedAt()), texts.kind(item.recordTable()), item.label(),
                messages.get("trash.daysLeft", Math.max(0, days)));
    }

    /** Brings the record back; {@code done} runs once it is back (the screens read again). */
    public void restore(Row row, Runnable done) {
        if (row == null) {
            return;
        }
        tasks.run(() -> history.restore(row.item().changeSetId()), id -> {
            status.set(messages.get("trash.restored", row.label(), row.kind()));
            load();
            done.run();
        }, failure -> {
            String why = failure instanceof RevertRefused r ? messages.get(r.problem())
                    : messages.get(org.campuspilot.ui.FormViewModel.failureProblem(failure, "history.undo.failed"));
            dialogs.error(messages.get("trash.restoreFailed.title"), why);
        });
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty status() {
        return status;
    }

    List<Row> snapshot() {
        return List.copyOf(rows);
    }
}
