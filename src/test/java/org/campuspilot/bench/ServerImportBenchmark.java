package org.campuspilot.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.campuspilot.db.Database;
import org.campuspilot.db.Location;
import org.campuspilot.db.PostgresCluster;
import org.campuspilot.establishment.EstablishmentRepository;
import org.campuspilot.importing.AnnuaireFilter;
import org.campuspilot.importing.AnnuaireReader;
import org.campuspilot.importing.EstablishmentImport;

/**
 * The national annuaire (the same 66,000-row file as {@link AnnuaireImportBenchmark}) imported into a campus on a
 * PostgreSQL server (the throwaway cluster of the tests, on this machine) — read, checked, planned, written in one
 * transaction with its history, multi-row batches ({@code reWriteBatchedInserts}) — against {@code psql \copy} of the
 * same file into a plain table of 71 text columns, in the same run; and the same import into a SQLite file, for
 * the two stores side by side (issue 24). Rounds alternate; medians and bests are printed with their ratios.
 * {@code -Dbench.rounds=N} (default 5). Needs PostgreSQL installed (as {@code .ci/run} does).
 */
public final class ServerImportBenchmark {
    private ServerImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 5);
        Path dir = Files.createTempDirectory("server-import-bench");
        Path csv = AnnuaireImportBenchmark.nationalFile(dir);
        PostgresCluster cluster = PostgresCluster.get();
        String header = Files.readAllLines(csv, StandardCharsets.UTF_8).get(0).replace("\uFEFF", "");
        int columns = header.split(";", -1).length;
        System.out.printf(Locale.ROOT, "Annuaire import on a PostgreSQL server (loopback, this machine): %.1f MB,"
                + " %d columns, %d rounds each, alternating%n", Files.size(csv) / 1e6, columns, rounds);
        double[] copy = new double[rounds];
        double[] server = new double[rounds];
        double[] file = new double[rounds];
        double[] serverReading = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            copy[round] = psqlCopy(cluster, csv, columns);
            server[round] = ours(Database.open(cluster.newDatabase(), Database.Options.DEFAULT), csv);
            serverReading[round] = reading;
            Path f = dir.resolve("campus-" + round + ".campuspilot");
            file[round] = ours(Database.open(f), csv);
        }
        print("psql \\copy into a plain table", copy);
        print("Campus Pilot into a server's campus", server);
        print("  of which read, check, plan (no write)", serverReading);
        print("Campus Pilot into a campus file", file);
        System.out.printf(Locale.ROOT, "  ratio server / psql \\copy: %.2f× of the medians, %.2f× of the bests;"
                + " server / file: %.2f× of the medians%n", median(server) / median(copy), best(server) / best(copy),
                median(server) / median(file));
    }

    /** {@code psql -c "\copy annuaire FROM FILE (FORMAT csv, DELIMITER ';', HEADER)"} into a new database. */
    private static double psqlCopy(PostgresCluster cluster, Path csv, int columns) throws Exception {
        Location.Server db = cluster.newDatabase();
        String table = "CREATE TABLE annuaire (" + java.util.stream.IntStream.rangeClosed(1, columns)
                .mapToObj(i -> "c" + i + " text").collect(Collectors.joining(", ")) + ")";
        psql(cluster, db, table);
        long start = System.nanoTime();
        psql(cluster, db, "\\copy annuaire FROM '" + csv + "' WITH (FORMAT csv, DELIMITER ';', HEADER)");
        return (System.nanoTime() - start) / 1e6;
    }

    private static void psql(PostgresCluster cluster, Location.Server db, String command) throws Exception {
        Process p = new ProcessBuilder(List.of(cluster.bin().resolve("psql").toString(), "-X", "-q", "-v",
                "ON_ERROR_STOP=1", "-h", db.host(), "-p", String.valueOf(db.port()), "-U", db.user(), "-d",
                db.database(), "-c", command)).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + output);
        }
    }

    /** The last import's reading, checking and planning, before it wrote anything. */
    private static double reading;

    private static double ours(Database db, Path csv) throws Exception {
        long start = System.nanoTime();
        AnnuaireReader.Result read = AnnuaireReader.read(csv, AnnuaireFilter.ALL, b -> {
        }, () -> false);
        EstablishmentImport importer = new EstablishmentImport(db, new EstablishmentRepository(db));
        EstablishmentImport.Plan plan = importer.plan(read.candidates());
        reading = (System.nanoTime() - start) / 1e6;
        EstablishmentImport.Outcome o = importer.apply(plan, false,
                EstablishmentImport.Joining.NONE, n -> {
                }, () -> false);
        double ms = (System.nanoTime() - start) / 1e6;
        if (o.added() != read.candidates().size()) {
            throw new IllegalStateException("added " + o.added());
        }
        db.close();
        return ms;
    }

    private static void print(String what, double[] ms) {
        System.out.printf(Locale.ROOT, "  %-40s median %6.0f ms, best %6.0f ms%n", what + ":", median(ms), best(ms));
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
}
