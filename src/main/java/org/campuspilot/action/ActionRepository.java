package org.campuspilot.action;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.shared.Hours;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.SchoolYear;
import org.campuspilot.shared.TrainingLevel;

/** Plain JDBC access to the actions with their levels, beneficiaries, partners and speakers. */
public final class ActionRepository {
    private static final String SELECT = """
            SELECT id, title, type, school_year, start_date, end_date, status, objectives, description,
                hours_per_beneficiary, total_hours, mobility_country, mobility_direction, mobility_programme,
                mobility_programme_name, updated_at
            FROM action""";

    private final Jdbc jdbc;

    public ActionRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    /** Every action with everything it holds, in a fixed number of queries. */
    public List<Action> findAll() {
        return read(SELECT + " ORDER BY school_year DESC, start_date DESC, title", new Object[0]);
    }

    /**
     * Every action, in the order of {@link #findAll}, handed over one at a time as it is read: a whole export
     * holds no list of them. The link tables are read first, one query each (their rows are small).
     */
    public void forEach(Consumer<Action> each) {
        read(SELECT + " ORDER BY school_year DESC, start_date DESC, title", new Object[0], each);
    }

    public Optional<Action> findById(long id) {
        return read(SELECT + " WHERE id = ?", new Object[] {id}).stream().findFirst();
    }

    /** The actions an establishment or company takes part in, most recent first. */
    public List<Action> findForOrganisation(Organisation o) {
        String link = o.kind() == Organisation.Kind.COMPANY
                ? "SELECT action_id FROM action_company WHERE company_id = ?"
                : "SELECT action_id FROM action_establishment WHERE establishment_id = ?";
        return read(SELECT + " WHERE id IN (" + link + ") ORDER BY school_year DESC, start_date DESC",
                new Object[] {o.id()});
    }

    public long count() {
        return jdbc.count("SELECT COUNT(*) FROM action");
    }

    private List<Action> read(String sql, Object[] params) {
        List<Action> out = new ArrayList<>();
        read(sql, params, out::add);
        return out;
    }

    private void read(String sql, Object[] params, Consumer<Action> each) {
        Map<Long, Set<TrainingLevel>> levels = new HashMap<>();
        jdbc.list("SELECT action_id, level FROM action_level", rs -> {
            levels.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(TrainingLevel.class))
                    .add(TrainingLevel.ofNational(rs.getInt(2)));
            return null;
        });
        Map<Long, List<int[]>> counts = new HashMap<>();
        Map<Long, List<String>> categories = new HashMap<>();
        jdbc.list("SELECT action_id, category, target, actual FROM action_beneficiary", rs -> {
            counts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new int[] {rs.getInt(3), rs.getInt(4)});
            categories.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            return null;
        });
        Map<Long, List<Organisation>> establishments = jdbc.grouped("""
                SELECT ae.action_id, e.id, e.name FROM action_establishment ae
                JOIN establishment e ON e.id = ae.establishment_id ORDER BY e.name""",
                rs -> Organisation.establishment(rs.getLong(2), rs.getString(3)));
        Map<Long, List<Organisation>> companies = jdbc.grouped("""
                SELECT ac.action_id, c.id, c.name FROM action_company ac
                JOIN company c ON c.id = ac.company_id ORDER BY c.name""",
                rs -> Organisation.company(rs.getLong(2), rs.getString(3)));
        Map<Long, List<Long>> contactIds = new HashMap<>();
        Map<Long, List<String>> contactNames = new HashMap<>();
        jdbc.list("""
                SELECT ap.action_id, p.id, p.first_name, p.last_name, p.anonymised_on FROM action_contact ap
                JOIN contact p ON p.id = ap.contact_id ORDER BY p.last_name, p.first_name""", rs -> {
            contactIds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            String first = rs.getString(3);
            String name = rs.getString(5) != null ? null : first == null ? rs.getString(4) : first + " " + rs.getString(4);
            contactNames.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(name);
            return null;
        });
        jdbc.list(sql, rs -> {
            long id = rs.getLong("id");
            each.accept(map(rs, levels.get(id), beneficiaries(categories.get(id), counts.get(id)),
                    establishments.get(id), companies.get(id), contactIds.get(id), contactNames.get(id)));
            return null;
        }, params);
    }

    private static final Set<String> SEXES = Set.of(Arrays.stream(Sex.values()).map(Sex::name)
            .toArray(String[]::new));

    private static Beneficiaries beneficiaries(List<String> categories, List<int[]> counts) {
        if (categories == null) {
            return Beneficiaries.NONE;
        }
        Map<LearnerStatus, Integer> ts = new EnumMap<>(LearnerStatus.class);
        Map<LearnerStatus, Integer> as = new EnumMap<>(LearnerStatus.class);
        Map<Sex, Integer> tx = new EnumMap<>(Sex.class);
        Map<Sex, Integer> ax = new EnumMap<>(Sex.class);
        for (int i = 0; i < categories.size(); i++) {
            String c = categories.get(i);
            int[] n = counts.get(i);
            if (SEXES.contains(c)) {
                tx.put(Sex.valueOf(c), n[0]);
                ax.put(Sex.valueOf(c), n[1]);
            } else {
                ts.put(LearnerStatus.valueOf(c), n[0]);
                as.put(LearnerStatus.valueOf(c), n[1]);
            }
        }
        return new Beneficiaries(ts, as, tx, ax);
    }

    /** Inserts or updates the action with everything it holds (call inside a transaction). */
    public Action save(Action a, Instant now) {
        Mobility m = a.mobility();
        Object[] values = {a.title(), a.type(), a.schoolYear().startYear(), a.startDate(), a.endDate(), a.status(),
            a.objectives(), a.description(), cents(a.hoursPerBeneficiary()), cents(a.totalHours()),
            m == null ? null : m.country(), m == null ? null : m.direction(), m == null ? null : m.programme(),
            m == null ? null : m.programmeName(), now.toString()};
        long id;
        if (a.id() == null) {
            id = jdbc.insert("""
                    INSERT INTO action (title, type, school_year, start_date, end_date, status, objectives, description,
                        hours_per_beneficiary, total_hours, mobility_country, mobility_direction, mobility_programme,
                        mobility_programme_name, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", values);
        } else {
            id = a.id();
            List<Object> params = new ArrayList<>(Arrays.asList(values));
            params.add(id);
            jdbc.update("""
                    UPDATE action SET title = ?, type = ?, school_year = ?, start_date = ?, end_date = ?, status = ?,
                        objectives = ?, description = ?, hours_per_beneficiary = ?, total_hours = ?,
                        mobility_country = ?, mobility_direction = ?, mobility_programme = ?,
                        mobility_programme_name = ?, updated_at = ?
                    WHERE id = ?""", params.toArray());
        }
        jdbc.update("DELETE FROM action_level WHERE action_id = ?", id);
        for (TrainingLevel l : a.levels()) {
            jdbc.update("INSERT INTO action_level (action_id, level) VALUES (?, ?)", id, l.national());
        }
        jdbc.update("DELETE FROM action_beneficiary WHERE action_id = ?", id);
        Beneficiaries b = a.beneficiaries();
        for (LearnerStatus s : LearnerStatus.values()) {
            writeCount(id, s.name(), b.targetByStatus().get(s), b.actualByStatus().get(s));
        }
        for (Sex s : Sex.values()) {
            writeCount(id, s.name(), b.targetBySex().get(s), b.actualBySex().get(s));
        }
        jdbc.update("DELETE FROM action_establishment WHERE action_id = ?", id);
        for (Organisation e : a.establishments()) {
            jdbc.update("INSERT INTO action_establishment (action_id, establishment_id) VALUES (?, ?)", id, e.id());
        }
        jdbc.update("DELETE FROM action_company WHERE action_id = ?", id);
        for (Organisation c : a.companies()) {
            jdbc.update("INSERT INTO action_company (action_id, company_id) VALUES (?, ?)", id, c.id());
        }
        jdbc.update("DELETE FROM action_contact WHERE action_id = ?", id);
        for (Long p : a.contactIds()) {
            jdbc.update("INSERT INTO action_contact (action_id, contact_id) VALUES (?, ?)", id, p);
        }
        return a.withId(id, now);
    }

    private void writeCount(long id, String category, Integer target, Integer actual) {
        if ((target != null && target > 0) || (actual != null && actual > 0)) {
            jdbc.update("INSERT INTO action_beneficiary (action_id, category, target, actual) VALUES (?, ?, ?, ?)", id,
                    category, target == null ? 0 : target, actual == null ? 0 : actual);
        }
    }

    public void delete(long id) {
        jdbc.update("DELETE FROM action WHERE id = ?", id);
    }

    private static Long cents(Hours h) {
        return h == null ? null : h.hundredths();
    }

    private static Action map(ResultSet rs, Set<TrainingLevel> levels, Beneficiaries b, List<Organisation> est,
            List<Organisation> comp, List<Long> contactIds, List<String> contactNames) throws SQLException {
        Long perBeneficiary = Jdbc.nullableLong(rs, "hours_per_beneficiary");
        Long total = Jdbc.nullableLong(rs, "total_hours");
        String country = rs.getString("mobility_country");
        Mobility.Direction direction = Jdbc.enumValue(rs, "mobility_direction", Mobility.Direction.class);
        Mobility.Programme programme = Jdbc.enumValue(rs, "mobility_programme", Mobility.Programme.class);
        Mobility mobility = country == null && direction == null && programme == null ? null
                : new Mobility(country, direction, programme, rs.getString("mobility_programme_name"));
        return new Action(rs.getLong("id"), rs.getString("title"), Jdbc.enumValue(rs, "type", ActionType.class),
                levels, new SchoolYear(rs.getInt("school_year")), Jdbc.date(rs, "start_date"),
                Jdbc.date(rs, "end_date"), Jdbc.enumValue(rs, "status", ActionStatus.class), est, comp, contactIds,
                contactNames, rs.getString("objectives"), rs.getString("description"), b,
                perBeneficiary == null ? null : new Hours(perBeneficiary), total == null ? null : new Hours(total),
                mobility, Instant.parse(rs.getString("updated_at")));
    }
}
