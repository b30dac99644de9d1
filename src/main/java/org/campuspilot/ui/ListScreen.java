package org.campuspilot.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * What every list-and-form screen does the same way: come back to it (read again, keeping unsaved input), open a
 * record by id (a link from another screen), and ask before unsaved input is dropped.
 *
 * @param <R> the row type of the table
 * @param <T> the record type of the form
 */
public abstract class ListScreen<R, T> implements Refreshable, RecordOpener {

    protected abstract TableView<R> table();

    protected abstract FormController<T> form();

    protected abstract T record(R row);

    protected abstract long id(T record);

    /** Reads the rows again in the background, then runs {@code afterLoad} on the FX thread. */
    protected abstract void reload(Consumer<List<R>> afterLoad);

    /** Clears search and filters, so that any record can be shown. */
    protected abstract void clearFilters();

    /** Called before the rows are read again when the screen is shown again (to refresh the form's choices). */
    protected void beforeRefresh() {
    }

    /** Called once a record opened by {@link #open} is in the form. */
    protected void opened(T record) {
    }

    /**
     * True for the row of the record the user is typing in, read again (another user's change arrived, the screen
     * came back): selecting it neither asks nor refills the form, which keeps what was typed.
     */
    protected final boolean keepsForm(R row) {
        T editing = form().editing();
        return editing != null && form().isDirty() && id(editing) == id(record(row));
    }

    /** Reads the rows again and selects the saved record (none for null). */
    protected void reloadAndSelect(T saved) {
        reload(rows -> Tables.selectFirst(table(), r -> saved != null && id(record(r)) == id(saved)));
    }

    /**
     * Shown again: reads the list afresh (another screen may have changed it). The form keeps what the user typed
     * and did not save yet; otherwise it shows the selected record as now stored.
     */
    @Override
    public final void refresh() {
        beforeRefresh();
        if (form().isDirty()) {
            reload(rows -> {
            });
            return;
        }
        R selected = table().getSelectionModel().getSelectedItem();
        reloadAndSelect(selected == null ? null : record(selected));
    }

    @Override
    public final void open(long id) {
        if (!leaveForm()) {
            return;
        }
        clearFilters();
        reload(rows -> {
            Tables.selectFirst(table(), r -> id(record(r)) == id);
            rows.stream().filter(r -> id(record(r)) == id).findFirst().ifPresent(r -> {
                form().edit(record(r));
                opened(record(r));
            });
        });
    }

    /**
     * The keys every list screen answers: Ctrl+N a new record, Ctrl+F the search, Ctrl+S save, Ctrl+Delete delete
     * (with the form's confirmation).
     */
    protected final void installShortcuts(Node root, Node searchField, Runnable onNew) {
        KeyCombination.Modifier ctrl = KeyCombination.SHORTCUT_DOWN;
        Shortcuts.install(root, Map.of(
                new KeyCodeCombination(KeyCode.N, ctrl), onNew,
                new KeyCodeCombination(KeyCode.F, ctrl), searchField::requestFocus,
                new KeyCodeCombination(KeyCode.S, ctrl), form()::save,
                new KeyCodeCombination(KeyCode.DELETE, ctrl), form()::delete));
    }

    /**
     * Puts « Exporter » in the list's header: the rows shown (search and filters applied) as a table, written as CSV.
     */
    protected final void installExport(javafx.scene.layout.HBox header, ListExporter exporter, String fileName,
            java.util.function.Function<List<T>, org.campuspilot.document.DocumentModel.Table> table) {
        exporter.install(header, fileName, () -> table.apply(ListExporter.records(table().getItems(), this::record)));
    }

    /** True when the form may be left (nothing unsaved, or the user discards it); the form is then emptied. */
    public final boolean leaveForm() {
        if (!form().mayLeave()) {
            return false;
        }
        form().discard();
        return true;
    }
}
