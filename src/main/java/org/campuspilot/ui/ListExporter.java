package org.campuspilot.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.campuspilot.document.CsvProfile;
import org.campuspilot.document.CsvRenderer;
import org.campuspilot.document.DocumentFiles;
import org.campuspilot.document.DocumentModel;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The « Exporter » button of every list screen: the rows shown (search and filters applied) written as CSV for
 * French Excel or as open data, in the background, ending like every export ({@link FileExport}).
 */
public final class ListExporter {
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    public ListExporter(TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /**
     * Puts the button in the list's header, after its spacer (before the « Nouveau » buttons).
     *
     * @param fileName the suggested file name, without extension (« etablissements »)
     * @param table the rows shown, as a table; called when the user exports
     */
    public void install(HBox header, String fileName, Supplier<DocumentModel.Table> table) {
        MenuButton button = new MenuButton(messages.get("export.button"), new FontIcon(Feather.DOWNLOAD));
        button.setId("exportButton");
        button.setMinWidth(Region.USE_PREF_SIZE);
        for (CsvProfile profile : CsvProfile.values()) {
            MenuItem item = new MenuItem(messages.get(profile.messageKey()));
            item.setId("export_" + profile.cliName());
            item.setOnAction(e -> export(fileName, table.get(), profile));
            button.getItems().add(item);
        }
        int at = 0;
        for (int i = 0; i < header.getChildren().size(); i++) {
            if (header.getChildren().get(i) instanceof Region r && HBox.getHgrow(r) == Priority.ALWAYS) {
                at = i + 1;
            }
        }
        header.getChildren().add(at, button);
    }

    /** Asks where, then writes the table as CSV in the profile. */
    public void export(String fileName, DocumentModel.Table table, CsvProfile profile) {
        String title = messages.get("export.title", table.title());
        dialogs.chooseFileToSave(title, fileName + ".csv").ifPresent(path -> FileExport.write(tasks, dialogs, messages, title,
                path, target -> DocumentFiles.writeWhole(target, o -> new CsvRenderer(profile).write(table, o)),
                p -> messages.get("export.done", table.rows().size(), p),
                p -> messages.get("document.write.failed", p)));
    }

    /** The records of rows as a list, for a table builder. */
    public static <R, T> List<T> records(List<R> rows, java.util.function.Function<R, T> record) {
        return rows.stream().map(record).toList();
    }
}
