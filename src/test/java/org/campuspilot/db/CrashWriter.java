package org.campuspilot.db;

import java.nio.file.Path;

/**
 * The process {@link CrashSafetyTest} kills: saves companies as the window does (one transaction each: the company,
 * its partnerships, the history the triggers write), and prints the number of each one once it is committed.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        Database db = Database.open(Path.of(args[0]));
        Jdbc jdbc = new Jdbc(db);
        for (int i = 0; ; i++) {
            int n = i;
            long id = db.inTransaction(c -> {
                String siren = String.format("%09d", jdbc.count("SELECT COALESCE(MAX(id), 0) + 1 FROM company"));
                long company = jdbc.insert("INSERT INTO company (siren, name, city, notes) VALUES (?, ?, ?, ?)",
                        siren, "Entreprise " + n, "Rennes", "x".repeat(n % 4000));
                jdbc.update("INSERT INTO company_partnership (company_id, kind) VALUES (?, 'STAGES')", company);
                jdbc.update("INSERT INTO company_partnership (company_id, kind) VALUES (?, 'VISITES')", company);
                if (n % 7 == 0) {
                    jdbc.update("UPDATE company SET city = 'Bruz' WHERE id = ?", company);
                }
                return company;
            });
            System.out.println(id);
            System.out.flush();
        }
    }
}
