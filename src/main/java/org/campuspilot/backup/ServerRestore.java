package org.campuspilot.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.campuspilot.db.DataAccessException;
import org.campuspilot.db.Database;
import org.campuspilot.db.StoreCopy;
import org.campuspilot.shared.Problem;

/**
 * A backup file restored into a campus on a server (decision 0034): the server's campus is first backed up into a
 * file, the backup is brought up to date in a working copy (a backup of an older version is migrated there, never
 * in place), then every row of the server is replaced in one transaction ({@link StoreCopy.Mode#REPLACE}): the other
 * windows see either the old campus or the restored one.
 */
final class ServerRestore {
    private static final Logger LOG = Logger.getLogger(ServerRestore.class.getName());

    private ServerRestore() {
    }

    /** Returns the backup taken of the server's campus before it was replaced. */
    static BackupFile replace(Backups backups, Database server, Path backup) {
        BackupFile before = backups.create(BackupFile.Reason.BEFORE_RESTORE).backup();
        Path work = backups.folder().resolve(".restore-" + System.nanoTime() + ".campuspilot");
        Database copy = null;
        try {
            Files.copy(backup, work, StandardCopyOption.REPLACE_EXISTING);
            copy = Database.open(work);
            StoreCopy.copy(copy, server, StoreCopy.Mode.REPLACE);
            return before;
        } catch (IOException | DataAccessException | StoreCopy.VersionsDiffer e) {
            LOG.log(Level.WARNING, "Cannot restore " + backup + " into " + server.location().display(), e);
            throw new Backups.BackupException(Problem.of("backup.error.serverRestore",
                    server.location().display()), e);
        } finally {
            if (copy != null) {
                copy.close();
            }
            org.campuspilot.db.NewFile.deleteWithSidecars(work);
        }
    }
}
