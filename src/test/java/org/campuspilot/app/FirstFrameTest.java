package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.campuspilot.TestCampus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the start-up benchmark reads, from a real window started by {@code main()} in another JVM (Monocle headless):
 * the first frame, then the frame that shows the tableau de bord's figures, and the end of the run; on a new file, the
 * welcome ends the run without figures. No time is measured here.
 */
class FirstFrameTest {
    @TempDir Path dir;

    private List<String> run(Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("window.log");
        Process window = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dcampuspilot.exitAfterFirstFrame=true",
                "-Dcampuspilot.startupTrace=true", "org.campuspilot.app.Launcher", "--db", db.toString(),
                "--data", dir.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertTrue(window.waitFor(120, TimeUnit.SECONDS), "the run ended by itself");
        } finally {
            window.destroyForcibly();
        }
        return Files.readAllLines(log);
    }

    @Test
    void onACampusTheRunEndsOnceTheFiguresAreShownAndTheLockIsReleased() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        List<String> lines = run(db);
        assertTrue(lines.contains(FirstFrame.FIRST_FRAME), String.join("\n", lines));
        assertTrue(lines.contains(FirstFrame.FIGURES_SHOWN), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("dashboard figures computed")
                && l.contains("[campus-pilot-start]")), "computed by main()'s start thread:\n" + lines);
        var lock = org.campuspilot.db.WriterLock.tryAcquire(db);
        assertTrue(lock.isPresent(), "the lock was released");
        lock.get().close();
    }

    @Test
    void onANewFileTheWelcomeEndsTheRunWithoutFigures() throws Exception {
        List<String> lines = run(dir.resolve("new.campuspilot"));
        assertTrue(lines.contains(FirstFrame.FIRST_FRAME), String.join("\n", lines));
        assertFalse(lines.contains(FirstFrame.FIGURES_SHOWN), String.join("\n", lines));
        assertEquals(1, lines.stream().filter(l -> l.contains("welcome in the scene")).count(), lines.toString());
    }
}
