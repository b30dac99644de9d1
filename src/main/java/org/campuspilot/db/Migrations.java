package org.campuspilot.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.List;

/**
 * Applies the numbered SQL files {@code db/migration/V<n>__<what>.sql} in order, each in its own transaction, and
 * records them in {@code schema_version}. See docs/decisions/0002-own-migration-runner.md for why not Flyway.
 */
public final class Migrations {
    /** Every migration, in order. A released file is never edited: add the next one. */
    static final List<String> FILES = List.of(
            "V1__campus_and_establishments.sql",
            "V2__companies_and_contacts.sql",
            "V3__events.sql",
            "V4__actions.sql",
            "V5__grant.sql",
            "V6__establishment_import.sql", "V7__import_mapping.sql", "V8__report_text.sql", "V9__history.sql",
            "V10__contact_merge.sql");

    private final Database database;
    private final Jdbc jdbc;

    Migrations(Database database) {
        this.database = database;
        this.jdbc = new Jdbc(database);
    }

    /** The latest schema version this build knows. */
    public static int latestVersion() {
        return FILES.size();
    }

    /** Refuses, without writing anything, a file that read-only use cannot show: foreign, newer, or not up to date. */
    static void checkReadable(Database database) {
        Jdbc jdbc = new Jdbc(database);
        long ours = jdbc.count("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
        if (ours == 0) {
            throw new ForeignDatabaseException();
        }
        int current = currentVersion(jdbc);
        if (current > FILES.size()) {
            throw new NewerSchemaException(current, FILES.size());
        }
        if (current < FILES.size()) {
            throw new OlderSchemaException(current, FILES.size());
        }
    }

    void migrate(Database.MigrationGuard guard) {
        long tables = jdbc.count("""
                SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'""");
        long ours = jdbc.count("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
        if (tables > 0 && ours == 0) {
            throw new ForeignDatabaseException();
        }
        jdbc.update("""
                CREATE TABLE IF NOT EXISTS schema_version (
                    version INTEGER PRIMARY KEY,
                    description TEXT NOT NULL,
                    applied_at TEXT NOT NULL
                )""");
        int current = currentVersion(jdbc);
        if (current > FILES.size()) {
            throw new NewerSchemaException(current, FILES.size());
        }
        if (current > 0 && current < FILES.size()) {
            guard.before(database, current, FILES.size());
        }
        for (int v = current + 1; v <= FILES.size(); v++) {
            apply(v, FILES.get(v - 1));
        }
    }

    /** The version recorded in the database (0 when nothing was applied). */
    public static int currentVersion(Jdbc jdbc) {
        return (int) jdbc.count("SELECT COALESCE(MAX(version), 0) FROM schema_version");
    }

    private void apply(int version, String name) {
        String sql = read(name);
        database.inTransaction(c -> {
            if (currentVersion(jdbc) >= version) {
                return null; // Another process opening the same new file applied it first.
            }
            try (Statement s = c.createStatement()) {
                for (String statement : sql.split(";\\s*(\\R|$)")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
            jdbc.update("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                    version, name, java.time.Instant.now().toString());
            return null;
        });
    }

    private static String read(String name) {
        String path = "/org/campuspilot/db/migration/" + name;
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration " + path, e);
        }
    }

    /** The file is a SQLite database of another application: it is left untouched. */
    public static final class ForeignDatabaseException extends RuntimeException implements KnownCondition {
        ForeignDatabaseException() {
            super("The database has tables but no Campus Pilot schema_version");
        }
    }

    /** Read-only, a file of an older version cannot be brought up to date. */
    public static final class OlderSchemaException extends RuntimeException implements KnownCondition {
        OlderSchemaException(int found, int known) {
            super("Schema version " + found + " must be migrated to " + known + ", impossible read-only");
        }
    }

    /** The file was written by a newer version of the application: it is left untouched. */
    public static final class NewerSchemaException extends RuntimeException implements KnownCondition {
        private final int found;
        private final int known;

        NewerSchemaException(int found, int known) {
            super("Schema version " + found + " is newer than this application's " + known);
            this.found = found;
            this.known = known;
        }

        public int found() {
            return found;
        }

        public int known() {
            return known;
        }
    }
}
