package org.campuspilot.dashboard;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Reads a result computed ahead (at start-up): its value, or null when its computation failed. */
final class FirstResult {
    private FirstResult() {
    }

    /** The value of a finished computation, or null when it failed or was interrupted. */
    static <T> T of(Future<T> done) {
        try {
            return done.get();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Waits for the computation (off the FX thread); computes again when it failed. */
    static <T> T orElse(Future<T> computing, Callable<T> again) throws Exception {
        T value = of(computing);
        return value != null ? value : again.call();
    }
}
