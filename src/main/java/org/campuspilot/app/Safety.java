package org.campuspilot.app;

import java.nio.file.Path;
import java.time.Clock;
import org.campuspilot.backup.BackupFile;
import org.campuspilot.backup.Backups;
import org.campuspilot.db.Database;

/** Where a campus file's backups go, and the backup taken before a migration changes a file: the same for the window and the headless commands. */
final class Safety {
    private Safety() {
    }

    static Backups backups(Path file, Path dataFolder, Path mirror, Clock clock) {
        return new Backups(file, Backups.folderFor(dataFolder, file), mirror, clock);
    }

    /** Opening for writing: a file of an older version is backed up before its migrations run. */
    static Database.Options writing(Path dataFolder, Path mirror, Clock clock) {
        return Database.Options.DEFAULT.beforeMigration((db, from, to) ->
                backups(db.file(), dataFolder, mirror, clock).create(BackupFile.Reason.BEFORE_MIGRATION));
    }
}
