package org.campuspilot.ui;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * Writes a file the user chose in the background, then says where it is, or why it could not be written: the one
 * way every export of the application ends (iCalendar, personal data, the grant's documents).
 */
public final class FileExport {

    /** Writes the file; any failure is explained to the user, never shown as a stack trace. */
    public interface Writer {
        void write(Path target) throws Exception;
    }

    private FileExport() {
    }

    /**
     * @param title the title of the dialog that reports the outcome
     * @param done the sentence once the file is written
     * @param failed the sentence when it could not be written (a campus file or a backup is never replaced: that
     *     refusal has its own sentence)
     */
    public static void write(TaskRunner tasks, DialogService dialogs, Messages messages, String title, Path target,
            Writer writer, Function<Path, String> done, Function<Path, String> failed) {
        write(tasks, dialogs, messages, title, target, writer, done, failed, () -> {
        });
    }

    /** The same, running {@code finished} on the FX thread once the file is written or has failed. */
    public static void write(TaskRunner tasks, DialogService dialogs, Messages messages, String title, Path target,
            Writer writer, Function<Path, String> done, Function<Path, String> failed, Runnable finished) {
        tasks.run(() -> {
            writer.write(target);
            return target;
        }, path -> {
            finished.run();
            dialogs.fileWritten(title, done.apply(path), path);
        }, failure -> {
            finished.run();
            dialogs.error(title, org.campuspilot.document.DocumentFiles.DatabaseFileRefused.isCauseOf(failure)
                    ? messages.get("document.write.database", target) : failed.apply(target));
        });
    }
}
