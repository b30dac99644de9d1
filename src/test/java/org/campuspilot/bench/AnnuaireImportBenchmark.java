package org.campuspilot.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.campuspilot.TestData;
import org.campuspilot.db.Database;
import org.campuspilot.establishment.EstablishmentRepository;
import org.campuspilot.importing.AnnuaireFilter;
import org.campuspilot.importing.AnnuaireReader;
import org.campuspilot.importing.EstablishmentImport;

/**
 * The whole national annuaire (66,000 rows, 71 columns, the 2026 header) imported into an empty campus — read,
 * every row checked, planned, written in one transaction with its history — against the sqlite3 command-line tool's
 * {@code .import} of the same file into a plain table, on the same machine in the same run (issue 23). Two rows:
 * <ol>
 * <li>in-process: our import in a warm JVM vs {@code sqlite3 .import} (target ≤ 1.5×);</li>
 * <li>the whole command as a user runs it: a new JVM with the options of the packaged {@code campus-pilot-cli}
 * launcher ({@code packaging/linux/cli-launcher.properties}) running {@code import annuaire FILE --db CAMPUS}, vs the
 * whole {@code sqlite3} command (target ≤ 2.5×), and its peak resident memory, VmHWM as {@link RefusedFilePeakMemory}
 * measures it (target ≤ 300 MiB).</li>
 * </ol>
 * Rounds alternate ours and sqlite3's; medians and bests are printed, the ratios of both. The file is made from the
 * real 2026-format sample rows with generated valid UAIs (the national file cannot be downloaded here).
 * {@code -Dbench.rounds=N} (default 5); {@code -Dbench.cliOptions="…"} replaces the launcher's options (to compare).
 */
public final class AnnuaireImportBenchmark {
    private static final int ROWS = 66_000;
    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final Path CLI_LAUNCHER = Path.of("packaging/linux/cli-launcher.properties");
    private static final Path TIME = Path.of("/usr/bin/time");

    private AnnuaireImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 5);
        Path dir = Files.createTempDirectory("annuaire-bench");
        Path csv = nationalFile(dir);
        Path empty = dir.resolve("empty.campuspilot");
        Database.open(empty);
        System.out.printf(Locale.ROOT, "Annuaire import: %,d rows, %.1f MB, %d rounds each, alternating%n", ROWS,
                Files.size(csv) / 1e6, rounds);

        double[] sqlite = new double[rounds];
        double[] sqliteCpu = new double[rounds];
        double[] ours = new double[rounds];
        double[] oursCpu = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            Run s = sqliteImport(dir, csv, round);
            sqlite[round] = s.ms();
            sqliteCpu[round] = s.cpuMs();
            Run r = ourImport(dir, csv, round);
            ours[round] = r.ms();
            oursCpu[round] = r.cpuMs();
        }
        System.out.println("  1. in-process, with its history:");
        print("sqlite3 .import into a plain table", sqlite, sqliteCpu, "");
        print("Campus Pilot (read, check, plan, write)", ours, oursCpu, String.format(Locale.ROOT,
                "; first, cold JVM: %.0f ms", ours[0]));
        ratio(ours, sqlite, oursCpu, sqliteCpu, "1.5");

        List<String> options = cliOptions();
        double[] sqliteCommand = new double[rounds];
        double[] sqliteCommandCpu = new double[rounds];
        double[] command = new double[rounds];
        double[] commandCpu = new double[rounds];
        long sqlitePeak = 0;
        long peak = 0;
        for (int round = 0; round < rounds; round++) {
            Run s = sqliteImport(dir, csv, 100 + round);
            sqliteCommand[round] = s.ms();
            sqliteCommandCpu[round] = s.cpuMs();
            sqlitePeak = Math.max(sqlitePeak, s.kib());
            Run r = command(dir, empty, csv, options, round);
            command[round] = r.ms();
            commandCpu[round] = r.cpuMs();
            peak = Math.max(peak, r.kib());
        }
        System.out.printf(Locale.ROOT, "  2. whole command, a new JVM (%s) vs the whole sqlite3 command:%n",
                options.isEmpty() ? "default options" : String.join(" ", options));
        print("sqlite3 CAMPUS .import", sqliteCommand, sqliteCommandCpu, "");
        print("import annuaire FILE --db CAMPUS", command, commandCpu, "");
        ratio(command, sqliteCommand, commandCpu, sqliteCommandCpu, "2.5");
        System.out.printf(Locale.ROOT, "     peak resident (VmHWM, %s, highest of %d): %.0f MiB (target ≤ 300 MiB);"
                + " sqlite3 %.0f MiB%n", Files.isExecutable(TIME) ? "/usr/bin/time" : "polled /proc", rounds,
                peak / 1024.0, sqlitePeak / 1024.0);
        try (Stream<Path> left = Files.walk(dir)) {
            for (Path f : left.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /** Wall time, processor time (user + system, every thread) and peak resident memory of one run. */
    private record Run(double ms, double cpuMs, long kib) {
    }

    private static void print(String what, double[] ms, double[] cpu, String more) {
        System.out.printf(Locale.ROOT, "     %-40s median %5.0f ms, best %5.0f ms (processor median %5.0f ms)%s%n",
                what + ":", median(ms), best(ms), median(cpu), more);
    }

    /**
     * The wall-time ratios, and the processor-time one: on a shared machine the wall time of a program that uses both
     * cores suffers more from other people's builds than sqlite3's single thread does.
     */
    private static void ratio(double[] ours, double[] baseline, double[] oursCpu, double[] baselineCpu,
            String target) {
        System.out.printf(Locale.ROOT, "     ratio: %.2f× of the medians, %.2f× of the bests (target ≤ %s×);"
                + " processor time %.2f× of the medians%n", median(ours) / median(baseline), best(ours)
                / best(baseline), target, median(oursCpu) / median(baselineCpu));
    }

    private static double median(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double best(double[] ms) {
        return Arrays.stream(ms).min().orElseThrow();
    }

    private static Run sqliteImport(Path dir, Path csv, int round) throws Exception {
        Path db = dir.resolve("plain-" + round + ".db");
        Files.deleteIfExists(db);
        List<String> command = new ArrayList<>(List.of("sqlite3", db.toString(), "-cmd", ".mode csv", "-cmd",
                ".separator ;", ".import " + csv + " annuaire"));
        return measured(dir, command);
    }

    private static Run ourImport(Path dir, Path csv, int round) throws Exception {
        Path file = dir.resolve("campus-" + round + ".db");
        Files.deleteIfExists(file);
        Database db = Database.open(file);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        AnnuaireReader.Result read = AnnuaireReader.read(csv, AnnuaireFilter.ALL, b -> {
        }, () -> false);
        EstablishmentImport importer = new EstablishmentImport(db, new EstablishmentRepository(db));
        EstablishmentImport.Outcome o = importer.apply(importer.plan(read.candidates()), false,
                EstablishmentImport.Joining.NONE, n -> {
                }, () -> false);
        double ms = (System.nanoTime() - start) / 1e6;
        double cpuMs = (os.getProcessCpuTime() - cpu) / 1e6;
        if (o.added() != ROWS) {
            throw new IllegalStateException("added " + o.added() + ", issues " + read.issues().size());
        }
        return new Run(ms, cpuMs, 0);
    }

    /** {@code import annuaire} in a new JVM, into a copy of an empty campus, as {@link RefusedFilePeakMemory} does. */
    private static Run command(Path dir, Path empty, Path csv, List<String> options, int round) throws Exception {
        Path db = dir.resolve("command-" + round + ".campuspilot");
        Files.copy(empty, db);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", Processes.applicationClassPath(), "org.campuspilot.app.Launcher", "--data",
                dir.resolve("data").toString(), "import", "annuaire", csv.toString(), "--db", db.toString()));
        Run run = measured(dir, command);
        if (run.kib() < 0) {
            throw new IllegalStateException("import annuaire failed: exit " + -run.kib());
        }
        return run;
    }

    /** Runs a command: its times and peak resident memory (VmHWM); a failure gives minus its exit code as memory. */
    private static Run measured(Path dir, List<String> command) throws Exception {
        Path report = dir.resolve("time.txt");
        boolean time = Files.isExecutable(TIME);
        List<String> full = new ArrayList<>();
        if (time) {
            full.addAll(List.of(TIME.toString(), "-f", "%M %U %S", "-o", report.toString()));
        }
        full.addAll(command);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long polled = 0;
        while (time ? !p.waitFor(2, java.util.concurrent.TimeUnit.MILLISECONDS) : p.isAlive()) {
            polled = time ? 0 : Math.max(polled, Processes.vmHwm(p.pid()));
            if (!time) {
                Thread.sleep(5);
            }
        }
        int exit = p.waitFor();
        double ms = (System.nanoTime() - start) / 1e6;
        if (exit != 0) {
            return new Run(ms, 0, -Math.max(1, exit));
        }
        if (!time) {
            return new Run(ms, 0, polled); // no processor time without /usr/bin/time
        }
        String[] line = Files.readAllLines(report, StandardCharsets.UTF_8).stream()
                .filter(l -> l.matches("\\d+ [\\d.]+ [\\d.]+")).findFirst().orElseThrow().split(" ");
        return new Run(ms, (Double.parseDouble(line[1]) + Double.parseDouble(line[2])) * 1000,
                Long.parseLong(line[0]));
    }

    /** The JVM options the packaged command-line launcher runs with (its {@code java-options} lines). */
    static List<String> cliOptions() throws IOException {
        String given = System.getProperty("bench.cliOptions");
        if (given != null) {
            return given.isBlank() ? List.of() : List.of(given.strip().split("\\s+"));
        }
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(CLI_LAUNCHER, StandardCharsets.UTF_8)) {
            if (line.startsWith("java-options=")) {
                out.addAll(List.of(line.substring("java-options=".length()).strip().split("\\s+")));
            }
        }
        return out;
    }



    /** 66,000 rows cycling over the real sample's rows, each with its own valid UAI. */
    public static Path nationalFile(Path dir) throws Exception {
        List<String> sample = Files.readAllLines(TestData.annuaireSampleCurrentFormat(),
                StandardCharsets.UTF_8);
        String header = sample.get(0);
        List<String> rows = sample.subList(1, sample.size());
        List<String> out = new ArrayList<>(ROWS + 1);
        out.add(header);
        for (int i = 0; i < ROWS; i++) {
            String row = rows.get(i % rows.size());
            String digits = String.format("%07d", 100_000 + i);
            String uai = digits + LETTERS.charAt((int) (Long.parseLong(digits) % 23));
            out.add(uai + row.substring(row.indexOf(';')));
        }
        Path csv = dir.resolve("fr-en-annuaire-education.csv");
        Files.writeString(csv, "\uFEFF" + String.join("\r\n", out).replace("\uFEFF", "") + "\r\n",
                StandardCharsets.UTF_8);
        return csv;
    }
}
