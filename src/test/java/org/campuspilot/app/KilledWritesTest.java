package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.campuspilot.TestCampus;
import org.campuspilot.backup.BackupFile;
import org.campuspilot.backup.Backups;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.db.NewFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killed (SIGKILL: no chance to clean up) in the middle of writing, an import, a backup, a restore and the creation
 * of the demo campus each leave all or nothing: after each kill, every campus file opens, passes SQLite's integrity
 * check and holds either the whole result or what it held before, every backup listed is whole, and the hidden parts
 * left are removed by the next start. At least 50 kills land while a write is under way.
 */
class KilledWritesTest {
    private static final int KILLS_PER_MODE = 13;
    @TempDir Path dir;
    private final Random random = new Random(20261201);
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void killedWhileWritingEveryWriteIsAllOrNothing() throws Exception {
        int inWrite = 0;
        inWrite += imports();
        inWrite += backups();
        inWrite += restores();
        inWrite += demos();
        System.out.println("KilledWritesTest: " + inWrite + " kills during a write");
        assertTrue(inWrite >= 50, inWrite + " kills landed during a write");
    }

    private int imports() throws Exception {
        Path work = Files.createDirectories(dir.resolve("imports"));
        return loop("import", List.of(work.toString()), 900, () -> {
            for (Path f : campusFiles(work)) {
                Database db = Database.open(f);
                assertIntact(db);
                long n = new Jdbc(db).count("SELECT COUNT(*) FROM establishment");
                assertTrue(n == 0 || n == 297, f.getFileName() + " holds " + n + " establishments: a half import");
            }
        });
    }

    private int backups() throws Exception {
        Path source = dir.resolve("source.campuspilot");
        TestCampus.demo(source);
        Path folder = dir.resolve("backups");
        long companies = new Jdbc(Database.open(source)).count("SELECT COUNT(*) FROM company");
        return loop("backup", List.of(source.toString(), folder.toString()), 500, () -> {
            for (BackupFile b : new Backups(source, folder, null, Clock.systemDefaultZone()).list()) {
                assertEquals(Optional.empty(), Backups.verify(b.path()), b.path().getFileName().toString());
                assertEquals(companies, new Jdbc(Database.open(b.path(), Database.Options.DEFAULT.readOnly(true)))
                        .count("SELECT COUNT(*) FROM company"), "a whole backup");
            }
        });
    }

    private int restores() throws Exception {
        Path a = dir.resolve("a.campuspilot");
        TestCampus.demo(a);
        Path b = dir.resolve("b.campuspilot");
        TestCampus.demo(b);
        new Jdbc(Database.open(b)).update("DELETE FROM company_partnership");
        Path backupA = dir.resolve("a.sauvegarde");
        Path backupB = dir.resolve("b.sauvegarde");
        Backups.copyConsistent(a, backupA);
        Backups.copyConsistent(b, backupB);
        long partnershipsA = new Jdbc(Database.open(a)).count("SELECT COUNT(*) FROM company_partnership");
        Path target = dir.resolve("target.campuspilot");
        Files.copy(a, target);
        Path folder = dir.resolve("restore-backups");
        return loop("restore", List.of(target.toString(), backupA.toString(), backupB.toString(),
                folder.toString()), 700, () -> {
                    Database db = Database.open(target);
                    assertIntact(db);
                    long n = new Jdbc(db).count("SELECT COUNT(*) FROM company_partnership");
                    assertTrue(n == partnershipsA || n == 0, "the restored file is A or B, not a mix: " + n);
                });
    }

    private int demos() throws Exception {
        Path work = Files.createDirectories(dir.resolve("demos"));
        Path reference = dir.resolve("reference.campuspilot");
        TestCampus.demo(reference);
        long events = new Jdbc(Database.open(reference)).count("SELECT COUNT(*) FROM event");
        return loop("demo", List.of(work.toString()), 900, () -> {
            for (Path f : campusFiles(work)) {
                Database db = Database.open(f);
                assertIntact(db);
                assertEquals(events, new Jdbc(db).count("SELECT COUNT(*) FROM event"),
                        f.getFileName() + ": a campus under its name is the whole demo");
                NewFile.removeLeftovers(f);
            }
        });
    }

    /**
     * Starts the loop, kills it at a random moment once it is writing, checks, again; returns how many kills landed
     * while a write was under way (the last line said WRITING).
     */
    private int loop(String mode, List<String> args, int maxDelayMillis, Check check) throws Exception {
        int inWrite = 0;
        // Until 13 kills landed during a write (a kill between two writes counts, but not towards those 13).
        for (int kill = 1; inWrite < KILLS_PER_MODE && kill <= 2 * KILLS_PER_MODE; kill++) {
            List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                    KillLoop.class.getName(), mode));
            command.addAll(args);
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> lines = new ArrayList<>();
            Object started = new Object();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        synchronized (started) {
                            lines.add(line.strip());
                            started.notifyAll();
                        }
                    }
                } catch (java.io.IOException e) {
                    // Killed.
                }
            });
            reader.start();
            synchronized (started) {
                long deadline = System.currentTimeMillis() + 60_000;
                while (lines.isEmpty() && p.isAlive() && System.currentTimeMillis() < deadline) {
                    started.wait(100);
                }
            }
            Thread.sleep(random.nextInt(maxDelayMillis));
            p.destroyForcibly();
            p.waitFor();
            reader.join();
            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
            if (last.startsWith("WRITING")) {
                inWrite++;
            }
            try {
                check.run();
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(mode + ", kill " + kill + " (last line « " + last + " »): " + e.getMessage(),
                        e);
            }
        }
        return inWrite;
    }

    @FunctionalInterface
    private interface Check {
        void run() throws Exception;
    }

    private static void assertIntact(Database db) {
        Jdbc jdbc = new Jdbc(db);
        assertEquals(List.of("ok"), jdbc.list("PRAGMA integrity_check", rs -> rs.getString(1)));
        assertEquals(0, jdbc.count("SELECT COUNT(*) FROM change_set WHERE open = 1"), "a change set left open");
    }

    /** The campus files of a folder, under their own names (hidden parts aside). */
    private static List<Path> campusFiles(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".campuspilot")
                    && !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

}
