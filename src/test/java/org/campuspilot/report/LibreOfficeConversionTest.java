package org.campuspilot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.campuspilot.db.Database;
import org.campuspilot.demo.DemoCampus;
import org.campuspilot.document.DocumentFiles.Format;
import org.campuspilot.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported files opened by LibreOffice itself ({@code soffice --headless --convert-to}), the figures checked
 * in what it reads. Skipped where LibreOffice is not installed (it is not on the CI machine).
 */
class LibreOfficeConversionTest {
    @TempDir Path dir;

    private static String soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : new String[] {"soffice", "libreoffice"}) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    private String convert(String soffice, Path file, String to) throws Exception {
        Path out = dir.resolve("converted");
        Process p = new ProcessBuilder(soffice, "--headless", "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--convert-to", to, "--outdir", out.toString(), file.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "soffice finished");
        String name = file.getFileName().toString();
        Path result = out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + to.split(":")[0]);
        assertTrue(Files.exists(result), "converted " + name);
        return Files.readString(result, StandardCharsets.UTF_8);
    }

    @Test
    void libreOfficeReadsTheSameFiguresInEveryFile() throws Exception {
        String soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice is not installed");
        Database db = DemoCampus.create(dir.resolve("d.db"));
        ReportDocuments docs = new ReportDocuments(db, Messages.load(Messages.FRENCH));
        ReportFigures f = docs.service().figures(ReportPeriod.civil(2026));
        for (Format format : new Format[] {Format.ODS, Format.XLSX}) {
            Path file = dir.resolve("region." + format.extension());
            docs.write(docs.regionWorkbook(2026), format, file);
            // the first sheet, « Campus », as CSV: its figures are numbers LibreOffice reads as such
            String csv = convert(soffice, file, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,false,false");
            assertTrue(csv.lines().anyMatch(l -> l.equals("Actions," + f.actions().count())), csv);
            assertTrue(csv.lines().anyMatch(l -> l.equals("Bénéficiaires," + f.actions().beneficiaries())), csv);
            dir.resolve("converted").resolve("region.csv").toFile().delete();
        }
        Path odt = dir.resolve("rapport.odt");
        docs.write(docs.activityReport(ReportPeriod.civil(2026)), Format.ODT, odt);
        String text = convert(soffice, odt, "txt:Text (encoded):UTF8");
        assertTrue(text.contains("Rapport d'activité 2026"));
        assertTrue(text.contains("Sommaire"));
        assertEquals(true, text.contains("Total (chaque action une fois)"));
    }
}
