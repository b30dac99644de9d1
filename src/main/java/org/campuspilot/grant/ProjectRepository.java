package org.campuspilot.grant;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.shared.Money;

/** The analytic projects and their part of each year's budget prévisionnel. */
public final class ProjectRepository {
    private final Jdbc jdbc;

    public ProjectRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    /** Every project, by name. */
    public List<AnalyticProject> findAll() {
        return jdbc.list("SELECT id, name, updated_at FROM analytic_project ORDER BY name, id",
                rs -> new AnalyticProject(rs.getLong(1), rs.getString(2), Instant.parse(rs.getString(3))));
    }

    public Optional<AnalyticProject> findById(long id) {
        return jdbc.one("SELECT id, name, updated_at FROM analytic_project WHERE id = ?",
                rs -> new AnalyticProject(rs.getLong(1), rs.getString(2), Instant.parse(rs.getString(3))), id);
    }

    /** Inserts or renames the project (call inside a transaction). */
    public AnalyticProject save(AnalyticProject p, Instant now) {
        long id;
        if (p.id() == null) {
            id = jdbc.insert("INSERT INTO analytic_project (name, updated_at) VALUES (?, ?)", p.name(),
                    now.toString());
        } else {
            id = p.id();
            jdbc.update("UPDATE analytic_project SET name = ?, updated_at = ? WHERE id = ?", p.name(), now.toString(),
                    id);
        }
        return findById(id).orElseThrow();
    }

    /** What a project is used by, which deleting it would hand back to the association's operation. */
    public record Uses(long grants, long entries, long forecastLines) {
        public boolean none() {
            return grants == 0 && entries == 0 && forecastLines == 0;
        }
    }

    public Uses uses(long id) {
        return new Uses(jdbc.count("SELECT COUNT(*) FROM grant_award WHERE project_id = ?", id),
                jdbc.count("SELECT COUNT(*) FROM finance_entry WHERE project_id = ?", id),
                jdbc.count("SELECT COUNT(*) FROM project_forecast WHERE project_id = ?", id));
    }

    public void delete(long id) {
        jdbc.update("DELETE FROM analytic_project WHERE id = ?", id);
    }

    /** The project's part of a year's budget prévisionnel, by line code. */
    public Map<String, Money> forecast(long projectId, int year) {
        Map<String, Money> out = new HashMap<>();
        jdbc.list("SELECT line_code, amount_cents FROM project_forecast WHERE project_id = ? AND year = ?", rs -> {
            out.put(rs.getString(1), new Money(rs.getLong(2)));
            return null;
        }, projectId, year);
        return out;
    }

    /**
     * Replaces the project's part of the year's forecast (call inside a transaction): each line's row kept, changed,
     * added or removed alone, so that one save reads as what changed; zero amounts are not kept.
     */
    public void replaceForecast(long projectId, int year, Map<String, Money> amounts) {
        Map<String, Money> stored = forecast(projectId, year);
        for (String code : stored.keySet()) {
            Money m = amounts.get(code);
            if (m == null || m.cents() == 0) {
                jdbc.update("DELETE FROM project_forecast WHERE project_id = ? AND year = ? AND line_code = ?",
                        projectId, year, code);
            }
        }
        for (Map.Entry<String, Money> e : amounts.entrySet()) {
            Money m = e.getValue();
            if (m == null || m.cents() == 0 || m.equals(stored.get(e.getKey()))) {
                continue;
            }
            if (stored.containsKey(e.getKey())) {
                jdbc.update("UPDATE project_forecast SET amount_cents = ? WHERE project_id = ? AND year = ?"
                        + " AND line_code = ?", m.cents(), projectId, year, e.getKey());
            } else {
                jdbc.update("INSERT INTO project_forecast (project_id, year, line_code, amount_cents)"
                        + " VALUES (?, ?, ?, ?)", projectId, year, e.getKey(), m.cents());
            }
        }
    }
}
