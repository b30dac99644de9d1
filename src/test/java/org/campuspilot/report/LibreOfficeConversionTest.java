package org.campuspilot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.document.DocumentFiles.Format;
import org.campuspilot.document.DocumentModel;
import org.campuspilot.shared.Money;
import org.campuspilot.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The exported files opened by LibreOffice itself ({@code soffice --headless --convert-to}): every figure of the
 * Région workbook, cell by cell, is what LibreOffice reads (a number, an amount, a percentage or a date, never
 * text), and the ODT report reads as text. It needs LibreOffice ({@code libreoffice-calc-nogui} and
 * {@code libreoffice-writer-nogui}), which {@code .ci/run} installs; it is skipped, and says so, where {@code soffice}
 * is missing, except in CI (variable {@code CI} set), where a missing LibreOffice fails it.
 */
class LibreOfficeConversionTest {
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    @TempDir Path dir;

    /** LibreOffice's soffice on the PATH; the test is skipped without it, except in CI, which installs it. */
    private static String sofficeOrSkip(String packageName) {
        String soffice = soffice();
        if (soffice == null && System.getenv("CI") != null) {
            throw new AssertionError("CI runs this test: .ci/run installs " + packageName);
        }
        assumeTrue(soffice != null, "LibreOffice is not installed (apt-get install " + packageName + ")");
        return soffice;
    }

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

    /** What LibreOffice makes of {@code file} when asked to save it as {@code to}. */
    private Path convert(String soffice, Path file, String to) throws Exception {
        Path out = dir.resolve("converted-" + file.getFileName());
        Process p = new ProcessBuilder(soffice, "--headless", "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--convert-to", to, "--outdir", out.toString(), file.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice finished");
        String name = file.getFileName().toString();
        Path result = out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + to.split(":")[0]);
        assertTrue(Files.exists(result), "converted " + name);
        return result;
    }

    /** One cell as LibreOffice holds it: its type and value. */
    private record Read(String type, String value) {
    }

    /** The sheets of a flat ODS file, each a list of rows of cells (repeated rows and columns expanded). */
    private static List<List<List<Read>>> sheets(Path fods) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(fods.toFile());
        List<List<List<Read>>> sheets = new ArrayList<>();
        var tables = doc.getElementsByTagNameNS(TABLE, "table");
        for (int t = 0; t < tables.getLength(); t++) {
            List<List<Read>> rows = new ArrayList<>();
            var rowNodes = ((Element) tables.item(t)).getElementsByTagNameNS(TABLE, "table-row");
            for (int r = 0; r < rowNodes.getLength() && rows.size() < 20_000; r++) {
                Element row = (Element) rowNodes.item(r);
                List<Read> cells = new ArrayList<>();
                for (Node n = row.getFirstChild(); n != null && cells.size() < 64; n = n.getNextSibling()) {
                    if (n instanceof Element cell && TABLE.equals(cell.getNamespaceURI())
                            && cell.getLocalName().endsWith("table-cell")) {
                        String type = cell.getAttributeNS(OFFICE, "value-type");
                        String value = type.equals("date") ? cell.getAttributeNS(OFFICE, "date-value")
                                : type.equals("string") || type.isEmpty() ? cell.getTextContent().strip()
                                : cell.getAttributeNS(OFFICE, "value");
                        int repeat = repeat(cell.getAttributeNS(TABLE, "number-columns-repeated"));
                        for (int i = 0; i < repeat && cells.size() < 64; i++) {
                            cells.add(new Read(type, value));
                        }
                    }
                }
                int repeat = repeat(row.getAttributeNS(TABLE, "number-rows-repeated"));
                for (int i = 0; i < repeat && rows.size() < 20_000; i++) {
                    rows.add(cells);
                }
            }
            sheets.add(rows);
        }
        return sheets;
    }

    private static int repeat(String attribute) {
        return attribute.isEmpty() ? 1 : Integer.parseInt(attribute);
    }

    /** Asserts LibreOffice read the model's figure {@code cell} as a figure equal to it. */
    private static void assertReadAsFigure(DocumentModel.Cell cell, Read read, String where) {
        Object v = cell.value();
        if (v instanceof LocalDate d) {
            assertEquals("date", read.type(), where + " is a date");
            assertTrue(read.value().startsWith(d.toString()), where + ": " + read.value() + " for " + d);
            return;
        }
        double expected;
        if (v instanceof Money m) {
            expected = m.cents() / 100.0;
            assertTrue(read.type().equals("currency") || read.type().equals("float"), where + " is an amount: "
                    + read);
        } else if (v instanceof DocumentModel.Percent p) {
            expected = p.fraction();
            assertEquals("percentage", read.type(), where + " is a percentage");
        } else {
            expected = ((Number) v).doubleValue();
            assertEquals("float", read.type(), where + " is a number, not text: " + read);
        }
        assertEquals(expected, Double.parseDouble(read.value()), 0.005, where);
    }

    @Test
    void libreOfficeReadsEveryFigureOfTheRegionWorkbookAsAFigure() throws Exception {
        String soffice = sofficeOrSkip("libreoffice-calc-nogui");
        Database db = TestCampus.demo(dir.resolve("d.db"));
        ReportDocuments docs = new ReportDocuments(TestCampus.stores(db), Messages.load(Messages.FRENCH));
        DocumentModel model = docs.regionWorkbook(2026);
        ReportFigures f = docs.service().figures(ReportPeriod.civil(2026));
        for (Format format : new Format[] {Format.ODS, Format.XLSX}) {
            Path file = dir.resolve("region." + format.extension());
            docs.write(model, format, file);
            List<List<List<Read>>> sheets = sheets(convert(soffice, file, "fods"));
            List<DocumentModel.Table> tables = model.tables();
            assertEquals(tables.size(), sheets.size(), format + ": one sheet per table");
            int figures = 0;
            for (int t = 0; t < tables.size(); t++) {
                DocumentModel.Table table = tables.get(t);
                for (int r = 0; r < table.rows().size(); r++) {
                    List<DocumentModel.Cell> cells = table.rows().get(r).cells();
                    for (int c = 0; c < cells.size(); c++) {
                        if (cells.get(c).value() != null) {
                            String where = format + " « " + table.title() + " » row " + (r + 2) + " column " + (c + 1);
                            assertReadAsFigure(cells.get(c), sheets.get(t).get(r + 1).get(c), where);
                            figures++;
                        }
                    }
                }
            }
            assertTrue(figures > 200, format + ": " + figures + " figures checked");
            List<List<Read>> campus = sheets.get(0);
            assertTrue(hasRow(campus, "Actions", f.actions().count()), format + " « Actions »: " + campus);
            assertTrue(hasRow(campus, "Bénéficiaires", f.actions().beneficiaries()), format + " « Bénéficiaires »");
        }
    }

    private static boolean hasRow(List<List<Read>> sheet, String label, long figure) {
        return sheet.stream().anyMatch(row -> row.size() >= 2 && row.get(0).equals(new Read("string", label))
                && row.get(1).equals(new Read("float", String.valueOf(figure))));
    }

    @Test
    void libreOfficeReadsTheActivityReport() throws Exception {
        String soffice = sofficeOrSkip("libreoffice-writer-nogui");
        Database db = TestCampus.demo(dir.resolve("d.db"));
        ReportDocuments docs = new ReportDocuments(TestCampus.stores(db), Messages.load(Messages.FRENCH));
        Path odt = dir.resolve("rapport.odt");
        docs.write(docs.activityReport(ReportPeriod.civil(2026)), Format.ODT, odt);
        String text = Files.readString(convert(soffice, odt, "txt:Text (encoded):UTF8"), StandardCharsets.UTF_8);
        assertTrue(text.contains("Rapport d'activité 2026"), text);
        assertTrue(text.contains("Sommaire"), text);
        assertTrue(text.contains("Total (chaque action une fois)"), text);
    }
}
