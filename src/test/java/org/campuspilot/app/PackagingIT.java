package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Linux app-image builds from the packaged jar with jlink and jpackage, and its launcher answers {@code --version}
 * and runs a headless command; skipped where jpackage (or Linux) is missing.
 */
class PackagingIT {

    @Test
    void theAppImageBuildsAndItsLauncherAnswers() throws Exception {
        Path jpackage = Path.of(System.getProperty("java.home"), "bin", "jpackage");
        Assumptions.assumeTrue(Files.isExecutable(jpackage), "jpackage is missing: no native package here");
        Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "Linux build only");
        Path out = Path.of("target", "dist-check").toAbsolutePath();
        String version = System.getProperty("project.version", Version.current());
        ProcessBuilder build = new ProcessBuilder("bash", "packaging/linux/build.sh", version, "--no-deb")
                .redirectErrorStream(true).redirectOutput(Path.of("target", "dist-check.log").toFile());
        build.environment().put("DIST_DIR", out.toString());
        build.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":"
                + System.getenv("PATH"));
        Process p = build.start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the build took too long");
        assertEquals(0, p.exitValue(), Files.readString(Path.of("target", "dist-check.log")));

        Path launcher = out.resolve("campus-pilot/bin/campus-pilot");
        Process v = new ProcessBuilder(launcher.toString(), "--version").redirectErrorStream(true).start();
        String answer = new String(v.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, v.waitFor());
        assertEquals("Campus Pilot " + version, answer.strip(), "no warning, just the version");

        Process naf = new ProcessBuilder(launcher.toString(), "validate", "naf", "2910z", "--nomenclature", "rev2")
                .redirectErrorStream(true).start();
        String said = new String(naf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, naf.waitFor());
        assertTrue(said.contains("NAF 29.10Z (NAF rév. 2) valide."), "French from the bundled runtime: " + said);
        // The documents need the bundled runtime's modules (AWT colours for OpenPDF, XML for SODS) and our fonts.
        Path db = out.resolve("demo.campuspilot");
        Path pdf = out.resolve("budget.pdf");
        for (String[] command : new String[][] {{"demo", "--db", db.toString()},
            {"export", "budget", "--db", db.toString(), "--year", "2026", "--format", "pdf", "--out", pdf.toString()},
            {"export", "cerfa-15059", "--db", db.toString(), "--grant", "2", "--format", "ods", "--out",
                out.resolve("cr.ods").toString()}}) {
            java.util.List<String> line = new java.util.ArrayList<>(java.util.List.of(launcher.toString()));
            line.addAll(java.util.List.of(command));
            Process run = new ProcessBuilder(line).redirectErrorStream(true).start();
            String text = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, run.waitFor(), String.join(" ", command) + ": " + text);
        }
        assertTrue(Files.size(pdf) > 10_000, "the PDF embeds its fonts");
        assertTrue(Files.exists(out.resolve("campus-pilot/lib/runtime/lib/libglass.so")),
                "JavaFX's native libraries are in the runtime, not unpacked into the user's home");
    }
}
