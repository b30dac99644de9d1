package org.campuspilot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import companies … --update-existing}: the director's export with one city changed, tried then written. */
class ImportUpdateCliTest extends CommandLineTest {
    @TempDir Path dir;



    private String city(Path db, String siret) {
        return new CompanyRepository(Database.open(db)).findAll().stream()
                .filter(c -> c.number().code().equals(siret)).findFirst().orElseThrow().city();
    }

    @Test
    void updateExistingShowsTheChangesOnADryRunThenWritesThem() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        assertEquals(0, run("demo", "--db", db.toString()));
        Path csv = dir.resolve("entreprises.csv");
        assertEquals(0, run("export", "csv", "companies", "--profile", "excel-fr", "--db", db.toString(), "--out",
                csv.toString()));
        String exported = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(exported.contains("31157069100015;Agroéquipements de Goven;"), exported);
        Files.writeString(csv, exported.replace(";35580;Goven;", ";35580;Brest;"), StandardCharsets.UTF_8);

        // Without the option, the rows already there are left as they are.
        assertEquals(0, run("import", "companies", csv.toString(), "--db", db.toString(), "--dry-run"));
        assertTrue(out().startsWith("20 ligne(s) lue(s) : 0 à ajouter, 0 à mettre à jour, 20 inchangée(s)"), out());
        assertTrue(out().contains("ligne 2 : Agroéquipements de Goven (311 570 691 00015) existe déjà"), out());

        byte[] before = Files.readAllBytes(db);
        assertEquals(0, run("import", "companies", csv.toString(), "--db", db.toString(), "--update-existing",
                "--dry-run"));
        assertEquals(String.join("\n",
                "20 ligne(s) lue(s) : 0 à ajouter, 1 à mettre à jour, 19 inchangée(s), 0 écartée(s), 0 rejetée(s), "
                        + "0 hors du filtre.",
                "ligne 2 : mise à jour de Agroéquipements de Goven (311 570 691 00015) : Commune : Goven → Brest",
                "Essai seulement (--dry-run) : rien n'a été écrit.", ""), out().replace("\r\n", "\n"));
        assertArrayEquals(before, Files.readAllBytes(db), "a dry run writes nothing");
        assertEquals("Goven", city(db, "31157069100015"));

        assertEquals(0, run("import", "companies", csv.toString(), "--db", db.toString(), "--update-existing"));
        assertTrue(out().contains("Importé : 0 ajouté(s), 1 mis à jour ; 19 déjà présent(s)"), out());
        assertEquals("Brest", city(db, "31157069100015"));

        assertEquals(0, run("import", "companies", csv.toString(), "--db", db.toString(), "--update-existing"));
        assertTrue(out().startsWith("20 ligne(s) lue(s) : 0 à ajouter, 0 à mettre à jour, 20 inchangée(s)"),
                "imported twice, the file changes nothing more: " + out());
    }
}
