package org.campuspilot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.document.DocumentFiles.Format;
import org.campuspilot.document.DocumentModel;
import org.campuspilot.report.ReportDocuments;
import org.campuspilot.report.ReportPeriod;
import org.campuspilot.ui.Messages;

/**
 * The reports on a generated ten-year campus (3,000 establishments, 5,000 companies, 20,000 contacts, 10,000
 * events, 50,000 actions, 100,000 expenses): the report's figures (a school year and the one before) against the
 * sqlite3 command-line tool reading every table involved once, on the same machine in the same run (target ≤ 3×);
 * the PDF report and the Région workbook (ODS, XLSX), each built and written (target < 2 s).
 */
public final class ReportBenchmark {
    private static final String[] TABLES = {"establishment", "company", "contact", "event", "event_attendance",
        "action", "action_level", "action_beneficiary", "grant_award", "grant_instalment", "budget_forecast",
        "finance_entry"};

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("report-bench");
        long t0 = System.nanoTime();
        Path file = TenYearCampus.create(dir);
        Database db = Database.open(file);
        System.out.printf("Reports on a ten-year campus (%.0f MB, generated in %.1f s)%n", Files.size(file) / 1e6,
                (System.nanoTime() - t0) / 1e9);
        ReportDocuments docs = new ReportDocuments(TestCampus.stores(db), Messages.load(Messages.FRENCH));
        ReportPeriod period = ReportPeriod.school(2024);
        double sqlite = Double.MAX_VALUE;
        double figures = Double.MAX_VALUE;
        double first = 0;
        for (int round = 0; round < 5; round++) {
            sqlite = Math.min(sqlite, sqliteRead(file));
            long s = System.nanoTime();
            docs.service().compare(period);
            double ms = (System.nanoTime() - s) / 1e6;
            first = round == 0 ? ms : first;
            figures = Math.min(figures, ms);
        }
        System.out.printf("  sqlite3 reading the %d tables once: %.0f ms (best of 5)%n", TABLES.length, sqlite);
        System.out.printf("  report figures, %s and %s: %.0f ms (best of 5; first, cold JVM: %.0f ms)%n",
                period.label(), period.previous().label(), figures, first);
        System.out.printf("  ratio: %.2f× (target ≤ 3×)%n", figures / sqlite);
        time("PDF rapport d'activité " + period.label(), () -> docs.write(docs.activityReport(period), Format.PDF,
                dir.resolve("r.pdf")), dir.resolve("r.pdf"));
        time("ODT rapport d'activité " + period.label(), () -> docs.write(docs.activityReport(period), Format.ODT,
                dir.resolve("r.odt")), dir.resolve("r.odt"));
        time("Région workbook 2024, XLSX", () -> docs.write(docs.regionWorkbook(2024), Format.XLSX,
                dir.resolve("w.xlsx")), dir.resolve("w.xlsx"));
        time("Région workbook 2024, ODS", () -> docs.write(docs.regionWorkbook(2024), Format.ODS,
                dir.resolve("w.ods")), dir.resolve("w.ods"));
        DocumentModel w = docs.regionWorkbook(2024);
        System.out.printf("  (workbook rows: %d)%n", w.tables().stream().mapToInt(t -> t.rows().size()).sum());
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void time(String what, Work work, Path out) throws Exception {
        double best = Double.MAX_VALUE;
        double first = 0;
        for (int i = 0; i < 3; i++) {
            long s = System.nanoTime();
            work.run();
            double ms = (System.nanoTime() - s) / 1e6;
            first = i == 0 ? ms : first;
            best = Math.min(best, ms);
        }
        System.out.printf("  %s: %.0f ms (best of 3; first %.0f ms), %.1f MB (target < 2 000 ms)%n", what, best,
                first, Files.size(out) / 1e6);
    }

    private static double sqliteRead(Path file) throws Exception {
        StringBuilder sql = new StringBuilder();
        for (String t : TABLES) {
            sql.append("SELECT * FROM ").append(t).append(";");
        }
        long start = System.nanoTime();
        Process p = new ProcessBuilder("sqlite3", file.toString(), sql.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("sqlite3 failed");
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
