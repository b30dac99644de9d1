package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.Label;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.grant.EntryRepository;
import org.campuspilot.grant.EntryStatus;
import org.campuspilot.grant.FinanceEntry;
import org.campuspilot.shared.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The director records an expense on line 606 and sees the line's committed amount and execution change. */
class GrantFlowFxTest {
    @TempDir Path dir;
    FxApp fx;

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    private Map<String, String> shownLine(String code) {
        return fx.rowTexts("#budget_" + code);
    }

    @Test
    void recordAnExpenseOnALineAndWatchTheLinesExecutionChange() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        EntryRepository entries = new EntryRepository(Database.open(db));
        long countBefore = entries.count();
        fx = new FxApp().start(db, dir);
        fx.click("#navGrant");
        Map<String, String> before = shownLine("606");
        assertEquals("4 500,00".replace(' ', '\u202F'), before.get("Prévision"));
        Money committedBefore = Money.check(before.get("Engagé")).value();

        fx.clickText("Dépenses et recettes");
        fx.click("#newExpenseButton");
        fx.type("#dateField", "18/11/2026");
        fx.type("#descriptionField", "Ramettes de papier pour le forum");
        fx.type("#partyField", "Bureau Vallée Rennes");
        fx.type("#amountField", "-12");
        fx.click("#saveButton");
        Label amountError = fx.find("#amountError");
        assertTrue(amountError.isVisible() && !amountError.getText().isBlank(), "a negative amount is refused");
        assertEquals(countBefore, entries.count(), "nothing written");

        fx.type("#amountField", "1 250,50 €");
        fx.choose("#lineCombo", "606 – Autres fournitures");
        fx.choose("#statusCombo", "Payée");
        fx.click("#saveButton");
        Label paidOnError = fx.find("#paidOnError");
        assertTrue(paidOnError.getText().contains("date du paiement"), paidOnError.getText());
        assertEquals(countBefore, entries.count(), "still nothing written");
        fx.type("#paidOnField", "20/11/2026");
        fx.click("#saveButton");

        assertEquals(countBefore + 1, entries.count());
        FinanceEntry saved = entries.findAll().stream()
                .filter(f -> f.description().equals("Ramettes de papier pour le forum")).findFirst().orElseThrow();
        assertEquals(125_050, saved.amount().cents());
        assertEquals("606", saved.lineCode());
        assertEquals(EntryStatus.PAYEE, saved.status());

        fx.clickText("Suivi du budget");
        Map<String, String> after = shownLine("606");
        Money committedAfter = Money.check(after.get("Engagé")).value();
        assertEquals(committedBefore.cents() + 125_050, committedAfter.cents());
        assertNotEquals(before.get("Exécuté"), after.get("Exécuté"));
        double expected = Math.round(committedAfter.cents() * 1000.0 / 450_000) / 10.0;
        assertEquals(String.format(java.util.Locale.FRANCE, "%.1f\u00A0%%", expected), after.get("Exécuté"));
        assertTrue(fx.find("#budget_606").getStyleClass().contains("overspent") == (committedAfter.cents() > 450_000));
    }

    @Test
    void theLateInstalmentIsFlaggedUntilItIsReceived() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        fx = new FxApp().start(db, dir);
        fx.click("#deadline_2_INSTALMENT_0");
        assertEquals("En retard", ((Label) fx.find("#instalment2_state")).getText());
        assertTrue(fx.robot.lookup(".warning-text").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().contains("en retard")));
        fx.type("#instalment2_receivedOn", "20/11/2026");
        fx.type("#instalment2_received", "27 000");
        assertEquals("Reçu", ((Label) fx.find("#instalment2_state")).getText());
        fx.click("#saveButton");
        fx.click("#navDashboard");
        assertFalse(fx.exists("#deadline_2_INSTALMENT_0"), "no longer a deadline");
    }
}
