package org.campuspilot.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The history's triggers on PostgreSQL (decision 0033): one function in PL/pgSQL, {@code campus_audit()}, writes the
 * same audit entries as SQLite's generated triggers (the row's values before and after as a JSON object, in the
 * columns' order; an update that changed nothing but {@code updated_at} is not one), and one trigger per audited
 * table calls it with the record the rows belong to. Who made each change is the change set's {@code made_by}, the
 * database user ({@link ChangeSets#open}).
 */
final class PostgresAudit {
    /** Kept with the database; its text changes when this function does, and it is then replaced. */
    static final String FUNCTION = """
            CREATE OR REPLACE FUNCTION campus_audit() RETURNS trigger LANGUAGE plpgsql AS $body$
            -- campus-pilot audit 2
            DECLARE
                set_id bigint;
                bulk text;
                row_values json;
                old_text text;
                new_text text;
                id_text text;
            BEGIN
                IF current_setting('campuspilot.copying', true) = 'on' THEN
                    RETURN NULL; -- a copy between stores brings its own history
                END IF;
                IF TG_OP = 'INSERT' AND current_setting('campuspilot.bulk', true) = TG_TABLE_NAME THEN
                    RETURN NULL; -- a bulk insert (AuditTriggers.recordInserts), told without reading a table
                END IF;
                SELECT id, bulk_table INTO set_id, bulk FROM change_set WHERE open = 1;
                IF TG_OP = 'INSERT' AND bulk = TG_TABLE_NAME THEN
                    RETURN NULL; -- a bulk insert writes its history in one statement (AuditTriggers.recordInserts)
                END IF;
                IF TG_OP = 'UPDATE' THEN
                    IF (to_jsonb(OLD) - 'updated_at') = (to_jsonb(NEW) - 'updated_at') THEN
                        RETURN NULL;
                    END IF;
                END IF;
                IF TG_OP <> 'INSERT' THEN
                    old_text := row_to_json(OLD)::text;
                END IF;
                IF TG_OP <> 'DELETE' THEN
                    new_text := row_to_json(NEW)::text;
                END IF;
                row_values := COALESCE(new_text, old_text)::json;
                SELECT string_agg(row_values ->> k, '|' ORDER BY n) INTO id_text
                    FROM unnest(string_to_array(TG_ARGV[1], ',')) WITH ORDINALITY AS u(k, n);
                INSERT INTO audit_entry (change_set_id, table_name, record_table, record_id, operation, old_values,
                        new_values)
                    VALUES (set_id, TG_TABLE_NAME, TG_ARGV[0], id_text, TG_OP, old_text, new_text);
                RETURN NULL;
            END
            $body$""";

    private PostgresAudit() {
    }

    /** Creates or replaces the function, and the triggers that are missing or whose table changed. */
    static void install(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            String current = null;
            try (ResultSet rs = s.executeQuery("SELECT prosrc FROM pg_proc WHERE proname = 'campus_audit'"
                    + " AND pronamespace = current_schema()::regnamespace")) {
                if (rs.next()) {
                    current = rs.getString(1);
                }
            }
            if (current == null || !FUNCTION.contains(current.strip())) {
                s.execute(FUNCTION);
            }
            Map<String, String> existing = new HashMap<>();
            try (ResultSet rs = s.executeQuery("""
                    SELECT t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t
                    JOIN pg_class r ON r.oid = t.tgrelid
                    WHERE NOT t.tgisinternal AND t.tgname LIKE 'audit\\_%' AND r.relnamespace = current_schema()::regnamespace
                    """)) {
                while (rs.next()) {
                    existing.put(rs.getString(1), rs.getString(2));
                }
            }
            Map<String, String> expected = new LinkedHashMap<>();
            for (AuditTriggers.Table t : tables(c)) {
                expected.put("audit_" + t.name(), trigger(t));
            }
            for (Map.Entry<String, String> e : existing.entrySet()) {
                if (!expected.containsKey(e.getKey())) {
                    s.execute("DROP TRIGGER " + e.getKey() + " ON " + table(e.getValue()));
                }
            }
            for (Map.Entry<String, String> e : expected.entrySet()) {
                String have = existing.get(e.getKey());
                if (have == null || !normal(have).equals(normal(e.getValue()))) {
                    if (have != null) {
                        s.execute("DROP TRIGGER " + e.getKey() + " ON " + table(have));
                    }
                    s.execute(e.getValue());
                }
            }
        }
    }

    /** The table a trigger's definition names. */
    private static String table(String definition) {
        String after = definition.substring(definition.indexOf(" ON ") + 4).strip();
        String name = after.substring(0, after.indexOf(' '));
        return name.contains(".") ? name.substring(name.indexOf('.') + 1) : name;
    }

    /** A trigger's text without what PostgreSQL adds when it prints it back (the schema, the spaces). */
    private static String normal(String definition) {
        return definition.replaceAll("\\b\\w+\\.(\\w+)\\b", "$1").replaceAll("\\s+", " ").strip()
                .replace("EXECUTE PROCEDURE", "EXECUTE FUNCTION");
    }

    private static String trigger(AuditTriggers.Table t) {
        String events = AuditTriggers.DELETE_ONLY.contains(t.name()) ? "DELETE" : "INSERT OR DELETE OR UPDATE";
        return "CREATE TRIGGER audit_" + t.name() + " AFTER " + events + " ON " + t.name()
                + " FOR EACH ROW EXECUTE FUNCTION campus_audit('" + t.recordTable() + "', '"
                + String.join(",", t.recordKey()) + "')";
    }

    /** Every audited table of the database's schema, with its key and the record it belongs to. */
    static List<AuditTriggers.Table> tables(Connection c) throws SQLException {
        List<AuditTriggers.Table> tables = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name""")) {
            while (rs.next()) {
                if (!AuditTriggers.NOT_AUDITED.contains(rs.getString(1))) {
                    names.add(rs.getString(1));
                }
            }
        }
        for (String name : names) {
            tables.add(describe(c, name));
        }
        return tables;
    }

    static AuditTriggers.Table describe(Connection c, String name) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        List<String> key = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.attname FROM pg_index i
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                WHERE i.indrelid = (current_schema() || '.' || ?)::regclass AND i.indisprimary
                ORDER BY array_position(i.indkey::int2[], a.attnum)""")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    key.add(rs.getString(1));
                }
            }
        }
        String recordTable = name;
        List<String> recordKey = List.copyOf(key);
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.attname, f.relname FROM pg_constraint k
                JOIN pg_class f ON f.oid = k.confrelid
                JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
                WHERE k.conrelid = (current_schema() || '.' || ?)::regclass AND k.contype = 'f'
                  AND k.confdeltype = 'c'
                ORDER BY k.conname""")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    // A detail row (levels of an action, an instalment of a grant) is shown in its owner's history.
                    recordTable = rs.getString(2);
                    recordKey = List.of(rs.getString(1));
                }
            }
        }
        return new AuditTriggers.Table(name, List.copyOf(columns), List.copyOf(key), recordTable, recordKey);
    }
}
