package org.campuspilot.db;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Files of the campus (the database, its backups, its lock) are readable by their owner only where the system says so. */
public final class OwnerOnly {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    /** Creates an empty file with mode 0600 (on Windows, the user's profile folder already keeps others out). */
    public static void createFile(Path file) throws IOException {
        if (POSIX) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    /** Creates the folder and each missing parent, giving mode 0700 to every folder this creates. */
    public static void createFolder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createFolder(parent);
        }
        try {
            Files.createDirectory(absolute);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (Files.isDirectory(absolute)) {
                return; // made by another process meanwhile: not ours to change
            }
            throw e;
        }
        if (POSIX) {
            Files.setPosixFilePermissions(absolute, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Sets mode 0700 on a folder of the user the application made (by an older version, with the default mode). */
    public static void restrictFolder(Path folder) {
        if (!POSIX) {
            return;
        }
        try {
            if (Files.isDirectory(folder) && Files.isWritable(folder)) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not the user's folder: its permissions are not ours to change.
        }
    }

    /** Sets mode 0600 on a file of the user (a file made by an older version, or copied in); others are left alone. */
    public static void restrict(Path file) {
        if (!POSIX) {
            return;
        }
        try {
            if (Files.isWritable(file)) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not the user's file (a shared folder): its permissions are not ours to change.
        }
    }
}
