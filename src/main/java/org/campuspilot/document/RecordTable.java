package org.campuspilot.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.campuspilot.document.DocumentModel.Cell;
import org.campuspilot.document.DocumentModel.Column;
import org.campuspilot.shared.Organisation;

/**
 * A list of records as a table of typed cells (text, whole numbers, amounts, dates), one column at a time: each
 * feature describes its own list once (what « Exporter » writes from its screen, what {@code export csv} and the
 * Région workbook write), and this builds the table.
 *
 * @param <T> the record of one row
 */
public final class RecordTable<T> {
    /** One column: its header key, relative width, whether it holds figures, and how a record fills it. */
    private record Col<T>(String key, float width, boolean numeric, Function<T, Cell> cell) {
    }

    private final Function<String, String> texts;
    private final List<Col<T>> columns = new ArrayList<>();

    /** @param texts the header of a message key (the message bundle) */
    public RecordTable(Function<String, String> texts) {
        this.texts = texts;
    }

    /** A column of text. */
    public RecordTable<T> text(String key, float width, Function<T, String> value) {
        columns.add(new Col<>(key, width, false, r -> Cell.text(value.apply(r))));
        return this;
    }

    /** A column of typed cells (figures, amounts, dates), aligned as figures. */
    public RecordTable<T> cell(String key, float width, Function<T, Cell> value) {
        columns.add(new Col<>(key, width, true, value));
        return this;
    }

    /** The table of {@code records}, titled by the message {@code titleKey}. */
    public DocumentModel.Table build(String titleKey, List<T> records) {
        List<DocumentModel.Row> rows = new ArrayList<>(records.size());
        for (T r : records) {
            rows.add(new DocumentModel.Row(cells(r), false));
        }
        return new DocumentModel.Table(texts.apply(titleKey), columns(), rows);
    }

    /** The columns, headed in the bundle's words. */
    public List<Column> columns() {
        return columns.stream().map(c -> new Column(texts.apply(c.key()), c.width(), c.numeric())).toList();
    }

    /** One record's cells, in the columns' order: for a writer that takes the records one at a time. */
    public List<Cell> cells(T record) {
        List<Cell> cells = new ArrayList<>(columns.size());
        for (Col<T> c : columns) {
            cells.add(c.cell().apply(record));
        }
        return cells;
    }

    /** A value's text, empty for null. */
    public static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    /** An organisation's name, empty for none. */
    public static String name(Organisation o) {
        return o == null ? "" : o.name();
    }
}
