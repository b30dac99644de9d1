package org.campuspilot.history;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.RecordHistory;
import org.campuspilot.ui.Tables;
import org.campuspilot.ui.TaskRunner;

/** « Historique » of one record: each field that changed, when, from what to what; its details included. */
public final class RecordHistoryDialog implements RecordHistory {
    private final HistoryService history;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Supplier<Window> owner;

    public RecordHistoryDialog(HistoryService history, TaskRunner tasks, Messages messages, Supplier<Window> owner) {
        this.history = history;
        this.tasks = tasks;
        this.messages = messages;
        this.owner = owner;
    }

    /** One line of a record's history: one field of one change. */
    public record Line(String when, String by, String operation, String part, String field, String before,
            String after) {
    }

    /** The lines of a record's history, newest change first (read in the background). */
    public static List<Line> lines(HistoryService history, HistoryTexts texts, String table, long id) {
        List<Line> out = new ArrayList<>();
        for (AuditEntry e : history.recordHistory(table, id)) {
            String part = e.isRecordRow() ? "" : texts.kind(e.table());
            List<FieldChange> changes = history.changes(e).stream().filter(HistoryTexts::shown).toList();
            boolean whole = e.operation() != AuditEntry.Operation.UPDATE;
            if (whole && !e.isRecordRow()) {
                // A detail added or removed: one line saying which.
                out.add(new Line(texts.when(e.at()), HistoryTexts.by(e), texts.operation(e), part, "", e.operation()
                        == AuditEntry.Operation.DELETE ? detail(texts, e, changes, true) : "",
                        e.operation() == AuditEntry.Operation.INSERT ? detail(texts, e, changes, false) : ""));
                continue;
            }
            for (FieldChange c : changes) {
                out.add(new Line(texts.when(e.at()), HistoryTexts.by(e), texts.operation(e), part,
                        texts.field(c.column()), texts.value(e.table(), c.column(), c.before()),
                        texts.value(e.table(), c.column(), c.after())));
            }
        }
        return out;
    }

    /** « Niveau 4 », « Contact Anne Le Goff »: a detail's values, without the link to its own record. */
    private static String detail(HistoryTexts texts, AuditEntry e, List<FieldChange> changes, boolean before) {
        List<String> parts = new ArrayList<>();
        for (FieldChange c : changes) {
            if (!e.recordTable().equals(HistoryTexts.referencedTable(c.column()))) {
                parts.add(texts.field(c.column()) + " " + texts.value(e.table(), c.column(),
                        before ? c.before() : c.after()));
            }
        }
        return String.join(", ", parts);
    }

    @Override
    public void show(String table, Long id) {
        HistoryTexts texts = new HistoryTexts(messages, history::label);
        TableView<Line> lines = new TableView<>();
        lines.setId("recordHistoryTable");
        lines.getColumns().add(column(messages.get("history.column.when"), Line::when, 130));
        lines.getColumns().add(column(messages.get("history.column.by"), Line::by, 110));
        lines.getColumns().add(column(messages.get("history.column.operation"), Line::operation, 110));
        lines.getColumns().add(column(messages.get("history.column.part"), Line::part, 150));
        lines.getColumns().add(column(messages.get("history.column.field"), Line::field, 150));
        lines.getColumns().add(column(messages.get("history.column.before"), Line::before, 190));
        lines.getColumns().add(column(messages.get("history.column.after"), Line::after, 190));
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label(messages.get(id == null ? "history.record.notSaved" : "history.loading"));
        placeholder.setWrapText(true);
        lines.setPlaceholder(placeholder);
        Label title = new Label(messages.get("history.record.title", texts.kind(table)));
        title.getStyleClass().add("title-3");
        Stage stage = new Stage();
        stage.initOwner(owner.get());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title.getText());
        Button close = new Button(messages.get("common.button.close"));
        close.setId("closeHistoryButton");
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox top = new VBox(4, title);
        BorderPane root = new BorderPane(lines, top, null, new HBox(8, spacer, close), null);
        root.setStyle("-fx-padding: 16; -fx-spacing: 12;");
        BorderPane.setMargin(lines, new javafx.geometry.Insets(12, 0, 12, 0));
        Scene scene = new Scene(root, 1060, 520);
        if (owner.get() != null && owner.get().getScene() != null) {
            scene.getStylesheets().addAll(owner.get().getScene().getStylesheets());
        }
        stage.setScene(scene);
        if (id != null) {
            tasks.run(() -> new Object[] {history.label(table, String.valueOf(id)),
                lines(history, texts, table, id)}, read -> {
                    @SuppressWarnings("unchecked")
                    List<Line> rows = (List<Line>) read[1];
                    title.setText(messages.get("history.record.titleOf", texts.kind(table), read[0]));
                    stage.setTitle(title.getText());
                    placeholder.setText(messages.get("history.record.empty"));
                    lines.getItems().setAll(rows);
                }, failure -> placeholder.setText(messages.get("history.loadFailed")));
        }
        stage.show();
    }

    private static TableColumn<Line, String> column(String title, java.util.function.Function<Line, String> value,
            double width) {
        TableColumn<Line, String> c = new TableColumn<>(title);
        Tables.text(c, value);
        c.setPrefWidth(width);
        return c;
    }
}
