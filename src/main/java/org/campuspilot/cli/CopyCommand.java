package org.campuspilot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.campuspilot.backup.BackupFile;
import org.campuspilot.backup.Backups;
import org.campuspilot.db.DataAccessException;
import org.campuspilot.db.Database;
import org.campuspilot.db.Location;
import org.campuspilot.db.StoreCopy;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.ui.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code copy --from CAMPUS --to CAMPUS}: a whole campus, its history included, from a file into a base on a server
 * or back (decision 0034). All or nothing, the rows counted on both sides; a target that holds a campus is replaced
 * only with {@code --remplacer}, after a backup of it.
 */
@Command(name = "copy", description = "Copie tout un campus, son historique compris, d'un fichier vers une base"
        + " partagée ou l'inverse : tout ou rien, les lignes comptées des deux côtés.")
final class CopyCommand implements Callable<Integer> {
    private static final Messages MESSAGES = Messages.load(Messages.FRENCH);

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Option(names = "--from", required = true, paramLabel = "CAMPUS", description = "Le campus à copier : son"
            + " fichier, ou l'adresse de sa base partagée.") Location from;
    @Option(names = "--to", required = true, paramLabel = "CAMPUS", description = "Où le copier : un nouveau"
            + " fichier, ou l'adresse d'une base partagée (vide, sauf avec --remplacer).") Location to;
    @Option(names = "--remplacer", description = "Remplace le campus que la base partagée contient déjà (il est"
            + " d'abord sauvegardé).") boolean replace;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (from.equals(to) || from.display().equals(to.display())) {
            err.println(MESSAGES.get("cli.copy.same", from.display()));
            return Cli.USAGE;
        }
        if (to instanceof Location.File f && Files.exists(f.path())) {
            err.println(MESSAGES.get(Files.isDirectory(f.path()) ? "file.error.folder" : "cli.copy.fileExists",
                    f.path()));
            return Cli.REJECTED;
        }
        Database source = Cli.openDatabase(spec, from);
        if (source == null) {
            return Cli.CANNOT_OPEN;
        }
        try {
            StoreCopy.Counts counts = to instanceof Location.File f ? intoFile(source, f.path()) : intoServer(source);
            if (counts == null) {
                return Cli.REJECTED;
            }
            spec.commandLine().getOut().println(done(counts));
            return Cli.OK;
        } catch (StoreCopy.VersionsDiffer e) {
            err.println(MESSAGES.get("cli.copy.versions", from.display()));
            return Cli.REJECTED;
        } catch (ServerUnavailable e) {
            return Cli.CANNOT_OPEN;
        } catch (Backups.BackupException e) {
            err.println(MESSAGES.get(e.problem()));
            return Cli.REJECTED;
        } catch (DataAccessException | StoreCopy.CountsDiffer | java.io.IOException e) {
            java.util.logging.Logger.getLogger(CopyCommand.class.getName()).log(java.util.logging.Level.WARNING,
                    "Copy from " + from.display() + " to " + to.display() + " failed", e);
            err.println(MESSAGES.get("cli.copy.failed", to.display()));
            return Cli.REJECTED;
        } finally {
            source.close();
        }
    }

    private StoreCopy.Counts intoFile(Database source, Path target) throws java.io.IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return StoreCopy.intoNewFile(source, target.toAbsolutePath());
    }

    private StoreCopy.Counts intoServer(Database source) {
        Database target = Cli.openDatabase(spec, to);
        if (target == null) {
            throw new ServerUnavailable();
        }
        try {
            boolean empty = StoreCopy.isEmpty(target);
            if (!empty && !replace) {
                spec.commandLine().getErr().println(notEmpty(to, StoreCopy.count(target), from.display()));
                return null;
            }
            if (!empty) {
                BackupFile before = Cli.context(spec).backupsOf(target).create(BackupFile.Reason.BEFORE_RESTORE)
                        .backup();
                spec.commandLine().getOut().println(MESSAGES.get("cli.restore.backedUp", before.path()));
            }
            return StoreCopy.copy(source, target, empty ? StoreCopy.Mode.INTO_EMPTY : StoreCopy.Mode.REPLACE);
        } finally {
            target.close();
        }
    }

    private String done(StoreCopy.Counts counts) {
        return MESSAGES.get("cli.copy.done", from.display(), to.display(), FrenchFormats.integer(counts.total()),
                counts.rows().size(), FrenchFormats.integer(counts.of("establishment")),
                FrenchFormats.integer(counts.of("company")), FrenchFormats.integer(counts.of("contact")),
                FrenchFormats.integer(counts.of("event")), FrenchFormats.integer(counts.of("action")),
                FrenchFormats.integer(counts.of("audit_entry")));
    }

    /** The sentence for a base that holds a campus already, which the copy or restore did not touch. */
    static String notEmpty(Location target, StoreCopy.Counts present, String source) {
        return MESSAGES.get("cli.copy.notEmpty", target.display(), FrenchFormats.integer(present.of("establishment")),
                FrenchFormats.integer(present.of("company")), FrenchFormats.integer(present.of("audit_entry")), source);
    }

    /** The target base could not be opened (already said). */
    private static final class ServerUnavailable extends RuntimeException {
    }
}
