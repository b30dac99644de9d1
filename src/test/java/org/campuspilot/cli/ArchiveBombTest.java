package org.campuspilot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.campuspilot.TestCampus;
import org.campuspilot.app.HeadlessContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * XLSX and ODS archives that are not ordinary spreadsheets — they inflate to 256 MiB, inflate 200 times their size,
 * hold 5,000 parts, lie about their sizes, are cut short or garbled — are refused by the command line with a French
 * sentence before any parser reads them, exit 1, and the campus file is byte-for-byte what it was (issue 20; the files
 * and their making: hostile/README.md). The skeleton they are made of imports.
 */
class ArchiveBombTest {
    private static final Path HOSTILE = Path.of("src/test/resources/org/campuspilot/importing/hostile");
    /** The archives this test holds (the other hostile files are {@link HostileFilesTest}'s). */
    static final java.util.Set<String> FILES = java.util.Set.of("make_bombs.py", "companies-skeleton.xlsx",
            "companies-skeleton.ods", "companies-inflates-256mib.xlsx", "companies-inflates-256mib.ods",
            "companies-ratio-200.xlsx", "companies-ratio-200.ods", "companies-5000-parts.xlsx",
            "companies-5000-parts.ods", "companies-lying-sizes.xlsx", "companies-lying-sizes.ods",
            "companies-truncated.xlsx", "companies-truncated.ods", "companies-garbled.xlsx", "companies-garbled.ods");
    private static final String TOO_BIG = "se décompresse en plus de 32 Mo : ce n'est pas un tableur ordinaire. "
            + "Enregistrez-le de nouveau depuis votre tableur, ou importez-le en CSV";
    private static final String RATIO = "se décompresse en un contenu plus de 100 fois plus gros que lui";
    private static final String PARTS = "éléments (un tableur en écrit quelques dizaines ; au plus 1";
    private static final String DAMAGED = "est abîmé ou incomplet (copie interrompue, pièce jointe tronquée) ou "
            + "protégé par un mot de passe : il ne peut pas être lu comme un fichier ";
    @TempDir Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "companies-inflates-256mib.xlsx | " + TOO_BIG,
        "companies-inflates-256mib.ods | " + TOO_BIG,
        "companies-ratio-200.xlsx | " + RATIO,
        "companies-ratio-200.ods | " + RATIO,
        "companies-5000-parts.xlsx | " + PARTS,
        "companies-5000-parts.ods | " + PARTS,
        "companies-lying-sizes.xlsx | " + TOO_BIG,
        "companies-lying-sizes.ods | " + TOO_BIG,
        "companies-truncated.xlsx | " + DAMAGED + "XLSX",
        "companies-truncated.ods | " + DAMAGED + "ODS",
        "companies-garbled.xlsx | " + DAMAGED + "XLSX",
        "companies-garbled.ods | " + DAMAGED + "ODS",
    })
    void refusedWithASentenceAndNothingWritten(String file, String expected) throws Exception {
        Path db = dir.resolve("campus.campuspilot");
        TestCampus.demo(db);
        byte[] before = digest(db);
        Run run = run(new String[] {"import", "companies", HOSTILE.resolve(file).toString(), "--db", db.toString()});
        assertEquals(1, run.code(), run.out() + "\n" + run.err());
        assertTrue(run.err().contains("Le fichier " + file + " "), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertTrue(!run.err().contains("Exception") && !run.err().contains("OutOfMemory")
                && !run.err().contains("java."), run.err());
        assertArrayEquals(before, digest(db), "the campus file is unchanged");
    }

    @ParameterizedTest
    @ValueSource(strings = {"companies-skeleton.xlsx", "companies-skeleton.ods"})
    void theSkeletonTheBombsAreMadeOfImports(String file) throws Exception {
        Path db = dir.resolve("campus.campuspilot");
        TestCampus.demo(db);
        Run run = run(new String[] {"import", "companies", HOSTILE.resolve(file).toString(), "--db", db.toString()});
        assertEquals(0, run.code(), run.out() + "\n" + run.err());
        assertTrue(run.out().contains("Importé : 3 ajouté(s)"), run.out());
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String[] args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new HeadlessContext());
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static byte[] digest(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
