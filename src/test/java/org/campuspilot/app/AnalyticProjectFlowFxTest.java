package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Analytic allocation as the director does it (issue 21): she creates a project, gives it its part of the budget
 * (refused above the association's line), puts an expense on it for a share, and has a grant fund it.
 */
class AnalyticProjectFlowFxTest {
    @TempDir Path dir;
    FxApp fx;

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    private Map<String, String> shownLine(String code) {
        return fx.rowTexts("#budget_" + code);
    }

    private void openGrant(String funder) {
        Node cell = fx.robot.lookup(".table-row-cell .table-cell").match((TableCell<?, ?> c) -> c.getText() != null
                && c.getText().contains(funder) && FxApp.shown(c)).query();
        fx.robot.clickOn(cell);
        fx.settle();
    }

    private static String amount(String shown) {
        return shown.replace(' ', '\u202F');
    }

    @Test
    void aProjectGetsItsBudgetItsShareOfAnExpenseAndAGrantThatFundsIt() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        Jdbc jdbc = new Jdbc(Database.open(db));
        fx = new FxApp().start(db, dir);
        fx.click("#navGrant");

        fx.click("#projectsButton");
        fx.clickText("Nouveau projet…");
        fx.type("#askNameField", "   ");
        fx.clickDialogButton("Enregistrer");
        assertTrue(fx.dialogText().contains("Donnez un nom au projet"), fx.dialogText());
        fx.clickDialogButton("OK");
        fx.type("#askNameField", "Semaine de l'industrie 2026");
        fx.clickDialogButton("Enregistrer");
        long id = jdbc.one("SELECT id FROM analytic_project WHERE name = ?", rs -> rs.getLong(1),
                "Semaine de l'industrie 2026").orElseThrow();
        assertTrue(((Label) fx.find("#projectHint")).getText().startsWith("Projet n° " + id + " :"));
        assertEquals(amount("0,00"), shownLine("60").get("Prévision"), "a new project has no budget yet");

        // Its part of line 604 cannot exceed the association's 28 000 €.
        fx.click("#editButton");
        fx.type("#forecast_604", "30 000");
        fx.click("#saveButton");
        assertTrue(fx.robot.lookup(".field-error").queryAll().stream().anyMatch(n -> FxApp.shown(n)
                && ((Label) n).getText().contains("dépasse le budget de l'association")), "said at the line");
        assertEquals(0, jdbc.count("SELECT COUNT(*) FROM project_forecast WHERE project_id = ?", id));
        fx.type("#forecast_604", "5 000");
        fx.click("#saveButton");
        assertEquals(amount("5 000,00"), shownLine("604").get("Prévision"));

        // A coach hired for the week: 40 % of it is the project's.
        fx.clickText("Dépenses et recettes");
        fx.click("#newExpenseButton");
        fx.type("#dateField", "18/11/2026");
        fx.type("#descriptionField", "Location du car pour les visites d'entreprises");
        fx.type("#partyField", "Keolis Armor");
        fx.type("#amountField", "1 000");
        fx.choose("#lineCombo", "604 – Prestations de services");
        fx.choose("#projectCombo", "Semaine de l'industrie 2026");
        fx.type("#projectShareField", "150");
        fx.click("#saveButton");
        assertTrue(((Label) fx.find("#projectShareError")).getText().contains("de 1 à 100"));
        fx.type("#projectShareField", "40 %");
        fx.click("#saveButton");
        assertEquals(40, jdbc.one("SELECT project_percent FROM finance_entry WHERE party = 'Keolis Armor'",
                rs -> rs.getInt(1)).orElseThrow());

        fx.clickText("Suivi du budget");
        assertEquals(amount("400,00"), shownLine("604").get("Engagé"));

        // The Rectorat's grant funds the discovery workshops; the FSE+ application is moved to the new project.
        fx.click("#grantsTab");
        openGrant("Rectorat de Rennes");
        ComboBox<?> project = fx.find("#projectCombo");
        assertEquals(jdbc.one("SELECT id FROM analytic_project WHERE name = 'Actions de découverte des métiers'",
                rs -> rs.getLong(1)).orElseThrow(), project.getValue());
        openGrant("FSE+ Bretagne");
        assertEquals(null, ((ComboBox<?>) fx.find("#projectCombo")).getValue());
        fx.choose("#projectCombo", "Semaine de l'industrie 2026");
        fx.shortcut(javafx.scene.input.KeyCode.S);
        assertEquals(id, jdbc.one("SELECT project_id FROM grant_award WHERE funder = 'EUROPE'",
                rs -> rs.getLong(1)).orElseThrow());
    }
}
