package org.campuspilot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.campuspilot.backup.BackupFile;
import org.campuspilot.backup.Backups;
import org.campuspilot.db.Database;
import org.campuspilot.db.Location;
import org.campuspilot.db.StoreCopy;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Problem;
import org.campuspilot.ui.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The headless {@code backup} and {@code restore} commands. */
final class BackupCommands {
    private static final Messages MESSAGES = Messages.load(Messages.FRENCH);

    private BackupCommands() {
    }

    @Command(name = "backup", description = "Sauvegarde un campus (copie cohérente, même s'il est ouvert) ; celui"
            + " d'une base partagée devient un fichier de campus ordinaire.")
    static final class Backup implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--db", required = true, paramLabel = "CAMPUS",
                description = "Le fichier à sauvegarder, ou l'adresse d'une base partagée.") Location location;
        @Option(names = "--out", paramLabel = "FICHIER",
                description = "Le fichier de sauvegarde à écrire (par défaut : dans le dossier"
                + " des sauvegardes, avec la rotation).") Path out;

        @Override
        public Integer call() {
            var err = spec.commandLine().getErr();
            if ((location instanceof Location.Server)) {
                return ofServer();
            }
            Path db = ((Location.File) location).path();
            if (!Files.isRegularFile(db)) {
                err.println(Cli.notAFile(db));
                return Cli.CANNOT_OPEN;
            }
            Optional<Problem> unusable = Backups.verifySource(db);
            if (unusable.isPresent()) {
                err.println(MESSAGES.get(unusable.get()));
                return Cli.CANNOT_OPEN;
            }
            try {
                if (out != null) {
                    if (!outReady(err)) {
                        return Cli.REJECTED;
                    }
                    Backups.copyConsistent(db, out.toAbsolutePath());
                    spec.commandLine().getOut().println(MESSAGES.get("cli.backup.done", out, size(out)));
                    return Cli.OK;
                }
                Backups.Outcome made = Cli.context(spec).backupsOf(db).create(BackupFile.Reason.MANUAL);
                spec.commandLine().getOut().println(MESSAGES.get("cli.backup.done", made.backup().path(),
                        size(made.backup().path())));
                if (made.mirrorProblem() != null) {
                    err.println(MESSAGES.get(made.mirrorProblem()));
                }
                return Cli.OK;
            } catch (Backups.BackupException e) {
                err.println(MESSAGES.get(e.problem()));
                return Cli.REJECTED;
            } catch (java.io.IOException e) {
                err.println(MESSAGES.get(Backups.writeFailure(out, e)));
                return Cli.REJECTED;
            }
        }

        /** The file {@code --out} names is new, and its folder there; else says so. */
        private boolean outReady(java.io.PrintWriter err) throws java.io.IOException {
            if (Files.exists(out)) {
                err.println(MESSAGES.get("cli.backup.exists", out));
                return false;
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return true;
        }

        /** A base on a server, written into an ordinary campus file: the one asked, or the backups' folder. */
        private int ofServer() {
            var err = spec.commandLine().getErr();
            Database server = Cli.openDatabase(spec, location);
            if (server == null) {
                return Cli.CANNOT_OPEN;
            }
            try {
                Path written;
                if (out != null) {
                    if (!outReady(err)) {
                        return Cli.REJECTED;
                    }
                    StoreCopy.intoNewFile(server, out.toAbsolutePath());
                    written = out;
                } else {
                    Backups.Outcome made = Cli.context(spec).backupsOf(server).create(BackupFile.Reason.MANUAL);
                    written = made.backup().path();
                    if (made.mirrorProblem() != null) {
                        err.println(MESSAGES.get(made.mirrorProblem()));
                    }
                }
                spec.commandLine().getOut().println(MESSAGES.get("cli.backup.done", written, size(written)));
                return Cli.OK;
            } catch (Backups.BackupException e) {
                err.println(MESSAGES.get(e.problem()));
                return Cli.REJECTED;
            } catch (java.io.IOException e) {
                err.println(MESSAGES.get(Backups.writeFailure(out, e)));
                return Cli.REJECTED;
            } finally {
                server.close();
            }
        }
    }

    @Command(name = "restore", description = "Remplace un campus par une sauvegarde vérifiée (le campus remplacé"
            + " est d'abord sauvegardé). Dans une base partagée, il faut confirmer avec --remplacer.")
    static final class Restore implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", paramLabel = "SAUVEGARDE", description = "La sauvegarde à restaurer.") Path backup;
        @Option(names = "--db", required = true, paramLabel = "CAMPUS",
                description = "Le fichier de campus à remplacer, ou l'adresse d'une base partagée.") Location location;
        @Option(names = "--remplacer", description = "Confirme le remplacement du campus d'une base partagée, que"
                + " d'autres personnes utilisent peut-être.") boolean replace;

        @Override
        public Integer call() {
            if (location instanceof Location.File f && Files.isDirectory(f.path())) {
                spec.commandLine().getErr().println(Cli.notAFile(f.path()));
                return Cli.CANNOT_OPEN;
            }
            return Cli.whileLocked(spec, location, this::restore);
        }

        private Integer restore() {
            var err = spec.commandLine().getErr();
            Database server = null;
            try {
                Backups backups;
                if (location instanceof Location.File f) {
                    backups = Cli.context(spec).backupsOf(f.path());
                } else {
                    Optional<Problem> refused = Backups.verify(backup);
                    if (refused.isPresent()) {
                        err.println(MESSAGES.get(refused.get()));
                        return Cli.REJECTED;
                    }
                    server = Cli.openDatabase(spec, location);
                    if (server == null) {
                        return Cli.CANNOT_OPEN;
                    }
                    if (!replace && !StoreCopy.isEmpty(server)) {
                        err.println(CopyCommand.notEmpty(location, StoreCopy.count(server), backup.toString()));
                        return Cli.REJECTED;
                    }
                    backups = Cli.context(spec).backupsOf(server);
                }
                Backups.Restored restored = backups.restore(backup);
                var out = spec.commandLine().getOut();
                if (restored.backupOfReplaced() != null) {
                    out.println(MESSAGES.get("cli.restore.backedUp", restored.backupOfReplaced().path()));
                }
                if (restored.damagedMovedTo() != null) {
                    out.println(MESSAGES.get("cli.restore.movedAside", restored.damagedMovedTo()));
                }
                out.println(MESSAGES.get("cli.restore.done", location.display(), backup));
                return Cli.OK;
            } catch (Backups.BackupException e) {
                err.println(MESSAGES.get(e.problem()));
                return e.problem().key().equals("backup.error.restoreFull")
                        || e.problem().key().equals("backup.error.cannotReplace")
                        || e.problem().key().equals("file.error.readOnly") ? Cli.CANNOT_OPEN : Cli.REJECTED;
            } finally {
                if (server != null) {
                    server.close();
                }
            }
        }
    }

    static String size(Path file) {
        try {
            return FrenchFormats.fileSize(Files.size(file));
        } catch (java.io.IOException e) {
            return "?";
        }
    }

}
