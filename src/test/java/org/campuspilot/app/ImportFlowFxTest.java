package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.campuspilot.TestCampus;
import org.campuspilot.TestData;
import org.campuspilot.company.Company;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.db.Database;
import org.campuspilot.establishment.EstablishmentRepository;
import org.campuspilot.importing.ImportViewModel;
import org.campuspilot.shared.Uai;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The director imports the annuaire sample through the window: the preview with its set-aside lines, one row left
 * out, the confirmation, then the establishments in the list; and a spreadsheet of companies with its mapping step.
 */
class ImportFlowFxTest {
    static final Path SAMPLE = TestData.annuaireSample();
    static final Path COMPANIES = Path.of("src/test/resources/org/campuspilot/importing/corpus/"
            + "companies-comma-windows1252.csv").toAbsolutePath();
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

    @Test
    void importTheAnnuaireSampleSeeThePreviewConfirmAndFindTheEstablishments() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        EstablishmentRepository establishments = new EstablishmentRepository(Database.open(db));
        long before = establishments.count();

        fx = new FxApp().start(db, dir);
        fx.robot.clickOn("Fichier");
        fx.robot.clickOn("Importer…");
        fx.settle();
        assertEquals("Établissements (annuaire de l'éducation)",
                ((ComboBox<?>) fx.find("#sourceCombo")).getButtonCell().getText());
        fx.type("#fileField", SAMPLE.toString());
        fx.robot.type(KeyCode.ENTER);
        fx.settle();

        Label summary = fx.find("#summaryLabel");
        assertTrue(summary.getText().startsWith("300 ligne(s) lue(s) :"), summary.getText());
        assertTrue(summary.getText().contains("2 écartée(s), 0 rejetée(s), 195 hors du filtre"), summary.getText());
        ListView<?> issues = fx.find("#issuesList");
        assertEquals(2, issues.getItems().size(), "the two multi-site lines of lycées are listed");
        TableView<?> preview = fx.find("#previewTable");
        int toWrite = preview.getItems().size();
        assertTrue(toWrite > 80 && toWrite < 110, "the usual kinds are proposed (lycées, MFR…): " + toWrite);
        assertFalse(((Button) fx.find("#importButton")).isDisabled());
        assertTrue(((Label) fx.find("#joiningLabel")).getText().startsWith("Aucune des "),
                ((Label) fx.find("#joiningLabel")).getText());

        // Leave the first row out: its establishment is not imported.
        ImportViewModel.PreviewRow firstRow = (ImportViewModel.PreviewRow) preview.getItems().get(0);
        assertEquals("Ajout", firstRow.operation());
        String leftOut = firstRow.label().substring(0, 8);
        CheckBox first = fx.robot.lookup("#previewTable .table-row-cell .check-box").query();
        fx.robot.clickOn(first);
        fx.settle();
        assertFalse(first.isSelected());

        // Two establishments signed on: the director ticks them as members, from 1 September.
        String[] joining = new String[2];
        for (int n = 0; n < 2; n++) {
            int row = n + 1;
            javafx.scene.control.TableCell<?, ?> cell = fx.robot.lookup("#previewTable .table-cell")
                    .match((javafx.scene.control.TableCell<?, ?> c) -> "memberColumn".equals(c.getTableColumn()
                            .getId()) && c.getIndex() == row && c.getGraphic() != null).query();
            fx.robot.clickOn(cell.getGraphic());
            fx.settle();
            joining[n] = ((ImportViewModel.PreviewRow) preview.getItems().get(row)).label().substring(0, 8);
        }
        fx.type("#memberSinceField", "01/09/2026");
        assertTrue(((Label) fx.find("#joiningLabel")).getText().startsWith(
                "2 établissement(s) rejoindront le réseau comme membres le 01/09/2026"),
                ((Label) fx.find("#joiningLabel")).getText());
        fx.snapshot("07a-import-preview");

        fx.click("#importButton");
        assertTrue(fx.dialogText().contains("2 établissement(s) rejoindront le réseau"), fx.dialogText());
        clickDialogButton("Importer");
        assertFalse(fx.exists(".dialog-pane"), "the end of the import is a notification, not a dialog to answer");
        assertTrue(fx.notificationText().contains("Import terminé"), fx.notificationText());
        fx.closeNotification();

        long adds = ((TableView<?>) preview).getItems().size();
        assertEquals(0, adds, "the preview is cleared once imported");
        assertTrue(establishments.count() - before > 70, "added: " + (establishments.count() - before));
        assertTrue(establishments.findByUai(new Uai("0350165P")).isEmpty(), "an école is not proposed");
        assertFalse(establishments.findByUai(new Uai(leftOut)).isPresent(), "the row left out: " + leftOut);
        for (String uai : joining) {
            var e = establishments.findByUai(new Uai(uai)).orElseThrow();
            assertEquals(org.campuspilot.establishment.NetworkRole.MEMBRE, e.role(), uai);
            assertEquals(java.time.LocalDate.of(2026, 9, 1), e.memberSince());
        }
        long territory = establishments.findAll().stream()
                .filter(e -> e.role() == org.campuspilot.establishment.NetworkRole.TERRITOIRE).count();
        assertEquals(establishments.count() - before - 2, territory, "the others are the territory's");

        // After the import the establishments list is shown; the territory's are found by their role.
        fx.choose("#roleFilter", "Établissement du territoire");
        TableView<?> list = fx.find("#table");
        assertEquals(territory, list.getItems().size());
        fx.type("#searchField", "Bréquigny");
        assertTrue(list.getItems().size() >= 1, "a lycée of the territory is found by its name");
        fx.choose("#roleFilter", "Tous les rôles");
        fx.type("#searchField", "");
    }

    @Test
    void importASpreadsheetOfCompaniesThroughTheMappingStep() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        CompanyRepository companies = new CompanyRepository(Database.open(db));
        long before = companies.count();

        fx = new FxApp().start(db, dir);
        fx.robot.clickOn("Fichier");
        fx.robot.clickOn("Importer…");
        fx.settle();
        fx.choose("#sourceCombo", "Entreprises");
        fx.type("#fileField", COMPANIES.toString());
        fx.click("#analyseButton");
        fx.settle();
        ComboBox<?> notes = fx.find("#map-notes");
        assertEquals("Remarques", notes.getButtonCell().getText(), "« Remarques » is known as the notes");
        assertEquals("2 ligne(s) lue(s) : 2 à ajouter, 0 déjà présente(s), 0 rejetée(s).",
                ((Label) fx.find("#summaryLabel")).getText());
        // The director says the column « APE » is not wanted: the rows are checked again without it.
        fx.choose("#map-naf", "— aucune colonne —");
        fx.settle();
        fx.snapshot("07b-import-mapping");

        fx.click("#importButton");
        clickDialogButton("Importer");
        fx.closeNotification();
        assertEquals(before + 2, companies.count());
        Company cintre = companies.findAll().stream().filter(c -> "Cintré".equals(c.city())).findFirst()
                .orElseThrow();
        assertEquals("Cintré Électronique", cintre.name());
        assertEquals(null, cintre.naf(), "the APE column was left out");
    }

    @Test
    void updateACompanysCityFromASpreadsheetThenUndoIt() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        CompanyRepository companies = new CompanyRepository(Database.open(db));
        long before = companies.count();
        Path file = java.nio.file.Files.writeString(dir.resolve("entreprises.csv"),
                "SIRET;Raison sociale;Commune\r\n31157069100015;Agroéquipements de Goven;Brest\r\n");

        fx = new FxApp().start(db, dir);
        fx.robot.clickOn("Fichier");
        fx.robot.clickOn("Importer…");
        fx.settle();
        fx.choose("#sourceCombo", "Entreprises");
        fx.type("#fileField", file.toString());
        fx.click("#analyseButton");
        fx.settle();
        assertEquals("1 ligne(s) lue(s) : 0 à ajouter, 1 déjà présente(s), 0 rejetée(s).",
                ((Label) fx.find("#summaryLabel")).getText());
        assertTrue(((Button) fx.find("#importButton")).isDisabled(), "nothing to import: the row is set aside");

        CheckBox update = fx.find("#updateExistingCheck");
        assertEquals("Mettre à jour les fiches existantes", update.getText());
        fx.click("#updateExistingCheck");
        fx.settle();
        assertEquals("1 ligne(s) lue(s) : 0 à ajouter, 1 à mettre à jour, 0 inchangée(s), 0 écartée(s), "
                + "0 rejetée(s).", ((Label) fx.find("#summaryLabel")).getText());
        TableView<?> preview = fx.find("#previewTable");
        assertEquals(1, preview.getItems().size());
        ImportViewModel.PreviewRow row = (ImportViewModel.PreviewRow) preview.getItems().get(0);
        assertEquals("Mise à jour", row.operation());
        assertEquals("Commune : Goven → Brest", row.changes());
        assertTrue(fx.exists(".table-cell"), "the preview shows its cells");
        assertTrue(fx.robot.lookup(".table-cell").queryAll().stream().anyMatch(n -> n instanceof
                javafx.scene.control.TableCell<?, ?> c && "Commune : Goven → Brest".equals(c.getText())
                && FxApp.shown(c)), "the change is in the « Changements » column");
        fx.snapshot("07c-import-update");

        fx.click("#importButton");
        clickDialogButton("Importer");
        fx.closeNotification();
        assertEquals(before, companies.count());
        assertEquals("Brest", city(companies));

        fx.shortcut(KeyCode.Z);
        assertEquals("Goven", city(companies), "Ctrl+Z undid the import");
    }

    private static String city(CompanyRepository companies) {
        return companies.findAll().stream().filter(c -> c.number().code().equals("31157069100015")).findFirst()
                .orElseThrow().city();
    }
}
