package org.campuspilot.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One writer per campus file: a lock on a small file beside it ({@code .mon-campus.campuspilot.lock}), held while
 * the file is open for writing and released by the system when the process ends, even killed. The lock is on a
 * separate file because SQLite's own locks on the database file must not be disturbed. The lock file names its
 * holder (process and machine) for the message the second instance shows.
 */
public final class WriterLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of a campus file. */
    public static Path lockFile(Path database) {
        Path abs = database.toAbsolutePath();
        return abs.resolveSibling("." + abs.getFileName() + ".lock");
    }

    /**
     * Takes the lock, or gives nothing when another instance holds it.
     *
     * @throws IOException when the lock file cannot be written (a read-only folder)
     */
    public static Optional<WriterLock> tryAcquire(Path database) throws IOException {
        Path file = lockFile(database);
        if (Files.notExists(file)) {
            try {
                OwnerOnly.createFile(file);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // Another instance made it a moment ago: the lock decides.
            }
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // Held by this very process (another window of it).
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(holder().getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
        return Optional.of(new WriterLock(channel, lock));
    }

    /** Who holds the lock of a campus file, as its lock file says ("" when unknown). */
    public static String holderOf(Path database) {
        try {
            return Files.readString(lockFile(database), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static String holder() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "?";
        }
        return ProcessHandle.current().pid() + "@" + host;
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The process ending releases it anyway.
        }
    }
}
