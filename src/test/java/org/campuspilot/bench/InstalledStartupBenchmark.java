package org.campuspilot.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campuspilot.TestCampus;

/**
 * Launch to the first frame of the installed application (the jpackage app-image built by {@code mvn package -Pdist})
 * on the demo campus, against a bare JavaFX hello world run by the same bundled runtime, in the same run; with and
 * without the application's class-data-sharing archive. Prints the medians and the ratios.
 * Usage: {@code InstalledStartupBenchmark target/dist/campus-pilot} (under a display, e.g. xvfb-run).
 */
public final class InstalledStartupBenchmark {
    private static final int RUNS = 7;

    private InstalledStartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path app = Path.of(args.length > 0 ? args[0] : "target/dist/campus-pilot").toAbsolutePath();
        Path cfg = app.resolve("lib/app/campus-pilot.cfg");
        String withCds = Files.readString(cfg);
        String withoutCds = withCds.lines().filter(l -> !l.contains("SharedArchiveFile"))
                .reduce("", (a, b) -> a + b + "\n");
        Path dir = Files.createTempDirectory("campus-pilot-bench");
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        List<String> launcher = List.of(app.resolve("bin/campus-pilot").toString(), "--db", db.toString(), "--data",
                dir.toString());
        List<String> hello = List.of(app.resolve("lib/runtime/bin/java").toString(), "-Xshare:auto", "-cp",
                Path.of("target/test-classes").toAbsolutePath() + ":" + Path.of("target/classes").toAbsolutePath(),
                HelloWorldLauncher.class.getName());
        Map<String, String> env = Map.of("JAVA_TOOL_OPTIONS", "-Dcampuspilot.exitAfterFirstFrame=true");
        List<Long> helloTimes = new ArrayList<>();
        List<Long> cdsTimes = new ArrayList<>();
        List<Long> plainTimes = new ArrayList<>();
        try {
            time(hello, env);
            time(launcher, env);
            for (int i = 0; i < RUNS; i++) {
                helloTimes.add(time(hello, env));
                Files.writeString(cfg, withCds);
                cdsTimes.add(time(launcher, env));
                Files.writeString(cfg, withoutCds);
                plainTimes.add(time(launcher, env));
            }
        } finally {
            Files.writeString(cfg, withCds);
        }
        long h = StartupBenchmark.median(helloTimes);
        long c = StartupBenchmark.median(cdsTimes);
        long p = StartupBenchmark.median(plainTimes);
        System.out.printf("installed startup display=%s runs=%d%n", System.getenv("DISPLAY"), RUNS);
        System.out.printf("installed hello-world (bundled runtime): median %d ms %s%n", h, helloTimes);
        System.out.printf("installed campus-pilot without AppCDS: median %d ms %s%n", p, plainTimes);
        System.out.printf("installed campus-pilot with AppCDS: median %d ms %s%n", c, cdsTimes);
        System.out.printf("installed ratio without AppCDS: %.2f; with AppCDS: %.2f (target <= 1.50)%n",
                (double) p / h, (double) c / h);
    }

    static long time(List<String> command, Map<String, String> env) throws Exception {
        long start = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = r.readLine()) != null) {
                if (line.equals("FIRST_FRAME")) {
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    p.waitFor();
                    return ms;
                }
                seen.append(line).append('\n');
            }
            throw new IllegalStateException("No first frame from " + command + ":\n" + seen);
        } finally {
            p.destroy();
        }
    }
}
