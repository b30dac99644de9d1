package org.campuspilot.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.campuspilot.db.Database;
import org.campuspilot.db.Migrations;
import org.campuspilot.db.Sidecars;
import org.campuspilot.shared.Problem;

/** Whether a file may be restored over the campus file, or backed up: read only, never written. */
final class BackupCheck {
    private BackupCheck() {
    }

    /**
     * Checks that a file can replace the campus file: SQLite's full integrity check passes and it is a campus file
     * this version can open. Nothing is written to it.
     */
    static Optional<Problem> verify(Path backup) {
        if (!Files.isRegularFile(backup)) {
            return Optional.of(Problem.of("backup.error.missing", backup));
        }
        boolean noSidecars = Sidecars.absent(backup);
        try {
            return check(backup);
        } finally {
            Sidecars.removeIfCreated(backup, noSidecars);
        }
    }

    private static Optional<Problem> check(Path backup) {
        try (Connection c = Database.readOnlyConnection(backup); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check(1)")) {
                if (!rs.next() || !"ok".equals(rs.getString(1))) {
                    return Optional.of(Problem.of("backup.error.damaged", backup.getFileName()));
                }
            }
            Migrations.Identity identity = Migrations.recognise(c);
            if (identity.version() == 0) {
                return Optional.of(Problem.of("backup.error.foreign", backup.getFileName()));
            }
            if (identity.newer()) {
                return Optional.of(Problem.of("backup.error.newer", backup.getFileName()));
            }
            return Optional.empty();
        } catch (Migrations.ForeignDatabaseException e) {
            return Optional.of(Problem.of("backup.error.foreign", backup.getFileName()));
        } catch (SQLException e) {
            // A healthy file SQLite cannot open on a read-only medium (it needs its -shm) is not damaged.
            return Optional.of(org.campuspilot.db.DatabaseProblem.of(e) == org.campuspilot.db.DatabaseProblem.READ_ONLY
                    ? Problem.of("file.error.readOnly", backup) : Problem.of("backup.error.damaged",
                            backup.getFileName()));
        }
    }

    /**
     * Checks that a file can be backed up: a campus file SQLite can read whole (one of a newer version too: copying
     * it harms nothing). The problem says what the file is, in the words of a backup, never of a restore.
     */
    static Optional<Problem> verifySource(Path db) {
        if (Files.isDirectory(db)) {
            return Optional.of(Problem.of("file.error.folder", db));
        }
        Optional<Problem> problem = verify(db);
        if (problem.isEmpty()) {
            return problem;
        }
        return switch (problem.get().key()) {
            case "backup.error.newer" -> Optional.empty();
            case "backup.error.damaged" -> Optional.of(Problem.of(isSqlite(db) ? "backup.source.damaged"
                    : "backup.source.notCampus", db));
            case "backup.error.foreign" -> Optional.of(Problem.of("backup.source.notCampus", db));
            default -> problem;
        };
    }

    /** True when the file begins as every SQLite database does. */
    private static boolean isSqlite(Path file) {
        byte[] magic = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
        try (var in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(magic.length), magic);
        } catch (IOException e) {
            return false;
        }
    }

}
