package org.campuspilot.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small list views inside a record's page: participants with a remove button, sized to their content. */
public final class Lists {
    public static final double ROW = 46;

    private Lists() {
    }

    /** Shows the items by their label, each with a button that removes it; the list is as tall as its items. */
    public static <T> void removable(ListView<T> list, ObservableList<T> items, Function<T, String> label,
            Messages messages) {
        list.setItems(items);
        list.setFixedCellSize(ROW);
        fitHeight(list, ROW);
        list.setCellFactory(lv -> new RemovableCell<>(label, items::remove, messages, null));
    }

    /** The same, each line with a control of its own before the remove button ({@code extra} makes it). */
    public static <T> void removable(ListView<T> list, ObservableList<T> items, Function<T, String> label,
            Messages messages, Function<T, javafx.scene.Node> extra) {
        list.setItems(items);
        list.setFixedCellSize(ROW);
        fitHeight(list, ROW);
        list.setCellFactory(lv -> new RemovableCell<>(label, items::remove, messages, extra));
    }

    /** Makes the list as tall as its items (one row when empty, six at most). */
    public static void fitHeight(ListView<?> list, double row) {
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> 8 + row * Math.max(1, Math.min(6, list.getItems().size())), list.getItems()));
        list.setMinHeight(Region.USE_PREF_SIZE);
    }

    /** A line with a label and a remove button. */
    private static final class RemovableCell<T> extends ListCell<T> {
        private final Function<T, String> text;
        private final Consumer<T> remove;
        private final Messages messages;
        private final Function<T, javafx.scene.Node> extra;

        RemovableCell(Function<T, String> text, Consumer<T> remove, Messages messages,
                Function<T, javafx.scene.Node> extra) {
            this.text = text;
            this.remove = remove;
            this.messages = messages;
            this.extra = extra;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(text.apply(item));
            name.setTooltip(new javafx.scene.control.Tooltip(text.apply(item))); // a long name in full
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            Button x = new Button(null, new FontIcon("fth-x"));
            x.getStyleClass().addAll("flat", "button-icon");
            x.setAccessibleText(messages.get("common.button.remove"));
            x.setOnAction(e -> remove.accept(item));
            HBox row = extra == null ? new HBox(8, name, x) : new HBox(8, name, extra.apply(item), x);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
