package org.campuspilot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.campuspilot.backup.BackupFile;
import org.campuspilot.backup.Backups;
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

    @Command(name = "backup", description = "Sauvegarde un fichier de campus (copie cohérente, même s'il est ouvert).")
    static final class Backup implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--db", required = true, paramLabel = "FICHIER",
                description = "Le fichier à sauvegarder.") Path db;
        @Option(names = "--out", paramLabel = "FICHIER",
                description = "Le fichier de sauvegarde à écrire (par défaut : dans le dossier"
                + " des sauvegardes, avec la rotation).") Path out;

        @Override
        public Integer call() {
            var err = spec.commandLine().getErr();
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
                    if (Files.exists(out)) {
                        err.println(MESSAGES.get("cli.backup.exists", out));
                        return Cli.REJECTED;
                    }
                    Path parent = out.toAbsolutePath().getParent();
                    if (parent != null) {
                        Files.createDirectories(parent);
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
    }

    @Command(name = "restore", description = "Remplace un fichier de campus par une sauvegarde vérifiée"
            + " (le fichier remplacé est d'abord sauvegardé).")
    static final class Restore implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", paramLabel = "SAUVEGARDE", description = "La sauvegarde à restaurer.") Path backup;
        @Option(names = "--db", required = true, paramLabel = "FICHIER",
                description = "Le fichier de campus à remplacer.") Path db;

        @Override
        public Integer call() {
            if (Files.isDirectory(db)) {
                spec.commandLine().getErr().println(Cli.notAFile(db));
                return Cli.CANNOT_OPEN;
            }
            return Cli.whileLocked(spec, db, this::restore);
        }

        private Integer restore() {
            var err = spec.commandLine().getErr();
            try {
                Backups.Restored restored = Cli.context(spec).backupsOf(db).restore(backup);
                var out = spec.commandLine().getOut();
                if (restored.backupOfReplaced() != null) {
                    out.println(MESSAGES.get("cli.restore.backedUp", restored.backupOfReplaced().path()));
                }
                if (restored.damagedMovedTo() != null) {
                    out.println(MESSAGES.get("cli.restore.movedAside", restored.damagedMovedTo()));
                }
                out.println(MESSAGES.get("cli.restore.done", db, backup));
                return Cli.OK;
            } catch (Backups.BackupException e) {
                err.println(MESSAGES.get(e.problem()));
                return e.problem().key().equals("backup.error.restoreFull")
                        || e.problem().key().equals("backup.error.cannotReplace")
                        || e.problem().key().equals("file.error.readOnly") ? Cli.CANNOT_OPEN : Cli.REJECTED;
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
