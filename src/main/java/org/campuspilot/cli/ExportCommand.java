package org.campuspilot.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.campuspilot.campus.Campus;
import org.campuspilot.event.Event;
import org.campuspilot.event.ICalendarWriter;
import org.campuspilot.document.DocumentFiles;
import org.campuspilot.document.DocumentFiles.Format;
import org.campuspilot.grant.FinancialReport;
import org.campuspilot.grant.GrantExports;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.db.Location;
import org.campuspilot.store.Stores;
import org.campuspilot.ui.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export …}: files for other programs, written without opening the window. */
@Command(name = "export", description = "Exporte des données vers un fichier.",
        subcommands = {ExportCommand.Ics.class, ExportCommand.Cerfa15059.class, ExportCommand.Budget.class,
            ExportCommand.Report.class, ExportCommand.Region.class, ExportCommand.Csv.class, SignInSheetCommand.class,
            ExportCommand.Label.class})
final class ExportCommand implements Callable<Integer> {
    private static final Messages MESSAGES = Messages.load(Messages.FRENCH);

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.USAGE;
    }

    @Command(name = "ics", description = "Les événements au format iCalendar (.ics), pour un agenda.")
    static final class Ics implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--db", required = true, paramLabel = "CAMPUS", description = Cli.DB) Location db;
        @Option(names = "--out", required = true, paramLabel = "FICHIER",
                description = "Le fichier .ics à écrire.") Path out;
        @Option(names = "--from", paramLabel = "DATE",
                description = "Premier jour (jj/mm/aaaa ou aaaa-mm-jj).") String from;
        @Option(names = "--to", paramLabel = "DATE",
                description = "Dernier jour (jj/mm/aaaa ou aaaa-mm-jj).") String to;

        @Override
        public Integer call() {
            Checked<LocalDate> first = FrenchFormats.parseDate(from);
            Checked<LocalDate> last = FrenchFormats.parseDate(to);
            for (Checked<LocalDate> d : List.of(first, last)) {
                if (!d.isOk()) {
                    spec.commandLine().getErr().println(MESSAGES.get(d.problem().orElseThrow()));
                    return Cli.USAGE;
                }
            }
            Stores stores = Cli.open(spec, db);
            if (stores == null) {
                return Cli.CANNOT_OPEN;
            }
            // Dates are compared as ISO text: the bounds must be written with four-digit years (not MIN/MAX).
            LocalDate a = first.value() == null ? LocalDate.of(1, 1, 1) : first.value();
            LocalDate b = last.value() == null ? LocalDate.of(9999, 12, 31) : last.value();
            List<Event> events = stores.events().findTouching(a, b);
            String name = stores.campus().find().map(Campus::name).orElse("Campus Pilot");
            return write(spec, out, () -> {
                DocumentFiles.writeText(out, new ICalendarWriter(MESSAGES).write(events, name, Instant.now()));
                return 0;
            }, MESSAGES.get("cli.export.ics.done", events.size(), out), "event.ics.failed");
        }
    }

    private static Format format(CommandLine.Model.CommandSpec spec, String value, List<Format> allowed) {
        Format f = Format.parse(value);
        if (f == null || !allowed.contains(f)) {
            spec.commandLine().getErr().println(MESSAGES.get("cli.export.format", value,
                    String.join(", ", allowed.stream().map(Format::extension).toList())));
            return null;
        }
        return f;
    }

    @Command(name = "cerfa-15059", description = "Le compte rendu financier d'une subvention (Cerfa 15059).")
    static final class Cerfa15059 implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--db", required = true, paramLabel = "CAMPUS", description = Cli.DB) Location db;
        @Option(names = "--grant", required = true, paramLabel = "NUMÉRO",
                description = "Le numéro de la subvention.") long grant;
        @Option(names = "--format", required = true, paramLabel = "FORMAT",
                description = "pdf, odt ou ods.") String format;
        @Option(names = "--out", required = true, paramLabel = "FICHIER",
                description = "Le fichier à écrire.") Path out;

        @Override
        public Integer call() {
            Format f = format(spec, format, List.of(Format.PDF, Format.ODT, Format.ODS));
            if (f == null) {
                return Cli.USAGE;
            }
            Stores stores = Cli.open(spec, db);
            if (stores == null) {
                return Cli.CANNOT_OPEN;
            }
            GrantExports exports = Cli.context(spec).grantExports(stores, MESSAGES);
            java.util.Optional<FinancialReport> report = exports.financialReport(grant);
            if (report.isEmpty()) {
                spec.commandLine().getErr().println(MESSAGES.get("cli.export.noGrant", grant));
                return Cli.REJECTED;
            }
            warnMissing(spec, exports.missing(report.get()));
            return write(spec, out, () -> {
                exports.writeFinancialReport(report.get(), f, out);
                return 0;
            }, MESSAGES.get("cli.export.cerfa15059.done", report.get().grant().label(), out));
        }
    }

    /** A document of one year ({@code --year}), in one of its formats: the budget, the Région workbook. */
    abstract static class YearDocument implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--db", required = true, paramLabel = "CAMPUS", description = Cli.DB) Location db;
        @Option(names = "--year", required = true, paramLabel = "AAAA", description = "L'année (aaaa).") int year;
        @Option(names = "--out", required = true, paramLabel = "FICHIER",
                description = "Le fichier à écrire.") Path out;

        /** The {@code --format} given (each command declares it, with the formats it offers). */
        abstract String formatName();

        abstract List<Format> formats();

        abstract void write(Stores stores, Format f) throws Exception;

        /** What is said once the file is written. */
        abstract String done();

        /** What the document lacks, said before it is written (nothing by default). */
        List<String> missing(Stores stores) {
            return List.of();
        }

        /** Why the document cannot be written at all (an option naming no record), or null. */
        String refused(Stores stores) {
            return null;
        }

        @Override
        public Integer call() {
            Format f = format(spec, formatName(), formats());
            if (f == null || !validYear(spec, year)) {
                return Cli.USAGE;
            }
            Stores stores = Cli.open(spec, db);
            if (stores == null) {
                return Cli.CANNOT_OPEN;
            }
            String refusal = refused(stores);
            if (refusal != null) {
                spec.commandLine().getErr().println(refusal);
                return Cli.REJECTED;
            }
            warnMissing(spec, missing(stores));
            return ExportCommand.write(spec, out, () -> {
                write(stores, f);
                return 0;
            }, done());
        }
    }

    @Command(name = "budget", description = "Le budget prévisionnel d'un exercice (Cerfa 12156).")
    static final class Budget extends YearDocument {
        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "ods ou pdf.") String format;
        @Option(names = "--project", paramLabel = "NUMÉRO",
                description = "Le budget d'un projet (son numéro) plutôt que celui de l'association entière.")
        Long project;

        @Override
        String formatName() {
            return format;
        }

        @Override
        List<Format> formats() {
            return List.of(Format.ODS, Format.PDF);
        }

        @Override
        String refused(Stores stores) {
            return project == null || stores.projects().findById(project).isPresent() ? null
                    : MESSAGES.get("cli.export.noProject", project);
        }

        @Override
        void write(Stores stores, Format f) throws Exception {
            Cli.context(spec).grantExports(stores, MESSAGES).writeBudget(year, project, f, out);
        }

        @Override
        String done() {
            return MESSAGES.get("cli.export.budget.done", String.valueOf(year), out);
        }

        @Override
        List<String> missing(Stores stores) {
            return Cli.context(spec).grantExports(stores, MESSAGES).missingInBudget();
        }
    }

    @Command(name = "region", description = "Les tableaux pour la Région d'une année civile (ODS ou XLSX).")
    static final class Region extends YearDocument {
        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "ods ou xlsx.") String format;

        @Override
        String formatName() {
            return format;
        }

        @Override
        List<Format> formats() {
            return List.of(Format.ODS, Format.XLSX);
        }

        @Override
        void write(Stores stores, Format f) throws Exception {
            var docs = Cli.context(spec).reports(stores, MESSAGES);
            docs.write(docs.regionWorkbook(year), f, out);
        }

        @Override
        String done() {
            return MESSAGES.get("cli.export.region.done", String.valueOf(year), out);
        }
    }

    /**
     * Says on stderr what a document will be written without (a section not written, the association's SIRET):
     * a warning, not a refusal, so the command still writes it and ends with 0.
     */
    private static void warnMissing(CommandLine.Model.CommandSpec spec, List<String> missing) {
        if (!missing.isEmpty()) {
            spec.commandLine().getErr().println(MESSAGES.get("cli.export.missing", String.join(" ; ", missing)));
        }
    }

    /** False (and says why) for a year outside 2000–2100. */
    private static boolean validYear(CommandLine.Model.CommandSpec spec, int year) {
        if (year < 2000 || year > 2100) {
            spec.commandLine().getErr().println(MESSAGES.get("grant.year.invalid", String.valueOf(year)));
            return false;
        }
        return true;
    }

    /**
     * Writes an export file, then says where (« {rows} » in {@code done} becomes the count the writer returns), or
     * why it could not be written (exit 1).
     */
    private static Integer write(CommandLine.Model.CommandSpec spec, Path out, java.util.concurrent.Callable<
            Integer> write, String done) {
        return write(spec, out, write, done, "document.write.failed");
    }

    /** The same, with {@code failedKey}'s sentence when the file could not be written. */
    static Integer write(CommandLine.Model.CommandSpec spec, Path out, java.util.concurrent.Callable<
            Integer> write, String done, String failedKey) {
        try {
            int rows = write.call();
            spec.commandLine().getOut().println(done.replace("{rows}", String.valueOf(rows)));
            return Cli.OK;
        } catch (Exception e) {
            spec.commandLine().getErr().println(Cli.writeFailure(e, out, failedKey));
            return Cli.REJECTED;
        }
    }

    @Command(name = "report", description = "Le rapport d'activité d'une année civile ou scolaire (PDF ou ODT).")
    static final class Report implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--db", required = true, paramLabel = "CAMPUS", description = Cli.DB) Location db;
        @Option(names = "--year", paramLabel = "AAAA", description = "L'année civile (aaaa).") Integer year;
        @Option(names = "--school-year", paramLabel = "AAAA-AAAA",
                description = "L'année scolaire (aaaa-aaaa).") String schoolYear;
        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "pdf ou odt.") String format;
        @Option(names = "--out", required = true, paramLabel = "FICHIER",
                description = "Le fichier à écrire.") Path out;

        @Override
        public Integer call() {
            Format f = format(spec, format, List.of(Format.PDF, Format.ODT));
            if (f == null) {
                return Cli.USAGE;
            }
            if ((year == null) == (schoolYear == null)) {
                spec.commandLine().getErr().println(MESSAGES.get("cli.export.report.period"));
                return Cli.USAGE;
            }
            // « --school-year 2025 » would otherwise be read as the civil year 2025.
            if (schoolYear != null && !org.campuspilot.shared.SchoolYear.parse(schoolYear).isOk()) {
                spec.commandLine().getErr().println(MESSAGES.get("cli.export.report.schoolYear", schoolYear.strip()));
                return Cli.USAGE;
            }
            Checked<org.campuspilot.report.ReportPeriod> period = org.campuspilot.report.ReportPeriod.parse(
                    year != null ? String.valueOf(year) : schoolYear);
            if (!period.isOk()) {
                spec.commandLine().getErr().println(MESSAGES.get(period.problem().orElseThrow()));
                return Cli.USAGE;
            }
            if (year != null && !validYear(spec, year)) {
                return Cli.USAGE;
            }
            Stores stores = Cli.open(spec, db);
            if (stores == null) {
                return Cli.CANNOT_OPEN;
            }
            org.campuspilot.report.ReportDocuments docs = Cli.context(spec).reports(stores, MESSAGES);
            // Said before writing, not refused: a report without its introduction can still go to the board.
            List<String> empty = docs.emptySections(docs.texts().of(period.value()));
            if (!empty.isEmpty()) {
                spec.commandLine().getErr().println(MESSAGES.get("cli.export.report.empty", String.join(", ", empty)));
            }
            return write(spec, out, () -> {
                docs.write(docs.activityReport(period.value()), f, out);
                return 0;
            }, MESSAGES.get("cli.export.report.done", period.value().label(), out));
        }
    }

    @Command(name = "csv", description = "Une liste entière en CSV (établissements, entreprises, contacts, "
            + "événements, actions, subventions, dépenses).")
    static final class Csv implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @CommandLine.Parameters(index = "0", paramLabel = "LISTE",
                description = "establishments, companies, contacts, events, actions, "
                + "grants ou expenses.") String list;
        @Option(names = "--profile", required = true, paramLabel = "PROFIL",
                description = "excel-fr ou open-data.") String profile;
        @Option(names = "--db", required = true, paramLabel = "CAMPUS", description = Cli.DB) Location db;
        @Option(names = "--out", required = true, paramLabel = "FICHIER",
                description = "Le fichier .csv à écrire.") Path out;

        @Override
        public Integer call() {
            org.campuspilot.report.ListKind kind = org.campuspilot.report.ListKind.parse(list);
            if (kind == null) {
                spec.commandLine().getErr().println(MESSAGES.get("cli.export.csv.list", list, String.join(", ",
                        java.util.Arrays.stream(org.campuspilot.report.ListKind.values())
                                .map(org.campuspilot.report.ListKind::cliName).toList())));
                return Cli.USAGE;
            }
            org.campuspilot.document.CsvProfile p = org.campuspilot.document.CsvProfile.parse(profile);
            if (p == null) {
                spec.commandLine().getErr().println(MESSAGES.get("cli.export.csv.profile", profile));
                return Cli.USAGE;
            }
            Stores stores = Cli.open(spec, db);
            if (stores == null) {
                return Cli.CANNOT_OPEN;
            }
            org.campuspilot.report.ReportDocuments docs = Cli.context(spec).reports(stores, MESSAGES);
            return write(spec, out, () -> docs.writeCsv(kind, p, out), MESSAGES.get("cli.export.csv.done", "{rows}",
                    out));
        }
    }

    @Command(name = "label", description = "Le bilan du label : chaque objectif de la période, année par année"
            + " (PDF ou ODT pour le comité, ODS ou XLSX pour la Région).")
    static final class Label implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--db", required = true, paramLabel = "CAMPUS", description = Cli.DB) Location db;
        @Option(names = "--format", required = true, paramLabel = "FORMAT",
                description = "pdf, odt, ods ou xlsx.") String format;
        @Option(names = "--out", required = true, paramLabel = "FICHIER",
                description = "Le fichier à écrire.") Path out;
        @Option(names = "--civil", description = "Par année civile plutôt que par année scolaire.") boolean civil;

        @Override
        public Integer call() {
            Format f = format(spec, format, List.of(Format.PDF, Format.ODT, Format.ODS, Format.XLSX));
            if (f == null) {
                return Cli.USAGE;
            }
            Stores stores = Cli.open(spec, db);
            if (stores == null) {
                return Cli.CANNOT_OPEN;
            }
            org.campuspilot.label.LabelBilanService service = Cli.context(spec).labelBilan(stores, MESSAGES);
            java.util.Optional<org.campuspilot.label.LabelBilan> bilan = service.bilan(civil
                    ? org.campuspilot.report.ReportPeriod.Kind.CIVIL : org.campuspilot.report.ReportPeriod.Kind.SCHOOL);
            if (bilan.isEmpty()) {
                spec.commandLine().getErr().println(MESSAGES.get("cli.export.label.noPeriod"));
                return Cli.REJECTED;
            }
            return write(spec, out, () -> {
                new org.campuspilot.label.LabelDocuments(MESSAGES).write(bilan.get(), f, out);
                return 0;
            }, MESSAGES.get("cli.export.label.done", out));
        }
    }
}
