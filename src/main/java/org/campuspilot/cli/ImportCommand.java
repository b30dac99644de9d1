package org.campuspilot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.campuspilot.establishment.EstablishmentKind;
import org.campuspilot.importing.AnnuaireFilter;
import org.campuspilot.importing.AnnuaireReader;
import org.campuspilot.importing.EstablishmentImport;
import org.campuspilot.importing.ImportFileException;
import org.campuspilot.importing.ImportIssue;
import org.campuspilot.importing.SheetImport;
import org.campuspilot.importing.SheetKind;
import org.campuspilot.importing.SheetTemplates;
import org.campuspilot.importing.TableFile;
import org.campuspilot.db.Location;
import org.campuspilot.store.Stores;
import org.campuspilot.ui.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import …}: data brought in from files, without opening the window. */
@Command(name = "import", description = "Importe des données depuis un fichier.",
        subcommands = ImportCommand.Annuaire.class)
final class ImportCommand implements Callable<Integer> {
    private static final Messages MESSAGES = Messages.load(Messages.FRENCH);

    /** The sheet imports' descriptions, in the order {@code import --help} lists them. */
    private static final Map<SheetKind, String> SHEETS = new java.util.EnumMap<>(Map.of(
            SheetKind.COMPANIES, "Des entreprises partenaires (SIRET, raison sociale…).",
            SheetKind.CONTACTS, "Des contacts (nom, fonction, e-mail, organisation…).",
            SheetKind.EVENTS, "Des événements (titre, type, dates…).",
            SheetKind.ACTIONS, "Des actions (intitulé, type, niveaux, bénéficiaires…).",
            SheetKind.EXPENSES, "Des dépenses et recettes (date, tiers, objet, montant, ligne…)."));

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.USAGE;
    }

    /** Adds {@code import companies|contacts|events|actions|expenses} (one command per kind) and {@code template}. */
    static void addSheetCommands(CommandLine importing) {
        SHEETS.forEach((kind, description) -> {
            CommandLine sheet = new CommandLine(new Sheet(kind));
            sheet.getCommandSpec().usageMessage().description(description);
            importing.addSubcommand(kind.key(), sheet);
        });
        importing.addSubcommand(new Template());
    }

    /**
     * Prints the summary and every issue (rejected lines to stderr), then writes — unless a line is rejected and
     * {@code --skip-invalid} was not given, or it is a dry run — and prints what was written.
     *
     * @param summary the summary line, given the number of rejected lines
     * @param write writes in one transaction and says what was written
     */
    static int finish(PrintWriter out, PrintWriter err, java.util.function.LongFunction<String> summary,
            List<ImportIssue> issues, boolean skipInvalid, boolean dryRun, java.util.function.Supplier<String> write) {
        return finish(out, err, summary, List.of(), issues, skipInvalid, dryRun, write);
    }

    /** The same, printing {@code updates} (what each update changes) after the summary. */
    static int finish(PrintWriter out, PrintWriter err, java.util.function.LongFunction<String> summary,
            List<String> updates, List<ImportIssue> issues, boolean skipInvalid, boolean dryRun,
            java.util.function.Supplier<String> write) {
        long rejected = issues.stream().filter(ImportIssue::blocking).count();
        out.println(summary.apply(rejected));
        updates.forEach(out::println);
        for (ImportIssue issue : issues) {
            (issue.blocking() ? err : out).println(MESSAGES.get("import.issue.line", issue.line(),
                    MESSAGES.get(issue.problem())));
        }
        if (rejected > 0 && !skipInvalid) {
            err.println(MESSAGES.get("cli.import.rejected", rejected));
            return Cli.REJECTED;
        }
        if (dryRun) {
            out.println(MESSAGES.get("cli.import.dryRun"));
            return Cli.OK;
        }
        try {
            out.println(write.get());
        } catch (RuntimeException e) {
            err.println(MESSAGES.get(org.campuspilot.importing.ImportFailure.key(e)));
            return org.campuspilot.importing.ImportFailure.cannotWrite(e) ? Cli.CANNOT_OPEN : Cli.REJECTED;
        }
        return Cli.OK;
    }

    @Command(name = "annuaire", description = "Un export CSV de l'annuaire de l'éducation (fr-en-annuaire-education).")
    static final class Annuaire implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FICHIER", description = "Le fichier CSV de l'annuaire.") Path file;
        @Option(names = "--db", required = true, paramLabel = "CAMPUS", description = Cli.DB) Location db;
        @Option(names = "--dry-run", description = "Vérifie et résume sans rien écrire.") boolean dryRun;
        @Option(names = "--skip-invalid", description = "Importe les lignes valides même si d'autres sont rejetées.")
        boolean skipInvalid;
        @Option(names = "--overwrite-manual", description = "Remplace aussi les champs modifiés à la main.")
        boolean overwriteManual;
        @Option(names = "--departement", arity = "1..*", paramLabel = "CODE",
                description = "Départements à importer (035, 56…).")
        List<String> departements = List.of();
        @Option(names = "--academie", arity = "1..*", paramLabel = "CODE", description = "Codes d'académie à importer.")
        List<String> academies = List.of();
        @Option(names = "--kind", arity = "1..*", paramLabel = "TYPE", description = "Types d'établissement à importer "
                + "(lycee_professionnel, lycee_polyvalent, lycee_general_technologique, cfa, universite_iut, "
                + "ecole_ingenieurs, greta, mfr, college, organisme_formation, laboratoire, autre, ou usual pour les types "
                + "qu'un campus réunit d'habitude) ; tous par défaut.")
        List<String> kinds = List.of();
        @Option(names = "--as-members", description = "Les établissements importés rejoignent le réseau comme "
                + "membres ; sans cette option, ce sont des établissements du territoire, hors réseau.")
        boolean asMembers;
        @Option(names = "--member-since", paramLabel = "DATE", description = "Date d'adhésion des membres "
                + "(jj/mm/aaaa ; aujourd'hui par défaut), avec --as-members.")
        String memberSince;

        @Override
        public Integer call() {
            String wrong = departements.stream().filter(d -> !AnnuaireFilter.isDepartement(d)).findFirst()
                    .map(d -> MESSAGES.get("cli.import.departement", d)).orElse(academies.stream()
                            .filter(a -> !AnnuaireFilter.isAcademie(a)).findFirst()
                            .map(a -> MESSAGES.get("cli.import.academie", a)).orElse(null));
            if (wrong != null) {
                spec.commandLine().getErr().println(wrong);
                return Cli.USAGE;
            }
            return Cli.writing(spec, db, this::importing);
        }

        /** The kinds asked for by {@code --kind}, or null after saying which one is unknown. */
        private Set<EstablishmentKind> kinds(PrintWriter err) {
            Set<EstablishmentKind> out = java.util.EnumSet.noneOf(EstablishmentKind.class);
            for (String k : kinds) {
                String key = k.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
                if (key.equals("USUAL")) {
                    out.addAll(AnnuaireFilter.USUAL_KINDS);
                    continue;
                }
                try {
                    out.add(EstablishmentKind.valueOf(key));
                } catch (IllegalArgumentException e) {
                    err.println(MESSAGES.get("cli.import.kind", k));
                    return null;
                }
            }
            return out;
        }

        private Integer importing(Stores stores) {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Set<EstablishmentKind> kindSet = kinds(err);
            if (kindSet == null) {
                return Cli.USAGE;
            }
            java.time.LocalDate since = java.time.LocalDate.now(Cli.context(spec).clock());
            if (memberSince != null) {
                if (!asMembers) {
                    err.println(MESSAGES.get("cli.import.memberSinceAlone"));
                    return Cli.USAGE;
                }
                org.campuspilot.shared.Checked<java.time.LocalDate> date =
                        org.campuspilot.shared.FrenchFormats.parseDate(memberSince);
                if (!date.isOk() || date.value() == null) {
                    err.println(MESSAGES.get("cli.import.memberSince", memberSince));
                    return Cli.USAGE;
                }
                since = date.value();
            }
            java.time.LocalDate joinedOn = since;
            AnnuaireReader.Result read;
            try {
                read = AnnuaireReader.read(file, new AnnuaireFilter(Set.copyOf(departements), Set.copyOf(academies),
                        kindSet), bytes -> {
                        }, () -> false);
            } catch (ImportFileException e) {
                err.println(MESSAGES.get(e.problem()));
                return Cli.REJECTED;
            }
            EstablishmentImport importer = Cli.context(spec).establishmentImport(stores);
            EstablishmentImport.Plan plan = importer.plan(read.candidates());
            return finish(out, err, rejected -> MESSAGES.get("cli.import.summary", read.rows(),
                    plan.count(EstablishmentImport.Action.ADD), plan.count(EstablishmentImport.Action.UPDATE),
                    plan.count(EstablishmentImport.Action.UNCHANGED), read.setAside(), rejected,
                    read.filteredOut()), read.issues(), skipInvalid, dryRun, () -> {
                        EstablishmentImport.Joining joining = asMembers
                                ? EstablishmentImport.Joining.all(plan, joinedOn) : EstablishmentImport.Joining.NONE;
                        EstablishmentImport.Outcome o = importer.apply(plan, overwriteManual, joining, n -> {
                        }, () -> false);
                        return MESSAGES.get("cli.import.done", o.added(), o.updated(), o.unchanged(),
                                o.keptHandEdits()) + (asMembers ? System.lineSeparator()
                                + MESSAGES.get("cli.import.joined", o.joined(),
                                        org.campuspilot.shared.FrenchFormats.date(joinedOn))
                                : o.added() > 0 ? System.lineSeparator() + MESSAGES.get("cli.import.territory") : "");
                    });
        }
    }

    /** {@code import companies|contacts|events|actions|expenses FILE --db F}: a director's spreadsheet. */
    static final class Sheet implements Callable<Integer> {
        private final SheetKind kind;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FICHIER", description = "Le fichier CSV, ODS ou XLSX.") Path file;
        @Option(names = "--db", required = true, paramLabel = "CAMPUS", description = Cli.DB) Location db;
        @Option(names = "--dry-run", description = "Vérifie et résume sans rien écrire.") boolean dryRun;
        @Option(names = "--skip-invalid", description = "Importe les lignes valides même si d'autres sont rejetées.")
        boolean skipInvalid;
        @Option(names = "--update-existing", description = "Met à jour les fiches déjà présentes avec les cellules "
                + "non vides du fichier (sans cette option, elles sont laissées telles quelles).")
        boolean updateExisting;

        Sheet(SheetKind kind) {
            this.kind = kind;
        }

        SheetKind kind() {
            return kind;
        }

        @Override
        public Integer call() {
            return Cli.writing(spec, db, this::importing);
        }

        private Integer importing(Stores stores) {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            SheetImport importer = Cli.context(spec).sheetImport(stores, MESSAGES);
            SheetImport.Plan plan;
            TableFile.Table table;
            Map<String, Integer> mapping;
            try {
                table = TableFile.read(file);
                mapping = importer.mapping(kind(), table.header());
                plan = importer.plan(kind(), table, mapping, updateExisting, () -> false);
            } catch (ImportFileException e) {
                err.println(MESSAGES.get(e.problem()));
                return Cli.REJECTED;
            }
            long unchanged = plan.count(EstablishmentImport.Action.UNCHANGED);
            List<String> updates = plan.items().stream()
                    .filter(i -> i.action() == EstablishmentImport.Action.UPDATE)
                    .map(i -> MESSAGES.get("import.issue.line", i.line(), MESSAGES.get("cli.import.update", i.label(),
                            String.join(" ; ", i.changes().stream().map(f -> MESSAGES.get("import.change",
                                    MESSAGES.get(kind().columnKey(f.field())), f.before() == null ? "" : f.before(),
                                    f.after())).toList())))).toList();
            return finish(out, err, rejected -> MESSAGES.get("cli.import.summary", plan.rows(),
                    plan.count(EstablishmentImport.Action.ADD), plan.count(EstablishmentImport.Action.UPDATE),
                    plan.existing() + unchanged, plan.issues().size() - rejected - plan.existing() - plan.warnings(),
                    rejected, 0),
                    updates, plan.issues(), skipInvalid, dryRun, () -> {
                        SheetImport.Outcome o = importer.apply(plan, n -> {
                        }, () -> false);
                        importer.remember(kind(), table.header(), mapping);
                        return MESSAGES.get("cli.import.sheetDone", o.added(), o.updated(), plan.existing()
                                + unchanged);
                    });
        }
    }

    @Command(name = "template", description = "Écrit le modèle d'un tableau à importer (colonnes et une ligne d'exemple).")
    static final class Template implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", paramLabel = "TYPE",
                description = "companies, contacts, events, actions ou expenses.") String kind;
        @Option(names = "--out", required = true, paramLabel = "FICHIER",
                description = "Le fichier à écrire (.csv, .ods ou .xlsx).")
        Path out;

        @Override
        public Integer call() {
            SheetKind k = java.util.Arrays.stream(SheetKind.values()).filter(v -> v.key().equals(kind)).findFirst()
                    .orElse(null);
            if (k == null) {
                spec.commandLine().getErr().println(MESSAGES.get("cli.import.template.kind", kind));
                return Cli.USAGE;
            }
            try {
                SheetTemplates.write(k, TableFile.Format.of(out), out, MESSAGES);
            } catch (java.io.IOException | RuntimeException e) {
                spec.commandLine().getErr().println(Cli.writeFailure(e, out, "document.write.failed"));
                return Cli.REJECTED;
            }
            spec.commandLine().getOut().println(MESSAGES.get("cli.import.template.done", out));
            return Cli.OK;
        }
    }
}
