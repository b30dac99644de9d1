package org.campuspilot.action;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.shared.SchoolYear;
import org.campuspilot.shared.TrainingLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary per level and school year, checked against totals computed in SQL straight from the tables. */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.EnumSource(org.campuspilot.TestStore.class)
class ActionSummaryTest {
    @org.junit.jupiter.params.Parameter
    org.campuspilot.TestStore store;

    @TempDir Path dir;
    Database db;
    Jdbc jdbc;
    List<ActionSummary.Line> lines;

    @BeforeEach
    void open() {
        db = store.demo(dir);
        jdbc = new Jdbc(db);
        lines = ActionSummary.of(new ActionRepository(db).findAll());
    }

    private ActionSummary.Line line(int year, TrainingLevel level) {
        return lines.stream().filter(l -> l.year().equals(new SchoolYear(year)) && l.level() == level).findFirst()
                .orElseThrow();
    }

    /** Reached people of one category per (year, level), summed by SQL over the raw rows, cancelled excluded. */
    private Map<String, Long> sqlActual(String category) {
        Map<String, Long> out = new HashMap<>();
        jdbc.list("""
                SELECT a.school_year, l.level, SUM(b.actual) FROM action a
                JOIN action_level l ON l.action_id = a.id
                JOIN action_beneficiary b ON b.action_id = a.id AND b.category = ?
                WHERE a.status <> 'ANNULEE' GROUP BY a.school_year, l.level""", rs -> {
            out.put(rs.getInt(1) + "/" + rs.getInt(2), rs.getLong(3));
            return null;
        }, category);
        return out;
    }

    @Test
    void everyLevelLineMatchesSqlOverTheRawTables() {
        Map<String, Long> actions = new HashMap<>();
        jdbc.list("""
                SELECT a.school_year, l.level, COUNT(*) FROM action a JOIN action_level l ON l.action_id = a.id
                WHERE a.status <> 'ANNULEE' GROUP BY a.school_year, l.level""", rs -> {
            actions.put(rs.getInt(1) + "/" + rs.getInt(2), rs.getLong(3));
            return null;
        });
        assertEquals(actions.size(), lines.stream().filter(l -> !l.isTotal()).count());
        for (LearnerStatus s : LearnerStatus.values()) {
            Map<String, Long> expected = sqlActual(s.name());
            for (ActionSummary.Line l : lines) {
                if (!l.isTotal()) {
                    String key = l.year().startYear() + "/" + l.level().national();
                    assertEquals(expected.getOrDefault(key, 0L).intValue(), l.byStatus().get(s), key + " " + s);
                    assertEquals(actions.get(key).intValue(), l.actions(), key);
                }
            }
        }
    }

    @Test
    void theYearsTotalCountsEachActionOnceAndSexesAddUpToTheTotal() {
        for (int year : new int[] {2024, 2025}) {
            long distinct = jdbc.count("SELECT COUNT(*) FROM action WHERE school_year = ? AND status <> 'ANNULEE'",
                    year);
            long reached = jdbc.count("""
                    SELECT COALESCE(SUM(b.actual), 0) FROM action a JOIN action_beneficiary b ON b.action_id = a.id
                    WHERE a.school_year = ? AND a.status <> 'ANNULEE'
                        AND b.category IN ('ELEVES', 'APPRENTIS', 'ETUDIANTS', 'STAGIAIRES_FC', 'ENSEIGNANTS')""",
                    year);
            ActionSummary.Line total = line(year, null);
            assertEquals(distinct, total.actions());
            assertEquals(reached, total.beneficiaries());
            assertEquals(total.beneficiaries(), total.bySex().values().stream().mapToInt(Integer::intValue).sum(),
                    "women + men + non précisé = total");
        }
        // 2025-2026, niveau IV: robot de tri (24 élèves + 7 apprentis), La Janais (24 + 3 enseignants), apprentis
        // espagnols (8 apprentis, levels V and IV): 31 + 27 + 8 = 66.
        assertEquals(66, line(2025, TrainingLevel.LEVEL_4).beneficiaries());
        assertEquals(3, line(2025, TrainingLevel.LEVEL_4).actions());
        // Hours: 620 typed + 3 h x 27 + 70 h x 8 = 620 + 81 + 560.
        assertEquals("1261", line(2025, TrainingLevel.LEVEL_4).hours().display());
    }
}
