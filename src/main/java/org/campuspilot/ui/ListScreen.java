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

    private javafx.scene.control.SplitPane split;
    private javafx.scene.layout.Region listPane;
    private javafx.scene.layout.Region form;
    private javafx.scene.layout.StackPane formPane;
    private javafx.scene.control.Button closeButton;
    private Messages messages;
    private boolean open;
    private double divider;

    /**
     * The form stands beside the list only while a record is open (a row chosen, « Nouveau », a link from another
     * screen, unsaved input): the list has the whole width otherwise, so that its columns are read in full. When
     * the list's bars and the form do not both fit in the window, the open form stands alone. The form's
     * « Fermer » button (or Échap) goes back to the list alone; the divider stays where the user put it (decision
     * 0045).
     */
    protected final void showFormWhenOpen(javafx.scene.control.SplitPane root, Messages messages) {
        split = root;
        Tables.headersReadable(table());
        divider = root.getDividerPositions().length > 0 ? root.getDividerPositions()[0] : 0.5;
        listPane = (javafx.scene.layout.Region) root.getItems().get(0);
        for (Node node : listPane.getChildrenUnmodifiable()) {
            if (node instanceof javafx.scene.layout.HBox bar) {
                // In a narrow list the search field and the filters narrow; titles, check boxes and counts do not.
                bar.getChildren().stream().filter(c -> c instanceof javafx.scene.control.Labeled)
                        .forEach(c -> ((javafx.scene.control.Labeled) c).setMinWidth(
                                javafx.scene.layout.Region.USE_PREF_SIZE));
            }
        }
        form = (javafx.scene.layout.Region) root.getItems().remove(1);
        closeButton = new javafx.scene.control.Button(null,
                new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.X));
        closeButton.setId("closeFormButton");
        closeButton.getStyleClass().addAll("flat", "close-form");
        closeButton.setAccessibleText(messages.get("form.close"));
        closeButton.setTooltip(new javafx.scene.control.Tooltip(messages.get("form.close.tooltip")));
        closeButton.setOnAction(e -> closeForm());
        this.messages = messages;
        formPane = new javafx.scene.layout.StackPane(form, closeButton);
        javafx.scene.layout.StackPane.setAlignment(closeButton, javafx.geometry.Pos.TOP_RIGHT);
        javafx.scene.layout.StackPane.setMargin(closeButton, new javafx.geometry.Insets(10, 12, 0, 0));
        formPane.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                closeForm();
            }
        });
        table().getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                openForm();
            }
        });
        form().form().dirty().addListener((o, was, dirty) -> {
            if (dirty) {
                openForm();
            }
        });
        form().form().editing().addListener((o, was, now) -> {
            if (now != null) {
                openForm();
            }
        });
        root.widthProperty().addListener((o, was, now) -> arrange());
    }

    /** Puts the form beside the list (« Nouveau », a row chosen). */
    protected final void openForm() {
        if (split != null && !open) {
            open = true;
            arrange();
        }
    }

    /** True while a record is open in the form. */
    public final boolean formOpen() {
        return split == null || open;
    }

    /** « Fermer »: the list alone again, once unsaved input is saved or dropped. */
    public final void closeForm() {
        if (split == null || !leaveForm()) {
            return;
        }
        hideForm();
    }

    private void hideForm() {
        open = false;
        table().getSelectionModel().clearSelection();
        arrange();
        table().requestFocus();
    }

    /** The list alone, the list and the form side by side, or the form alone when both do not fit. */
    private void arrange() {
        List<Node> wanted;
        double listNeeds = listNeeds();
        if (!open) {
            wanted = List.of(listPane);
        } else if (split.getWidth() == 0 || split.getWidth() >= listNeeds + form.minWidth(-1) + 12) {
            wanted = List.of(listPane, formPane);
        } else {
            wanted = List.of(formPane);
        }
        // Side by side, the divider cannot be dragged so far that the list's bars are cut.
        listPane.setMinWidth(wanted.size() == 2 ? listNeeds : javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        if (split.getItems().equals(wanted)) {
            return;
        }
        if (split.getItems().size() == 2) {
            divider = split.getDividerPositions()[0];
        }
        split.getItems().setAll(wanted);
        if (wanted.contains(formPane)) {
            // The form's minimum width is known once it has its styles: decide again after this pulse.
            javafx.application.Platform.runLater(this::arrange);
        }
        // Alone, the form says where its button leads: back to the list.
        boolean alone = wanted.size() == 1 && open;
        closeButton.setText(alone ? messages.get("form.back") : null);
        closeButton.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(alone
                ? org.kordamp.ikonli.feather.Feather.ARROW_LEFT : org.kordamp.ikonli.feather.Feather.X));
        if (form.lookup("#formTitle") instanceof javafx.scene.layout.Region title) {
            // The title wraps before it reaches the button.
            title.setPadding(new javafx.geometry.Insets(0, alone ? 180 : 40, 0, 0));
        }
        if (wanted.size() == 2) {
            split.setDividerPositions(divider);
        }
    }

    /**
     * The width the list's header and bars need to show their titles, buttons, check boxes and counts in full; a
     * search field or a filter's combo box may narrow down to its minimum (its value is shown in its list).
     */
    private double listNeeds() {
        double need = 0;
        for (Node node : listPane.getChildrenUnmodifiable()) {
            if (node instanceof javafx.scene.layout.HBox bar && bar.isVisible()) {
                double width = bar.snappedLeftInset() + bar.snappedRightInset();
                int shown = 0;
                for (Node child : bar.getChildren()) {
                    if (!child.isManaged()) {
                        continue;
                    }
                    shown++;
                    boolean narrows = child instanceof javafx.scene.control.ComboBoxBase<?>
                            || child instanceof javafx.scene.control.TextInputControl
                            || child instanceof org.controlsfx.control.CheckComboBox<?>;
                    width += narrows ? Math.max(child.minWidth(-1), 90) : child.prefWidth(-1);
                }
                need = Math.max(need, width + bar.getSpacing() * Math.max(0, shown - 1));
            }
        }
        return need + listPane.snappedLeftInset() + listPane.snappedRightInset();
    }

    /** The record shown was deleted: the list alone, read again. */
    protected final void deleted() {
        if (split != null) {
            hideForm();
        }
        reloadAndSelect(null);
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
