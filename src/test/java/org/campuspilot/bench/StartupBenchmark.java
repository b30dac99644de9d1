package org.campuspilot.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.campuspilot.TestCampus;
import org.campuspilot.app.FirstFrame;

/**
 * Launch of the main window on the demo campus, against a bare JavaFX "hello world" launched the same way (a new JVM
 * on the same class path, same display) in the same run, runs interleaved: launch to the first frame, and launch to
 * the first frame that shows the tableau de bord's figures (issue 23's two start-up rows). Prints the medians and the
 * ratios. Under a display (DISPLAY set, e.g. xvfb-run) it uses the real GTK toolkit; otherwise Monocle headless.
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

        Runs runs = Runs.interleaved(hello, app, Map.of(), RUNS);
        System.out.printf("startup toolkit=%s runs=%d%n", headless ? "monocle-headless" : "gtk(" + display + ")",
                RUNS);
        runs.print("startup", "campus-pilot (demo campus)");
    }

    /** The times of runs of the hello world and of the application, interleaved, in milliseconds. */
    record Runs(List<Long> hello, List<Long> firstFrame, List<Long> figures) {
        static Runs interleaved(List<String> hello, List<String> app, Map<String, String> env, int runs)
                throws Exception {
            time(hello, env, FirstFrame.FIRST_FRAME);
            time(app, env, FirstFrame.FIRST_FRAME, FirstFrame.FIGURES_SHOWN);
            Runs r = new Runs(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (int i = 0; i < runs; i++) {
                r.hello.add(time(hello, env, FirstFrame.FIRST_FRAME)[0]);
                long[] a = time(app, env, FirstFrame.FIRST_FRAME, FirstFrame.FIGURES_SHOWN);
                r.firstFrame.add(a[0]);
                r.figures.add(a[1]);
            }
            return r;
        }

        void print(String prefix, String what) {
            long h = median(hello);
            long f = median(firstFrame);
            long s = median(figures);
            System.out.printf("%s hello-world first frame: median %d ms %s%n", prefix, h, hello);
            System.out.printf("%s %s first frame: median %d ms %s%n", prefix, what, f, firstFrame);
            System.out.printf("%s %s figures shown: median %d ms %s%n", prefix, what, s, figures);
            System.out.printf("%s ratio first frame / hello-world: %.2f%n", prefix, (double) f / h);
            System.out.printf("%s ratio figures shown / hello-world: %.2f%n", prefix, (double) s / h);
        }
    }

    /**
     * Milliseconds from starting the process to each of the {@code markers} lines it prints (in any order; the
     * application prints both at the same frame when its first frame holds the figures).
     */
    static long[] time(List<String> command, Map<String, String> env, String... markers) throws Exception {
        long start = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        long[] at = new long[markers.length];
        Arrays.fill(at, -1);
        int seen = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            StringBuilder output = new StringBuilder();
            while ((line = r.readLine()) != null) {
                int i = Arrays.asList(markers).indexOf(line.trim());
                if (i >= 0 && at[i] < 0) {
                    at[i] = (System.nanoTime() - start) / 1_000_000;
                    if (++seen == markers.length) {
                        p.waitFor();
                        return at;
                    }
                }
                output.append(line).append('\n');
            }
            throw new IllegalStateException("No " + String.join(" and ", markers) + " from " + command + ":\n"
                    + output);
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
