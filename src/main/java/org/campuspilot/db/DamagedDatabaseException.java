package org.campuspilot.db;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/** The file failed SQLite's check: it is left exactly as it is. */
public final class DamagedDatabaseException extends DataAccessException implements KnownCondition {
    private final List<String> problems;

    public DamagedDatabaseException(Path file, List<String> problems) {
        super("Damaged file " + file, new SQLException("[SQLITE_CORRUPT] " + String.join("; ", problems)));
        this.problems = List.copyOf(problems);
    }

    /** What SQLite's check reported (in English, for the log and the headless check). */
    public List<String> problems() {
        return problems;
    }
}
