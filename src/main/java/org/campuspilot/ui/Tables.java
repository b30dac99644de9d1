package org.campuspilot.ui;

import java.util.Comparator;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.campuspilot.shared.Problem;

/** What every list screen does with its table: background sorting, a guarded selection, a placeholder. */
public final class Tables {
    private Tables() {
    }

    /**
     * The table never sorts its items itself: a click on a column header hands the order, built from each sorted
     * column's text, to {@code sortBy} (a {@link BackgroundList} sorts in the background).
     */
    public static <R> void sortInBackground(TableView<R> table, Map<TableColumn<R, ?>, Function<R, String>> keys,
            Consumer<Comparator<R>> sortBy) {
        table.setSortPolicy(t -> {
            Comparator<R> order = null;
            for (TableColumn<R, ?> column : t.getSortOrder()) {
                Comparator<R> c = BackgroundList.text(keys.get(column));
                if (column.getSortType() == TableColumn.SortType.DESCENDING) {
                    c = c.reversed();
                }
                order = order == null ? c : order.thenComparing(c);
            }
            sortBy.accept(order);
            return true;
        });
    }

    /**
     * Calls {@code onSelect} when the user selects another row, unless {@code mayLeave} says no (the form holds
     * unsaved input the user keeps): then the selection goes back to the record being edited.
     */
    public static <R> void guardSelection(TableView<R> table, BooleanSupplier mayLeave, Consumer<R> onSelect) {
        guardSelection(table, row -> false, mayLeave, onSelect);
    }

    /**
     * As {@link #guardSelection(TableView, BooleanSupplier, Consumer)}; a row {@code keepsForm} accepts (the record
     * being typed in, read again) is selected without a question and without filling the form.
     */
    public static <R> void guardSelection(TableView<R> table, java.util.function.Predicate<R> keepsForm,
            BooleanSupplier mayLeave, Consumer<R> onSelect) {
        boolean[] restoring = {false};
        table.getSelectionModel().selectedItemProperty().addListener((o, previous, row) -> {
            if (restoring[0] || row == null || row.equals(previous) || keepsForm.test(row)) {
                return;
            }
            if (!mayLeave.getAsBoolean()) {
                restoring[0] = true;
                Platform.runLater(() -> {
                    if (previous == null) {
                        table.getSelectionModel().clearSelection();
                    } else {
                        table.getSelectionModel().select(previous);
                    }
                    restoring[0] = false;
                });
                return;
            }
            onSelect.accept(row);
        });
    }

    /** Selects and shows the first row that matches, or clears the selection when none does. */
    public static <R> void selectFirst(TableView<R> table, Predicate<R> which) {
        table.getItems().stream().filter(which).findFirst().ifPresentOrElse(r -> {
            table.getSelectionModel().select(r);
            table.scrollTo(r);
        }, () -> table.getSelectionModel().clearSelection());
    }

    /** Shows in the column the text {@code value} gives for each row. */
    public static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** A placeholder saying the list is empty, or why it could not be read. */
    public static void placeholder(TableView<?> table, Messages messages, String emptyKey,
            ObjectProperty<Problem> loadProblem) {
        Label placeholder = new Label(messages.get(emptyKey));
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        loadProblem.addListener((o, a, p) -> placeholder.setText(p == null ? messages.get(emptyKey) : messages.get(p)));
    }

    /**
     * Column headers never elided: a column is never narrower than its header, measured in the headers' bold font
     * (a table narrower than its columns scrolls sideways).
     */
    public static void headersReadable(TableView<?> table) {
        javafx.scene.text.Font font = javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD, Math.max(14, javafx.scene.text.Font.getDefault().getSize()));
        for (TableColumn<?, ?> column : table.getColumns()) {
            String header = column.getText();
            if (header == null || header.isBlank()) {
                continue;
            }
            javafx.scene.text.Text text = new javafx.scene.text.Text(header);
            text.setFont(font);
            double widest = text.getLayoutBounds().getWidth();
            // The header's padding and the sort arrow.
            column.setMinWidth(Math.max(column.getMinWidth(), Math.ceil(widest) + 30));
        }
    }
}
