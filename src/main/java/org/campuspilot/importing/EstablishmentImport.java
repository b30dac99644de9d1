package org.campuspilot.importing;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.campuspilot.db.AuditTriggers;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.establishment.EstablishmentRepository;
import org.campuspilot.establishment.NetworkRole;

/**
 * Turns the rows read from the annuaire into a plan — establishments to add, to update field by field (each change
 * shown with the old and new value, and whether the director edited the field by hand since the last import), or
 * unchanged — and applies it in one transaction: all or nothing, a cancel or a failure half-way leaves the database
 * as it was.
 */
public final class EstablishmentImport {

    /** The fields an import writes, with how to read each as text. */
    static final Map<String, Function<Establishment, String>> FIELDS = fields();

    private static Map<String, Function<Establishment, String>> fields() {
        Map<String, Function<Establishment, String>> f = new LinkedHashMap<>();
        f.put("name", Establishment::name);
        f.put("kind", e -> e.kind() == null ? null : e.kind().name());
        f.put("ownership", e -> e.ownership() == null ? null : e.ownership().name());
        f.put("siret", e -> e.siret() == null ? null : e.siret().code());
        f.put("street", Establishment::street);
        f.put("postalCode", e -> e.postalCode() == null ? null : e.postalCode().code());
        f.put("city", Establishment::city);
        f.put("phone", e -> e.phone() == null ? null : e.phone().digits());
        f.put("email", e -> e.email() == null ? null : e.email().address());
        f.put("website", Establishment::website);
        return java.util.Collections.unmodifiableMap(f);
    }

    /** The names of the fields an import writes ({@code import.field.<name>} in the messages). */
    public static List<String> fieldNames() {
        return List.copyOf(FIELDS.keySet());
    }

    /** One field that would change. {@code handEdited}: the director changed it since the last import. */
    public record FieldChange(String field, String before, String after, boolean handEdited) {
    }

    public enum Action {
        ADD,
        UPDATE,
        UNCHANGED
    }

    /** What the import would do with one row. */
    public record Change(Action action, AnnuaireReader.Candidate candidate, Establishment existing,
            List<FieldChange> fields) {

        public boolean hasHandEdits() {
            return fields.stream().anyMatch(FieldChange::handEdited);
        }
    }

    /** The whole plan, in file order. */
    public record Plan(List<Change> changes) {
        public long count(Action a) {
            return changes.stream().filter(c -> c.action() == a).count();
        }

        public long handEdited() {
            return changes.stream().filter(Change::hasHandEdits).count();
        }
    }

    /** What was written; {@code joined}: establishments that became members of the network. */
    public record Outcome(int added, int updated, int unchanged, int keptHandEdits, int joined) {
    }

    /**
     * Which of the imported establishments join the network as members (by UAI), and from which day. The others
     * are the territory's establishments ({@link NetworkRole#TERRITOIRE}); an establishment already in the network
     * keeps its role and dates.
     */
    public record Joining(Set<String> uais, LocalDate since) {
        public static final Joining NONE = new Joining(Set.of(), null);

        public Joining {
            uais = Set.copyOf(uais);
            if (!uais.isEmpty() && since == null) {
                throw new IllegalArgumentException("a membership needs its date");
            }
        }

        /** Every establishment of the plan joins ({@code --as-members}). */
        public static Joining all(Plan plan, LocalDate since) {
            return new Joining(plan.changes().stream().map(c -> c.candidate().establishment().uai().code())
                    .collect(java.util.stream.Collectors.toSet()), since);
        }

        boolean joins(Establishment e) {
            return uais.contains(e.uai().code());
        }

        /** The establishment as a member from {@link #since}, when it joins and is not in the network yet. */
        Establishment applied(Establishment e, Establishment imported) {
            if (!joins(imported) || e.role().inNetwork()) {
                return e;
            }
            return e.withMembership(NetworkRole.MEMBRE, since);
        }
    }

    private final Database database;
    private final EstablishmentRepository establishments;
    private final Jdbc jdbc;

    public EstablishmentImport(Database database, EstablishmentRepository establishments) {
        this.database = database;
        this.establishments = establishments;
        this.jdbc = new Jdbc(database);
    }

    /** Compares the rows with the stored establishments (by UAI); nothing is written. */
    public Plan plan(List<AnnuaireReader.Candidate> candidates) {
        Map<String, Establishment> byUai = new HashMap<>();
        for (Establishment e : establishments.findAll()) {
            byUai.put(e.uai().code(), e);
        }
        Map<Long, Map<String, String>> imported = new HashMap<>();
        jdbc.list("SELECT * FROM establishment_import_value", rs -> {
            Map<String, String> values = new HashMap<>();
            for (String field : FIELDS.keySet()) {
                values.put(field, rs.getString(column(field)));
            }
            imported.put(rs.getLong("establishment_id"), values);
            return null;
        });
        List<Change> out = new ArrayList<>(candidates.size());
        for (AnnuaireReader.Candidate c : candidates) {
            Establishment existing = byUai.get(c.establishment().uai().code());
            if (existing == null) {
                out.add(new Change(Action.ADD, c, null, List.of()));
                continue;
            }
            Map<String, String> last = imported.get(existing.id());
            List<FieldChange> changes = new ArrayList<>();
            FIELDS.forEach((field, read) -> {
                String now = read.apply(existing);
                String after = read.apply(c.establishment());
                if (after == null || after.isBlank() || after.equals(now)) {
                    return;
                }
                boolean blank = now == null || now.isBlank();
                boolean hand = !blank && (last == null || !now.equals(last.get(field)));
                changes.add(new FieldChange(field, now, after, hand));
            });
            out.add(new Change(changes.isEmpty() ? Action.UNCHANGED : Action.UPDATE, c, existing,
                    List.copyOf(changes)));
        }
        return new Plan(List.copyOf(out));
    }

    /**
     * Writes the plan in one transaction. Fields edited by hand are overwritten only when {@code overwriteHandEdits}.
     * The establishments {@code joining} names become members; the others added are the territory's.
     *
     * @param progress receives the number of changes written so far
     * @param cancelled checked between changes: the transaction is rolled back with {@link ImportCancelled}
     */
    public Outcome apply(Plan plan, boolean overwriteHandEdits, Joining joining, IntConsumer progress,
            BooleanSupplier cancelled) {
        return database.inTransaction(c -> {
            long cacheSize = pragma(c, "cache_size", null);
            try {
                // The national file's rows, their indexes and their history fit: pages are not spilt to the journal
                // and written again before the commit (decision 0029). The connection's own size comes back after.
                pragma(c, "cache_size", IMPORT_CACHE_KIB);
                return write(c, plan, overwriteHandEdits, joining, progress, cancelled);
            } finally {
                pragma(c, "cache_size", cacheSize);
            }
        });
    }

    /** What replaces the values an earlier import kept (both engines read the same words). */
    private static final String REPLACE_VALUES = "\n" + """
            ON CONFLICT (establishment_id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                ownership = excluded.ownership, siret = excluded.siret, street = excluded.street,
                postal_code = excluded.postal_code, city = excluded.city, phone = excluded.phone,
                email = excluded.email, website = excluded.website""";

    /** A negative cache size is in KiB: 32 MiB while an import writes. */
    private static final long IMPORT_CACHE_KIB = -32 * 1024;

    /** Reads a connection's pragma, or sets it when {@code value} is given; returns its value before. */
    private static long pragma(java.sql.Connection c, String name, Long value) throws SQLException {
        if (org.campuspilot.db.Dialect.of(c) == org.campuspilot.db.Dialect.POSTGRESQL) {
            return 0; // The server's cache is its own.
        }
        try (java.sql.Statement s = c.createStatement()) {
            if (value != null) {
                s.execute("PRAGMA " + name + " = " + value);
                return value;
            }
            try (java.sql.ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private Outcome write(java.sql.Connection c, Plan plan, boolean overwriteHandEdits, Joining joining,
            IntConsumer progress, BooleanSupplier cancelled) throws SQLException {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int kept = 0;
        int joined = 0;
        int done = 0;
        try (EstablishmentRepository.Inserter inserter = EstablishmentRepository.inserter(c);
                PreparedStatement remember = c.prepareStatement(REMEMBER)) {
            // The added rows' history is written in one statement after them, not by a trigger per row: the
            // same entries, in the same change set, at half the cost (decision 0029).
            AuditTriggers.silenceInserts(c, "establishment");
            for (Change change : plan.changes()) {
                if (cancelled.getAsBoolean()) {
                    throw new ImportCancelled();
                }
                Establishment imported = change.candidate().establishment();
                if (change.action() == Action.ADD) {
                    Establishment written = joining.applied(imported, imported);
                    inserter.insert(written);
                    added++;
                    joined += written.role().inNetwork() ? 1 : 0;
                } else {
                    Establishment merged = change.existing();
                    boolean wrote = false;
                    for (FieldChange f : change.fields()) {
                        if (f.handEdited() && !overwriteHandEdits) {
                            kept++;
                            continue;
                        }
                        merged = with(merged, f.field(), imported);
                        wrote = true;
                    }
                    Establishment member = joining.applied(merged, imported);
                    if (member != merged) {
                        joined++;
                    }
                    if (wrote || member != merged) {
                        establishments.update(member);
                    }
                    if (wrote) {
                        updated++;
                    } else {
                        unchanged++;
                    }
                    remember(remember, change.existing().id(), imported);
                }
                progress.accept(++done);
            }
            inserter.flush();
            // What was added is exactly what the file said: remembered in one statement.
            try (PreparedStatement addedValues = c.prepareStatement("""
                    INSERT INTO establishment_import_value (establishment_id, name, kind, ownership,
                        siret, street, postal_code, city, phone, email, website)
                    SELECT id, name, kind, ownership, siret, street, postal_code, city, phone, email, website
                    FROM establishment WHERE id >= ?""" + REPLACE_VALUES)) {
                addedValues.setLong(1, inserter.firstId());
                addedValues.executeUpdate();
            }
            AuditTriggers.recordInserts(c, "establishment", inserter.firstId());
        }
        return new Outcome(added, updated, unchanged, kept, joined);
    }

    private static final String REMEMBER = """
            INSERT INTO establishment_import_value (establishment_id, name, kind, ownership, siret, street,
                postal_code, city, phone, email, website) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""" + REPLACE_VALUES;

    /** Records what this import brought for the establishment, so that later hand edits can be told apart. */
    private static void remember(PreparedStatement ps, long id, Establishment imported) throws SQLException {
        Object[] values = new Object[FIELDS.size() + 1];
        values[0] = id;
        int i = 1;
        for (Function<Establishment, String> read : FIELDS.values()) {
            values[i++] = read.apply(imported);
        }
        Jdbc.bind(ps, values);
        ps.executeUpdate();
    }

    private static String column(String field) {
        return field.equals("postalCode") ? "postal_code" : field;
    }

    /** The establishment with one field taken from the imported row. */
    static Establishment with(Establishment e, String field, Establishment from) {
        return new Establishment(e.id(), e.uai(),
                field.equals("name") ? from.name() : e.name(),
                field.equals("kind") ? from.kind() : e.kind(),
                field.equals("ownership") ? from.ownership() : e.ownership(),
                field.equals("siret") ? from.siret() : e.siret(),
                field.equals("street") ? from.street() : e.street(),
                field.equals("postalCode") ? from.postalCode() : e.postalCode(),
                field.equals("city") ? from.city() : e.city(),
                field.equals("phone") ? from.phone() : e.phone(),
                field.equals("email") ? from.email() : e.email(),
                field.equals("website") ? from.website() : e.website(),
                e.role(), e.memberSince(), e.memberUntil(), e.conventionSignedOn(), e.notes());
    }
}
