package org.campuspilot;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * LibreOffice as the tests' reader of the files the application writes ({@code soffice --headless --convert-to}). It
 * needs {@code libreoffice-calc-nogui} and {@code libreoffice-writer-nogui}, which {@code .ci/run} installs; a test
 * using it is skipped, and says so, where {@code soffice} is missing, except in CI (variable {@code CI} set), where a
 * missing LibreOffice fails it.
 */
public final class LibreOffice {
    private final String soffice;
    private final Path dir;

    private LibreOffice(String soffice, Path dir) {
        this.soffice = soffice;
        this.dir = dir;
    }

    /** LibreOffice working in {@code dir} (its profile, its outputs); the test is skipped without it, except in CI. */
    public static LibreOffice inOrSkip(Path dir, String packageName) {
        String soffice = soffice();
        if (soffice == null && System.getenv("CI") != null) {
            throw new AssertionError("CI runs this test: .ci/run installs " + packageName);
        }
        assumeTrue(soffice != null, "LibreOffice is not installed (apt-get install " + packageName + ")");
        return new LibreOffice(soffice, dir);
    }

    private static String soffice() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : new String[] {"soffice", "libreoffice"}) {
                if (Files.isExecutable(Path.of(d, name))) {
                    return Path.of(d, name).toString();
                }
            }
        }
        return null;
    }

    /** What LibreOffice makes of {@code file} when asked to save it as {@code to} (« fods », « txt:… »). */
    public Path convert(Path file, String to) throws Exception {
        Path out = dir.resolve("converted-" + file.getFileName());
        run(dir.resolve("profile"), out, file, to);
        String name = file.getFileName().toString();
        Path result = out.resolve(base(name) + "." + to.split(":")[0]);
        assertTrue(Files.exists(result), "converted " + name);
        return result;
    }

    /**
     * Every sheet of a spreadsheet as LibreOffice shows it to a French user (its locale set to fr-FR), cell by cell:
     * the text of each cell as displayed, its number format applied ({@code 28 000,41 €}, {@code 05/09/2026}), by
     * sheet name in the book's order.
     */
    public Map<String, List<List<String>>> shownAsFrench(Path book, List<String> sheetNames) throws Exception {
        Path profile = dir.resolve("profile-fr");
        if (!Files.exists(profile)) {
            Files.createDirectories(profile.resolve("user"));
            Files.writeString(profile.resolve("user/registrymodifications.xcu"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <oor:items xmlns:oor="http://openoffice.org/2001/registry">
                    <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">\
                    <value>fr-FR</value></prop></item>
                    </oor:items>
                    """);
        }
        Path out = dir.resolve("shown-" + book.getFileName());
        // 59 = « ; », 34 = « " », 76 = UTF-8; the 9th option saves cells as shown; -1 writes every sheet.
        run(profile, out, book, "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true,false,false,-1");
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        for (String name : sheetNames) {
            Path csv = out.resolve(base(book.getFileName().toString()) + "-" + name + ".csv");
            assertTrue(Files.exists(csv), "sheet « " + name + " » of " + book.getFileName() + " in " + out);
            List<List<String>> rows = new ArrayList<>();
            try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                for (CSVRecord rec : CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(r)) {
                    rows.add(rec.toList());
                }
            }
            sheets.put(name, rows);
        }
        return sheets;
    }

    /** The sheet names a book of these table titles gets (as the application's writers name them). */
    public static List<String> sheetNames(List<String> titles) {
        Set<String> used = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String title : titles) {
            String base = title.replaceAll("[\\[\\]*?:/\\\\']", " ").strip();
            base = base.length() > 31 ? base.substring(0, 31).strip() : base;
            String name = base;
            for (int i = 2; !used.add(name); i++) {
                name = base + " " + i;
            }
            out.add(name);
        }
        return out;
    }

    private void run(Path profile, Path out, Path file, String to) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(soffice, "--headless", "-env:UserInstallation=file://" + profile,
                "--convert-to", to, "--outdir", out.toString(), file.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // Sheet names with accents become file names: LibreOffice needs a UTF-8 locale for them.
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process p = pb.start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice finished");
    }

    private static String base(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }
}
