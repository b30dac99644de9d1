package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.campuspilot.TestCampus;
import org.campuspilot.db.WriterLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The system ends the window (SIGTERM, as at logout or shutdown) instead of the user closing it: the backup on
 * closing is made all the same and the file's lock released. A real window in another JVM (Monocle headless).
 */
class SystemExitBackupTest {
    @TempDir Path dir;

    @Test
    void aWindowEndedBySigtermBacksUpItsChangedFile() throws Exception {
        Path db = dir.resolve("campus.campuspilot");
        TestCampus.demo(db); // never backed up: changed since its last backup
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process window = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dcampuspilot.announceFirstFrame=true", "org.campuspilot.app.Launcher", "--db", db.toString(),
                "--data", dir.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("window.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!Files.readString(dir.resolve("window.log")).contains("FIRST_FRAME")) {
                assertTrue(window.isAlive(), "the window runs: " + Files.readString(dir.resolve("window.log")));
                assertTrue(System.nanoTime() < deadline, "the window showed its first frame");
                Thread.sleep(100);
            }
            assertEquals(List.of(), backups(), "no backup while the window runs");
            window.destroy(); // SIGTERM
            assertTrue(window.waitFor(60, TimeUnit.SECONDS), "the window ended");
        } finally {
            window.destroyForcibly();
        }
        List<Path> made = backups();
        assertEquals(1, made.size(), "one backup on the way out: " + made + "\n" + Files.readString(
                dir.resolve("window.log")));
        assertTrue(made.get(0).getFileName().toString().endsWith("_auto.sauvegarde"), made.toString());
        Optional<WriterLock> lock = WriterLock.tryAcquire(db);
        assertTrue(lock.isPresent(), "the lock was released");
        lock.get().close();
    }

    private List<Path> backups() throws Exception {
        Path folder = dir.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".sauvegarde")).toList();
        }
    }
}
