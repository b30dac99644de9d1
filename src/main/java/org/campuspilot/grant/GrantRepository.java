package org.campuspilot.grant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.shared.Money;

/** Plain JDBC access to the grants with their instalments and the compte rendu's explanations. */
public final class GrantRepository {
    private static final String SELECT = """
            SELECT id, funder, funder_name, financial_year, object, requested_cents, awarded_cents, decision_date,
                convention_ref, convention_signed_on, status, report_due_on, report_sent_on, review_text,
                indirect_costs_text, contributions_text, updated_at, project_id
            FROM grant_award""";

    private final Jdbc jdbc;

    public GrantRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    /** Every grant, the most recent year first. */
    public List<Grant> findAll() {
        return read(SELECT + " ORDER BY financial_year DESC, funder_name, object");
    }

    /** The grants of a year that fund a project. */
    public List<Grant> findByYearAndProject(int year, long projectId) {
        return read(SELECT + " WHERE financial_year = ? AND project_id = ? ORDER BY funder_name, object", year,
                projectId);
    }

    public List<Grant> findByYear(int year) {
        return read(SELECT + " WHERE financial_year = ? ORDER BY funder_name, object", year);
    }

    public Optional<Grant> findById(long id) {
        return read(SELECT + " WHERE id = ?", id).stream().findFirst();
    }

    public long count() {
        return jdbc.count("SELECT COUNT(*) FROM grant_award");
    }

    private List<Grant> read(String sql, Object... params) {
        Map<Long, List<Instalment>> instalments = jdbc.grouped("""
                SELECT grant_id, id, kind, expected_on, expected_cents, condition, received_on, received_cents
                FROM grant_instalment ORDER BY grant_id, position""", rs -> new Instalment(rs.getLong("id"),
                Jdbc.enumValue(rs, "kind", InstalmentKind.class), Jdbc.date(rs, "expected_on"),
                new Money(rs.getLong("expected_cents")), rs.getString("condition"), Jdbc.date(rs, "received_on"),
                money(rs, "received_cents")));
        Map<Long, Map<String, String>> explanations = new HashMap<>();
        jdbc.list("SELECT grant_id, line_code, explanation FROM grant_gap_explanation", rs -> {
            explanations.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
            return null;
        });
        return jdbc.list(sql, rs -> {
            long id = rs.getLong("id");
            return new Grant(id, Jdbc.enumValue(rs, "funder", Funder.class), rs.getString("funder_name"),
                    rs.getInt("financial_year"), rs.getString("object"), money(rs, "requested_cents"),
                    money(rs, "awarded_cents"), Jdbc.date(rs, "decision_date"), rs.getString("convention_ref"),
                    Jdbc.date(rs, "convention_signed_on"), Jdbc.enumValue(rs, "status", GrantStatus.class),
                    Jdbc.date(rs, "report_due_on"), Jdbc.date(rs, "report_sent_on"),
                    instalments.getOrDefault(id, List.of()), rs.getString("review_text"),
                    rs.getString("indirect_costs_text"), rs.getString("contributions_text"),
                    explanations.getOrDefault(id, Map.of()), Instant.parse(rs.getString("updated_at")),
                    Jdbc.nullableLong(rs, "project_id"));
        }, params);
    }

    static Money money(ResultSet rs, String column) throws SQLException {
        Long cents = Jdbc.nullableLong(rs, column);
        return cents == null ? null : new Money(cents);
    }

    private static Long cents(Money m) {
        return m == null ? null : m.cents();
    }

    /** Inserts or updates the grant with its schedule and explanations (call inside a transaction). */
    public Grant save(Grant g, Instant now) {
        Object[] values = {g.funder(), g.funderName(), g.year(), g.object(), cents(g.requested()), cents(g.awarded()),
            g.decisionDate(), g.conventionRef(), g.conventionSignedOn(), g.status(), g.reportDueOverride(),
            g.reportSentOn(), g.review(), g.indirectCosts(), g.contributions(), g.projectId(), now.toString()};
        long id;
        if (g.id() == null) {
            id = jdbc.insert("""
                    INSERT INTO grant_award (funder, funder_name, financial_year, object, requested_cents,
                        awarded_cents, decision_date, convention_ref, convention_signed_on, status, report_due_on,
                        report_sent_on, review_text, indirect_costs_text, contributions_text, project_id, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", values);
        } else {
            id = g.id();
            List<Object> params = new ArrayList<>(Arrays.asList(values));
            params.add(id);
            jdbc.update("""
                    UPDATE grant_award SET funder = ?, funder_name = ?, financial_year = ?, object = ?,
                        requested_cents = ?, awarded_cents = ?, decision_date = ?, convention_ref = ?,
                        convention_signed_on = ?, status = ?, report_due_on = ?, report_sent_on = ?, review_text = ?,
                        indirect_costs_text = ?, contributions_text = ?, project_id = ?, updated_at = ?
                    WHERE id = ?""", params.toArray());
        }
        saveSchedule(id, g.instalments());
        saveExplanations(id, g.gapExplanations());
        return findById(id).orElseThrow();
    }

    /**
     * The schedule as the form left it: an instalment kept is updated in place (the history records only what
     * changed in it, so one save reads as one line), a new one inserted, a removed one deleted.
     */
    private void saveSchedule(long grantId, List<Instalment> schedule) {
        java.util.Set<Long> kept = new java.util.HashSet<>();
        schedule.stream().map(Instalment::id).filter(java.util.Objects::nonNull).forEach(kept::add);
        for (Long stored : jdbc.list("SELECT id FROM grant_instalment WHERE grant_id = ?", rs -> rs.getLong(1),
                grantId)) {
            if (!kept.contains(stored)) {
                jdbc.update("DELETE FROM grant_instalment WHERE id = ?", stored);
            }
        }
        int position = 0;
        for (Instalment i : schedule) {
            int updated = i.id() == null ? 0 : jdbc.update("""
                    UPDATE grant_instalment SET position = ?, kind = ?, expected_on = ?, expected_cents = ?,
                        condition = ?, received_on = ?, received_cents = ?
                    WHERE id = ? AND grant_id = ?""", position, i.kind(), i.expectedOn(), i.expected().cents(),
                    i.condition(), i.receivedOn(), cents(i.received()), i.id(), grantId);
            if (updated == 0) {
                jdbc.update("""
                        INSERT INTO grant_instalment (grant_id, position, kind, expected_on, expected_cents, condition,
                            received_on, received_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", grantId, position,
                        i.kind(), i.expectedOn(), i.expected().cents(), i.condition(), i.receivedOn(),
                        cents(i.received()));
            }
            position++;
        }
    }

    /** The compte rendu's explanations of its gaps, each line's kept, changed, added or removed alone. */
    private void saveExplanations(long grantId, Map<String, String> explanations) {
        Map<String, String> written = new HashMap<>();
        explanations.forEach((line, text) -> {
            if (text != null && !text.isBlank()) {
                written.put(line, text.strip());
            }
        });
        for (String stored : jdbc.list("SELECT line_code FROM grant_gap_explanation WHERE grant_id = ?",
                rs -> rs.getString(1), grantId)) {
            if (!written.containsKey(stored)) {
                jdbc.update("DELETE FROM grant_gap_explanation WHERE grant_id = ? AND line_code = ?", grantId, stored);
            }
        }
        for (Map.Entry<String, String> e : written.entrySet()) {
            if (jdbc.update("UPDATE grant_gap_explanation SET explanation = ? WHERE grant_id = ? AND line_code = ?",
                    e.getValue(), grantId, e.getKey()) == 0) {
                jdbc.update("INSERT INTO grant_gap_explanation (grant_id, line_code, explanation) VALUES (?, ?, ?)",
                        grantId, e.getKey(), e.getValue());
            }
        }
    }

    public void delete(long id) {
        jdbc.update("DELETE FROM grant_award WHERE id = ?", id);
    }
}
