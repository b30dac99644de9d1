package org.campuspilot.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.document.CsvProfile;
import org.campuspilot.report.ListKind;
import org.campuspilot.report.ReportDocuments;
import org.campuspilot.ui.Messages;

/**
 * {@code export csv actions} on the ten-year campus ({@link TenYearCampus}, 50,000 actions) against
 * {@code sqlite3 -csv} writing the same rows (the same columns, joined and summed by SQLite), in the same run (target
 * ≤ 5×). Both as a user runs them: each run a new process ({@code java -cp … org.campuspilot.app.Launcher export csv
 * actions --profile excel-fr --db F --out X}, the default heap, the application's class path; {@code sqlite3 -csv F
 * "SELECT …"} into a file), medians of {@value #RUNS} runs; the command's peak resident memory (VmHWM, through
 * {@code /usr/bin/time} where it exists, else by polling {@code /proc/PID/status}), the highest of the runs. Then the
 * same export in this JVM (warm, the file written as the command writes it) against the same sqlite3 median.
 */
public final class CsvExportBenchmark {
    private static final int RUNS = 7;
    private static final Path TIME = Path.of("/usr/bin/time");

    /**
     * The rows the export writes, as SQLite writes them: each action with its levels, partners and counts (the
     * hours delivered are the hours per beneficiary times the beneficiaries, else the total hours).
     */
    static final String SQL = """
            WITH b AS (
                SELECT action_id,
                    SUM(CASE WHEN category IN ('ELEVES', 'APPRENTIS', 'ETUDIANTS', 'STAGIAIRES_FC', 'ENSEIGNANTS')
                        THEN actual ELSE 0 END) AS total,
                    SUM(CASE WHEN category = 'ELEVES' THEN actual ELSE 0 END) AS eleves,
                    SUM(CASE WHEN category = 'APPRENTIS' THEN actual ELSE 0 END) AS apprentis,
                    SUM(CASE WHEN category = 'ETUDIANTS' THEN actual ELSE 0 END) AS etudiants,
                    SUM(CASE WHEN category = 'STAGIAIRES_FC' THEN actual ELSE 0 END) AS stagiaires,
                    SUM(CASE WHEN category = 'ENSEIGNANTS' THEN actual ELSE 0 END) AS enseignants,
                    SUM(CASE WHEN category = 'FEMMES' THEN actual ELSE 0 END) AS femmes,
                    SUM(CASE WHEN category = 'HOMMES' THEN actual ELSE 0 END) AS hommes
                FROM action_beneficiary GROUP BY action_id)
            SELECT a.title, a.type, a.school_year || '-' || (a.school_year + 1),
                (SELECT group_concat(level, ', ') FROM action_level l WHERE l.action_id = a.id),
                strftime('%d/%m/%Y', a.start_date), strftime('%d/%m/%Y', a.end_date), a.status,
                (SELECT group_concat(e.name, ', ') FROM action_establishment ae
                    JOIN establishment e ON e.id = ae.establishment_id WHERE ae.action_id = a.id),
                (SELECT group_concat(c.name, ', ') FROM action_company ac
                    JOIN company c ON c.id = ac.company_id WHERE ac.action_id = a.id),
                IFNULL(b.total, 0), IFNULL(b.eleves, 0), IFNULL(b.apprentis, 0), IFNULL(b.etudiants, 0),
                IFNULL(b.stagiaires, 0), IFNULL(b.enseignants, 0), IFNULL(b.femmes, 0), IFNULL(b.hommes, 0),
                IFNULL(b.total, 0) - IFNULL(b.femmes, 0) - IFNULL(b.hommes, 0),
                replace(CASE WHEN a.hours_per_beneficiary IS NOT NULL AND b.total > 0
                    THEN a.hours_per_beneficiary * b.total ELSE IFNULL(a.total_hours, 0) END / 100.0, '.', ','),
                a.mobility_country
            FROM action a LEFT JOIN b ON b.action_id = a.id
            ORDER BY a.school_year DESC, a.start_date DESC, a.title""";

    private CsvExportBenchmark() {
    }

    private record Run(double ms, long kib, long bytes) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("csv-export-bench");
        long t0 = System.nanoTime();
        Path file = TenYearCampus.create(dir);
        System.out.printf(Locale.ROOT, "export csv actions on a ten-year campus (%.0f MB, generated in %.1f s)%n",
                Files.size(file) / 1e6, (System.nanoTime() - t0) / 1e9);
        List<Run> sqlite = new ArrayList<>();
        List<Run> command = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            // Interleaved, so that the machine's other load weighs on both alike.
            sqlite.add(sqlite(file, dir.resolve("sqlite.csv")));
            command.add(command(dir, file, dir.resolve("export.csv")));
        }
        double sqliteMs = median(sqlite.stream().map(Run::ms).toList());
        double commandMs = median(command.stream().map(Run::ms).toList());
        long peak = command.stream().mapToLong(Run::kib).max().orElseThrow();
        long sqlitePeak = sqlite.stream().mapToLong(Run::kib).max().orElseThrow();
        System.out.printf(Locale.ROOT, "  sqlite3 -csv, the same %d rows: median %.0f ms (%d runs; %.1f MB written,"
                + " peak %.0f MiB)%n", rows(dir.resolve("sqlite.csv")), sqliteMs, RUNS,
                sqlite.get(0).bytes() / 1e6, sqlitePeak / 1024.0);
        System.out.printf(Locale.ROOT, "  export csv actions, whole command (new JVM each, %s): median %.0f ms (%d runs;"
                + " min %.0f, max %.0f; %.1f MB written)%n", String.join(" ", AnnuaireImportBenchmark.cliOptions()),
                commandMs, RUNS,
                command.stream().mapToDouble(Run::ms).min().orElseThrow(),
                command.stream().mapToDouble(Run::ms).max().orElseThrow(), command.get(0).bytes() / 1e6);
        System.out.printf(Locale.ROOT, "  ratio command / sqlite3: %.1f× (target ≤ 5×)%n", commandMs / sqliteMs);
        System.out.printf(Locale.ROOT, "  command's peak resident memory (VmHWM, the launcher's heap, highest of %d): %.0f MiB"
                + "%n", RUNS, peak / 1024.0);
        inProcess(file, dir.resolve("in-process.csv"), sqliteMs);
        try (Stream<Path> left = Files.walk(dir)) {
            for (Path f : left.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /** The export in this JVM, as the command writes it, five times: the first (cold) and the median of the rest. */
    private static void inProcess(Path file, Path out, double sqliteMs) throws Exception {
        ReportDocuments docs = new ReportDocuments(TestCampus.stores(Database.open(file)),
                Messages.load(Messages.FRENCH));
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long s = System.nanoTime();
            docs.writeCsv(ListKind.ACTIONS, CsvProfile.EXCEL_FR, out);
            times.add((System.nanoTime() - s) / 1e6);
        }
        double first = times.remove(0);
        double warm = median(times);
        System.out.printf(Locale.ROOT, "  export in process (read, format, write): median %.0f ms warm (5 runs), "
                + "first %.0f ms; ratio to sqlite3 %.1f×%n", warm, first, warm / sqliteMs);
    }

    private static Run sqlite(Path file, Path out) throws Exception {
        return measure(List.of("sqlite3", "-csv", file.toString(), SQL), out);
    }

    /** The command as a user runs it: with the JVM options of the packaged {@code campus-pilot-cli} launcher. */
    private static Run command(Path dir, Path file, Path out) throws Exception {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        args.addAll(AnnuaireImportBenchmark.cliOptions());
        args.addAll(List.of("-cp", Processes.applicationClassPath(), "org.campuspilot.app.Launcher", "--data",
                dir.resolve("data").toString(), "export", "csv", "actions", "--profile", "excel-fr", "--db",
                file.toString(), "--out", out.toString()));
        return measure(args, null);
    }

    /** Runs a command to its end: wall time, peak resident memory, and the size of what it wrote. */
    private static Run measure(List<String> args, Path stdoutFile) throws Exception {
        Path report = Files.createTempFile("time", ".txt");
        boolean time = Files.isExecutable(TIME);
        List<String> command = new ArrayList<>();
        if (time) {
            command.addAll(List.of(TIME.toString(), "-f", "%M", "-o", report.toString()));
        }
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.redirectOutput(stdoutFile == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(
                stdoutFile.toFile()));
        long start = System.nanoTime();
        Process p = pb.start();
        long polled = 0;
        while (!time && p.isAlive()) {
            polled = Math.max(polled, Processes.vmHwm(p.pid()));
            Thread.sleep(5);
        }
        int exit = p.waitFor();
        double ms = (System.nanoTime() - start) / 1e6;
        if (exit != 0) {
            throw new IllegalStateException(args.get(0) + " failed: " + exit);
        }
        long kib = time ? Long.parseLong(Files.readAllLines(report, StandardCharsets.UTF_8).stream()
                .filter(l -> l.matches("\\d+")).findFirst().orElseThrow()) : polled;
        Files.delete(report);
        Path written = stdoutFile != null ? stdoutFile : Path.of(args.get(args.size() - 1));
        return new Run(ms, kib, Files.size(written));
    }

    private static long rows(Path csv) throws IOException {
        try (Stream<String> lines = Files.lines(csv, StandardCharsets.UTF_8)) {
            return lines.count();
        }
    }

    private static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }


}
