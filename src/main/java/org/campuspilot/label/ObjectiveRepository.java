package org.campuspilot.label;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;

/** The objectives of the label period, in the director's order, with the figures typed per year. */
public final class ObjectiveRepository {
    private final Jdbc jdbc;

    public ObjectiveRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    public List<LabelObjective> findAll() {
        Map<Long, Map<Integer, Long>> typed = new HashMap<>();
        jdbc.list("SELECT objective_id, school_year, typed_value FROM label_objective_value", rs -> {
            typed.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getLong(3));
            return null;
        });
        return jdbc.list("""
                SELECT id, indicator, detail, label, target, scope, updated_at FROM label_objective
                ORDER BY position, id""", rs -> new LabelObjective(rs.getLong(1), Jdbc.enumValue(rs, "indicator",
                        LabelIndicator.class), rs.getString(3), rs.getString(4), rs.getLong(5), Jdbc.enumValue(rs,
                                "scope", LabelObjective.Scope.class), typed.get(rs.getLong(1)),
                        Instant.parse(rs.getString(7))));
    }

    /** Inserts or updates an objective with its typed figures (call inside a transaction). */
    public LabelObjective save(LabelObjective o, Instant now) {
        long id;
        if (o.id() == null) {
            long position = jdbc.count("SELECT COALESCE(MAX(position), 0) + 1 FROM label_objective");
            id = jdbc.insert("""
                    INSERT INTO label_objective (position, indicator, detail, label, target, scope, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", position, o.indicator(), o.detail(), o.label(), o.target(),
                    o.scope(), now.toString());
        } else {
            id = o.id();
            jdbc.update("UPDATE label_objective SET indicator = ?, detail = ?, label = ?, target = ?, scope = ?,"
                    + " updated_at = ? WHERE id = ?", o.indicator(), o.detail(), o.label(), o.target(), o.scope(),
                    now.toString(), id);
        }
        Map<Integer, Long> stored = new HashMap<>();
        jdbc.list("SELECT school_year, typed_value FROM label_objective_value WHERE objective_id = ?", rs -> {
            stored.put(rs.getInt(1), rs.getLong(2));
            return null;
        }, id);
        Map<Integer, Long> wanted = o.indicator() == LabelIndicator.MANUAL ? o.typed() : Map.of();
        for (Integer year : stored.keySet()) {
            if (!wanted.containsKey(year)) {
                jdbc.update("DELETE FROM label_objective_value WHERE objective_id = ? AND school_year = ?", id, year);
            }
        }
        for (Map.Entry<Integer, Long> e : wanted.entrySet()) {
            if (!stored.containsKey(e.getKey())) {
                jdbc.update("INSERT INTO label_objective_value (objective_id, school_year, typed_value)"
                        + " VALUES (?, ?, ?)", id, e.getKey(), e.getValue());
            } else if (!stored.get(e.getKey()).equals(e.getValue())) {
                jdbc.update("UPDATE label_objective_value SET typed_value = ? WHERE objective_id = ?"
                        + " AND school_year = ?", e.getValue(), id, e.getKey());
            }
        }
        return findAll().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    public void delete(long id) {
        jdbc.update("DELETE FROM label_objective WHERE id = ?", id);
    }
}
