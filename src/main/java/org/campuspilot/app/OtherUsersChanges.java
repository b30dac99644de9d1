package org.campuspilot.app;

import org.campuspilot.db.Database;
import org.campuspilot.ui.TaskRunner;

/**
 * Tells the window shown, on the FX thread, that another user changed the open campus on its server (decision
 * 0042): one listener per open database, moved to the next one opened. A file has none (one writer at a time).
 */
final class OtherUsersChanges {
    private final TaskRunner tasks;
    private Database followed;
    /** Read on the FX thread only. */
    private Runnable then = () -> {
    };
    private final Runnable heard;

    OtherUsersChanges(TaskRunner tasks) {
        this.tasks = tasks;
        this.heard = () -> this.tasks.onFx(() -> then.run());
    }

    /** From now on, a change another user commits to {@code database} runs {@code onFx} on the FX thread. */
    void follow(Database database, Runnable onFx) {
        then = onFx;
        if (followed != database) {
            if (followed != null) {
                followed.removeExternalChangeListener(heard);
            }
            database.addExternalChangeListener(heard);
            followed = database;
        }
    }
}
