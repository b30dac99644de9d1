package org.campuspilot.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The hidden files a killed backup or restore leaves behind (a whole copy of the data each): removed at the next
 * start, and before each backup in its own folders. Only files of our exact names are removed, and only stale ones:
 * not modified for an hour and older than this process. A backup or restore under way in another instance writes
 * its file continuously (SQLite's {@code VACUUM INTO}, a copy to the second folder) until it renames it, so it is
 * never hit.
 */
public final class Leftovers {
    private static final Logger LOG = Logger.getLogger(Leftovers.class.getName());
    static final Duration STALE_AFTER = Duration.ofHours(1);

    private Leftovers() {
    }

    /** A backup's hidden copy being written: {@code .<backup name>.part}. */
    static boolean isBackupPart(String name) {
        return name.startsWith(".") && name.endsWith(".part")
                && BackupFile.parse(Path.of(name.substring(1, name.length() - ".part".length())), 0).isPresent();
    }

    /** The copy to the second folder of older versions: {@code <backup name>.part}, not hidden. */
    private static boolean isOldMirrorPart(String name) {
        return name.endsWith(".part")
                && BackupFile.parse(Path.of(name.substring(0, name.length() - ".part".length())), 0).isPresent();
    }

    /**
     * Removes the stale backup leftovers of the data folder's {@code backups/} and of the second folder (its
     * per-file folders and, for older versions' copies, its top).
     */
    public static void removeIn(Path dataFolder, Path mirror) {
        for (Path folder : subfolders(dataFolder.resolve("backups"))) {
            removeStale(folder, Leftovers::isBackupPart);
        }
        if (mirror != null) {
            removeStale(mirror, name -> isBackupPart(name) || isOldMirrorPart(name));
            for (Path folder : subfolders(mirror)) {
                removeStale(folder, Leftovers::isBackupPart);
            }
        }
    }

    /** Removes a stale restore snapshot ({@code .<name>.restore.part}) next to a campus file. */
    public static void removeNextTo(Path campusFile) {
        Path part = Restore.partOf(campusFile.toAbsolutePath());
        removeStale(part.getParent(), part.getFileName().toString()::equals);
    }

    /** True when a file was last modified over an hour ago and before this process started. */
    public static boolean isStale(Path file) {
        try {
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            Instant cutoff = Instant.now().minus(STALE_AFTER);
            Instant started = ProcessHandle.current().info().startInstant().orElse(cutoff);
            return modified.isBefore(cutoff) && modified.isBefore(started);
        } catch (IOException e) {
            return false;
        }
    }

    static void removeStale(Path folder, Predicate<String> ours) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                if (ours.test(p.getFileName().toString()) && Files.isRegularFile(p) && isStale(p)) {
                    Files.deleteIfExists(p);
                    LOG.info(() -> "Removed the leftover " + p);
                }
            }
        } catch (IOException e) {
            LOG.warning(() -> "Cannot remove the leftovers of " + folder + ": " + e);
        }
    }

    private static List<Path> subfolders(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
