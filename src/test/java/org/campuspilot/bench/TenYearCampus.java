package org.campuspilot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Random;
import org.campuspilot.db.Database;

/**
 * A generated ten-year campus for the benchmarks: 3,000 establishments, 5,000 companies, 20,000 contacts, 10,000
 * events (one attendance each), 50,000 actions (one level, two beneficiary counts each), 100,000 expenses, eleven
 * years of budget and grants. The same seed every time, so every run reads the same rows.
 */
public final class TenYearCampus {
    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

    private TenYearCampus() {
    }

    /** Writes the campus into a new file {@code stress.campuspilot} in {@code dir} and returns the file. */
    public static Path create(Path dir) {
        Path file = dir.resolve("stress.campuspilot");
        if (Files.exists(file)) {
            throw new IllegalStateException("Already exists: " + file);
        }
        Database db = Database.open(file);
        generate(db);
        db.close(); // the WAL emptied into the file: other programs (sqlite3) read it whole
        return file;
    }

    private static String luhn(String digits) {
        for (int check = 0; check < 10; check++) {
            String candidate = digits + check;
            int sum = 0;
            for (int i = 0; i < candidate.length(); i++) {
                int d = candidate.charAt(candidate.length() - 1 - i) - '0';
                if (i % 2 == 1) {
                    d = d * 2 > 9 ? d * 2 - 9 : d * 2;
                }
                sum += d;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }

    /** Fills an empty campus file (migrated, no rows) with the ten years. */
    static void generate(Database db) {
        Random r = new Random(42);
        String[] kinds = {"LYCEE_PROFESSIONNEL", "LYCEE_POLYVALENT", "CFA", "UNIVERSITE_IUT", "GRETA"};
        String[] sizes = {"MICRO", "PME", "ETI", "GRANDE", null};
        String[] eventTypes = {"PORTES_OUVERTES", "FORUM_SALON", "VISITE_ENTREPRISE", "CONFERENCE", "CONCOURS"};
        String[] actionTypes = {"DECOUVERTE_METIERS", "MODULE_COMPLEMENTAIRE", "VISITE_ENTREPRISE",
            "MOBILITE_INTERNATIONALE"};
        String[] statuses = {"ELEVES", "APPRENTIS", "ETUDIANTS"};
        String now = "2025-01-01T00:00:00Z";
        db.inTransaction(c -> {
            exec(c, "INSERT INTO campus (id, name, sector, excellence, label_start, label_end) VALUES (1, "
                    + "'Campus de charge', 'INNOVATIVE_SYSTEMS_MECHATRONICS', 0, '2021-09-01', '2026-08-31')");
            // The label period's objectives: the bilan du label (the Label area) counts five school years of them.
            String[][] objectives = {{"BENEFICIARIES", null, "1500"}, {"EVENTS_HELD", null, "900"},
                {"ATTENDANCE_OF_AUDIENCE", "LYCEENS", "5000"}, {"SEX_SHARE", "FEMMES", "30"},
                {"PARTNER_COMPANIES", null, "400"}, {"BUDGET_EXECUTION", null, "95"}};
            for (int i = 0; i < objectives.length; i++) {
                String[] o = objectives[i];
                exec(c, "INSERT INTO label_objective (position, indicator, detail, label, target, scope, updated_at)"
                        + " VALUES (" + (i + 1) + ", '" + o[0] + "', " + (o[1] == null ? "NULL" : "'" + o[1] + "'")
                        + ", 'Objectif " + (i + 1) + "', " + o[2] + ", 'EACH_YEAR', '" + now + "')");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO establishment (uai, name, kind, ownership, "
                    + "network_role, member_since, member_until, postal_code, city) VALUES (?, ?, ?, 'PUBLIC', "
                    + "'MEMBRE', ?, ?, '35000', 'Rennes')")) {
                for (int i = 0; i < 3_000; i++) {
                    int n = 350_0000 + i;
                    ps.setString(1, String.format("%07d", n) + LETTERS.charAt(n % 23));
                    ps.setString(2, "Établissement " + i);
                    ps.setString(3, kinds[i % kinds.length]);
                    ps.setString(4, LocalDate.of(2015 + r.nextInt(10), 1 + r.nextInt(12), 1).toString());
                    ps.setString(5, r.nextInt(10) == 0 ? LocalDate.of(2020 + r.nextInt(6), 8, 31).toString() : null);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO company (siren, name, naf_code, naf_version, "
                    + "size_band, activity, convention_signed_on) VALUES (?, ?, ?, 'REV2', ?, ?, ?)")) {
                for (int i = 0; i < 5_000; i++) {
                    ps.setString(1, luhn(String.format("%08d", 30_000_000 + i)));
                    ps.setString(2, "Entreprise " + i);
                    ps.setString(3, String.format("%02d.%02dZ", 10 + r.nextInt(80), r.nextInt(100)));
                    ps.setString(4, sizes[i % sizes.length]);
                    ps.setString(5, "Activité " + i % 40);
                    ps.setString(6, r.nextBoolean() ? LocalDate.of(2015 + r.nextInt(11), 3, 1).toString() : null);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO contact (first_name, last_name, role, "
                    + "company_id, created_on) VALUES (?, ?, 'Responsable', ?, '2020-01-01')")) {
                for (int i = 0; i < 20_000; i++) {
                    ps.setString(1, "Prénom" + i);
                    ps.setString(2, "Nom" + i);
                    ps.setInt(3, 1 + i % 5_000);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO event (uid, title, type, all_day, start_date, "
                    + "end_date, status, updated_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?)");
                    PreparedStatement at = c.prepareStatement("INSERT INTO event_attendance (event_id, audience, "
                            + "present) VALUES (?, 'LYCEENS', ?)")) {
                for (int i = 0; i < 10_000; i++) {
                    String day = LocalDate.of(2015, 9, 1).plusDays(r.nextInt(3650)).toString();
                    ps.setString(1, "bench-" + i + "@campuspilot");
                    ps.setString(2, "Événement " + i);
                    ps.setString(3, eventTypes[i % eventTypes.length]);
                    ps.setString(4, day);
                    ps.setString(5, day);
                    ps.setString(6, i % 20 == 0 ? "ANNULE" : "REALISE");
                    ps.setString(7, now);
                    ps.addBatch();
                    at.setInt(1, i + 1);
                    at.setInt(2, r.nextInt(200));
                    at.addBatch();
                }
                ps.executeBatch();
                at.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO action (title, type, school_year, start_date, "
                    + "status, hours_per_beneficiary, mobility_country, mobility_direction, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement lv = c.prepareStatement("INSERT INTO action_level VALUES (?, ?)");
                    PreparedStatement bn = c.prepareStatement("INSERT INTO action_beneficiary (action_id, category, "
                            + "target, actual) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < 50_000; i++) {
                    int year = 2015 + r.nextInt(10);
                    String type = actionTypes[i % actionTypes.length];
                    ps.setString(1, "Action " + i);
                    ps.setString(2, type);
                    ps.setInt(3, year);
                    ps.setString(4, LocalDate.of(year, 9, 1).plusDays(r.nextInt(300)).toString());
                    ps.setString(5, i % 25 == 0 ? "ANNULEE" : "REALISEE");
                    ps.setInt(6, 100 * (1 + r.nextInt(20)));
                    boolean mobility = type.equals("MOBILITE_INTERNATIONALE");
                    ps.setString(7, mobility ? "Espagne" : null);
                    ps.setString(8, mobility ? "SORTANTE" : null);
                    ps.setString(9, now);
                    ps.addBatch();
                    lv.setInt(1, i + 1);
                    lv.setInt(2, 3 + r.nextInt(3));
                    lv.addBatch();
                    bn.setInt(1, i + 1);
                    bn.setString(2, statuses[i % statuses.length]);
                    bn.setInt(3, 20);
                    bn.setInt(4, r.nextInt(40));
                    bn.addBatch();
                    bn.setInt(1, i + 1);
                    bn.setString(2, "FEMMES");
                    bn.setInt(3, 10);
                    bn.setInt(4, r.nextInt(10));
                    bn.addBatch();
                }
                ps.executeBatch();
                lv.executeBatch();
                bn.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO finance_entry (kind, entry_date, party, "
                    + "description, amount_cents, line_code, status, paid_on, updated_at) VALUES ('EXPENSE', ?, "
                    + "'Fournisseur', ?, ?, ?, ?, ?, ?)")) {
                String[] lines = {"604", "613", "623", "625", "641"};
                for (int i = 0; i < 100_000; i++) {
                    String day = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(3650)).toString();
                    boolean paid = r.nextInt(4) > 0;
                    ps.setString(1, day);
                    ps.setString(2, "Dépense " + i);
                    ps.setLong(3, 1_000 + r.nextInt(500_000));
                    ps.setString(4, lines[i % lines.length]);
                    ps.setString(5, paid ? "PAYEE" : "ENGAGEE");
                    ps.setString(6, paid ? day : null);
                    ps.setString(7, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            for (int year = 2015; year <= 2025; year++) {
                exec(c, "INSERT INTO budget_forecast VALUES (" + year + ", '604', 5000000), (" + year
                        + ", '641', 9000000), (" + year + ", '74-REGION', 9000000)");
                exec(c, "INSERT INTO grant_award (funder, funder_name, financial_year, object, requested_cents, "
                        + "awarded_cents, status, updated_at) VALUES ('REGION', 'Région', " + year
                        + ", 'Fonctionnement', 9000000, 9000000, 'ACCORDEE', '" + now + "')");
                exec(c, "INSERT INTO grant_instalment (grant_id, position, kind, expected_on, expected_cents, "
                        + "received_on, received_cents) VALUES (" + (year - 2014) + ", 1, 'AVANCE', '" + year
                        + "-03-01', 4500000, '" + year + "-03-15', 4500000)");
            }
            return null;
        });
    }

    private static void exec(Connection c, String sql) throws java.sql.SQLException {
        try (var s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
