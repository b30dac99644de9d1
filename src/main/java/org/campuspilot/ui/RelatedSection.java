package org.campuspilot.ui;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/**
 * A section of a record's page listing the records linked to it (an establishment's events, a company's actions):
 * « Titre (n) », then one two-line entry per record, most recent first; a click opens the record. Subclasses say how
 * to read, show and open their records.
 *
 * @param <T> the linked records
 */
public abstract class RelatedSection<T> {
    private static final double ROW = 52;
    private final TaskRunner tasks;
    protected final Messages messages;
    private VBox root;
    private Label title;
    private ListView<T> list;
    private Object shown;

    protected RelatedSection(TaskRunner tasks, Messages messages) {
        this.tasks = tasks;
        this.messages = messages;
    }

    /** The message key of the title, with the count as {0}. */
    protected abstract String titleKey();

    protected abstract String heading(T record);

    protected abstract String detail(T record);

    protected abstract void open(T record);

    /** Call from the controller's {@code initialize} with its controls. */
    protected final void setUp(VBox sectionRoot, Label sectionTitle, ListView<T> records) {
        this.root = sectionRoot;
        this.title = sectionTitle;
        this.list = records;
        list.setFixedCellSize(ROW);
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> 4 + ROW * Math.max(1, Math.min(5, list.getItems().size())), list.getItems()));
        list.setCellFactory(lv -> new ListCell<>() {
            private final Label head = new Label();
            private final Label more = new Label();
            private final VBox box = new VBox(2, head, more);

            {
                head.getStyleClass().add("text-bold");
                more.getStyleClass().add("text-muted");
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(T record, boolean empty) {
                super.updateItem(record, empty);
                if (empty || record == null) {
                    setGraphic(null);
                    return;
                }
                head.setText(heading(record));
                more.setText(detail(record));
                setGraphic(box);
            }
        });
        list.setOnMouseClicked(m -> {
            T record = list.getSelectionModel().getSelectedItem();
            if (record != null) {
                open(record);
            }
        });
        load(null, null);
    }

    /** Shows the records {@code reader} gives for {@code key}; a null key hides the section (a record not saved). */
    protected final void load(Object key, Callable<List<T>> reader) {
        shown = key;
        list.getItems().clear();
        title.setText(messages.get(titleKey(), 0));
        root.setVisible(key != null);
        root.setManaged(key != null);
        if (key == null || reader == null) {
            return;
        }
        tasks.run(reader, records -> {
            if (key.equals(shown)) {
                list.getItems().setAll(records);
                title.setText(messages.get(titleKey(), records.size()));
            }
        }, failure -> title.setText(messages.get("common.related.loadFailed")));
    }
}
