package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.campuspilot.TestCampus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Visits every screen and writes a PNG of each to target/screenshots/, so that anyone can look at them; checks on
 * the way what each screen must show.
 */
class ScreensSnapshotFxTest {
    @TempDir Path dir;
    FxApp fx;

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    @Test
    void everyScreenInFrenchThenEnglishAndDark() throws Exception {
        fx = new FxApp().start(dir.resolve("vide.campuspilot"), dir);
        fx.snapshot("01-welcome");
        fx.click("#createCampusButton");
        fx.click("#saveCampusButton");
        fx.snapshot("02-campus-form-errors");

        // The demo campus, from the welcome screen's button, in its own file.
        fx.stop();
        fx = new FxApp().start(dir.resolve("vide.campuspilot"), dir);
        fx.click("#openDemoButton");
        assertTrue(Files.exists(dir.resolve(DataFolder.DEMO_DATABASE)));
        assertTrue(fx.exists("#dashboard"));
        Label campusName = fx.find("#campusName");
        assertEquals("Campus Industrie du futur Haute-Bretagne", campusName.getText());
        fx.snapshot("03-dashboard");

        fx.click("#editCampusButton");
        fx.snapshot("04-campus-identity");

        fx.click("#navEstablishments");
        TableView<?> table = fx.find("#table");
        assertEquals(16, table.getItems().size());
        fx.clickRow("AFTEC Rennes");
        fx.type("#phoneField", "12 34");
        fx.robot.clickOn("#emailField");
        fx.settle();
        fx.snapshot("05-establishments");

        fx.click("#navCompanies");
        fx.clickRow("Armor Robotique");
        fx.snapshot("06-companies");
        fx.click("#navContacts");
        fx.clickRow("Baudry Hervé");
        fx.snapshot("06b-contacts");
        fx.click("#navEvents");
        fx.snapshot("06c-events-calendar");
        fx.click("#listToggle");
        fx.clickRow("Concours régional de robotique");
        fx.snapshot("06d-events-list");
        fx.click("#navActions");
        fx.clickRow("Découverte de la mécatronique en 3e prépa-métiers");
        fx.snapshot("06e-actions");
        fx.click("#summaryToggle");
        fx.snapshot("06f-actions-summary");
        fx.click("#navGrant");
        fx.snapshot("06g-grant-budget");
        fx.click("#editButton");
        fx.snapshot("06h-grant-budget-editor");
        fx.clickText("Annuler");
        fx.clickText("Dépenses et recettes");
        fx.clickRow("Charges indirectes : locaux et reprographie (40 %)");
        fx.snapshot("06i-grant-entries");
        fx.clickText("Subventions");
        fx.clickRow("⚠ Région Bretagne — Fonctionnement du campus 2026");
        fx.snapshot("06j-grant-page");
        fx.reveal(fx.find("#instalment3_state"));
        fx.snapshot("06k-grant-schedule");
        fx.click("#prefillButton");
        fx.reveal(fx.find("#gapsBox"));
        fx.snapshot("06l-grant-report");
        fx.click("#navReports");
        fx.settle();
        assertTrue(fx.exists("#previewBox"));

        fx.click("#navEstablishments");
        javafx.scene.control.TextField phone = fx.find("#phoneField");
        assertEquals("12 34", phone.getText(), "unsaved input survives leaving the area and coming back");
        fx.clickRow("Lycée de La Salle");
        fx.clickText("Annuler");
        fx.settle();
        assertEquals("12 34", phone.getText(), "cancelling keeps the unsaved input");
        fx.clickRow("Lycée de La Salle");
        fx.robot.clickOn((javafx.scene.control.Button b) -> "Abandonner les modifications".equals(b.getText()));
        fx.settle();
        assertEquals("02 99 87 12 12", phone.getText(), "the chosen row is shown once the input is discarded");
        fx.choose("#kindFilter", "Lycée polyvalent");
        fx.snapshot("07-establishments-filtered");
    }

    @Test
    void englishAndDarkThemeAreRemembered() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        fx = new FxApp().start(db, dir);
        fx.robot.clickOn("Affichage");
        fx.robot.clickOn("English");
        fx.settle();
        fx.robot.clickOn("View");
        fx.robot.clickOn("Dark theme");
        fx.settle();
        fx.stop();

        fx = new FxApp().start(db, dir);
        assertTrue(fx.exists("#dashboard"));
        Label title = fx.find("#dashboardTitle");
        assertEquals("Dashboard", title.getText());
        fx.snapshot("08-dashboard-english-dark");
        fx.click("#navEstablishments");
        fx.snapshot("09-establishments-english-dark");
        fx.robot.clickOn("View");
        fx.robot.clickOn("Light theme");
        fx.robot.clickOn("View");
        fx.robot.clickOn("Français");
        fx.settle();
    }
}
