package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.grant.EntryRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys every screen answers, on the screen shown, every time (issue 22). */
class KeyboardFxTest {
    @TempDir Path dir;
    FxApp fx;

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    @Test
    void ctrlSSavesAnExpenseInDepensesEtRecettes() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        EntryRepository entries = new EntryRepository(Database.open(db));
        long before = entries.count();
        fx = new FxApp().start(db, dir);
        fx.click("#navGrant");
        fx.clickText("Dépenses et recettes");
        fx.click("#newExpenseButton");
        fx.type("#dateField", "18/11/2026");
        fx.type("#descriptionField", "Badges du forum");
        fx.type("#partyField", "Imprimerie du Centre");
        fx.type("#amountField", "84,00");
        fx.choose("#lineCombo", "606 – Autres fournitures");
        fx.shortcut(KeyCode.S);
        fx.settle();
        assertEquals(before + 1, entries.count(), "Ctrl+S saved the expense");
    }

    @Test
    void ctrlFFocusesTheSearchOfTheAreaShownEveryTime() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        fx = new FxApp().start(db, dir);
        String[] visits = {"#navEstablishments", "#navCompanies", "#navEstablishments", "#navContacts",
            "#navCompanies", "#navGrant", "#navEvents", "#navActions", "#navEstablishments", "#navGrant"};
        boolean grantTab = false;
        for (String nav : visits) {
            fx.click("#navDashboard"); // the focus elsewhere first
            fx.click(nav);
            if (nav.equals("#navGrant")) {
                // Two of the area's tabs have a search, each its own: both are all in the scene at once.
                fx.clickText((grantTab = !grantTab) ? "Subventions" : "Dépenses et recettes");
            }
            fx.shortcut(KeyCode.F);
            fx.settle();
            Node focused = fx.stage.getScene().getFocusOwner();
            assertEquals("searchField", focused == null ? null : focused.getId(), nav + ": focus on " + focused);
            assertSame(true, shown(focused), nav + ": the search field of the area shown");
        }
    }

    @Test
    void ctrlKFindsAnyKindOfRecordAndOpensIt() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        fx = new FxApp().start(db, dir);
        // The menu says which keys do what.
        javafx.scene.control.MenuBar bar = fx.find(".menu-bar");
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        bar.getMenus().forEach(m -> m.getItems().forEach(i -> {
            if (i.getAccelerator() != null) {
                keys.put(i.getAccelerator().getDisplayText(), i.getText());
            }
        }));
        for (String key : new String[] {"Ctrl+N", "Ctrl+S", "Ctrl+F", "Ctrl+K"}) {
            assertEquals(true, keys.containsKey(key), key + " in the menus: " + keys);
        }
        assertEquals("Rechercher partout…", keys.get("Ctrl+K"));

        fx.shortcut(KeyCode.K);
        fx.type("#globalSearchField", "jean jaures");
        javafx.scene.control.ListView<?> results = fx.find("#globalSearchResults");
        fx.settle();
        assertEquals(false, results.getItems().isEmpty(), "results shown");
        fx.robot.type(KeyCode.ENTER);
        fx.settle();
        javafx.scene.control.TextField name = fx.find("#nameField");
        assertEquals("Lycée professionnel Jean Jaurès", name.getText(), "the establishment's record is open");

        fx.shortcut(KeyCode.K);
        fx.type("#globalSearchField", "Claire LE GOFF");
        javafx.scene.control.ListView<?> again = fx.find("#globalSearchResults");
        fx.settle();
        assertEquals(false, again.getItems().isEmpty(), "results shown");
        fx.robot.type(KeyCode.ENTER);
        fx.settle();
        javafx.scene.control.TextField lastName = fx.find("#lastNameField");
        assertEquals("Le Goff", lastName.getText(), "the person's record is open");
    }

    private static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
