package org.campuspilot.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A power cut at any moment loses at most the change in progress: a process saving companies is killed (SIGKILL, no
 * chance to clean up) again and again at random moments, for about a minute; after each kill the file passes SQLite's
 * integrity check, every company it reported committed is there with both its partnerships and its history, and no
 * half-written change is left.
 */
class CrashSafetyTest {
    private static final long RUN_MILLIS = 45_000;
    @TempDir Path dir;

    @Test
    void killedAtRandomMomentsTheFileStaysSoundAndKeepsEveryCommittedRecord() throws Exception {
        Path db = dir.resolve("crash.campuspilot");
        Database.open(db).close();
        Random random = new Random(20261122);
        Set<Long> committed = Collections.synchronizedSet(new HashSet<>());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long end = System.currentTimeMillis() + RUN_MILLIS;
        int kills = 0;
        // At least 45 s and at least 20 kills, however loaded the machine is (the count is not a timing).
        while (System.currentTimeMillis() < end || kills < 20) {
            Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    CrashWriter.class.getName(), db.toString()).redirectErrorStream(false).start();
            List<Long> reported = new ArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        synchronized (reported) {
                            reported.add(Long.parseLong(line.strip()));
                        }
                    }
                } catch (java.io.IOException | NumberFormatException e) {
                    // The process died mid-line: that record was not reported.
                }
            });
            reader.start();
            // JVM start-up takes ~400 ms: the kill lands before, during or well after the first writes.
            Thread.sleep(300 + random.nextInt(900));
            writer.destroyForcibly(); // SIGKILL on Linux and macOS
            writer.waitFor();
            reader.join();
            kills++;
            synchronized (reported) {
                committed.addAll(reported);
            }
            Database opened = Database.open(db);
            Jdbc jdbc = new Jdbc(opened);
            assertEquals(List.of("ok"), jdbc.list("PRAGMA integrity_check", rs -> rs.getString(1)), "kill " + kills);
            Set<Long> present = new HashSet<>(jdbc.list("SELECT id FROM company", rs -> rs.getLong(1)));
            assertTrue(present.containsAll(committed), "kill " + kills + ": a committed company is missing");
            assertEquals(0, jdbc.count("SELECT COUNT(*) FROM company c WHERE (SELECT COUNT(*) FROM"
                    + " company_partnership p WHERE p.company_id = c.id) <> 2"), "a half-written save");
            assertEquals(0, jdbc.count("SELECT COUNT(*) FROM company c WHERE NOT EXISTS (SELECT 1 FROM audit_entry"
                    + " e WHERE e.table_name = 'company' AND e.operation = 'INSERT' AND e.record_id = c.id)"),
                    "a company without its history");
            assertEquals(0, jdbc.count("SELECT COUNT(*) FROM change_set WHERE open = 1"), "a change set left open");
            opened.close(); // its kept connections would hold the WAL open beside the next writer
        }
        assertTrue(kills >= 20, "killed " + kills + " times");
        assertTrue(committed.size() > 100, "only " + committed.size() + " saves committed: the test proves little");
        System.out.println("CrashSafetyTest: " + kills + " kills, " + committed.size() + " committed saves checked");
    }

    /** Two processes create the same new file and save into it at once (no writer lock): SQLite's locks hold. */
    @Test
    void twoWritersAtOnceNeverCorruptTheFile() throws Exception {
        Path db = dir.resolve("two.campuspilot");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> writers = new ArrayList<>();
        List<Long> reported = Collections.synchronizedList(new ArrayList<>());
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    CrashWriter.class.getName(), db.toString()).start();
            writers.add(p);
            Thread t = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        reported.add(Long.parseLong(line.strip()));
                    }
                } catch (java.io.IOException | NumberFormatException e) {
                    // Killed mid-line.
                }
            });
            t.start();
            readers.add(t);
        }
        Thread.sleep(5000);
        List<String> gaveUp = new ArrayList<>();
        for (Process p : writers) {
            if (!p.isAlive()) {
                gaveUp.add(new String(p.getErrorStream().readNBytes(2000), StandardCharsets.UTF_8));
            }
            p.destroyForcibly();
            p.waitFor();
        }
        assertEquals(List.of(), gaveUp, "a writer failed");
        for (Thread t : readers) {
            t.join();
        }
        Jdbc jdbc = new Jdbc(Database.open(db));
        assertEquals(List.of("ok"), jdbc.list("PRAGMA integrity_check", rs -> rs.getString(1)));
        Set<Long> present = new HashSet<>(jdbc.list("SELECT id FROM company", rs -> rs.getLong(1)));
        assertTrue(present.containsAll(reported));
        assertEquals(reported.size(), new HashSet<>(reported).size(), "no id given twice");
        assertTrue(reported.size() > 50, "both wrote: " + reported.size());
    }
}
