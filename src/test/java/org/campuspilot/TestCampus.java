package org.campuspilot;

import java.nio.file.Path;
import org.campuspilot.app.CampusStores;
import org.campuspilot.db.Database;
import org.campuspilot.demo.DemoCampus;
import org.campuspilot.store.Stores;

/** Campus files for the tests, built by the composition root as the application builds them. */
public final class TestCampus {
    private TestCampus() {
    }

    /** The demo campus in a new file. */
    public static Database demo(Path file) {
        return DemoCampus.create(file, CampusStores::on);
    }

    /** The repositories of an opened file. */
    public static Stores stores(Database database) {
        return CampusStores.on(database);
    }

    /**
     * Takes a SQLite file's schema back before V15 (for the tests that open a file an older version wrote, and
     * re-run the later migrations): V19's objectives, V18's logo, V17's presences, V16's projects and columns, V15's
     * attachments. The history's triggers of those tables go
     * first (they name the columns; opening the file makes them again).
     */
    public static void dropSinceV15(java.sql.Statement s) throws java.sql.SQLException {
        java.util.List<String> triggers = new java.util.ArrayList<>();
        try (java.sql.ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                + " AND name LIKE 'audit\\_%' ESCAPE '\\'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (java.util.stream.Stream.of("finance_entry", "grant_award", "analytic_project", "project_forecast",
                        "entry_attachment", "event_establishment", "event_company", "campus",
                        "label_objective", "label_objective_value", "label_text").anyMatch(t -> name.startsWith("audit_" + t + "_"))) {
                    triggers.add(name);
                }
            }
        }
        for (String t : triggers) {
            s.execute("DROP TRIGGER " + t);
        }
        s.execute("DROP TABLE label_text");
        s.execute("DROP TABLE label_objective_value");
        s.execute("DROP TABLE label_objective");
        s.execute("ALTER TABLE campus DROP COLUMN logo_sha256");
        s.execute("ALTER TABLE campus DROP COLUMN logo_file_name");
        s.execute("ALTER TABLE event_establishment DROP COLUMN presence");
        s.execute("ALTER TABLE event_company DROP COLUMN presence");
        s.execute("DROP INDEX finance_entry_project");
        s.execute("ALTER TABLE finance_entry DROP COLUMN project_percent");
        s.execute("ALTER TABLE finance_entry DROP COLUMN project_id");
        s.execute("ALTER TABLE grant_award DROP COLUMN project_id");
        s.execute("DROP TABLE project_forecast");
        s.execute("DROP TABLE analytic_project");
        s.execute("DROP TABLE entry_attachment");
        s.execute("DROP TABLE attachment_file");
    }
}
