package org.campuspilot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.miachm.sods.OfficeCurrency;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.document.DocumentFiles.Format;
import org.campuspilot.document.DocumentModel;
import org.campuspilot.shared.TrainingLevel;
import org.campuspilot.ui.Messages;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.odftoolkit.odfdom.doc.OdfTextDocument;

/**
 * The rapport d'activité and the Région workbook written on the demo campus and read back with other libraries
 * (PDFBox, ODF Toolkit, SODS, FastExcel's reader): the figures in the files are the report service's.
 */
class ReportDocumentsTest {
    static final Path OUT = Path.of("target", "reports");
    @TempDir Path dir;
    Database db;
    ReportDocuments docs;
    final ReportPeriod period = ReportPeriod.school(2025);

    @BeforeEach
    void open() throws Exception {
        db = TestCampus.demo(dir.resolve("r.db"));
        docs = new ReportDocuments(TestCampus.stores(db), Messages.load(Messages.FRENCH));
        docs.texts().save(period, Map.of(ReportTexts.Section.INTRODUCTION, "Une année riche : 12 € d'économies.",
                ReportTexts.Section.OUTLOOK, "Ouvrir le campus à l'international."), java.time.Instant.now());
        Files.createDirectories(OUT);
    }

    @Test
    void thePdfHoldsTheFiguresWithAContentsPageWhosePageNumbersAreRight() throws Exception {
        Path pdf = OUT.resolve("rapport-2025-2026.pdf");
        docs.write(docs.activityReport(period), Format.PDF, pdf);
        ReportFigures f = docs.service().figures(period);
        ReportFigures before = docs.service().figures(period.previous());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper strip = new PDFTextStripper();
            String all = strip.getText(doc);
            assertTrue(all.contains("Rapport d’activité 2025-2026") || all.contains("Rapport d'activité 2025-2026"),
                    all.substring(0, 200));
            assertTrue(all.contains("Une année riche : 12 € d'économies."), "the director's text, € and accents");
            assertTrue(all.contains("Ouvrir le campus à l'international."));
            // Each level's line: label, actions now and before, beneficiaries now and before.
            for (var e : f.actions().byLevel().entrySet()) {
                TrainingLevel l = e.getKey();
                String label = "Niveau " + l.national() + (l.old() == null ? "" : " (" + l.old() + ")");
                ReportFigures.LevelLine b = before.actions().byLevel().getOrDefault(l,
                        new ReportFigures.LevelLine(0, 0, org.campuspilot.shared.Hours.ZERO));
                String line = label + " " + e.getValue().actions() + " " + b.actions() + " "
                        + e.getValue().beneficiaries() + " " + b.beneficiaries();
                assertTrue(all.contains(line), "missing « " + line + " »");
            }
            assertTrue(all.contains("Événements tenus " + f.events().count() + " " + before.events().count()));
            assertTrue(all.contains("25 – Fabrication de produits métalliques"), "NAF divisions named");
            assertTrue(all.contains("Subventions accordées " + f.finance().awarded().number() + " "), "money as shown");
            // The cover, alone on the first page; then the contents, whose page numbers are the headings' pages.
            strip.setStartPage(1);
            strip.setEndPage(1);
            String cover = strip.getText(doc);
            assertTrue(cover.contains("Rapport d'activité 2025-2026") && cover.contains(
                    "Année scolaire 2025-2026, du 01/09/2025 au 31/08/2026") && !cover.contains("Sommaire"), cover);
            strip.setStartPage(2);
            strip.setEndPage(2);
            String first = strip.getText(doc);
            assertTrue(first.contains("Sommaire"));
            int checked = 0;
            for (String heading : List.of("Les chiffres clés", "Le réseau", "Les événements", "Les actions",
                    "Perspectives")) {
                Matcher m = Pattern.compile(Pattern.quote(heading) + " (\\d+)").matcher(first);
                assertTrue(m.find(), heading + " in the contents");
                int page = Integer.parseInt(m.group(1));
                strip.setStartPage(page);
                strip.setEndPage(page);
                assertTrue(strip.getText(doc).lines().anyMatch(line -> line.strip().equals(heading)),
                        heading + " on page " + page);
                checked++;
            }
            assertEquals(5, checked);
            assertTrue(doc.getNumberOfPages() >= 4);
            assertNotNull(doc.getDocumentCatalog().getDocumentOutline(), "bookmarks");
            strip.setStartPage(doc.getNumberOfPages());
            strip.setEndPage(doc.getNumberOfPages());
            assertTrue(strip.getText(doc).contains("Page " + doc.getNumberOfPages()), "page numbers");
            var fonts = doc.getPage(1).getResources().getFontNames();
            for (var name : fonts) {
                assertTrue(doc.getPage(1).getResources().getFont(name).isEmbedded(), "fonts embedded");
            }
            // The charts are vector drawings (forms of paths), sharp at any zoom: no picture anywhere.
            int forms = 0;
            boolean titlePage = true;
            for (var page : doc.getPages()) {
                if (titlePage) {
                    titlePage = false; // the campus's logo, a picture, is on the title page
                    continue;
                }
                for (var name : page.getResources().getXObjectNames()) {
                    var x = page.getResources().getXObject(name);
                    assertFalse(x instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject,
                            "a chart drawn as a picture");
                    forms += x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject ? 1 : 0;
                }
            }
            assertTrue(forms >= 4, "the four charts, as vector forms: " + forms);
        }
    }

    @Test
    void theReportOpensOnACoverThenTheKeyFiguresEachTheSameAsInItsSection() {
        DocumentModel model = docs.activityReport(period);
        assertTrue(model.hasCover());
        DocumentModel.Cover cover = (DocumentModel.Cover) model.blocks().get(0);
        assertEquals("Rapport d'activité 2025-2026", cover.kicker());
        assertEquals(docs.service().figures(period).period().label(), "2025-2026");
        DocumentModel.KeyFigures key = model.blocks().stream().filter(b -> b instanceof DocumentModel.KeyFigures)
                .map(DocumentModel.KeyFigures.class::cast).findFirst().orElseThrow();
        ReportFigures f = docs.service().figures(period);
        ReportFigures b = docs.service().figures(period.previous());
        java.util.Map<String, DocumentModel.KeyFigure> byLabel = new java.util.HashMap<>();
        key.figures().forEach(k -> byLabel.put(k.label(), k));
        assertEquals(9, key.figures().size());
        assertEquals(org.campuspilot.shared.FrenchFormats.integer(f.network().members()),
                byLabel.get("Établissements membres en fin de période").value());
        assertEquals(org.campuspilot.shared.FrenchFormats.integer(f.events().count()),
                byLabel.get("Événements tenus").value());
        assertTrue(byLabel.get("Événements tenus").comparison().startsWith("2024-2025 : "
                + org.campuspilot.shared.FrenchFormats.integer(b.events().count())));
        assertEquals(org.campuspilot.shared.FrenchFormats.integer(f.actions().beneficiaries()),
                byLabel.get("Bénéficiaires").value());
        assertEquals(f.finance().awarded().display(),
                byLabel.get("Subventions accordées en " + f.finance().year()).value(), "with its euro sign");
    }

    @Test
    void aSectionTheDirectorHasNotWrittenIsLeftOutOfThePdfAndTheOdtNeverAskedFor() throws Exception {
        // The setup wrote the introduction and the outlook, not the highlights.
        assertEquals(List.of("Faits marquants"), docs.emptySections(docs.texts().of(period)));
        Path pdf = dir.resolve("rapport.pdf");
        docs.write(docs.activityReport(period), Format.PDF, pdf);
        String pdfText;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pdfText = new PDFTextStripper().getText(doc);
        }
        Path odt = dir.resolve("rapport.odt");
        docs.write(docs.activityReport(period), Format.ODT, odt);
        String odtText;
        try (OdfTextDocument doc = OdfTextDocument.loadDocument(odt.toFile())) {
            odtText = org.campuspilot.grant.GrantExportsTest.text(doc.getContentRoot());
        }
        for (String text : List.of(pdfText, odtText)) {
            assertFalse(text.contains("Faits marquants"), "no heading, no contents line for an empty section");
            assertFalse(text.contains("à rédiger") || text.contains("écran Rapports") || text.contains("Subvention."),
                    "no instruction to the author: " + text);
            assertTrue(text.contains("Perspectives") && text.contains("Ouvrir le campus à l'international."));
            assertTrue(text.contains("Introduction") && text.contains("Une année riche"));
        }
        docs.texts().save(period, Map.of(), java.time.Instant.now());
        assertEquals(List.of("Introduction", "Faits marquants", "Perspectives"),
                docs.emptySections(docs.texts().of(period)));
    }

    @Test
    void withoutACampusIdentityTheCampusSectionIsLeftOutAndSaidEmpty() throws Exception {
        Database empty = Database.open(dir.resolve("vide.campuspilot"));
        ReportDocuments none = new ReportDocuments(TestCampus.stores(empty), Messages.load(Messages.FRENCH));
        assertEquals(List.of("Le campus", "Introduction", "Faits marquants", "Perspectives"),
                none.emptySections(Map.of()));
        Path pdf = dir.resolve("vide.pdf");
        none.write(none.activityReport(period), Format.PDF, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertFalse(text.contains("Le campus") || text.contains("pas encore renseignée") || text.contains(" — l"), text);
            assertTrue(text.contains("Le réseau"), text);
        }
    }

    @Test
    void noPageOfThePdfEndsOnAHeading() throws Exception {
        DocumentModel model = docs.activityReport(ReportPeriod.civil(2026));
        java.util.Set<String> headings = new java.util.HashSet<>();
        model.blocks().stream().filter(b -> b instanceof DocumentModel.Heading)
                .forEach(b -> headings.add(((DocumentModel.Heading) b).text()));
        Path pdf = dir.resolve("rapport-2026.pdf");
        docs.write(model, Format.PDF, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper strip = new PDFTextStripper();
            for (int page = 2; page <= doc.getNumberOfPages(); page++) {
                strip.setStartPage(page);
                strip.setEndPage(page);
                List<String> lines = strip.getText(doc).lines().map(String::strip).filter(l -> !l.isEmpty())
                        .filter(l -> !l.startsWith("Page ")).toList();
                String last = lines.get(lines.size() - 1);
                assertFalse(headings.contains(last), "page " + page + " ends on the heading « " + last + " »");
            }
        }
    }

    @Test
    void theOdtHoldsHeadingsContentsChartsAndFigures() throws Exception {
        Path odt = OUT.resolve("rapport-2025-2026.odt");
        docs.write(docs.activityReport(period), Format.ODT, odt);
        ReportFigures f = docs.service().figures(period);
        try (OdfTextDocument doc = OdfTextDocument.loadDocument(odt.toFile())) {
            String text = org.campuspilot.grant.GrantExportsTest.text(doc.getContentRoot());
            assertTrue(text.contains("Rapport d'activité 2025-2026"));
            assertTrue(text.contains("Une année riche : 12 € d'économies."));
            assertTrue(text.contains("Événements tenus"));
            assertTrue(text.contains("Total (chaque action une fois)\n" + f.actions().count() + "\n"), text);
        }
        try (ZipFile zip = new ZipFile(odt.toFile())) {
            long charts = zip.stream().filter(e -> e.getName().startsWith("Pictures/chart")).count();
            assertTrue(charts >= 4, "charts: " + charts);
            String content = new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(content.contains("<text:table-of-content"));
            String manifest = new String(zip.getInputStream(zip.getEntry("META-INF/manifest.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(manifest.contains("Pictures/chart1.png"));
        }
    }

    @Test
    void theRegionWorkbookHasOneSheetPerThemeWithRealNumbersAndDates() throws Exception {
        Path xlsx = OUT.resolve("region-2026.xlsx");
        Path ods = OUT.resolve("region-2026.ods");
        DocumentModel model = docs.regionWorkbook(2026);
        docs.write(model, Format.XLSX, xlsx);
        docs.write(model, Format.ODS, ods);
        ReportFigures f = docs.service().figures(ReportPeriod.civil(2026));
        List<String> sheets = List.of("Campus", "Établissements", "Entreprises", "Événements", "Actions par niveau",
                "Exécution budgétaire", "Subventions");
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook book = new ReadableWorkbook(in)) {
            assertEquals(sheets, book.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList());
            List<Row> levels = book.getSheets().filter(s -> s.getName().equals("Actions par niveau")).findFirst()
                    .orElseThrow().read();
            Row total = levels.get(levels.size() - 1);
            assertEquals(CellType.NUMBER, total.getCell(2).getType());
            assertEquals(f.actions().count(), total.getCell(2).asNumber().intValue());
            assertEquals(f.actions().beneficiaries(), total.getCell(3).asNumber().intValue());
            List<Row> events = book.getSheets().filter(s -> s.getName().equals("Événements")).findFirst()
                    .orElseThrow().read();
            assertEquals(CellType.NUMBER, events.get(1).getCell(0).getType(), "a date is a number with a format");
            LocalDateTime first = events.get(1).getCell(0).asDate();
            assertEquals(2026, first.getYear());
            List<Row> budget = book.getSheets().filter(s -> s.getName().equals("Exécution budgétaire")).findFirst()
                    .orElseThrow().read();
            assertTrue(budget.stream().anyMatch(r -> r.getCell(3) != null && r.getCell(3).getType()
                    == CellType.NUMBER), "amounts are numbers");
        }
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            String sheet1 = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet2.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(sheet1.contains("state=\"frozen\""), "header frozen");
            assertTrue(sheet1.contains("<col "), "column widths");
        }
        SpreadSheet book = new SpreadSheet(ods.toFile());
        assertEquals(sheets, book.getSheets().stream().map(Sheet::getName).toList());
        Object[][] levels = book.getSheet("Actions par niveau").getDataRange().getValues();
        Object[] total = levels[levels.length - 1];
        assertEquals(f.actions().count(), ((Number) total[2]).intValue());
        Object[][] grants = book.getSheet("Subventions").getDataRange().getValues();
        assertTrue(java.util.Arrays.stream(grants).skip(1).allMatch(r -> r[5] instanceof OfficeCurrency),
                "an amount is a currency value");
        Object[][] events = book.getSheet("Événements").getDataRange().getValues();
        assertTrue(events[1][0] instanceof LocalDate || events[1][0] instanceof LocalDateTime,
                "a date is a date: " + events[1][0]);
        try (ZipFile zip = new ZipFile(ods.toFile())) {
            String settings = new String(zip.getInputStream(zip.getEntry("settings.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(settings.contains("VerticalSplitPosition"), "header frozen");
            assertEquals("mimetype", zip.entries().nextElement().getName());
        }
    }

    @Test
    void aTextThatLooksLikeAFormulaStaysTextInEveryFormat() throws Exception {
        DocumentModel.Table t = new DocumentModel.Table("Test", List.of(new DocumentModel.Column("Nom", 1, false),
                new DocumentModel.Column("Montant", 1, true)), List.of(
                        new DocumentModel.Row(List.of(DocumentModel.Cell.text("=HYPERLINK(\"http://x\";\"y\")"),
                                DocumentModel.Cell.money(new org.campuspilot.shared.Money(-1250))), false),
                        new DocumentModel.Row(List.of(DocumentModel.Cell.text("@SUM(A1)"),
                                DocumentModel.Cell.text("-3")), false),
                        new DocumentModel.Row(List.of(DocumentModel.Cell.text("+33 2 99"),
                                DocumentModel.Cell.text("\tx")), false)));
        Path csv = dir.resolve("t.csv");
        ReportDocuments.writeCsv(t, org.campuspilot.document.CsvProfile.EXCEL_FR, csv);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFNom;Montant\r\n"), text);
        List<String> lines = new ArrayList<>(text.substring(1).lines().toList());
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\";-12,50", lines.get(1));
        assertEquals("'@SUM(A1);'-3", lines.get(2));
        assertEquals("'+33 2 99;'\tx", lines.get(3));
        Path open = dir.resolve("o.csv");
        ReportDocuments.writeCsv(t, org.campuspilot.document.CsvProfile.OPEN_DATA, open);
        assertTrue(Files.readString(open).startsWith("Nom,Montant\r\n\"'=HYPERLINK"), "no BOM, commas");
        assertTrue(Files.readString(open).contains(",-12.50\r\n"), "decimal point");
        DocumentModel model = new DocumentModel("T", "").table(t);
        Path xlsx = dir.resolve("t.xlsx");
        docs.write(model, Format.XLSX, xlsx);
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertFalse(sheet.contains("<f>"), "no formula in the sheet");
            assertTrue(sheet.contains("t=\"inlineStr\""));
        }
        Path ods = dir.resolve("t.ods");
        docs.write(model, Format.ODS, ods);
        try (ZipFile zip = new ZipFile(ods.toFile())) {
            String content = new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertFalse(content.contains("table:formula"), "no formula in the sheet");
        }
    }
}
