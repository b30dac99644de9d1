package org.campuspilot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.db.Location;
import org.campuspilot.db.PostgresCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless commands on a base of a PostgreSQL server, and {@code copy} between the two stores (issue 24). */
class ServerCommandsTest extends CommandLineTest {
    @TempDir Path dir;

    @Test
    void aCampusMovesFromAFileToAServerAndBackWithItsCountsChecked() throws Exception {
        Path file = dir.resolve("campus.campuspilot");
        assertEquals(0, run("demo", "--db", file.toString()), err());
        String server = PostgresCluster.get().newDatabase().display();
        Database opened = Database.open(file);
        long establishments = new Jdbc(opened).count("SELECT COUNT(*) FROM establishment");
        opened.close();

        assertEquals(0, run("copy", "--from", file.toString(), "--to", server), err());
        assertTrue(out().contains("comptées des deux côtés"), out());
        assertTrue(out().contains("(" + establishments + " établissements"), out());

        // Every headless command takes the server's address.
        assertEquals(0, run("check", "--db", server), err());
        assertTrue(out().contains("version " + org.campuspilot.db.Migrations.latestVersion()), out());
        Path csv = dir.resolve("etablissements.csv");
        assertEquals(0, run("export", "csv", "establishments", "--db", server, "--profile", "open-data", "--out", csv.toString()), err());
        assertEquals(establishments + 1, Files.readAllLines(csv).size(), "a header and the establishments");

        // Into a base that holds a campus: refused, untouched, unless asked to replace it.
        assertEquals(1, run("copy", "--from", file.toString(), "--to", server));
        assertTrue(err().contains("contient déjà un campus (" + establishments + " établissements"), err());
        assertTrue(err().contains("--remplacer"), err());
        assertEquals(0, run("copy", "--from", file.toString(), "--to", server, "--remplacer"), err());
        assertTrue(out().contains("sauvegard"), "the replaced campus was backed up first: " + out());

        // Back into a new file, which is an ordinary campus file.
        Path back = dir.resolve("retour.campuspilot");
        assertEquals(0, run("copy", "--from", server, "--to", back.toString()), err());
        assertEquals(0, run("check", "--db", back.toString()), err());
        assertEquals(1, run("copy", "--from", server, "--to", back.toString()), "a copy never overwrites a file");
        assertTrue(err().contains("existe déjà"), err());
    }

    @Test
    void aServerIsBackedUpIntoAFileAndRestoredOnlyWhenConfirmed() throws Exception {
        Location.Server address = PostgresCluster.get().newDatabase();
        String server = address.display();
        assertEquals(0, run("demo", "--db", server), err());
        assertEquals(1, run("demo", "--db", server), "the demo never fills a base twice");

        Path backup = dir.resolve("sauvegarde.campuspilot");
        assertEquals(0, run("backup", "--db", server, "--out", backup.toString()), err());
        assertEquals(0, run("check", "--db", backup.toString()), err());

        Database db = Database.open(address, Database.Options.DEFAULT);
        long before = new Jdbc(db).count("SELECT COUNT(*) FROM establishment");
        new Jdbc(db).update("DELETE FROM establishment_import_value");
        new Jdbc(db).update("UPDATE campus SET name = 'Renommé après la sauvegarde'");

        assertEquals(1, run("restore", backup.toString(), "--db", server));
        assertTrue(err().contains("--remplacer"), err());
        assertEquals("Renommé après la sauvegarde", name(db));

        assertEquals(0, run("restore", backup.toString(), "--db", server, "--remplacer"), err());
        assertFalse(name(db).equals("Renommé après la sauvegarde"), "the backup's campus is back");
        assertEquals(before, new Jdbc(db).count("SELECT COUNT(*) FROM establishment"));
        db.close();
    }

    @Test
    void anAddressThatCannotBeUsedGetsASentence() {
        assertEquals(2, run("export", "csv", "establishments", "--db", "postgresql://moi:secret@serveur/campus",
                "--out", dir.resolve("x.csv").toString()));
        assertTrue(err().contains("Ne mettez pas le mot de passe"), err());
        assertEquals(2, run("check", "--db", "postgresql://serveur"));
        assertTrue(err().contains("Adresse de serveur illisible"), err());
        // Nothing listens on port 1.
        assertEquals(3, run("check", "--db", "postgresql://campus_test@127.0.0.1:1/campus"));
        assertTrue(err().contains("ne répond pas sur le port 1"), err());
        assertFalse(err().contains("Exception"), err());
        String unknown = PostgresCluster.get().address("aucune_base", PostgresCluster.USER).display();
        assertEquals(3, run("check", "--db", unknown));
        assertTrue(err().contains("n'existe pas sur le serveur"), err());
    }

    private static String name(Database db) {
        return new Jdbc(db).list("SELECT name FROM campus", rs -> rs.getString(1)).get(0);
    }
}
