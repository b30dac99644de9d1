package org.campuspilot.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.campuspilot.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What killed backups and restores leave is removed, and only that; the folders made are the user's alone. */
class LeftoversTest {
    @TempDir Path dir;

    private static Path stale(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "une copie entière des données");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        return file;
    }

    private static Path fresh(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "en cours d'écriture par une autre fenêtre");
    }

    @Test
    void aBackupRemovesWhatAKilledBackupLeftInItsFolders() throws IOException {
        Path db = dir.resolve("campus.campuspilot");
        Database.open(db);
        Path mirror = Files.createDirectories(dir.resolve("usb"));
        Backups backups = new Backups(db, Backups.folderFor(dir.resolve("data"), db), mirror,
                Clock.systemDefaultZone());
        backups.create(BackupFile.Reason.AUTO);
        for (Path folder : new Path[] {dir.resolve("data"), dir.resolve("data").resolve("backups"),
            backups.folder(), backups.mirrorFolder()}) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)),
                    folder.toString());
        }
        Path killed = stale(backups.folder().resolve(".campus_2026-01-05_18-00-00_auto.sauvegarde.part"));
        Path killedCopy = stale(backups.mirrorFolder().resolve(".campus_2026-01-05_18-00-00_auto.sauvegarde.part"));
        Path underWay = fresh(backups.folder().resolve(".campus_2026-01-05_18-00-01_auto.sauvegarde.part"));
        backups.create(BackupFile.Reason.MANUAL);
        assertFalse(Files.exists(killed), "a killed backup's copy does not stay forever");
        assertFalse(Files.exists(killedCopy), "nor its copy in the second folder");
        assertTrue(Files.exists(underWay), "a backup under way in another instance is left alone");
    }

    @Test
    void atStartOnlyStaleFilesOfOurNamesAreRemoved() throws IOException {
        Path data = dir.resolve("data");
        Path mirror = dir.resolve("usb");
        Path campus = dir.resolve("dossier").resolve("campus.campuspilot");
        Path ofFolder = stale(data.resolve("backups").resolve("campus-0a1b2c3d")
                .resolve(".campus_2026-01-05_18-00-00_auto.sauvegarde.part"));
        Path ofMirror = stale(mirror.resolve("campus-0a1b2c3d").resolve(".campus_2026-01-05_18-00-00_manuelle.sauvegarde.part"));
        Path oldMirrorLayout = stale(mirror.resolve("campus_2026-01-05_18-00-00_auto.sauvegarde.part"));
        Path ofRestore = stale(campus.resolveSibling(".campus.campuspilot.restore.part"));
        Path notOurs = stale(mirror.resolve(".notes.txt.part"));
        Path userFile = stale(campus.resolveSibling(".autre.campuspilot.restore.part.txt"));
        Path backup = stale(mirror.resolve("campus-0a1b2c3d").resolve("campus_2026-01-05_18-00-00_auto.sauvegarde"));
        Path underWay = fresh(data.resolve("backups").resolve("campus-0a1b2c3d")
                .resolve(".campus_2026-01-06_18-00-00_auto.sauvegarde.part"));
        Backups.removeLeftovers(data, mirror);
        Backups.removeLeftoversOf(campus);
        for (Path gone : new Path[] {ofFolder, ofMirror, oldMirrorLayout, ofRestore}) {
            assertFalse(Files.exists(gone), gone.toString());
        }
        for (Path kept : new Path[] {notOurs, userFile, backup, underWay}) {
            assertTrue(Files.exists(kept), kept.toString());
        }
    }
}
