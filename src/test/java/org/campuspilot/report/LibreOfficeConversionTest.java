package org.campuspilot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.campuspilot.LibreOffice;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.document.DocumentFiles.Format;
import org.campuspilot.document.DocumentModel;
import org.campuspilot.grant.FinancialReport;
import org.campuspilot.grant.Funder;
import org.campuspilot.grant.Grant;
import org.campuspilot.grant.GrantDocuments;
import org.campuspilot.grant.GrantExports;
import org.campuspilot.grant.GrantFigures;
import org.campuspilot.shared.Money;
import org.campuspilot.store.Stores;
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
        LibreOffice office = LibreOffice.inOrSkip(dir, "libreoffice-calc-nogui");
        Database db = TestCampus.demo(dir.resolve("d.db"));
        ReportDocuments docs = new ReportDocuments(TestCampus.stores(db), Messages.load(Messages.FRENCH));
        DocumentModel model = docs.regionWorkbook(2026);
        ReportFigures f = docs.service().figures(ReportPeriod.civil(2026));
        for (Format format : new Format[] {Format.ODS, Format.XLSX}) {
            Path file = dir.resolve("region." + format.extension());
            docs.write(model, format, file);
            List<List<List<Read>>> sheets = sheets(office.convert(file, "fods"));
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
                            Read read = sheets.get(t).get(r + 1).get(c);
                            assertReadAsFigure(cells.get(c), read, where);
                            if (format == Format.ODS && cells.get(c).value() instanceof Money) {
                                assertEquals("currency", read.type(), where + " is a currency in the ODS");
                            }
                            figures++;
                        }
                    }
                }
            }
            assertTrue(figures > 200, format + ": " + figures + " figures checked");
            List<List<Read>> campus = sheets.get(0);
            assertTrue(hasRow(campus, "Actions menées (réalisées ou en cours)", f.actions().count()),
                    format + " « Actions menées »: " + campus);
            assertTrue(hasRow(campus, "Bénéficiaires", f.actions().beneficiaries()), format + " « Bénéficiaires »");
        }
    }

    private static boolean hasRow(List<List<Read>> sheet, String label, long figure) {
        return sheet.stream().anyMatch(row -> row.size() >= 2 && row.get(0).equals(new Read("string", label))
                && row.get(1).equals(new Read("float", String.valueOf(figure))));
    }

    @Test
    void libreOfficeShowsTheRegionWorkbookAlikeInOdsAndXlsxInFrenchFormats() throws Exception {
        LibreOffice office = LibreOffice.inOrSkip(dir, "libreoffice-calc-nogui");
        Database db = TestCampus.demo(dir.resolve("d.db"));
        ReportDocuments docs = new ReportDocuments(TestCampus.stores(db), Messages.load(Messages.FRENCH));
        DocumentModel model = docs.regionWorkbook(2026);
        List<String> names = LibreOffice.sheetNames(model.tables().stream().map(DocumentModel.Table::title).toList());
        Path ods = dir.resolve("region.ods");
        Path xlsx = dir.resolve("region.xlsx");
        docs.write(model, Format.ODS, ods);
        docs.write(model, Format.XLSX, xlsx);
        Map<String, List<List<String>>> shownOds = office.shownAsFrench(ods, names);
        Map<String, List<List<String>>> shownXlsx = office.shownAsFrench(xlsx, names);
        for (String name : names) {
            assertEquals(shownXlsx.get(name), shownOds.get(name), "« " + name + " » shows the same in ODS and XLSX");
        }
        int figures = assertShownFormatted(model, names, shownOds, "région ODS");
        assertTrue(figures > 200, figures + " figures checked");
    }

    @Test
    void libreOfficeShowsTheLabelBilanWorkbookAlikeInOdsAndXlsx() throws Exception {
        LibreOffice office = LibreOffice.inOrSkip(dir, "libreoffice-calc-nogui");
        Database db = TestCampus.demo(dir.resolve("d.db"));
        Stores stores = TestCampus.stores(db);
        Messages messages = Messages.load(Messages.FRENCH);
        java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
        org.campuspilot.label.LabelBilan bilan = new org.campuspilot.label.LabelBilanService(db, stores.campus(),
                new ReportDocuments(stores, messages).service(), java.time.Clock.fixed(java.time.LocalDate.of(2026,
                        11, 21).atStartOfDay(paris).toInstant(), paris)).bilan().orElseThrow();
        org.campuspilot.label.LabelDocuments documents = new org.campuspilot.label.LabelDocuments(messages);
        DocumentModel model = documents.document(bilan);
        List<String> names = LibreOffice.sheetNames(model.tables().stream().map(DocumentModel.Table::title).toList());
        Path ods = dir.resolve("bilan.ods");
        Path xlsx = dir.resolve("bilan.xlsx");
        documents.write(bilan, Format.ODS, ods);
        documents.write(bilan, Format.XLSX, xlsx);
        Map<String, List<List<String>>> shownOds = office.shownAsFrench(ods, names);
        Map<String, List<List<String>>> shownXlsx = office.shownAsFrench(xlsx, names);
        for (String name : names) {
            assertEquals(shownXlsx.get(name), shownOds.get(name), "« " + name + " » shows the same in ODS and XLSX");
        }
        int figures = assertShownFormatted(model, names, shownOds, "bilan ODS");
        assertTrue(figures > 40, figures + " figures checked");
    }

    @Test
    void libreOfficeShowsTheGrantSpreadsheetsAmountsAsEurosAndGapsAsPercentages() throws Exception {
        LibreOffice office = LibreOffice.inOrSkip(dir, "libreoffice-calc-nogui");
        Database db = TestCampus.demo(dir.resolve("d.db"));
        Stores stores = TestCampus.stores(db);
        Messages messages = Messages.load(Messages.FRENCH);
        GrantFigures figures = new GrantFigures(stores.grants(), stores.budgets(), stores.entries(),
                stores.projects());
        GrantExports exports = new GrantExports(stores.grants(), figures, stores.campus()::find, messages);
        GrantDocuments documents = new GrantDocuments(messages);
        Grant region = figures.grantsOf(2026).stream().filter(g -> g.funder() == Funder.REGION).findFirst()
                .orElseThrow();
        FinancialReport report = exports.financialReport(region.id()).orElseThrow();
        Path cerfa = dir.resolve("cr.ods");
        exports.writeFinancialReport(report, Format.ODS, cerfa);
        Path budget = dir.resolve("budget.ods");
        exports.writeBudget(2026, Format.ODS, budget);
        int checked = 0;
        for (var doc : List.of(Map.entry(cerfa, documents.financialReport(report)), Map.entry(budget,
                documents.budgetForecast(stores.campus().find().orElseThrow(), 2026, figures.forecast(2026))))) {
            List<String> names = LibreOffice.sheetNames(doc.getValue().tables().stream()
                    .map(DocumentModel.Table::title).toList());
            checked += assertShownFormatted(doc.getValue(), names, office.shownAsFrench(doc.getKey(), names),
                    doc.getKey().getFileName().toString());
        }
        assertTrue(checked > 150, checked + " figures checked");
    }

    /**
     * Asserts every figure cell of the model is shown by LibreOffice in its French format: amounts
     * {@code -4 499,59 €}, percentages {@code -13,8%}, dates {@code 05/09/2026}, whole numbers {@code 2026}, hours
     * {@code 1 672} or {@code 3,5}. Returns how many were checked.
     */
    private static int assertShownFormatted(DocumentModel model, List<String> names,
            Map<String, List<List<String>>> shown, String what) {
        java.text.DecimalFormatSymbols fr = new java.text.DecimalFormatSymbols(java.util.Locale.ROOT);
        fr.setDecimalSeparator(',');
        fr.setGroupingSeparator('\u00A0');
        java.text.DecimalFormat euros = new java.text.DecimalFormat("#,##0.00", fr);
        java.text.DecimalFormat percent = new java.text.DecimalFormat("0.0", fr);
        java.text.DecimalFormat decimal = new java.text.DecimalFormat("#,##0.##", fr);
        int checked = 0;
        for (int t = 0; t < model.tables().size(); t++) {
            DocumentModel.Table table = model.tables().get(t);
            List<List<String>> sheet = shown.get(names.get(t));
            for (int r = 0; r < table.rows().size(); r++) {
                List<DocumentModel.Cell> cells = table.rows().get(r).cells();
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c).value();
                    if (v == null) {
                        continue;
                    }
                    String expected;
                    if (v instanceof Money m) {
                        expected = euros.format(m.cents() / 100.0) + " €";
                    } else if (v instanceof DocumentModel.Percent p) {
                        expected = percent.format(p.fraction() * 100) + "%";
                    } else if (v instanceof LocalDate d) {
                        expected = org.campuspilot.shared.FrenchFormats.date(d);
                    } else if (v instanceof Double d) {
                        expected = decimal.format(d);
                    } else {
                        expected = String.valueOf(((Number) v).longValue());
                    }
                    assertEquals(expected, sheet.get(r + 1).get(c), what + " « " + table.title() + " » row "
                            + (r + 2) + " column " + (c + 1));
                    checked++;
                }
            }
        }
        return checked;
    }

    @Test
    void libreOfficeReadsTheActivityReport() throws Exception {
        LibreOffice office = LibreOffice.inOrSkip(dir, "libreoffice-writer-nogui");
        Database db = TestCampus.demo(dir.resolve("d.db"));
        ReportDocuments docs = new ReportDocuments(TestCampus.stores(db), Messages.load(Messages.FRENCH));
        Path odt = dir.resolve("rapport.odt");
        docs.write(docs.activityReport(ReportPeriod.civil(2026)), Format.ODT, odt);
        String text = Files.readString(office.convert(odt, "txt:Text (encoded):UTF8"), StandardCharsets.UTF_8);
        assertTrue(text.contains("Rapport d'activité 2026"), text);
        assertTrue(text.contains("Sommaire"), text);
        assertTrue(text.contains("Total (chaque action une fois)"), text);
    }
}
