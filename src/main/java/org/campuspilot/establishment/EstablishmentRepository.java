package org.campuspilot.establishment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.shared.EmailAddress;
import org.campuspilot.shared.PhoneNumber;
import org.campuspilot.shared.PostalCode;
import org.campuspilot.shared.Siret;
import org.campuspilot.shared.Uai;

/** Plain JDBC access to the {@code establishment} table. */
public final class EstablishmentRepository {
    private static final String COLUMNS = """
            id, uai, name, kind, ownership, siret, street, postal_code, city, phone, email, website,
            network_role, member_since, member_until, convention_signed_on, notes""";

    private final Jdbc jdbc;

    public EstablishmentRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    public List<Establishment> findAll() {
        return jdbc.list("SELECT " + COLUMNS + " FROM establishment ORDER BY name", EstablishmentRepository::map);
    }

    public Optional<Establishment> findById(long id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM establishment WHERE id = ?", EstablishmentRepository::map, id);
    }

    public Optional<Establishment> findByUai(Uai uai) {
        return jdbc.one("SELECT " + COLUMNS + " FROM establishment WHERE uai = ?", EstablishmentRepository::map,
                uai.code());
    }

    /** The establishments of a city (compared without case). */
    public List<Establishment> findInCity(String city) {
        return jdbc.list("SELECT " + COLUMNS + " FROM establishment WHERE lower(trim(city)) = lower(trim(?))",
                EstablishmentRepository::map, city);
    }

    public Optional<Establishment> findSupport() {
        return jdbc.one("SELECT " + COLUMNS + " FROM establishment WHERE network_role = 'SUPPORT'",
                EstablishmentRepository::map);
    }

    public long count() {
        return jdbc.count("SELECT COUNT(*) FROM establishment");
    }

    /** Inserts a new establishment and returns it with its id. */
    public Establishment insert(Establishment e) {
        long id = jdbc.insert("""
                INSERT INTO establishment (uai, name, kind, ownership, siret, street, postal_code, city, phone,
                    email, website, network_role, member_since, member_until, convention_signed_on, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", values(e));
        return e.withId(id);
    }

    /**
     * Inserts many establishments through one prepared statement on the connection of the running transaction
     * (an import of the whole annuaire); each comes back with its id.
     */
    public static final class Inserter implements AutoCloseable {
        private final java.sql.PreparedStatement insert;
        private final java.sql.Connection connection;
        private final boolean server;
        private final long firstId;
        /** Rows per batch: one call into SQLite for many rows costs about half as much as one call per row. */
        private static final int BATCH = 1024;
        private static final int COPY_BATCH = 8192;
        private static final String COPY = "COPY establishment (uai, name, kind, ownership, siret, street,"
                + " postal_code, city, phone, email, website, network_role, member_since, member_until,"
                + " convention_signed_on, notes, id) FROM STDIN";
        private long nextId;
        private int pending;
        /** On a server, the rows waiting for their COPY, in its text format. */
        private final StringBuilder copyRows = new StringBuilder();

        Inserter(java.sql.Connection c) throws java.sql.SQLException {
            this.connection = c;
            this.server = org.campuspilot.db.Dialect.of(c) == org.campuspilot.db.Dialect.POSTGRESQL;
            if (server) {
                // Several people write on a server: no one else inserts establishments until this commits, and the
                // identity's next number is moved past these ones when the inserter closes.
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute("LOCK TABLE establishment IN EXCLUSIVE MODE");
                }
            }
            try (java.sql.Statement s = c.createStatement();
                    java.sql.ResultSet rs = s.executeQuery(server ? """
                            SELECT GREATEST(COALESCE((SELECT MAX(id) FROM establishment), 0),
                                (SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END
                                 FROM establishment_id_seq))""" : """
                            SELECT MAX(COALESCE((SELECT MAX(id) FROM establishment), 0),
                                COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'establishment'), 0))""")) {
                // An id once given is never given again, not even the last one deleted (decision 0017): the
                // Corbeille can bring it back.
                rs.next();
                firstId = rs.getLong(1) + 1;
                nextId = firstId;
            }
            insert = server ? null : c.prepareStatement("""
                    INSERT INTO establishment (uai, name, kind, ownership, siret, street, postal_code, city, phone,
                        email, website, network_role, member_since, member_until, convention_signed_on, notes, id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        }

        /**
         * Inserts with the next id (the transaction holds the write lock: no one else inserts meanwhile), in batches:
         * the rows are in the table once {@link #flush} has returned, and a failing row fails the flush.
         */
        public Establishment insert(Establishment e) throws java.sql.SQLException {
            Object[] values = values(e);
            Object[] withId = java.util.Arrays.copyOf(values, values.length + 1);
            withId[values.length] = nextId;
            if (server) {
                org.campuspilot.db.CopyText.row(copyRows, withId);
                if (++pending == COPY_BATCH) {
                    flush();
                }
            } else {
                Jdbc.bind(insert, withId);
                insert.addBatch();
                if (++pending == BATCH) {
                    flush();
                }
            }
            return e.withId(nextId++);
        }

        /**
         * Writes the rows inserted since the last flush: SQLite's batch, or on a server PostgreSQL's bulk path
         * ({@code COPY … FROM STDIN}, one call for thousands of rows).
         */
        public void flush() throws java.sql.SQLException {
            if (pending == 0) {
                return;
            }
            pending = 0;
            if (!server) {
                insert.executeBatch();
                return;
            }
            try {
                connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn(COPY,
                        new java.io.StringReader(copyRows.toString()));
            } catch (java.io.IOException e) {
                throw new java.sql.SQLException("COPY into establishment failed", e);
            } finally {
                copyRows.setLength(0);
            }
        }

        /** The first id this inserter gave (all its establishments have ids from it on). */
        public long firstId() {
            return firstId;
        }

        @Override
        public void close() throws java.sql.SQLException {
            if (insert != null) {
                insert.close();
            }
            if (server && nextId > firstId) {
                try (java.sql.Statement s = connection.createStatement()) {
                    s.execute("SELECT setval('establishment_id_seq', GREATEST(" + (nextId - 1)
                            + ", (SELECT last_value FROM establishment_id_seq)))");
                    // Thousands of rows at once: the planner learns of them now, not at autovacuum's next pass.
                    s.execute("ANALYZE establishment, establishment_import_value");
                }
            }
        }
    }

    /** An inserter on this connection, which must be the running transaction's. */
    public static Inserter inserter(java.sql.Connection c) throws java.sql.SQLException {
        return new Inserter(c);
    }

    public void update(Establishment e) {
        Object[] values = values(e);
        Object[] withId = java.util.Arrays.copyOf(values, values.length + 1);
        withId[values.length] = e.id();
        jdbc.update("""
                UPDATE establishment SET uai = ?, name = ?, kind = ?, ownership = ?, siret = ?, street = ?,
                    postal_code = ?, city = ?, phone = ?, email = ?, website = ?, network_role = ?,
                    member_since = ?, member_until = ?, convention_signed_on = ?, notes = ?
                WHERE id = ?""", withId);
    }

    /** Demotes the current établissement support, if any other than the given one, to a plain member. */
    public void demoteSupportOtherThan(Long keptId) {
        jdbc.update("UPDATE establishment SET network_role = 'MEMBRE' WHERE network_role = 'SUPPORT' AND id <> ?",
                keptId == null ? -1L : keptId);
    }

    public void delete(long id) {
        jdbc.update("DELETE FROM establishment WHERE id = ?", id);
    }

    private static Object[] values(Establishment e) {
        return new Object[] {e.uai().code(), e.name(), e.kind(), e.ownership(), code(e.siret()), e.street(),
            code(e.postalCode()), e.city(), e.phone() == null ? null : e.phone().digits(),
            e.email() == null ? null : e.email().address(), e.website(), e.role(), e.memberSince(),
            e.memberUntil(), e.conventionSignedOn(), e.notes()};
    }

    private static String code(Object valueType) {
        return valueType == null ? null : valueType.toString();
    }

    private static Establishment map(ResultSet rs) throws SQLException {
        return new Establishment(
                rs.getLong("id"),
                new Uai(rs.getString("uai")),
                rs.getString("name"),
                Jdbc.enumValue(rs, "kind", EstablishmentKind.class),
                Jdbc.enumValue(rs, "ownership", Ownership.class),
                nullable(rs.getString("siret"), Siret::new),
                rs.getString("street"),
                nullable(rs.getString("postal_code"), PostalCode::new),
                rs.getString("city"),
                nullable(rs.getString("phone"), PhoneNumber::new),
                nullable(rs.getString("email"), EmailAddress::new),
                rs.getString("website"),
                Jdbc.enumValue(rs, "network_role", NetworkRole.class),
                Jdbc.date(rs, "member_since"),
                Jdbc.date(rs, "member_until"),
                Jdbc.date(rs, "convention_signed_on"),
                rs.getString("notes"));
    }

    private static <T> T nullable(String s, java.util.function.Function<String, T> f) {
        return s == null ? null : f.apply(s);
    }
}
