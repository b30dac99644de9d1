package org.campuspilot.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database and file work off the FX thread and hands its result back on the FX thread. View models take one
 * by injection; tests use {@link #synchronous()}.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the FX thread. Success
     * callbacks only assign results.
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs {@code update} on the FX thread, soon: how background work reports its progress. The synchronous runner
     * runs it at once.
     */
    default void onFx(Runnable update) {
        update.run();
    }

    /** A runner that does everything at once on the calling thread, for tests without a toolkit. */
    static TaskRunner synchronous() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
