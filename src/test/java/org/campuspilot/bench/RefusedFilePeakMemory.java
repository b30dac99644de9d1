package org.campuspilot.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.campuspilot.TestCampus;

/**
 * The peak resident memory of the command line importing each hostile file (issue 20): every file of
 * {@code importing/hostile/}, and the 3 GiB bombs (XLSX and ODS, declared and lying) that {@code make_bombs.py --big}
 * makes in a temporary folder,
 * each imported as its name says ({@code companies-…}, {@code annuaire-…}, {@code expenses-…}) by a new JVM launched
 * as a user launches the command line ({@code java -cp … org.campuspilot.app.Launcher --data DIR import KIND FILE
 * --db CAMPUS}, the default heap), into a copy of the demo campus. Beside them, in the same run, the baseline: the same
 * command importing the small valid {@code corpus/companies.csv}. Peak = VmHWM, through {@code /usr/bin/time} where
 * it exists, else by polling {@code /proc/PID/status}; each file three times, the highest counts (the baseline: the
 * median). Prints file | exit | peak MiB | ratio to the baseline | wall time of that run, the maximum over the
 * refused files, and whether every refused file stayed under 500 MB.
 */
public final class RefusedFilePeakMemory {
    private static final Path RESOURCES = Path.of("src/test/resources/org/campuspilot/importing");
    private static final Path HOSTILE = RESOURCES.resolve("hostile");
    private static final int RUNS = 3;
    private static final double LIMIT_MB = 500;
    private static final Path TIME = Path.of("/usr/bin/time");

    private RefusedFilePeakMemory() {
    }

    private record Peak(int exit, long kib, double seconds) {
        double mib() {
            return kib / 1024.0;
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("refused-file-peak");
        Path campus = dir.resolve("demo.campuspilot");
        TestCampus.demo(campus);
        List<Path> files;
        try (Stream<Path> listed = Files.list(HOSTILE)) {
            files = new ArrayList<>(listed.filter(f -> !f.getFileName().toString().matches("README\\.md|.*\\.py"))
                    .sorted().toList());
        }
        files.addAll(bigBombs(dir.resolve("big")));
        files.addAll(tenMillionCells(dir.resolve("huge")));

        List<Long> baselines = new ArrayList<>();
        int baselineExit = 0;
        for (int i = 0; i < RUNS; i++) {
            Peak p = peak(dir, campus, "companies", RESOURCES.resolve("corpus/companies.csv"));
            baselines.add(p.kib());
            baselineExit = p.exit();
        }
        Collections.sort(baselines);
        double baseline = baselines.get(RUNS / 2) / 1024.0;
        System.out.printf(Locale.ROOT, "Refused files' peak memory (VmHWM, %s, default heap, %d runs each, highest)%n",
                Files.isExecutable(TIME) ? "/usr/bin/time" : "polled /proc", RUNS);
        System.out.printf(Locale.ROOT, "  baseline corpus/companies.csv (valid, imported): exit %d, %.0f MiB (median)%n",
                baselineExit, baseline);
        System.out.printf(Locale.ROOT, "  %-48s | %4s | %8s | %6s | %s%n", "file", "exit", "peak MiB", "ratio",
                "wall s");
        double maxRefused = 0;
        String worst = "";
        boolean allUnder = true;
        for (Path file : files) {
            Peak highest = null;
            for (int i = 0; i < RUNS; i++) {
                Peak p = peak(dir, campus, kind(file), file);
                highest = highest == null || p.kib() > highest.kib() ? p : highest;
            }
            String name = file.getFileName() + (file.startsWith(HOSTILE) ? "" : " (generated)");
            System.out.printf(Locale.ROOT, "  %-48s | %4d | %8.0f | %5.2f× | %.1f%n", name, highest.exit(),
                    highest.mib(), highest.mib() / baseline, highest.seconds());
            if (highest.exit() != 0) {
                allUnder &= highest.kib() * 1024.0 < LIMIT_MB * 1e6;
                if (highest.mib() > maxRefused) {
                    maxRefused = highest.mib();
                    worst = file.getFileName().toString();
                }
            }
        }
        System.out.printf(Locale.ROOT, "  maximum over the refused files: %.0f MiB (%s), %.2f× the baseline%n",
                maxRefused, worst, maxRefused / baseline);
        System.out.printf("  every refused file under %.0f MB: %s%n", LIMIT_MB, allUnder ? "yes" : "NO");
        try (Stream<Path> left = Files.walk(dir)) {
            for (Path f : left.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /** The 3 GiB bombs, made by the committed generator; none when python3 is missing (said so). */
    private static List<Path> bigBombs(Path out) throws Exception {
        Process p = new ProcessBuilder("python3", HOSTILE.resolve("make_bombs.py").toString(), "--out",
                out.toString(), "--big").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (p.waitFor() != 0) {
            System.out.println("  (python3 make_bombs.py --big failed: the 3 GiB bombs are left out)");
            return List.of();
        }
        try (Stream<Path> listed = Files.list(out)) {
            return listed.sorted().toList();
        }
    }

    /**
     * A cell of ten million letters at random (not a run of one letter, which the archive guard refuses before any
     * parser): in an annuaire CSV, a companies CSV and a contacts XLSX, as HostileFilesTest writes them.
     */
    private static List<Path> tenMillionCells(Path out) throws Exception {
        Files.createDirectories(out);
        java.util.Random random = new java.util.Random(20);
        char[] letters = new char[10_000_000];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (char) ('a' + random.nextInt(26));
        }
        String huge = new String(letters);
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        Path annuaire = out.resolve("annuaire-ten-million-cell.csv");
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/annuaire/annuaire-sample.csv"), utf8);
        String[] cells = lines.get(2).split(";", -1);
        cells[1] = huge;
        Files.writeString(annuaire, String.join("\r\n", lines.get(0), lines.get(1), String.join(";", cells),
                lines.get(3)) + "\r\n", utf8);
        Path companies = out.resolve("companies-ten-million-cell.csv");
        Files.writeString(companies, "SIRET;Raison sociale;Notes\r\n21350016800025;Atelier Baulon;\r\n"
                + "21350050700024;Cardroc Robotique;\"" + huge + "\"\r\n", utf8);
        Path contacts = out.resolve("contacts-ten-million-cell.xlsx");
        try (java.io.OutputStream o = Files.newOutputStream(contacts);
                org.dhatim.fastexcel.Workbook book = new org.dhatim.fastexcel.Workbook(o, "bench", "1.0")) {
            org.dhatim.fastexcel.Worksheet sheet = book.newWorksheet("Feuil1");
            sheet.value(0, 0, "Prénom");
            sheet.value(0, 1, "Nom");
            sheet.value(1, 0, "Anne");
            sheet.value(1, 1, huge);
        }
        return List.of(annuaire, companies, contacts);
    }

    private static String kind(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.indexOf('-'));
    }

    /** One import in a new JVM, into a fresh copy of the campus. */
    private static Peak peak(Path dir, Path campus, String kind, Path file) throws Exception {
        Path db = dir.resolve("campus-" + System.nanoTime() + ".campuspilot");
        Files.copy(campus, db);
        List<String> command = new ArrayList<>();
        Path report = dir.resolve("time.txt");
        boolean time = Files.isExecutable(TIME);
        if (time) {
            command.addAll(List.of(TIME.toString(), "-f", "%M", "-o", report.toString()));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                Processes.applicationClassPath(), "org.campuspilot.app.Launcher", "--data", dir.resolve("data").toString(),
                "import", kind, file.toString(), "--db", db.toString()));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long polled = 0;
        while (p.isAlive()) {
            polled = Math.max(polled, time ? 0 : Processes.vmHwm(p.pid()));
            Thread.sleep(time ? 20 : 5);
        }
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        long kib = time ? Long.parseLong(Files.readAllLines(report, StandardCharsets.UTF_8).stream()
                .filter(l -> l.matches("\\d+")).findFirst().orElseThrow()) : polled;
        return new Peak(exit, kib, seconds);
    }


}
