package org.campuspilot.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.ui.DialogService;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.TaskRunner;

/**
 * The backup screen: the backups of the open file with their date and size, « Sauvegarder maintenant »,
 * « Restaurer » (after a confirmation; the application does it, since the file is replaced under the window) and the
 * second folder backups are copied to.
 */
public final class BackupsViewModel {

    /** What the screen needs from the application: the backups of the open file, the second folder, the restore. */
    public interface Place {
        Backups backups();

        Path mirror();

        void setMirror(Path folder);

        /** Replaces the open file with the backup and opens it again (the application reports how it went). */
        void restore(Path backup);

        boolean readOnly();
    }

    private final Place place;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty mirrorText = new SimpleStringProperty("");
    private final StringProperty folderText = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final javafx.beans.property.ObjectProperty<org.campuspilot.shared.Problem> mirrorProblem =
            new javafx.beans.property.SimpleObjectProperty<>();

    /** One backup in the list. */
    public record Row(BackupFile backup, String when, String reason, String size, String name) {
    }

    public BackupsViewModel(Place place, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.place = place;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        Path mirror = place.mirror();
        mirrorText.set(mirror == null ? "" : mirror.toString());
    }

    public void load() {
        tasks.run(() -> {
            Backups backups = place.backups();
            folderText.set(backups.folder().toString());
            return backups.list().stream().map(this::row).toList();
        }, rows::setAll, failure -> status.set(messages.get("backup.listFailed")));
    }

    private Row row(BackupFile b) {
        return new Row(b, FrenchFormats.DATE_TIME.format(b.takenAt()), messages.get(b.reason().messageKey()),
                messages.fileSize(b.size()), b.path().getFileName().toString());
    }

    /** « Sauvegarder maintenant ». */
    public void backupNow() {
        busy.set(true);
        status.set(messages.get("backup.running"));
        tasks.run(() -> place.backups().create(BackupFile.Reason.MANUAL), outcome -> {
            busy.set(false);
            String done = messages.get("backup.done", FrenchFormats.DATE_TIME.format(outcome.backup().takenAt()),
                    messages.fileSize(outcome.backup().size()));
            status.set(outcome.mirrorProblem() == null ? done : done + " " + messages.get(outcome.mirrorProblem()));
            load();
            dialogs.fileWrittenInFolder(messages.get("backup.done.title"), status.get(), outcome.backup().path());
        }, failure -> {
            busy.set(false);
            status.set("");
            dialogs.error(messages.get("backup.failed.title"), failure instanceof Backups.BackupException e
                    ? messages.get(e.problem()) : messages.get(Backups.writeFailure(place.backups().folder(), failure)));
        });
    }

    /** « Restaurer »: asks first, then hands the backup to the application. */
    public void restore(Row row) {
        if (row == null) {
            return;
        }
        if (place.readOnly()) {
            dialogs.error(messages.get("backup.restore.title"), messages.get("backup.restore.readOnly"));
            return;
        }
        boolean server = place.backups().ofServer();
        if (dialogs.confirm(messages.get("backup.restore.title"), messages.get(server
                ? "backup.restore.serverQuestion" : "backup.restore.question", row.when(), row.reason()),
                messages.get(server ? "backup.restore.serverAction" : "backup.restore.action"))) {
            place.restore(row.backup().path());
        }
    }

    /** Keeps the second folder typed or chosen (blank: no second copy); a folder that is not there is refused. */
    public void saveMirror() {
        mirrorProblem.set(null);
        String typed = mirrorText.get() == null ? "" : mirrorText.get().strip();
        if (typed.isEmpty()) {
            place.setMirror(null);
            status.set(messages.get("backup.mirror.none"));
            return;
        }
        Path folder = Path.of(typed);
        if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
            mirrorProblem.set(org.campuspilot.shared.Problem.of("backup.mirror.invalid", folder));
            return;
        }
        place.setMirror(folder);
        status.set(messages.get("backup.mirror.saved", folder));
    }

    public void openFolder() {
        Supplier<Path> folder = () -> place.backups().folder();
        if (!Files.isDirectory(folder.get()) || !dialogs.openWithSystem(folder.get())) {
            dialogs.info(messages.get("backup.folder.title"), messages.get("backup.folder.where", folder.get()));
        }
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty status() {
        return status;
    }

    public StringProperty mirrorText() {
        return mirrorText;
    }

    public StringProperty folderText() {
        return folderText;
    }

    public javafx.beans.property.ObjectProperty<org.campuspilot.shared.Problem> mirrorProblem() {
        return mirrorProblem;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public boolean readOnly() {
        return place.readOnly();
    }

    /** Whether the campus is a base on a server (its backups are copies of it into campus files). */
    public boolean ofServer() {
        return place.backups().ofServer();
    }
}
