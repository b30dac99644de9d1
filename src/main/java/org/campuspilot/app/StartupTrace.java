package org.campuspilot.app;

/**
 * Under {@code -Dcampuspilot.startupTrace=true}: one line on standard error at each step of the start-up, with the
 * milliseconds since the process started and the thread, to see where the time goes (decision 0028). Off, it costs
 * a boolean test.
 */
final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("campuspilot.startupTrace");
    private static final long STARTED = ON ? ProcessHandle.current().info().startInstant()
            .map(java.time.Instant::toEpochMilli).orElse(System.currentTimeMillis()) : 0;

    private StartupTrace() {
    }

    static void mark(String step) {
        if (ON) {
            System.err.printf("startup %5d ms  %-28s [%s]%n", System.currentTimeMillis() - STARTED, step,
                    Thread.currentThread().getName());
        }
    }
}
