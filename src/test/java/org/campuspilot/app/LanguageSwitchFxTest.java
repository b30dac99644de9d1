package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.campuspilot.TestCampus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changing the language builds the window again on the area the user was in, and never drops unsaved input. */
class LanguageSwitchFxTest {
    @TempDir Path dir;
    FxApp fx;

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    @Test
    void theAreaStaysAndUnsavedInputIsAskedAbout() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        fx = new FxApp().start(db, dir);
        fx.click("#navCompanies");
        fx.clickRow("Armor Robotique");
        fx.type("#websiteField", "www.armor-robotique.example");

        fx.robot.clickOn("Affichage");
        fx.robot.clickOn("English");
        fx.settle();
        assertTrue(fx.exists(".dialog-pane"), "unsaved input is asked about before the window is rebuilt");
        fx.clickDialogButton("Annuler");
        TextField website = fx.find("#websiteField");
        assertEquals("www.armor-robotique.example", website.getText(), "the input is still there");
        ToggleButton companies = fx.find("#navCompanies");
        assertEquals("Entreprises", companies.getText(), "still in French");

        fx.robot.clickOn("Affichage");
        fx.robot.clickOn("English");
        fx.settle();
        fx.clickDialogButton("Abandonner les modifications");
        companies = fx.find("#navCompanies");
        assertEquals("Companies", companies.getText());
        assertTrue(companies.isSelected(), "the window came back on the companies");
        assertTrue(fx.exists("#table"));

        fx.click("#navGrant");
        fx.robot.clickOn("View");
        fx.robot.clickOn("Français");
        fx.settle();
        ToggleButton grant = fx.find("#navGrant");
        assertTrue(grant.isSelected(), "the grant area is shown again, in French");
        assertEquals("Subvention", grant.getText().substring(0, "Subvention".length()));
    }
}
