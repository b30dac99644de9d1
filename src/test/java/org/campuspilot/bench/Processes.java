package org.campuspilot.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** What the benchmarks that run whole commands share: the user's class path and a process's peak memory. */
final class Processes {
    private Processes() {
    }

    /** The class path a user's command line has: the application's classes and libraries, not the tests'. */
    static String applicationClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes")).reduce((a, b) -> a + File.pathSeparator + b)
                .orElseThrow();
    }

    /** The process's peak resident memory so far (VmHWM), in KiB; 0 once it has ended. */
    static long vmHwm(long pid) {
        return status(String.valueOf(pid), "VmHWM").orElse(0);
    }

    /** A figure of {@code /proc/PID/status} in KiB ({@code pid} may be {@code self}); empty once the process ended. */
    static OptionalLong status(String pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith(field + ":")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process has just ended.
        }
        return OptionalLong.empty();
    }
}
