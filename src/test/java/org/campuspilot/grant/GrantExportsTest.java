package org.campuspilot.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.miachm.sods.OfficeCurrency;
import com.github.miachm.sods.OfficePercentage;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.campuspilot.campus.Campus;
import org.campuspilot.document.DocumentFiles.Format;
import org.campuspilot.shared.Money;
import org.campuspilot.shared.Sector;
import org.campuspilot.shared.Siret;
import org.campuspilot.ui.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.odftoolkit.odfdom.doc.OdfTextDocument;

/** The Cerfa 15059 and 12156 files read back with other libraries, their figures compared with the follow-up. */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.EnumSource(org.campuspilot.TestStore.class)
public class GrantExportsTest {
    @org.junit.jupiter.params.Parameter
    org.campuspilot.TestStore store;

    static final Campus CAMPUS = new Campus("Campus Industrie du Futur", Sector.INNOVATIVE_SYSTEMS_MECHATRONICS,
            "Rennes", "Bretagne", false, null, null, "Association Campus Industrie du Futur",
            new Siret("82451739500011"));
    @TempDir Path dir;
    GrantFixture f;
    GrantExports exports;
    FinancialReport report;

    @BeforeEach
    void fill() {
        f = new GrantFixture(dir, store).fill();
        exports = new GrantExports(f.grants, f.figures, () -> java.util.Optional.of(CAMPUS), Messages.load(
                Messages.FRENCH));
        report = exports.financialReport(f.region.id()).orElseThrow();
    }

    /** Value of the row whose first cell is {@code label}, in column {@code column}. */
    private static Object cell(Sheet sheet, String label, int column) {
        Object[][] values = sheet.getDataRange().getValues();
        for (Object[] row : values) {
            if (label.equals(row[0])) {
                return row[column];
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getName());
    }

    private static long cents(Object currency) {
        return Math.round(((OfficeCurrency) currency).getValue() * 100);
    }

    @Test
    void theFinancialReportsTableAsOdsHoldsRealFiguresEqualToTheFollowUp() throws Exception {
        Path out = dir.resolve("cr.ods");
        exports.writeFinancialReport(report, Format.ODS, out);
        SpreadSheet book = new SpreadSheet(out.toFile());
        Sheet charges = book.getSheet("Charges");
        assertNotNull(charges);
        BudgetFollowUp y = f.figures.followUp(2026);
        for (String code : new String[] {"604", "606", "641", "CI"}) {
            String label = new GrantDocuments(Messages.load(Messages.FRENCH)).lineLabel(BudgetLine.of(code)
                    .orElseThrow());
            assertEquals(y.row(code).forecast().cents(), cents(cell(charges, label, 1)), code);
            assertEquals(y.row(code).committed().cents(), cents(cell(charges, label, 2)), code);
            assertEquals(y.row(code).gap().cents(), cents(cell(charges, label, 3)), code);
        }
        assertEquals(y.actualTotals().charges().cents(), cents(cell(charges, "Total des charges", 2)));
        Object pct = cell(charges, "604 – Prestations de services", 4);
        assertEquals(-0.104, ((OfficePercentage) pct).getValue(), 1e-9, "−10,4 % as a percentage value");
        Sheet produits = book.getSheet("Produits");
        assertEquals(6_000_000, cents(cell(produits, "Région(s)", 2)));
        assertEquals(y.actualTotals().produits().cents(), cents(cell(produits, "Total des produits", 2)));
        Sheet gaps = book.getSheet("Écarts significatifs");
        assertEquals(y.significantGaps().size() + 1, gaps.getDataRange().getNumRows());
    }

    /** The text of every text node below, in document order, a paragraph per line. */
    public static String text(org.w3c.dom.Node node) {
        StringBuilder sb = new StringBuilder();
        for (org.w3c.dom.Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
                sb.append(c.getNodeValue());
            } else {
                sb.append(text(c));
                if ("text:p".equals(c.getNodeName()) || "text:h".equals(c.getNodeName())) {
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    @Test
    void theFinancialReportAsOdtHasTheThreePartsAndTheFigures() throws Exception {
        Path out = dir.resolve("cr.odt");
        exports.writeFinancialReport(report, Format.ODT, out);
        try (OdfTextDocument doc = OdfTextDocument.loadDocument(out.toFile())) {
            String text = text(doc.getContentRoot());
            assertTrue(text.contains("1. Bilan qualitatif de l'action"), text);
            assertTrue(text.contains("Bilan de l'année"));
            assertTrue(text.contains("2. Tableau de synthèse"));
            assertTrue(text.contains("3. Annexe explicative"));
            assertTrue(text.contains("Au prorata des heures"));
            BudgetFollowUp y = f.figures.followUp(2026);
            assertTrue(text.contains(y.actualTotals().charges().number()), "total charges");
            assertTrue(text.contains(y.row("641").gap().number()), "gap of 641");
            assertTrue(text.contains("Région Bretagne 2026 — Fonctionnement du campus"));
        }
    }

    @Test
    void theFinancialReportAsPdfReadsBackWithAccentsAndFigures() throws Exception {
        Path out = dir.resolve("cr.pdf");
        exports.writeFinancialReport(report, Format.PDF, out);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Compte rendu financier de subvention"), text);
            assertTrue(text.contains("Écarts significatifs"));
            BudgetFollowUp y = f.figures.followUp(2026);
            String total = y.actualTotals().charges().number();
            assertTrue(text.replace('\u00A0', '\u202F').contains(total) || text.contains(total.replace('\u202F', ' ')),
                    "total charges " + total);
            assertTrue(text.contains("Page 1"));
            assertTrue(pdf.getNumberOfPages() >= 2);
        }
    }

    @Test
    void negativeGapsArePrintedWithATrueMinusSignInThePdfAndTheOdt() throws Exception {
        BudgetFollowUp y = f.figures.followUp(2026);
        Money gap = y.row("604").gap();
        assertTrue(gap.isNegative(), "the fixture's 604 is under its forecast: " + gap);
        String printed = gap.number().replace('\u202F', ' ');
        assertTrue(printed.startsWith("\u2212"), printed);
        Path pdf = dir.resolve("cr.pdf");
        exports.writeFinancialReport(report, Format.PDF, pdf);
        String pdfText;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pdfText = new PDFTextStripper().getText(doc).replace('\u202F', ' ').replace('\u00A0', ' ');
        }
        Path odt = dir.resolve("cr.odt");
        exports.writeFinancialReport(report, Format.ODT, odt);
        String odtText;
        try (OdfTextDocument doc = OdfTextDocument.loadDocument(odt.toFile())) {
            odtText = text(doc.getContentRoot()).replace('\u202F', ' ').replace('\u00A0', ' ');
        }
        for (String text : new String[] {pdfText, odtText}) {
            assertTrue(text.contains(printed), "the gap of 604, " + printed + ", in " + text);
            assertTrue(text.contains("\u221210,4 %"), "its gap in per cent");
            java.util.regex.Matcher hyphen = java.util.regex.Pattern.compile("(^|[\\s(])-\\d").matcher(text);
            assertTrue(!hyphen.find(), "no figure written with a hyphen: « " + (hyphen.find(0) ? text.substring(
                    hyphen.start(), Math.min(text.length(), hyphen.start() + 20)) : "") + " »");
        }
    }

    @Test
    void theBudgetForecastAsOdsAndPdf() throws Exception {
        Path ods = dir.resolve("budget.ods");
        exports.writeBudget(2026, Format.ODS, ods);
        SpreadSheet book = new SpreadSheet(ods.toFile());
        Sheet charges = book.getSheet("Charges");
        long total = f.forecast.entrySet().stream().filter(e -> BudgetLine.of(e.getKey()).orElseThrow().side()
                == BudgetLine.Side.CHARGE).mapToLong(e -> e.getValue().cents()).sum();
        assertEquals(total, cents(cell(charges, "Total des charges", 1)));
        assertEquals(1_450_050, cents(cell(charges, "60 – Achats", 1)));
        Path pdf = dir.resolve("budget.pdf");
        exports.writeBudget(2026, Format.PDF, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Budget prévisionnel de l'association"), text);
            assertTrue(text.contains("insuffisance") || text.contains("excédent") || text.contains("équilibré"));
            assertTrue(text.contains(new Money(total).number().replace('\u202F', ' '))
                    || text.contains(new Money(total).number()), text);
        }
    }

    @Test
    void theCerfasNameTheAssociationAndItsSiretFromTheCampusIdentity() throws Exception {
        String siret = "824 517 395 00011";
        Path pdf = dir.resolve("cr.pdf");
        exports.writeFinancialReport(report, Format.PDF, pdf);
        Path budget = dir.resolve("budget.pdf");
        exports.writeBudget(2026, Format.PDF, budget);
        for (Path file : new Path[] {pdf, budget}) {
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains("Association Association Campus Industrie du Futur"), file + ": " + text);
                assertTrue(text.contains("N° SIRET " + siret), file + ": " + text);
            }
        }
        Path odt = dir.resolve("cr.odt");
        exports.writeFinancialReport(report, Format.ODT, odt);
        try (OdfTextDocument doc = OdfTextDocument.loadDocument(odt.toFile())) {
            String text = text(doc.getContentRoot());
            assertTrue(text.contains("Association Campus Industrie du Futur") && text.contains(siret), text);
        }
        for (boolean financialReport : new boolean[] {true, false}) {
            Path ods = dir.resolve(financialReport ? "cr.ods" : "budget.ods");
            if (financialReport) {
                exports.writeFinancialReport(report, Format.ODS, ods);
            } else {
                exports.writeBudget(2026, Format.ODS, ods);
            }
            Sheet id = new SpreadSheet(ods.toFile()).getSheet("Identification");
            assertEquals("Association Campus Industrie du Futur", cell(id, "Association", 1), ods.toString());
            assertEquals(siret, cell(id, "N° SIRET", 1));
        }
    }

    @Test
    void withoutAnIdentityTheCerfaSaysNothingIsThereRatherThanInventingIt() throws Exception {
        GrantExports none = new GrantExports(f.grants, f.figures, java.util.Optional::empty, Messages.load(
                Messages.FRENCH));
        Path ods = dir.resolve("cr.ods");
        none.writeFinancialReport(none.financialReport(f.region.id()).orElseThrow(), Format.ODS, ods);
        Sheet id = new SpreadSheet(ods.toFile()).getSheet("Identification");
        assertEquals("—", cell(id, "Association", 1));
        assertEquals("—", cell(id, "N° SIRET", 1));
        Path pdf = dir.resolve("cr.pdf");
        none.writeFinancialReport(none.financialReport(f.region.id()).orElseThrow(), Format.PDF, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("\nRégion Bretagne 2026 — Fonctionnement du campus — exercice 2026"), text);
        }
    }

    @Test
    void whatTheCompteRenduLacksIsListedByWhatTheDirectorWroteAndItsGapsByLine() {
        List<String> missing = exports.missing(report);
        assertTrue(missing.stream().noneMatch(m -> m.contains("bilan") || m.contains("SIRET")
                || m.contains("indirectes")), "the fixture wrote them: " + missing);
        BudgetFollowUp y = f.figures.followUp(2026);
        List<String> unexplained = y.significantGaps().stream().map(r -> r.line().code())
                .filter(code -> !report.grant().gapExplanations().containsKey(code)).toList();
        assertEquals(!unexplained.isEmpty(), missing.stream().anyMatch(m -> m.startsWith(
                "l'explication des écarts significatifs des lignes ")), missing + " for " + unexplained);
    }

    @Test
    void theRubricsOfThePrefilledReviewLeftEmptyAreNotPrintedAndTheExportNamesThem() throws Exception {
        Grant g = report.grant();
        String review = "En 2026, le campus a conduit 12 actions.\n\nObjectifs : sensibiliser 500 collégiens.\n"
                + "Réalisations marquantes : …\nPublic touché : ...\nDates et lieux : …";
        Grant prefilled = new Grant(g.id(), g.funder(), g.funderName(), g.year(), g.object(), g.requested(),
                g.awarded(), g.decisionDate(), g.conventionRef(), g.conventionSignedOn(), g.status(),
                g.reportDueOverride(), g.reportSentOn(), g.instalments(), review, g.indirectCosts(),
                g.contributions(), g.gapExplanations(), g.updatedAt());
        FinancialReport r = new FinancialReport(report.campus(), prefilled, report.progress(), report.figures());
        assertTrue(exports.missing(r).contains("les rubriques du bilan encore à remplir, laissées hors du document : "
                + "Réalisations marquantes, Public touché, Dates et lieux"), exports.missing(r).toString());
        Path out = dir.resolve("cr-prefilled.pdf");
        exports.writeFinancialReport(r, Format.PDF, out);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Objectifs : sensibiliser 500 collégiens."), text);
            assertFalse(text.contains("Réalisations marquantes") || text.contains("Public touché"),
                    "an empty rubric is never printed: " + text);
        }
    }

    @Test
    void aFailedWriteLeavesNoFileBehind() throws Exception {
        Path target = dir.resolve("nowhere").resolve("cr.pdf");
        try {
            exports.writeFinancialReport(report, Format.PDF, target);
        } catch (java.io.IOException expected) {
            // the folder does not exist
        }
        assertTrue(!Files.exists(target));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }
}
