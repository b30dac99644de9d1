package org.campuspilot.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the numbered SQL files {@code db/migration/V<n>__<what>.sql} in order, each in its own transaction, and
 * records them in {@code schema_version}. A name without {@code .sql} is a step written in Java that rebuilds tables
 * ({@link IdsNeverReused}): it runs with foreign keys off, checked before its commit. See docs/decisions/0002-own-migration-runner.md for why not Flyway.
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
            IdsNeverReused.NAME, "V11__contact_merge.sql", "V12__old_level_one_counted_once.sql",
            "V13__bulk_insert_history.sql", "V14__change_made_by.sql", "V15__attachments.sql",
            "V16__analytic_projects.sql", "V17__organisation_presence.sql",
            "V18__campus_logo.sql", "V19__label_objectives.sql",
            "V20__label_detail_and_texts.sql");

    /**
     * The mark of a campus file in its SQLite header ({@code PRAGMA application_id}): "CPlt" in ASCII. Written with
     * the first migration of a new file, and added to a file of an older version (which had 0) when it is brought up
     * to date. A file with another mark belongs to another program.
     */
    public static final int APPLICATION_ID = 0x43506C74;

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

    /** What a file is: its schema version (0 for a new, empty file) and whether it carries the campus mark. */
    public record Identity(int version, boolean marked) {
        public boolean newer() {
            return version > FILES.size();
        }
    }

    /**
     * Recognises a campus file, reading its header and {@code schema_version} only (cheap, writes nothing): the
     * window, the read-only use, the check command and a backup to restore all use this one test. A file marked
     * {@link #APPLICATION_ID} is ours; one with another mark is not; an unmarked one (made by an older version) is
     * ours only when its {@code schema_version} rows are exactly our first migrations, in order; an empty one is new.
     *
     * @throws ForeignDatabaseException when the file belongs to another program
     */
    public static Identity recognise(Connection c) throws SQLException {
        if (Dialect.of(c) == Dialect.POSTGRESQL) {
            return recogniseOnServer(c);
        }
        int mark;
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA application_id")) {
                mark = rs.next() ? rs.getInt(1) : 0;
            }
            try (ResultSet rs = s.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        }
        if (mark != 0 && mark != APPLICATION_ID || mark == APPLICATION_ID && !tables.contains("schema_version")) {
            throw new ForeignDatabaseException();
        }
        if (mark == 0 && (tables.isEmpty() || tables.equals(List.of("schema_version")))) {
            // New, or a new file whose first migration was interrupted: nothing of anyone's is in it.
            if (tables.isEmpty() || versions(c).isEmpty()) {
                return new Identity(0, false);
            }
        }
        if (!tables.contains("schema_version")) {
            throw new ForeignDatabaseException();
        }
        if (mark == APPLICATION_ID) {
            return new Identity(maxVersion(c), true); // A newer version's migrations are not ours to know.
        }
        List<String> applied = versions(c);
        if (applied.size() > FILES.size() || !FILES.subList(0, applied.size()).equals(applied)) {
            throw new ForeignDatabaseException();
        }
        return new Identity(applied.size(), false);
    }

    /**
     * A database on a server has no header to carry a mark: it is ours when its {@code schema_version} rows are our
     * migrations, in order (all of them are marked, then); one without tables is new; anything else is not ours.
     */
    private static Identity recogniseOnServer(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name"
                + " FROM information_schema.tables WHERE table_schema = current_schema()")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (tables.isEmpty() || tables.equals(List.of("schema_version")) && versions(c).isEmpty()) {
            return new Identity(0, true);
        }
        if (!tables.contains("schema_version")) {
            throw new ForeignDatabaseException();
        }
        List<String> applied = versions(c);
        int known = Math.min(applied.size(), FILES.size());
        if (!FILES.subList(0, known).equals(applied.subList(0, known))) {
            throw new ForeignDatabaseException();
        }
        return new Identity(applied.size(), true);
    }

    /** The descriptions of the versions applied, in the order of their numbers, which must be 1, 2, 3 and so on. */
    private static List<String> versions(Connection c) {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, description FROM schema_version ORDER BY version")) {
            while (rs.next()) {
                if (rs.getLong(1) != out.size() + 1) {
                    throw new ForeignDatabaseException();
                }
                out.add(rs.getString(2));
            }
        } catch (SQLException e) {
            throw new ForeignDatabaseException(); // Not our columns.
        }
        return out;
    }

    private static int maxVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Refuses, without writing anything, a file that read-only use cannot show: foreign, newer, or not up to date. */
    static void checkReadable(Database database) {
        Identity identity = database.withConnection(Migrations::recognise);
        if (identity.newer()) {
            throw new NewerSchemaException(identity.version(), FILES.size());
        }
        if (identity.version() < FILES.size() || !identity.marked()) {
            throw new OlderSchemaException(identity.version(), FILES.size());
        }
    }

    /**
     * Brings a recognised file up to date: the migrations it lacks (after the guard, for a file already in use) and
     * the campus mark. A new file gets the mark with its first migration.
     */
    void migrate(Identity identity, Database.MigrationGuard guard) {
        int current = identity.version();
        if (identity.newer()) {
            throw new NewerSchemaException(current, FILES.size());
        }
        if (current > 0 && (current < FILES.size() || !identity.marked())) {
            guard.before(database, current, FILES.size());
        }
        if (current == 0) {
            jdbc.update("""
                    CREATE TABLE IF NOT EXISTS schema_version (
                        version INTEGER PRIMARY KEY,
                        description TEXT NOT NULL,
                        applied_at TEXT NOT NULL
                    )""");
        }
        for (int v = current + 1; v <= FILES.size(); v++) {
            apply(v, FILES.get(v - 1));
        }
        if (!identity.marked()) {
            database.inTransaction(c -> {
                mark(c);
                return null;
            });
        }
    }

    private static void mark(Connection c) throws SQLException {
        if (Dialect.of(c) == Dialect.POSTGRESQL) {
            return; // See recogniseOnServer.
        }
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + APPLICATION_ID);
        }
    }

    /** The version recorded in the database (0 when nothing was applied). */
    public static int currentVersion(Jdbc jdbc) {
        return (int) jdbc.count("SELECT COALESCE(MAX(version), 0) FROM schema_version");
    }

    private void apply(int version, String name) {
        if (!name.endsWith(".sql") && database.dialect() == Dialect.POSTGRESQL) {
            // V10 makes SQLite never give a number twice; a PostgreSQL identity never does.
            database.inTransaction(c -> {
                serialise(c);
                if (currentVersion(jdbc) < version) {
                    recordVersion(version, name);
                }
                return null;
            });
            return;
        }
        if (!name.endsWith(".sql")) {
            database.rebuildingTables(c -> {
                if (currentVersion(jdbc) < version) {
                    IdsNeverReused.apply(c);
                    recordVersion(version, name);
                }
                return null;
            });
            return;
        }
        String sql = database.dialect().migration(name);
        database.inTransaction(c -> {
            serialise(c);
            if (currentVersion(jdbc) >= version) {
                return null; // Another process opening the same new file applied it first.
            }
            if (version == 1) {
                mark(c);
            }
            try (Statement s = c.createStatement()) {
                for (String statement : sql.split(";\\s*(\\R|$)")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
            recordVersion(version, name);
            return null;
        });
    }

    /**
     * On a server, two windows opening a new database at once migrate it one after the other (SQLite's write lock
     * does this for a file): a lock held until the transaction ends.
     */
    static void serialise(Connection c) throws SQLException {
        if (Dialect.of(c) == Dialect.POSTGRESQL) {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + APPLICATION_ID + ")");
            }
        }
    }

    private void recordVersion(int version, String name) {
        jdbc.update("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                version, name, java.time.Instant.now().toString());
    }

    /** The file is a SQLite database of another application: it is left untouched. */
    public static final class ForeignDatabaseException extends RuntimeException implements KnownCondition {
        ForeignDatabaseException() {
            super("The database is not marked as a Campus Pilot file and its schema_version is not ours");
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
