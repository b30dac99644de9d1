package org.campuspilot.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;

/**
 * A campus file built whole or not at all: it is made in a hidden file of the same folder
 * ({@code .<name>.<pid>.part}), filled, checkpointed into one file, synced, and only then renamed to its name. A
 * process killed on the way leaves no half campus under the file's name, only a hidden part that the next build of
 * the same file (or the next start) removes once its process has gone.
 */
public final class NewFile {
    private static final String SUFFIX = ".part";
    private static final List<String> SIDECARS = List.of("-wal", "-shm", "-journal");

    private NewFile() {
    }

    /** Thrown when the file appeared (or was not empty) before the new one could take its name: it is untouched. */
    public static final class AlreadyThere extends RuntimeException implements KnownCondition {
        AlreadyThere(Path file) {
            this(file.toString());
        }

        /** A campus file or database on a server that already holds a campus. */
        public AlreadyThere(String where) {
            super("Refusing to overwrite " + where);
        }
    }

    /**
     * Builds a new campus file at {@code file} and returns it opened. An empty file (0 bytes, as a file chooser may
     * create) may be replaced; any other is refused untouched.
     *
     * @throws AlreadyThere when the file exists and is not empty
     */
    public static Database build(Path file, Database.Options options, Consumer<Database> fill) {
        Path target = file.toAbsolutePath();
        refuseIfNotEmpty(target);
        try {
            OwnerOnly.createFolder(target.getParent());
            removeLeftovers(target);
            Path part = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid()
                    + SUFFIX);
            deleteWithSidecars(part);
            try {
                Database db = Database.open(part, options);
                fill.accept(db);
                db.withConnection(c -> {
                    try (Statement s = c.createStatement()) {
                        s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                    }
                    return null;
                });
                db.close();
                // No connection is left open: the journal files hold nothing now.
                for (String suffix : List.of("-wal", "-shm")) {
                    Files.deleteIfExists(part.resolveSibling(part.getFileName() + suffix));
                }
                try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
                refuseIfNotEmpty(target);
                if (Files.exists(target)) {
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (RuntimeException | IOException e) {
                deleteWithSidecars(part);
                throw e;
            }
        } catch (IOException e) {
            throw new DataAccessException("Cannot create " + target, new java.sql.SQLException(e.getMessage(), e));
        }
        return Database.open(target, options);
    }

    private static void refuseIfNotEmpty(Path target) {
        try {
            if (Files.exists(target) && (!Files.isRegularFile(target) || Files.size(target) > 0)) {
                throw new AlreadyThere(target);
            }
        } catch (IOException e) {
            throw new AlreadyThere(target);
        }
    }

    /**
     * Removes the hidden parts of {@code file} left by builds whose process has gone (killed, or the machine
     * stopped); a build still running in another process keeps its part.
     */
    public static void removeLeftovers(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        String prefix = "." + file.getFileName() + ".";
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(SUFFIX);
        })) {
            for (Path part : parts) {
                String pid = part.getFileName().toString().substring(prefix.length(),
                        part.getFileName().toString().length() - SUFFIX.length());
                if (pid.chars().allMatch(Character::isDigit) && !pid.isEmpty()
                        && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                deleteWithSidecars(part);
            }
        } catch (IOException | RuntimeException e) {
            // A folder that cannot be listed keeps its leftovers: nothing depends on them.
        }
    }

    /** Removes a campus file's working copy and its journal files, if there (one that resists is left for later). */
    public static void deleteWithSidecars(Path part) {
        try {
            Files.deleteIfExists(part);
            for (String suffix : SIDECARS) {
                Files.deleteIfExists(part.resolveSibling(part.getFileName() + suffix));
            }
        } catch (IOException e) {
            // Removed at the next build.
        }
    }
}
