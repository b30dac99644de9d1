package org.campuspilot.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.campuspilot.db.Database;
import org.campuspilot.db.Location;
import org.campuspilot.db.Migrations;
import org.campuspilot.demo.DemoCampus;
import org.campuspilot.document.DocumentFiles;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.Naf;
import org.campuspilot.shared.NafVersion;
import org.campuspilot.shared.Siren;
import org.campuspilot.shared.Siret;
import org.campuspilot.shared.Uai;
import org.campuspilot.store.Stores;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.OpenFailures;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The headless commands. Exit codes: 0 success, 1 input rejected (nothing written), 2 usage error, 3 the database
 * cannot be opened. Errors go to stderr as one sentence, in French.
 */
@Command(name = "campus-pilot", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        description = "Campus Pilot : le campus des métiers et des qualifications, sans tableur.",
        subcommands = {Cli.Demo.class, Cli.Check.class, Cli.Validate.class, ExportCommand.class,
            ImportCommand.class, BackupCommands.Backup.class, BackupCommands.Restore.class, CopyCommand.class})
public final class Cli implements Callable<Integer> {
    static final int OK = 0;
    static final int REJECTED = 1;
    static final int USAGE = 2;
    /** The exit code when the database (or the window's display) cannot be opened. */
    public static final int CANNOT_OPEN = 3;
    /** What every {@code --db} option takes. */
    static final String DB = "Le campus : son fichier, ou l'adresse de sa base partagée"
            + " (postgresql://utilisateur@serveur:5432/base ; le mot de passe est lu dans PGPASSWORD ou ~/.pgpass).";

    private static final Messages MESSAGES = Messages.load(Messages.FRENCH);
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Cli.class.getName());

    private final CommandContext context;

    private Cli(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return USAGE;
    }

    /** Runs a command line with what the composition root gives it, and returns its exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err, CommandContext context) {
        CommandLine cl = new CommandLine(new Cli(context));
        ImportCommand.addSheetCommands(cl.getSubcommands().get("import"));
        cl.registerConverter(Location.class, Location::parse); // after the last subcommand: it reaches them all
        // picocli's own words (help options, headings), in French like the rest of the commands.
        cl.setResourceBundle(new java.util.ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {
                    {"mixinStandardHelpOptions.help", MESSAGES.get("cli.help.option")},
                    {"mixinStandardHelpOptions.version", MESSAGES.get("cli.version.option")},
                    {"usage.synopsisHeading", MESSAGES.get("cli.usage.heading") + " "},
                    {"usage.commandListHeading", MESSAGES.get("cli.usage.commands") + "%n"}};
            }
        });
        withVersion(cl, "Campus Pilot " + context.version());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler(Cli::usageError);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            LOG.log(java.util.logging.Level.WARNING, "Command " + String.join(" ", args) + " failed", ex);
            line.getErr().println(MESSAGES.get("cli.error.unexpected", ex.getMessage()));
            return CANNOT_OPEN;
        });
        return cl.execute(args);
    }

    @Command(name = "demo", description = "Crée le campus de démonstration dans un nouveau fichier.")
    static final class Demo implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--db", required = true, paramLabel = "CAMPUS", description = "Le fichier à créer, ou"
                + " l'adresse d'une base partagée vide (postgresql://utilisateur@serveur:5432/base).") Location location;

        @Override
        public Integer call() throws Exception {
            if ((location instanceof Location.Server)) {
                return onServer();
            }
            Path db = ((Location.File) location).path();
            if (Files.isDirectory(db)) {
                spec.commandLine().getErr().println(MESSAGES.get("file.error.folder", db));
                return CANNOT_OPEN;
            }
            if (Files.exists(db) && Files.size(db) > 0) {
                spec.commandLine().getErr().println(MESSAGES.get("cli.demo.exists", db));
                return REJECTED;
            }
            try {
                DemoCampus.create(db, context(spec)::stores);
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println(OpenFailures.describe(MESSAGES, e, db));
                return CANNOT_OPEN;
            }
            spec.commandLine().getOut().println(MESSAGES.get("cli.demo.created", db));
            return OK;
        }

        private int onServer() {
            try {
                DemoCampus.create(location, Database.Options.DEFAULT, context(spec)::stores).close();
            } catch (org.campuspilot.db.NewFile.AlreadyThere e) {
                spec.commandLine().getErr().println(MESSAGES.get("cli.demo.exists", location.display()));
                return REJECTED;
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println(OpenFailures.describe(MESSAGES, e, location));
                return CANNOT_OPEN;
            }
            spec.commandLine().getOut().println(MESSAGES.get("cli.demo.created", location.display()));
            return OK;
        }
    }

    @Command(name = "check", description = "Vérifie un fichier sans le modifier : version du schéma et intégrité"
            + " SQLite complète. Code de sortie 3 si le fichier est endommagé ou inutilisable.")
    static final class Check implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--db", required = true, paramLabel = "CAMPUS",
                description = "Le fichier à vérifier, ou l'adresse d'une base partagée.") Location location;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            if ((location instanceof Location.Server)) {
                return checkServer(out, err);
            }
            Path db = ((Location.File) location).path();
            if (!Files.isRegularFile(db)) {
                err.println(notAFile(db));
                return CANNOT_OPEN;
            }
            boolean noSidecars = org.campuspilot.db.Sidecars.absent(db);
            try {
                return check(db, out, err);
            } finally {
                org.campuspilot.db.Sidecars.removeIfCreated(db, noSidecars);
            }
        }

        /** A server keeps its own pages whole: the check is that the base opens, is ours, and of which version. */
        private int checkServer(PrintWriter out, PrintWriter err) {
            Database db;
            try {
                db = Database.open(location, Database.Options.DEFAULT.readOnly(true));
            } catch (RuntimeException e) {
                err.println(OpenFailures.describe(MESSAGES, e, location));
                return CANNOT_OPEN;
            }
            try {
                long version = new org.campuspilot.db.Jdbc(db).count("SELECT COALESCE(MAX(version), 0) FROM schema_version");
                out.println(MESSAGES.get("cli.check.server", location.display()));
                out.println(MESSAGES.get("cli.check.version", version, Migrations.latestVersion()));
                return OK;
            } finally {
                db.close();
            }
        }

        private static int check(Path db, PrintWriter out, PrintWriter err) {
            java.util.List<String> integrity;
            int version;
            boolean ours;
            // A read-only connection: a check never writes.
            try (var c = Database.readOnlyConnection(db); var s = c.createStatement()) {
                integrity = new java.util.ArrayList<>();
                try (var rs = s.executeQuery("PRAGMA integrity_check(20)")) {
                    while (rs.next()) {
                        integrity.add(rs.getString(1));
                    }
                }
                Migrations.Identity identity;
                try {
                    identity = Migrations.recognise(c);
                } catch (Migrations.ForeignDatabaseException e) {
                    identity = null;
                }
                ours = identity != null && identity.version() > 0;
                version = ours ? identity.version() : 0;
            } catch (java.sql.SQLException e) {
                // A read-only folder or a full disk is not a damaged file: each has its sentence.
                err.println(OpenFailures.describe(MESSAGES, e, db));
                return CANNOT_OPEN;
            }
            if (!integrity.equals(java.util.List.of("ok"))) {
                err.println(MESSAGES.get("cli.check.damaged", db, integrity.size() + " : " + String.join(" ; ",
                        integrity.subList(0, Math.min(3, integrity.size())))));
                return CANNOT_OPEN;
            }
            out.println(MESSAGES.get("cli.check.integrity", "ok"));
            if (!ours) {
                err.println(MESSAGES.get("file.error.foreign", db));
                return CANNOT_OPEN;
            }
            out.println(MESSAGES.get("cli.check.version", version, Migrations.latestVersion()));
            if (version > Migrations.latestVersion()) {
                err.println(MESSAGES.get("file.error.newer", db));
                return CANNOT_OPEN;
            }
            return OK;
        }
    }

    @Command(name = "validate", description = "Vérifie un code UAI, SIRET, SIREN ou NAF.")
    static final class Validate implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", paramLabel = "TYPE", description = "uai, siret, siren ou naf") String kind;
        @Parameters(index = "1", paramLabel = "CODE", description = "Le code à vérifier.") String code;
        @Option(names = "--nomenclature", paramLabel = "NOMENCLATURE",
                description = "Pour un code NAF : rev2 ou naf2025 (par défaut, celle en"
                + " vigueur aujourd'hui).") String nomenclature;

        @Override
        public Integer call() {
            Checked<?> result;
            switch (kind.toLowerCase(java.util.Locale.ROOT)) {
                case "uai" -> result = Uai.check(code);
                case "siret" -> result = Siret.check(code);
                case "siren" -> result = Siren.check(code);
                case "naf" -> {
                    NafVersion version = nafVersion();
                    if (version == null) {
                        spec.commandLine().getErr().println(MESSAGES.get("cli.validate.unknownNomenclature",
                                nomenclature));
                        return USAGE;
                    }
                    result = Naf.check(code, version).map(n -> n.code() + " (" + MESSAGES.get(
                            n.version().messageKey()) + ")");
                }
                default -> {
                    spec.commandLine().getErr().println(MESSAGES.get("cli.validate.unknownKind", kind));
                    return USAGE;
                }
            }
            if (result.isOk()) {
                spec.commandLine().getOut().println(MESSAGES.get("cli.validate.ok", kind.toUpperCase(
                        java.util.Locale.ROOT), result.value()));
                return OK;
            }
            spec.commandLine().getErr().println(MESSAGES.get(result.problem().orElseThrow()));
            return REJECTED;
        }

        private NafVersion nafVersion() {
            if (nomenclature == null) {
                return NafVersion.inForceOn(java.time.LocalDate.now());
            }
            return switch (nomenclature.toLowerCase(java.util.Locale.ROOT).replace(" ", "")) {
                case "rev2", "naf2", "nafrev2" -> NafVersion.REV2;
                case "naf2025", "2025" -> NafVersion.NAF2025;
                default -> null;
            };
        }
    }

    /** Why a file could not be written: a campus file or a backup is never replaced; else the {@code key}'s sentence. */
    static String writeFailure(Throwable failure, Path out, String key) {
        return MESSAGES.get(DocumentFiles.DatabaseFileRefused.isCauseOf(failure) ? "document.write.database" : key,
                out);
    }

    /** Every command answers {@code --version} (the option is inherited from the root). */
    private static void withVersion(CommandLine command, String version) {
        command.getCommandSpec().version(version);
        command.getSubcommands().values().forEach(sub -> withVersion(sub, version));
    }

    /** A command line picocli cannot parse: one French sentence, then the command's usage; exit 2. */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        if (ex.getCause() instanceof Location.BadAddress bad) {
            err.println(MESSAGES.get(bad.key(), ex.getValue()));
            return USAGE;
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            err.println(MESSAGES.get("cli.usage.missing", String.join(", ", missing.getMissing().stream()
                    .map(Cli::name).toList())));
        } else if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            err.println(MESSAGES.get("cli.usage.unknown", String.join(" ", unmatched.getUnmatched())));
        } else if (ex.getArgSpec() != null && ex.getValue() != null) {
            err.println(MESSAGES.get("cli.usage.invalid", name(ex.getArgSpec()), ex.getValue()));
        } else {
            err.println(MESSAGES.get("cli.usage.incomplete"));
        }
        ex.getCommandLine().usage(err);
        return USAGE;
    }

    private static String name(CommandLine.Model.ArgSpec arg) {
        return arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    /** Why {@code db} cannot be used: a folder given for a file, or no such file. */
    static String notAFile(Path db) {
        return MESSAGES.get(Files.isDirectory(db) ? "file.error.folder" : "cli.check.missing", db);
    }

    /** The composition root's context of the command line a command belongs to. */
    static CommandContext context(CommandLine.Model.CommandSpec spec) {
        return ((Cli) spec.root().userObject()).context;
    }

    /**
     * Runs a command that writes to a campus while holding its writer lock; refused (exit 3) when the file is open in
     * the window or another command. A server lets several write at once: no lock.
     */
    @SuppressWarnings("try") // the lock is held for the work, never read
    static int whileLocked(CommandLine.Model.CommandSpec spec, Location location, Callable<Integer> work) {
        if (!(location instanceof Location.File f)) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        Path db = f.path();
        java.util.Optional<org.campuspilot.db.WriterLock> lock;
        try {
            lock = org.campuspilot.db.WriterLock.tryAcquire(db);
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println(MESSAGES.get("file.error.cannotOpen", db));
            return CANNOT_OPEN;
        }
        if (lock.isEmpty()) {
            spec.commandLine().getErr().println(MESSAGES.get("cli.locked", db,
                    org.campuspilot.db.WriterLock.holderOf(db)));
            return CANNOT_OPEN;
        }
        try (org.campuspilot.db.WriterLock held = lock.get()) {
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a command that writes to a campus: under its writer lock, once it is open (else exit 3). */
    static int writing(CommandLine.Model.CommandSpec spec, Location db,
            java.util.function.Function<Stores, Integer> work) {
        return whileLocked(spec, db, () -> {
            Stores stores = open(spec, db);
            if (stores == null) {
                return CANNOT_OPEN;
            }
            try {
                return work.apply(stores);
            } finally {
                stores.database().close();
            }
        });
    }

    /** Opens the campus of a command and gives its repositories, or prints why it cannot and gives null. */
    static Stores open(CommandLine.Model.CommandSpec spec, Location db) {
        Database database = openDatabase(spec, db);
        return database == null ? null : context(spec).stores(database);
    }

    /** Opens a campus (a file that exists, or a base on a server), or prints why it cannot and gives null. */
    static Database openDatabase(CommandLine.Model.CommandSpec spec, Location db) {
        if (db instanceof Location.File f && !Files.isRegularFile(f.path())) {
            spec.commandLine().getErr().println(notAFile(f.path()));
            return null;
        }
        try {
            return context(spec).open(db);
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println(OpenFailures.describe(MESSAGES, e, db));
            return null;
        }
    }
}
