package org.campuspilot.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.campuspilot.db.Database;
import org.campuspilot.db.DatabaseProblem;
import org.campuspilot.db.Location;
import org.campuspilot.db.OwnerOnly;
import org.campuspilot.db.Sidecars;
import org.campuspilot.db.StoreCopy;
import org.campuspilot.shared.Problem;

/**
 * The backups of one campus file: consistent copies made by SQLite ({@code VACUUM INTO}) while the file is in use,
 * kept in the data folder ({@code backups/<file>-<hash>}) and copied to a second folder when the director chose one
 * (a USB key, a network share), in a folder of the same name there. Each folder is thinned out by {@link Rotation}. A restore checks the backup first,
 * backs up the file it replaces, and never writes over a damaged file: it is moved aside.
 */
public final class Backups {
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());

    private final Path file;
    /** A campus on a server, backed up into ordinary campus files (then {@code file} is null). */
    private final Database server;
    private final Path folder;
    private final Path mirror;
    private final Clock clock;

    /**
     * @param file the campus file
     * @param folder where its backups are kept (see {@link #folderFor})
     * @param mirror the second folder the backups are copied to, or null
     */
    public Backups(Path file, Path folder, Path mirror, Clock clock) {
        this.file = file.toAbsolutePath();
        this.server = null;
        this.folder = folder;
        this.mirror = mirror;
        this.clock = clock;
    }

    private Backups(Database server, Path folder, Path mirror, Clock clock) {
        this.file = null;
        this.server = server;
        this.folder = folder;
        this.mirror = mirror;
        this.clock = clock;
    }

    /**
     * The backups of a campus on a server: ordinary campus files (a consistent snapshot, {@link StoreCopy}), kept in
     * the data folder like a file's, under the database's name and a hash of its address; the same rotation.
     */
    public static Backups ofServer(Database server, Path dataFolder, Path mirror, Clock clock) {
        Location.Server address = (Location.Server) server.location();
        return new Backups(server, dataFolder.resolve("backups").resolve(address.database() + "-"
                + hash(address.display())), mirror, clock);
    }

    /** The folder of one campus file's backups inside the data folder: its name and a hash of its full path. */
    public static Path folderFor(Path dataFolder, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return dataFolder.resolve("backups").resolve(stem(absolute) + "-" + hash(absolute.toString()));
    }

    private static String hash(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The name backups are given: the file's, or the server database's. */
    private String stem() {
        return server != null ? ((Location.Server) server.location()).database() : stem(file);
    }

    /** Whether the campus is on a server (its backups are copies of it into files). */
    public boolean ofServer() {
        return server != null;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public Path folder() {
        return folder;
    }

    public Path file() {
        return file;
    }

    /**
     * Removes what killed backups and restores left behind in the data folder and the second folder (or null);
     * to call once at start. Only stale files of our exact names go (see {@link Leftovers}).
     */
    public static void removeLeftovers(Path dataFolder, Path mirror) {
        Leftovers.removeIn(dataFolder, mirror);
    }

    /**
     * Removes what killed processes left next to a campus file: a restore's snapshot, the hidden part of a new file
     * being built ({@link org.campuspilot.db.NewFile}); to call before opening it.
     */
    public static void removeLeftoversOf(Path campusFile) {
        Leftovers.removeNextTo(campusFile);
        org.campuspilot.db.NewFile.removeLeftovers(campusFile);
    }

    /** What a backup did: the copy made, and why the second folder did not get it (or null). */
    public record Outcome(BackupFile backup, Problem mirrorProblem) {
    }

    /**
     * Takes a backup now, then thins out the folder (and the second folder). A failure of the second folder does
     * not fail the backup: it is reported in the outcome.
     *
     * @throws BackupException when the copy cannot be made (nothing is left half-written)
     */
    public Outcome create(BackupFile.Reason reason) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        BackupFile made;
        try {
            OwnerOnly.createFolder(folder);
            Leftovers.removeStale(folder, Leftovers::isBackupPart);
            Path target = folder.resolve(BackupFile.fileName(stem(), now, reason));
            if (server != null) {
                StoreCopy.intoNewFile(server, target);
                OwnerOnly.restrict(target);
            } else {
                copyConsistent(file, target);
            }
            made = new BackupFile(target, now, reason, Files.size(target));
            rotate(folder, now);
        } catch (IOException e) {
            throw new BackupException(writeFailure(folder, e), e);
        }
        Problem mirrorProblem = null;
        if (mirror != null) {
            try {
                copyToMirror(made.path(), now);
            } catch (IOException e) {
                // The key unplugged, the share unreachable or full: the user is told, one line is enough here.
                LOG.warning(() -> "Cannot copy the backup to " + mirror + ": " + e);
                mirrorProblem = Problem.of("backup.mirror.failed", mirror);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot copy the backup to " + mirror, e);
                mirrorProblem = Problem.of("backup.mirror.failed", mirror);
            }
        }
        return new Outcome(made, mirrorProblem);
    }

    /**
     * The folder of this file's copies in the second folder: named like its folder in the data folder
     * ({@code <file>-<hash of its path>}), so that two campus files, even of the same name, never share a rotation.
     * Copies left flat in the second folder by older versions are left alone.
     */
    public Path mirrorFolder() {
        return mirror == null ? null : mirror.resolve(folder.getFileName().toString());
    }

    private void copyToMirror(Path backup, LocalDateTime now) throws IOException {
        if (!Files.isDirectory(mirror)) {
            throw new IOException("missing folder");
        }
        Path into = mirrorFolder();
        OwnerOnly.createFolder(into);
        Leftovers.removeStale(into, Leftovers::isBackupPart);
        Path copy = into.resolve(backup.getFileName());
        Path part = into.resolve("." + copy.getFileName() + ".part");
        Files.deleteIfExists(part);
        OwnerOnly.createFile(part);
        Files.copy(backup, part, StandardCopyOption.REPLACE_EXISTING);
        OwnerOnly.restrict(part);
        try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        rotate(into, now);
    }

    /**
     * Writes a consistent copy of {@code source} to {@code target} (which must not exist): SQLite's
     * {@code VACUUM INTO} on a read-only connection, into a hidden file of mode 0600, synced, then renamed.
     */
    public static void copyConsistent(Path source, Path target) throws IOException {
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        Files.deleteIfExists(part);
        OwnerOnly.createFile(part);
        boolean noSidecars = Sidecars.absent(source);
        try (Connection c = Database.readOnlyConnection(source); PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, part.toString());
            ps.execute();
        } catch (SQLException e) {
            Files.deleteIfExists(part);
            throw new IOException(e.getMessage(), e);
        } finally {
            Sidecars.removeIfCreated(source, noSidecars);
        }
        try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void rotate(Path in, LocalDateTime now) throws IOException {
        List<BackupFile> all = list(in);
        Set<BackupFile> kept = Rotation.keep(all, now);
        for (BackupFile b : all) {
            if (!kept.contains(b)) {
                Files.deleteIfExists(b.path());
            }
        }
    }

    /** The backups of the data folder, newest first. */
    public List<BackupFile> list() {
        try {
            return list(folder);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot list " + folder, e);
            return List.of();
        }
    }

    private static List<BackupFile> list(Path in) throws IOException {
        if (!Files.isDirectory(in)) {
            return List.of();
        }
        List<BackupFile> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(in)) {
            for (Path p : files.toList()) {
                BackupFile.parse(p, Files.size(p)).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparing(BackupFile::takenAt).reversed());
        return out;
    }

    /** The newest backup not dated after now (the one a damaged file is offered). */
    public Optional<BackupFile> newest() {
        return notInTheFuture().findFirst();
    }

    /** The newest automatic or manual backup not dated after now. */
    public Optional<BackupFile> newestRegular() {
        return notInTheFuture().filter(b -> !b.reason().isSafety()).findFirst();
    }

    /**
     * The backups, newest first, without those dated after now: a clock set wrong once, or a file copied in, must
     * not pass for the latest backup.
     */
    private Stream<BackupFile> notInTheFuture() {
        LocalDateTime now = LocalDateTime.now(clock);
        return list().stream().filter(b -> !b.takenAt().isAfter(now));
    }

    /**
     * True when the file has changes the newest backup (not dated after now) does not hold: its history goes
     * further (every change of a record writes one), or there is no backup yet.
     */
    public boolean changedSinceLastBackup() {
        Optional<BackupFile> newest = notInTheFuture().findFirst();
        if (newest.isEmpty()) {
            return true;
        }
        try {
            long last = server != null ? server.withConnection(Backups::lastChange) : lastChange(file);
            return last != lastChange(newest.get().path());
        } catch (SQLException e) {
            return true;
        }
    }

    private static long lastChange(Path db) throws SQLException {
        try (Connection c = Database.readOnlyConnection(db)) {
            return lastChange(c);
        }
    }

    private static long lastChange(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM audit_entry")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * True when the automatic backup is due: the file changed and no automatic or manual backup was taken today
     * (at most one a day, whatever the hour or a change of summer time).
     */
    public boolean automaticDue() {
        Optional<BackupFile> newest = newestRegular();
        boolean old = newest.isEmpty() || newest.get().takenAt().toLocalDate().isBefore(
                java.time.LocalDate.now(clock));
        return old && changedSinceLastBackup();
    }

    /** Checks that a file can replace the campus file: see {@link BackupCheck#verify}. */
    public static Optional<Problem> verify(Path backup) {
        return BackupCheck.verify(backup);
    }

    /** Checks that a file can be backed up: see {@link BackupCheck#verifySource}. */
    public static Optional<Problem> verifySource(Path db) {
        return BackupCheck.verifySource(db);
    }

    /** Every backup of the file, in the data folder and in the second folder (the copies of this file only). */
    public List<BackupFile> everywhere() {
        List<BackupFile> all = new ArrayList<>(list());
        Path copies = mirrorFolder();
        if (copies != null) {
            try {
                all.addAll(list(copies));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot list " + copies, e);
            }
        }
        return all;
    }

    /**
     * Removes every backup of the file, here and in the second folder (after an anonymisation: they hold the identity
     * it erased); returns how many were removed.
     *
     * @throws BackupException when one could not be removed (the others are gone)
     */
    public int removeAll() {
        int removed = 0;
        for (BackupFile b : everywhere()) {
            try {
                if (Files.deleteIfExists(b.path())) {
                    removed++;
                }
            } catch (IOException e) {
                throw new BackupException(Problem.of("backup.error.remove", b.path()), e);
            }
        }
        return removed;
    }

    /** What a restore did with the file it replaced: backed it up, or (damaged) moved it aside. */
    public record Restored(BackupFile backupOfReplaced, Path damagedMovedTo) {
    }

    /**
     * Replaces the campus file with a backup. The backup is checked first; the current file is backed up (or, when
     * it cannot be read, moved aside untouched); then SQLite writes the backup's content into the file in one
     * transaction ({@link Restore}), so that a crash leaves either the old content or the new one, and a connection
     * still open on the file reads the restored content next.
     *
     * @throws BackupException when the backup is refused or the file cannot be replaced
     */
    public Restored restore(Path backup) {
        Optional<Problem> refused = verify(backup);
        if (refused.isPresent()) {
            throw new BackupException(refused.get(), null);
        }
        if (server != null) {
            return new Restored(ServerRestore.replace(this, server, backup), null);
        }
        if (Files.exists(file) && !(Files.isWritable(file) && Files.isWritable(file.getParent()))) {
            // Refused before anything is done (no useless backup of a file that cannot be replaced).
            throw new BackupException(Problem.of("file.error.readOnly", file), null);
        }
        BackupFile before = null;
        Path aside = null;
        try {
            if (Files.exists(file) && Files.size(file) > 0) {
                if (verify(file).isEmpty()) {
                    before = create(BackupFile.Reason.BEFORE_RESTORE).backup();
                } else {
                    aside = file.resolveSibling(stem(file) + "-endommage-" + BackupFile.fileName("", LocalDateTime
                            .now(clock).withNano(0), BackupFile.Reason.BEFORE_RESTORE).substring(1)
                            .replace(BackupFile.EXTENSION, ".campuspilot"));
                    Files.move(file, aside);
                    // Its journal goes with it: it belongs to the damaged file, never to the restored one.
                    for (String suffix : List.of("-wal", "-shm", "-journal")) {
                        Path sidecar = file.resolveSibling(file.getFileName() + suffix);
                        if (Files.exists(sidecar)) {
                            Files.move(sidecar, aside.resolveSibling(aside.getFileName() + suffix));
                        }
                    }
                }
            }
            Restore.replace(file, backup);
        } catch (IOException e) {
            throw new BackupException(Problem.of(DatabaseProblem.of(e) == DatabaseProblem.DISK_FULL
                    ? "backup.error.restoreFull" : "backup.error.cannotReplace", file), e);
        }
        return new Restored(before, aside);
    }

    /** Why a backup could not be written into {@code folder}, in a sentence (the driver's words go to the log). */
    public static Problem writeFailure(Path folder, Throwable failure) {
        LOG.log(Level.WARNING, "Cannot write a backup into " + folder, failure);
        return Problem.of(DatabaseProblem.of(failure) == DatabaseProblem.DISK_FULL ? "backup.error.full"
                : "backup.error.cannotWrite", folder);
    }

    /** A backup or restore refused or failed; the problem says why in the user's words. */
    public static final class BackupException extends RuntimeException {
        private final transient Problem problem;

        public BackupException(Problem problem, Throwable cause) {
            super(problem.key(), cause);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}
