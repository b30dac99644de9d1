package org.campuspilot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campuspilot.TestCampus;
import org.campuspilot.app.FirstFrame;

/**
 * Launch of the installed application (the {@code .deb} in {@code /opt/campus-pilot}, or the jpackage app-image built
 * by {@code mvn package -Pdist}) on the demo campus, against a bare JavaFX hello world run by the same bundled runtime,
 * in the same run, runs interleaved; the application with and without its class-data-sharing archive. Prints the
 * medians and the ratios of both start-up rows: the first frame, and the frame that shows the tableau de bord's
 * figures. Usage: {@code InstalledStartupBenchmark target/dist/campus-pilot} (under a display, e.g. xvfb-run).
 */
public final class InstalledStartupBenchmark {
    private static final int RUNS = 7;

    private InstalledStartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path app = Path.of(args.length > 0 ? args[0] : "target/dist/campus-pilot").toAbsolutePath();
        Path cfg = app.resolve("lib/app/campus-pilot.cfg");
        String withCds = Files.readString(cfg);
        if (!withCds.contains("SharedArchiveFile")) {
            System.out.println("installed: no AppCDS archive in " + cfg + " (the rows with AppCDS equal those without)");
        }
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
        StartupBenchmark.Runs cds = new StartupBenchmark.Runs(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        StartupBenchmark.Runs plain = new StartupBenchmark.Runs(cds.hello(), new ArrayList<>(), new ArrayList<>());
        try {
            StartupBenchmark.time(hello, env, FirstFrame.FIRST_FRAME);
            StartupBenchmark.time(launcher, env, FirstFrame.FIRST_FRAME, FirstFrame.FIGURES_SHOWN);
            for (int i = 0; i < RUNS; i++) {
                cds.hello().add(StartupBenchmark.time(hello, env, FirstFrame.FIRST_FRAME)[0]);
                Files.writeString(cfg, withCds);
                long[] c = StartupBenchmark.time(launcher, env, FirstFrame.FIRST_FRAME, FirstFrame.FIGURES_SHOWN);
                cds.firstFrame().add(c[0]);
                cds.figures().add(c[1]);
                Files.writeString(cfg, withoutCds);
                long[] p = StartupBenchmark.time(launcher, env, FirstFrame.FIRST_FRAME, FirstFrame.FIGURES_SHOWN);
                plain.firstFrame().add(p[0]);
                plain.figures().add(p[1]);
            }
        } finally {
            Files.writeString(cfg, withCds);
        }
        System.out.printf("installed startup app=%s display=%s runs=%d%n", app, System.getenv("DISPLAY"), RUNS);
        cds.print("installed", "campus-pilot with AppCDS");
        plain.print("installed", "campus-pilot without AppCDS");
    }
}
