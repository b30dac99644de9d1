package org.campuspilot.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Runs work on the JavaFX thread from a benchmark's thread and waits for it, its failure thrown here. */
final class FxThread {
    /** Work for the FX thread that may throw. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private FxThread() {
    }

    /** Runs {@code work} on the FX thread; fails when it threw or did not end within {@code seconds}. */
    static void run(Work work, int seconds) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        Platform.runLater(() -> {
            try {
                work.run();
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                done.countDown();
            }
        });
        if (!done.await(seconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("FX thread did not answer");
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
    }
}
