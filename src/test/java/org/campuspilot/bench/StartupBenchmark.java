package org.campuspilot.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.campuspilot.TestCampus;

/**
 * Launch to the first frame of the main window on the demo campus, against a bare JavaFX "hello world" launched
 * the same way (a new JVM on the same class path, same display) in the same run. Prints the medians and the ratio.
 * Under a display (DISPLAY set, e.g. xvfb-run) it uses the real GTK toolkit; otherwise Monocle headless.
 */
public final class StartupBenchmark {
    private static final int RUNS = 7;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("campus-pilot-bench");
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        String display = System.getenv("DISPLAY");
        boolean headless = display == null || display.isBlank();
        List<String> base = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dcampuspilot.exitAfterFirstFrame=true"));
        if (headless) {
            base.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        List<String> app = new ArrayList<>(base);
        app.addAll(List.of("org.campuspilot.app.Launcher", "--db", db.toString(), "--data", dir.toString()));
        List<String> hello = new ArrayList<>(base);
        hello.add(HelloWorldLauncher.class.getName());

        time(app);
        time(hello);
        List<Long> appTimes = new ArrayList<>();
        List<Long> helloTimes = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            helloTimes.add(time(hello));
            appTimes.add(time(app));
        }
        long a = median(appTimes);
        long h = median(helloTimes);
        System.out.printf("startup toolkit=%s runs=%d%n", headless ? "monocle-headless" : "gtk(" + display + ")",
                RUNS);
        System.out.printf("startup hello-world first frame: median %d ms %s%n", h, helloTimes);
        System.out.printf("startup campus-pilot first frame (demo campus): median %d ms %s%n", a, appTimes);
        System.out.printf("startup ratio campus-pilot / hello-world: %.2f (target <= 1.50)%n", (double) a / h);
    }

    /** Milliseconds from starting the JVM to the FIRST_FRAME line. */
    static long time(List<String> command) throws Exception {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
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

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
