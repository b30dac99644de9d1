package org.campuspilot.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;

/**
 * The application's {@link TaskRunner}: a {@link Task} on an app-owned pool of named daemon threads. One worker,
 * so that writes reach the database in the order the user made them.
 */
public final class FxTaskRunner implements TaskRunner {
    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService executor;
    private final AtomicInteger running = new AtomicInteger();

    public FxTaskRunner() {
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "campus-pilot-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        running.incrementAndGet();
        task.setOnSucceeded(e -> {
            running.decrementAndGet();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.decrementAndGet();
            FailureLog.log(LOG, Level.WARNING, "Background work failed", task.getException());
            onFailure.accept(task.getException());
        });
        executor.execute(task);
    }

    @Override
    public void onFx(Runnable update) {
        javafx.application.Platform.runLater(update);
    }

    /** True while some work has not yet handed its result back: tests wait on it. */
    public boolean isBusy() {
        return running.get() > 0;
    }
}
