package org.campuspilot.history;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.ui.DialogService;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.TaskRunner;

/**
 * The history's size under the history screen, and « Alléger l'historique… »: the director chooses how many years
 * to keep, is told what goes (and that money's history stays), confirms, and a backup is made first. Never silent.
 */
public final class CompactionViewModel {
    /** The choices offered, in years kept. */
    static final List<Integer> YEARS = List.of(1, 2, 3, 5);

    private final HistoryCompaction compaction;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final Runnable backupFirst;
    private final StringProperty size = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final boolean readOnly;
    private Runnable onCompacted = () -> {
    };

    /**
     * @param backupFirst makes a backup of the file (run in the background before anything is removed)
     */
    public CompactionViewModel(HistoryCompaction compaction, TaskRunner tasks, DialogService dialogs,
            Messages messages, Clock clock, Runnable backupFirst, boolean readOnly) {
        this.compaction = compaction;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.backupFirst = backupFirst;
        this.readOnly = readOnly;
    }

    /** Reads the history's size in the background. */
    public void load() {
        tasks.run(compaction::size, s -> size.set(describe(s)), failure -> size.set(""));
    }

    String describe(HistoryCompaction.Size s) {
        if (s.fileBytes() < 0) {
            return s.entries() == 0 ? messages.get("history.size.serverEmpty") : messages.get("history.size.server",
                    FrenchFormats.integer(s.entries()), FrenchFormats.date(s.oldest()), megabytes(s.valueBytes()));
        }
        if (s.entries() == 0) {
            return messages.get("history.size.empty", megabytes(s.fileBytes()));
        }
        return messages.get("history.size.text", FrenchFormats.integer(s.entries()), FrenchFormats.date(s.oldest()),
                megabytes(s.valueBytes()), megabytes(s.fileBytes()));
    }

    private String megabytes(long bytes) {
        return messages.fileSize(bytes);
    }

    /** Asks how many years to keep, says what goes, confirms, backs up, compacts, and says what it did. */
    public void compact() {
        if (readOnly || busy.get()) {
            return;
        }
        List<String> options = new java.util.ArrayList<>();
        for (int y : YEARS) {
            options.add(messages.get("history.compact.keep", y));
        }
        options.add(messages.get("common.button.cancel"));
        int chosen = dialogs.choose(messages.get("history.compact.title"), messages.get("history.compact.ask"),
                options);
        if (chosen < 0 || chosen >= YEARS.size()) {
            return;
        }
        LocalDate before = compaction.cutOff(YEARS.get(chosen), LocalDate.now(clock));
        busy.set(true);
        tasks.run(() -> compaction.preview(before), preview -> {
            busy.set(false);
            String day = FrenchFormats.date(before);
            if (preview.entries() == 0) {
                dialogs.info(messages.get("history.compact.title"), messages.get("history.compact.nothing", day));
                return;
            }
            if (!dialogs.confirm(messages.get("history.compact.title"), messages.get("history.compact.confirm",
                    FrenchFormats.integer(preview.entries()), day), messages.get("history.compact.button"))) {
                return;
            }
            busy.set(true);
            tasks.run(() -> {
                backupFirst.run();
                HistoryCompaction.Outcome done = compaction.compact(before);
                return new Object[] {done, compaction.size()};
            }, result -> {
                busy.set(false);
                HistoryCompaction.Size now = (HistoryCompaction.Size) result[1];
                size.set(describe(now));
                onCompacted.run();
                dialogs.info(messages.get("history.compact.title"), messages.get("history.compact.done",
                        FrenchFormats.integer(((HistoryCompaction.Outcome) result[0]).entries()), day, megabytes(now.fileBytes())));
            }, this::failed);
        }, this::failed);
    }

    /** Nothing was removed (the transaction rolled back): said in one sentence. */
    private void failed(Throwable failure) {
        busy.set(false);
        dialogs.error(messages.get("history.compact.title"), messages.get("history.compact.failed"));
    }

    /** Called on the FX thread once entries were removed (the history list reads them again). */
    public void setOnCompacted(Runnable action) {
        this.onCompacted = action;
    }

    public StringProperty size() {
        return size;
    }

    /** True when compaction is not offered: the file is open read-only, or the campus is on a server. */
    public boolean readOnly() {
        return readOnly;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
