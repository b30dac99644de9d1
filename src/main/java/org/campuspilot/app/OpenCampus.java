package org.campuspilot.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.campuspilot.backup.BackupFile;
import org.campuspilot.backup.Backups;
import org.campuspilot.db.Database;
import org.campuspilot.db.KnownCondition;
import org.campuspilot.db.Location;
import org.campuspilot.db.ServerPassword;
import org.campuspilot.db.WriterLock;

/**
 * The campus the window has open (a file, or a database on a server) and what protects a file: its writer lock (one
 * writer per file), read-only mode, its backups, and the backup made when it is left — on closing the window, on
 * opening another file, or when the system ends the application (a shutdown hook: SIGTERM at logout or shutdown).
 * The window's flows (questions, screens) stay in {@link CampusPilotApp}; what is done to the file is here.
 */
final class OpenCampus {
    private static final Logger LOG = Logger.getLogger(OpenCampus.class.getName());

    private final Path dataFolder;
    private final Supplier<Path> mirror;
    private final Clock clock;
    private Database database;
    /** Held while {@link #database} is open for writing. */
    private WriterLock lock;
    private boolean closed;
    private final Thread onSystemExit = new Thread(this::close, "campus-pilot-backup-on-exit");

    OpenCampus(Path dataFolder, Supplier<Path> mirror, Clock clock) {
        this.dataFolder = dataFolder;
        this.mirror = mirror;
        this.clock = clock;
        Runtime.getRuntime().addShutdownHook(onSystemExit);
    }

    /** A file opened: the database, and the writer lock when it is open for writing. */
    record Opened(Database database, WriterLock lock) {
    }

    /** Another instance writes to the file. */
    static final class Locked extends RuntimeException implements KnownCondition {
        final String holder;

        Locked(String holder) {
            super("Locked by " + holder);
            this.holder = holder;
        }
    }

    /** The file (or its folder) cannot be written. */
    static final class NotWritable extends RuntimeException implements KnownCondition {
        NotWritable() {
            super("Not writable");
        }
    }

    /** The open file, or null before one opened. */
    synchronized Database database() {
        return database;
    }

    /**
     * Opens a file, off the FX thread, without making it the open one yet ({@link #adopt}): for writing, only with
     * its writer lock (the lock already held is kept when the file is the open one, after a restore); read-only,
     * with none. A file of an older version is backed up before its migrations.
     */
    Opened open(Path file, boolean readOnly) {
        // What a killed process left beside it (a restore's part, a new file's part).
        Backups.removeLeftoversOf(file);
        if (readOnly) {
            return new Opened(Database.open(file, Database.Options.DEFAULT.readOnly(true)), null);
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new NotWritable();
        }
        WriterLock held;
        synchronized (this) {
            held = lock != null && database != null && file.toAbsolutePath().equals(database.file()) ? lock : null;
        }
        WriterLock taken = held != null ? held : takeLock(file);
        try {
            return new Opened(Database.open(file, Safety.writing(dataFolder, mirror.get(), clock)), taken);
        } catch (RuntimeException e) {
            if (taken != held) {
                taken.close();
            }
            throw e;
        }
    }

    /**
     * Opens a database on a PostgreSQL server, off the FX thread, without making it the open one yet: no writer
     * lock (several people write to a server), read-only when the server gives the user only reading rights. No
     * backup before its migrations: the server's own backups are its IT contact's (decision 0042).
     */
    Opened openServer(Location.Server address, ServerPassword password) {
        return new Opened(Database.open(address, Database.Options.DEFAULT.password(password)), null);
    }

    /** The file's writer lock, or why not: another instance holds it, or its folder cannot be written. */
    static WriterLock takeLock(Path file) {
        try {
            return WriterLock.tryAcquire(file).orElseThrow(() -> new Locked(WriterLock.holderOf(file)));
        } catch (IOException e) {
            throw new NotWritable();
        }
    }

    /**
     * The opened file replaces the one open: the one left is backed up when it changed (unless it is the same
     * file), and its lock released.
     */
    void adopt(Opened opened) {
        Database leaving;
        WriterLock released;
        synchronized (this) {
            if (closed) {
                // The system ended the application while this file opened: it is left at once.
                backupOnLeave(opened.database());
                opened.database().close();
                if (opened.lock() != null) {
                    opened.lock().close();
                }
                return;
            }
            leaving = database;
            released = lock != opened.lock() ? lock : null;
            database = opened.database();
            lock = opened.lock();
        }
        if (leaving != null && !leaving.location().equals(opened.database().location())) {
            backupOnLeave(leaving);
        }
        if (leaving != null && leaving != opened.database()) {
            leaving.close();
        }
        if (released != null) {
            released.close();
        }
    }

    Backups backupsOf(Path file) {
        return Safety.backups(file, dataFolder, mirror.get(), clock);
    }

    /** The backups of the campus open: its file's, or for a base on a server its copies into campus files. */
    Backups backupsOfOpen() {
        Database open = database();
        return open.file() != null ? backupsOf(open.file())
                : Backups.ofServer(open, dataFolder, mirror.get(), clock);
    }

    /** Before a file is left: a backup if anything changed since the last one. */
    private void backupOnLeave(Database leaving) {
        if (leaving == null || leaving.readOnly() || leaving.file() == null) {
            return;
        }
        try {
            Backups backups = backupsOf(leaving.file());
            if (backups.changedSinceLastBackup()) {
                backups.create(BackupFile.Reason.AUTO);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Automatic backup of " + leaving.file() + " failed", e);
        }
    }

    /** The daily automatic backup of the open file, when something changed and none was taken today. */
    void dailyBackupIfDue() {
        Database open = database();
        if (open == null || open.readOnly() || open.file() == null) {
            return;
        }
        Backups backups = backupsOf(open.file());
        if (backups.automaticDue()) {
            backups.create(BackupFile.Reason.AUTO);
        }
    }

    /**
     * The application ends (its window closed, or the system ends it): the open file is backed up if it changed and
     * its lock released. Once: the normal end and the shutdown hook may both come here.
     */
    void close() {
        Database leaving;
        WriterLock released;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            leaving = database;
            released = lock;
        }
        backupOnLeave(leaving);
        if (leaving != null) {
            leaving.close();
        }
        if (released != null) {
            released.close();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(onSystemExit);
        } catch (IllegalStateException e) {
            // Already shutting down: this is the hook.
        }
    }
}
