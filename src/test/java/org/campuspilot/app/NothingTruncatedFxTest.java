package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.campuspilot.TestCampus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Walks every area of the demo campus, with a record open in each form, at the two sizes of school laptops'
 * windows, and fails on any text a user cannot read in full (see {@link Elisions}). At 1366×768 in both languages
 * and both themes, every screen written to target/screenshots/ as well; at 1280×720 French in the light theme and
 * English in the dark one (the theme changes colours, not widths).
 */
class NothingTruncatedFxTest {
    @TempDir Path dir;
    FxApp fx;
    private final List<String> problems = new ArrayList<>();
    private String prefix;
    private boolean snapshots;

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    @ParameterizedTest(name = "{0}×{1} {2} {3}")
    @CsvSource({"1366, 768, fr, light", "1366, 768, en, dark", "1366, 768, fr, dark", "1366, 768, en, light",
        "1280, 720, fr, light", "1280, 720, en, dark"})
    void everyScreenReadsInFull(int width, int height, String language, String theme) throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        fx = new FxApp().start(db, dir);
        if (language.equals("en")) {
            fx.robot.clickOn("Affichage");
            fx.robot.clickOn("English");
            fx.settle();
        }
        if (theme.equals("dark")) {
            fx.robot.clickOn(language.equals("en") ? "View" : "Affichage");
            fx.robot.clickOn(language.equals("en") ? "Dark theme" : "Thème sombre");
            fx.settle();
        }
        fx.robot.interact(() -> {
            fx.stage.setMaximized(false);
            fx.stage.setX(0);
            fx.stage.setY(0);
            fx.stage.setWidth(width);
            fx.stage.setHeight(height);
        });
        fx.settle();
        prefix = "size-" + width + "x" + height + "-" + language + "-" + theme + "-";
        snapshots = width == 1366;

        look("dashboard");
        fx.click("#editCampusButton");
        look("campus-identity");

        fx.click("#navEstablishments");
        look("establishments");
        fx.clickRow("Lycée de La Salle");
        look("establishment-form");

        fx.click("#navCompanies");
        look("companies");
        fx.clickRow("Armor Robotique");
        look("company-form");

        fx.click("#navContacts");
        look("contacts");
        fx.clickRow("Baudry Hervé");
        look("contact-form");

        fx.click("#navEvents");
        look("events-calendar");
        fx.click("#listToggle");
        look("events-list");
        fx.clickRow("Concours régional de robotique");
        look("event-form");

        fx.click("#navActions");
        look("actions");
        fx.clickRow("Découverte de la mécatronique en 3e prépa-métiers");
        look("action-form");
        fx.click("#summaryToggle");
        look("actions-summary");

        fx.click("#navGrant");
        look("grant-budget");
        fx.click("#entriesTab");
        look("grant-entries");
        fx.clickRow("Charges indirectes : locaux et reprographie (40 %)");
        look("grant-entry-form");
        fx.click("#grantsTab");
        look("grants");
        fx.clickRow("⚠ Région Bretagne — Fonctionnement du campus 2026");
        look("grant-form");

        fx.click("#navReports");
        look("reports");

        fx.click("#navSafety");
        look("safety-backups");
        fx.click("#historyTab");
        look("safety-history");
        fx.click("#trashTab");
        look("safety-trash");

        assertTrue(problems.isEmpty(), problems.size() + " texts cannot be read in full at " + width + "×"
                + height + " (" + language + ", " + theme + "):\n" + String.join("\n", problems));
    }

    private void look(String screen) {
        fx.settle();
        for (String p : Elisions.in(fx.stage.getScene())) {
            problems.add(screen + ": " + p);
        }
        if (snapshots) {
            fx.snapshot(prefix + screen);
        }
    }
}
