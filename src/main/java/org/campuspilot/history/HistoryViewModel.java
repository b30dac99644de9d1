package org.campuspilot.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.TaskRunner;

/**
 * The history screen: every change, newest first, filtered by kind of record, operation, period and a word; the
 * selected change's fields before and after.
 */
public final class HistoryViewModel {
    /** At most this many changes are listed; the filters find older ones. */
    public static final int SHOWN = 500;
    /** The kinds of record the filter offers (the records of the screens, not their details). */
    public static final List<String> KINDS = List.of("establishment", "company", "contact", "event", "action",
            "grant_award", "finance_entry", "budget_forecast", "analytic_project", "report_text", "label_objective", "label_text",
            "campus");

    private final HistoryService history;
    private final TaskRunner tasks;
    private final Messages messages;
    private final HistoryTexts texts;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Detail> details = FXCollections.observableArrayList();
    private final ObjectProperty<String> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<AuditEntry.Operation> operation = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty loading = new javafx.beans.property.SimpleBooleanProperty();
    private long generation;

    /** One change in the list. */
    public record Row(AuditEntry entry, String when, String by, String operation, String kind, String record,
            String summary) {
    }

    /** One field of the selected change. */
    public record Detail(String part, String field, String before, String after) {
    }

    public HistoryViewModel(HistoryService history, TaskRunner tasks, Messages messages) {
        this.history = history;
        this.tasks = tasks;
        this.messages = messages;
        this.texts = new HistoryTexts(messages, history::label);
    }

    /** Reads the changes the filters let through, in the background. */
    public void load() {
        long asked = ++generation;
        HistoryService.Filter filter = new HistoryService.Filter(kind.get(), operation.get(), from.get(), to.get(),
                text.get());
        status.set(messages.get("history.loading"));
        loading.set(true);
        tasks.run(() -> read(filter), read -> {
            if (asked != generation) {
                return;
            }
            loading.set(false);
            rows.setAll(read);
            details.clear();
            status.set(read.size() >= SHOWN ? messages.get("history.status.many", SHOWN)
                    : messages.get("history.status.count", read.size()));
        }, failure -> {
            if (asked == generation) {
                loading.set(false);
                status.set(messages.get("history.loadFailed"));
            }
        });
    }

    /**
     * The summary of each modification already read, by its number and values: a return to the history reads the
     * fields again only of the entries it had not shown, or whose values changed since (an anonymisation rewrites a
     * person's entries: the erased name is never shown from here). Only the worker thread touches it.
     */
    private final Map<String, String> summaries = new java.util.HashMap<>();

    private List<Row> read(HistoryService.Filter filter) {
        if (summaries.size() > 20 * SHOWN) {
            summaries.clear();
        }
        List<AuditEntry> entries = history.entries(filter, SHOWN);
        Map<String, String> labels = history.labels(entries);
        List<Row> out = new ArrayList<>();
        for (AuditEntry e : entries) {
            String label = labels.get(HistoryService.labelKey(e.recordTable(), e.recordId()));
            // Only a modification has a summary: the fields of a creation or a deletion are not read for the list.
            String what = !e.isRecordRow() ? texts.kind(e.table())
                    : e.operation() != AuditEntry.Operation.UPDATE ? ""
                    : summaries.computeIfAbsent(e.id() + "/" + java.util.Objects.hash(e.oldValues(), e.newValues()),
                            k -> texts.summary(e, history.changes(e).stream().filter(HistoryTexts::shown).toList()));
            out.add(new Row(e, texts.when(e.at()), HistoryTexts.by(e), texts.operation(e),
                    texts.kind(e.recordTable()), label, what));
        }
        return out;
    }

    /** Shows the fields of the selected change (null: none). */
    public void select(Row row) {
        if (row == null) {
            details.clear();
            return;
        }
        tasks.run(() -> {
            List<Detail> out = new ArrayList<>();
            String part = row.entry().isRecordRow() ? "" : texts.kind(row.entry().table());
            for (FieldChange c : history.changes(row.entry()).stream().filter(HistoryTexts::shown).toList()) {
                out.add(new Detail(part, texts.field(c.column()), texts.value(row.entry().table(),
                        c.column(), c.before()), texts.value(row.entry().table(), c.column(), c.after())));
            }
            return out;
        }, details::setAll, failure -> details.clear());
    }

    public void clearFilters() {
        kind.set(null);
        operation.set(null);
        from.set(null);
        to.set(null);
        text.set("");
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<Detail> details() {
        return details;
    }

    public ObjectProperty<String> kind() {
        return kind;
    }

    public ObjectProperty<AuditEntry.Operation> operation() {
        return operation;
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public StringProperty text() {
        return text;
    }

    public StringProperty status() {
        return status;
    }

    /** True from a load's request until its rows are shown: the list is being read, not empty. */
    public javafx.beans.value.ObservableBooleanValue loading() {
        return loading;
    }

    public HistoryTexts texts() {
        return texts;
    }
}
