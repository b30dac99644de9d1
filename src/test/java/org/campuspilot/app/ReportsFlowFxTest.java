package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.report.ReportPeriod;
import org.campuspilot.report.ReportTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The director opens Rapports, chooses the school year, writes the introduction, saves it, sees it in the preview,
 * exports the report as PDF and the Région workbook as XLSX; then exports the companies list as CSV from its screen.
 */
class ReportsFlowFxTest {
    @TempDir Path dir;
    FxApp fx;

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    private void clickDialogButton(String text) {
        fx.robot.clickOn((Button b) -> text.equals(b.getText()) && b.getScene() != fx.stage.getScene());
        fx.settle();
    }

    /** The save dialog: the path typed over the proposed one, then « Enregistrer », then the outcome's « OK ». */
    private void saveAs(Path file) {
        fx.type("#savePathField", file.toString());
        clickDialogButton("Enregistrer");
        fx.closeNotification();
    }

    private boolean previewShows(String text) {
        return fx.robot.lookup("#previewBox .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains(text));
    }

    @Test
    void chooseAYearWriteTheIntroductionPreviewAndExport() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        fx = new FxApp().start(db, dir);
        fx.click("#navReports");
        fx.choose("#kindCombo", "Année civile");
        fx.choose("#yearCombo", "2025");
        assertTrue(previewShows("Rapport d'activité 2025"), "the civil year's preview");
        fx.choose("#kindCombo", "Année scolaire");
        fx.choose("#yearCombo", "2025-2026");
        assertTrue(previewShows("Rapport d'activité 2025-2026"));
        assertTrue(previewShows("Chiffres comparés à 2024-2025"));
        assertTrue(previewShows("Les chiffres clés"), "the key figures, as on the document's second page");
        fx.type("#introductionArea", "Une année de croissance pour le réseau.");
        fx.click("#saveTextsButton");
        assertTrue(((Label) fx.find("#statusLabel")).getText().contains("Textes de 2025-2026 enregistrés"));
        assertEquals("Une année de croissance pour le réseau.", new ReportTexts(Database.open(db))
                .of(ReportPeriod.school(2025)).get(ReportTexts.Section.INTRODUCTION));
        fx.click("#previewButton");
        assertTrue(previewShows("Une année de croissance pour le réseau."));
        assertTrue(previewShows("Niveau 4 (IV)"), "actions by level with the old level name");
        fx.snapshot("08a-reports-preview");

        Path pdf = dir.resolve("rapport.pdf");
        fx.click("#exportPdfButton");
        // Only the introduction is written: the export first says what it leaves out.
        assertTrue(fx.dialogText().contains("\u2022 Faits marquants\n\u2022 Perspectives"), fx.dialogText());
        clickDialogButton("Exporter sans ces sections");
        saveAs(pdf);
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Une année de croissance pour le réseau."), "the text saved is in the PDF");
            assertTrue(text.contains("Sommaire"));
            assertFalse(text.contains("Faits marquants"), "an empty section is left out");
        }
        Path xlsx = dir.resolve("region.xlsx");
        fx.choose("#regionYearCombo", "2026");
        fx.click("#exportXlsxButton");
        saveAs(xlsx);
        assertTrue(Files.size(xlsx) > 5_000);

        fx.click("#navCompanies");
        fx.click("#exportButton");
        fx.click("#export_excel-fr");
        Path csv = dir.resolve("entreprises.csv");
        saveAs(csv);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFSIRET;Nom;"));
        assertEquals(21, text.lines().count(), "the 20 companies shown and the header");
        fx.type("#searchField", "Robotique");
        fx.click("#exportButton");
        fx.click("#export_open-data");
        Path open = dir.resolve("robotique.csv");
        saveAs(open);
        assertTrue(Files.readString(open).lines().skip(1).allMatch(l -> l.contains("Robotique")),
                "only the rows shown");
    }

    @Test
    void theDashboardShowsTheYearAndAClickOnABarListsItsRecords() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        var figures = new org.campuspilot.report.ReportService(Database.open(db), new org.campuspilot.grant
                .GrantFigures(new org.campuspilot.grant.GrantRepository(Database.open(db)),
                        new org.campuspilot.grant.BudgetRepository(Database.open(db)),
                        new org.campuspilot.grant.EntryRepository(Database.open(db)),
                        new org.campuspilot.grant.ProjectRepository(Database.open(db))))
                .figures(ReportPeriod.school(2025));
        fx = new FxApp().start(db, dir);
        fx.choose("#yearCombo", "2025-2026");
        javafx.scene.control.Hyperlink actions = fx.find("#yearActionsLink");
        assertEquals(figures.actions().count() + " actions menées, " + figures.actions().beneficiaries()
                + " bénéficiaires", actions.getText());
        javafx.scene.control.Hyperlink events = fx.find("#yearEventsLink");
        assertEquals(figures.events().count() + " événements tenus, " + org.campuspilot.shared.FrenchFormats.integer(
                figures.events().attendance()) + " participants", events.getText());
        int level4 = figures.actions().byLevel().get(org.campuspilot.shared.TrainingLevel.LEVEL_4).actions();
        fx.click("#levelBar_4_b");
        javafx.scene.control.ListView<?> records = fx.find("#recordsList");
        assertEquals(level4, records.getItems().size(), "the actions at level 4");
        assertTrue(((Label) fx.find("#recordsTitle")).getText().contains("IV (4)"));
        fx.snapshot("08b-dashboard-year");
        javafx.scene.control.ListCell<?> first = fx.robot.lookup("#recordsList .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.getItem() != null).query();
        String title = first.getText().replaceFirst("^.* — ", "");
        fx.reveal(first);
        fx.robot.doubleClickOn(first);
        fx.settle();
        javafx.scene.control.TextField titleField = fx.find("#titleField");
        assertEquals(title, titleField.getText(), "the action opened in its area");
    }
}
