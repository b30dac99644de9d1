package org.campuspilot.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The {@code -wal} and {@code -shm} files SQLite makes next to a WAL file. A read-only connection creates them (it
 * needs the WAL index) but, unable to checkpoint, never removes them: a check or a backup of a file nobody had open
 * would leave two files behind. {@link #removeIfCreated} removes them the way SQLite does: the last connection to
 * close a WAL file, holding its exclusive lock, deletes them. So they stay whenever another program has the file
 * open, and nothing of the file itself is written (the WAL is empty, there is nothing to checkpoint).
 */
public final class Sidecars {
    private Sidecars() {
    }

    /** The sidecar files of a database, {@code -wal} then {@code -shm}. */
    public static List<Path> of(Path db) {
        Path abs = db.toAbsolutePath();
        return List.of(abs.resolveSibling(abs.getFileName() + "-wal"), abs.resolveSibling(abs.getFileName() + "-shm"));
    }

    /** True when neither sidecar exists: to ask before opening a read-only connection. */
    public static boolean absent(Path db) {
        return of(db).stream().noneMatch(Files::exists);
    }

    /**
     * Removes the sidecars a read-only connection created, when they did not exist before ({@code absentBefore}),
     * the WAL is still empty and no other connection holds the file; else leaves everything as it is.
     */
    public static void removeIfCreated(Path db, boolean absentBefore) {
        Path wal = of(db).get(0);
        try {
            if (!absentBefore || !Files.isRegularFile(wal) || Files.size(wal) != 0) {
                return;
            }
            try (Connection c = DriverManager.getConnection(SqliteFiles.url(db));
                    Statement s = c.createStatement()) {
                // A read opens the WAL; closing the last connection then deletes -wal and -shm.
                s.executeQuery("PRAGMA schema_version").close();
            }
        } catch (IOException | SQLException e) {
            // Left as SQLite made them: harmless, used again at the next opening.
        }
    }
}
