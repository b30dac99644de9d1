package org.campuspilot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.campuspilot.TestCampus;
import org.campuspilot.app.HeadlessContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not what they seem: each import refuses them with the line and a French sentence, exit 1, and the
 * campus file is byte-for-byte what it was (issue 20; the files and their making: hostile/README.md).
 */
class HostileFilesTest {
    private static final Path HOSTILE = Path.of("src/test/resources/org/campuspilot/importing/hostile");
    @TempDir Path dir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "annuaire | annuaire-open-quote.csv | mal formé ligne 3 : un guillemet ouvre une cellule sans la refermer",
        "companies | companies-open-quote.csv | mal formé ligne 3 : un guillemet ouvre une cellule sans la refermer",
        "companies | companies-two-columns-same-title.csv | a deux colonnes intitulées « Commune »",
        "annuaire | annuaire-two-columns-same-title.csv | a deux colonnes intitulées « Nom_commune »",
        "companies | companies-utf8-two-bad-bytes.csv | est en UTF-8 mais ses caractères sont abîmés ligne 3",
        "expenses | expenses-euro-sign-alone.csv | ligne 3 : Montant : Le montant € n'est pas valide",
    })
    void refusedWithItsLineAndNothingWritten(String kind, String file, String expected) throws Exception {
        Path db = dir.resolve("campus.campuspilot");
        TestCampus.demo(db);
        byte[] before = digest(db);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = Cli.run(new String[] {"import", kind, HOSTILE.resolve(file).toString(), "--db", db.toString()},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8), new HeadlessContext());
        String said = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, code, out.toString(java.nio.charset.StandardCharsets.UTF_8) + "\n" + said);
        assertTrue(said.contains(expected), said);
        assertTrue(!said.contains("Exception") && !said.contains("SQLITE"), said);
        assertArrayEquals(before, digest(db), "the campus file is unchanged");
    }

    private static byte[] digest(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
