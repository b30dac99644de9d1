package org.campuspilot.demo;

import org.campuspilot.db.Jdbc;
import org.campuspilot.store.Stores;

/**
 * The objectives the demo campus set when it applied for its label (2022-2027): the bilan du label sets five school
 * years of records against them, some reached, some not yet. Written as rows (the demo builds no other feature's
 * repository; the label's objectives are not among the shared stores).
 */
final class DemoLabel {
    private static final String AT = "2022-09-15T10:00:00Z";

    private DemoLabel() {
    }

    static void fill(Stores stores) {
        Jdbc jdbc = new Jdbc(stores.database());
        Object[][] objectives = {
            {"PARTNER_COMPANIES", null, "25 entreprises partenaires sous convention", 25, "BY_END"},
            {"BENEFICIARIES", null, "300 jeunes et adultes touchés par les actions", 300, "EACH_YEAR"},
            {"EVENTS_HELD", null, "6 événements tenus", 6, "EACH_YEAR"},
            {"ATTENDANCE_OF_AUDIENCE", "COLLEGIENS", "150 collégiens aux événements", 150, "EACH_YEAR"},
            {"MOBILITIES", null, "2 mobilités internationales", 2, "EACH_YEAR"},
            {"APPRENTICE_SHARE", null, "10 % d'apprentis parmi les bénéficiaires", 10, "BY_END"},
            {"SEX_SHARE", "FEMMES", "30 % de filles et de femmes parmi les bénéficiaires", 30, "BY_END"},
            {"LEVEL5_PLUS_BENEFICIARIES", null, "50 bénéficiaires au niveau 5 et plus", 50, "EACH_YEAR"},
            {"MANUAL", null, "40 stages de 3e accueillis par les entreprises du réseau", 40, "EACH_YEAR"}};
        long manual = 0;
        for (int i = 0; i < objectives.length; i++) {
            Object[] o = objectives[i];
            long id = jdbc.insert("INSERT INTO label_objective (position, indicator, detail, label, target, scope,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", i + 1, o[0], o[1], o[2], o[3], o[4], AT);
            if ("MANUAL".equals(o[0])) {
                manual = id;
            }
        }
        int[][] typed = {{2022, 18}, {2023, 26}, {2024, 35}, {2025, 41}};
        for (int[] t : typed) {
            jdbc.update("INSERT INTO label_objective_value (objective_id, school_year, typed_value) VALUES (?, ?, ?)",
                    manual, t[0], t[1]);
        }
    }
}
