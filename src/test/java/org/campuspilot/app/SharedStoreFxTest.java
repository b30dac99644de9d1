package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.campuspilot.TestCampus;
import org.campuspilot.TestStore;
import org.campuspilot.company.Company;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.db.Database;
import org.campuspilot.db.Location;
import org.campuspilot.db.PostgresCluster;
import org.campuspilot.history.HistoryViewModel;
import org.campuspilot.ui.ServerAddressViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A campus on a PostgreSQL server in the window (issue 24, decision 0042), as its users meet it: « Ouvrir une base
 * partagée… », the password asked only when needed, the recent list, another user's changes arriving while one types,
 * who made each change, a board member's read-only window, and no backups of a file offered.
 */
class SharedStoreFxTest {
    @TempDir Path dir;
    FxApp fx;
    Database other;

    @AfterEach
    void stop() throws Exception {
        if (fx != null) {
            // A dialog a failed step left open must not stand in front of the next test's window.
            fx.robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != fx.stage)
                    .filter(w -> w instanceof javafx.stage.Stage).toList()
                    .forEach(w -> ((javafx.stage.Stage) w).close()));
            fx.stop();
        }
        if (other != null) {
            other.close();
        }
    }

    /** The window on an empty campus file of its data folder, as at first start. */
    private FxApp startOnAFile() throws Exception {
        Path file = dir.resolve("campus.campuspilot");
        TestCampus.demo(file);
        fx = new FxApp().start(file, dir.resolve("data"));
        return fx;
    }

    /** « Fichier › Ouvrir une base partagée… », the fields typed, TLS left as offered, then « Ouvrir ». */
    private void openShared(Location.Server s) {
        fx.clickText("Fichier");
        fx.clickText("Ouvrir une base partagée…");
        fx.type("#serverHostField", s.host());
        fx.type("#serverPortField", String.valueOf(s.port()));
        fx.type("#serverDatabaseField", s.database());
        fx.type("#serverUserField", s.user());
        javafx.scene.control.ComboBox<ServerAddressViewModel.Tls> tls = fx.find("#serverTlsChoice");
        assertEquals("Si le serveur la propose (conseillé)", tls.getConverter().toString(tls.getValue()));
        fx.clickDialogButton("Ouvrir la base partagée");
    }

    /** Waits (15 s at most) until the condition, read on the FX thread, holds. */
    private void waitUntil(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what, e);
        }
        fx.settle();
    }

    @Test
    void theFieldsAreCheckedThePasswordIsAskedOnlyWhenNeededAndNeverKept() throws Exception {
        Assumptions.assumeTrue(System.getenv("PGPASSWORD") == null, "PGPASSWORD would answer for the user");
        PostgresCluster pg = PostgresCluster.get();
        Database demo = TestStore.POSTGRESQL.demo(dir);
        Location.Server owner = (Location.Server) demo.location();
        demo.close();
        try (Connection c = pg.connect(owner.database(), PostgresCluster.USER); Statement s = c.createStatement()) {
            s.execute("GRANT USAGE ON SCHEMA public TO " + PostgresCluster.PASSWORD_USER);
            s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + PostgresCluster.PASSWORD_USER);
        }
        Location.Server withPassword = pg.address(owner.database(), PostgresCluster.PASSWORD_USER);
        startOnAFile();

        fx.clickText("Fichier");
        fx.clickText("Ouvrir une base partagée…");
        assertEquals("5432", fx.<TextField>find("#serverPortField").getText());
        fx.type("#serverPortField", "54x");
        fx.type("#serverHostField", "postgresql://serveur");
        fx.clickDialogButton("Ouvrir la base partagée");
        assertTrue(fx.exists("#serverDialog"), "the dialog stays open while a field is wrong");
        assertEquals("Un nombre entre 1 et 65535 ; celui de PostgreSQL est d'habitude 5432.",
                fx.<Label>find("#serverPortProblem").getText());
        assertTrue(fx.<Label>find("#serverHostProblem").getText().startsWith("Le nom du serveur ou son adresse IP"));
        assertEquals("Ce champ est obligatoire.", fx.<Label>find("#serverDatabaseProblem").getText());
        fx.snapshotWindowOf("24a-open-shared-database", "#serverDialog");
        fx.clickDialogButton("Annuler");

        openShared(withPassword);
        assertTrue(fx.<Label>find("#passwordMessage").getText().startsWith("Le serveur 127.0.0.1 demande le mot "
                + "de passe de l'utilisateur campus_pw"), fx.<Label>find("#passwordMessage").getText());
        fx.type("#passwordField", "pas le bon");
        fx.clickDialogButton("Se connecter");
        assertTrue(fx.<Label>find("#passwordMessage").getText().startsWith("Le serveur 127.0.0.1 a refusé ce mot de "
                + "passe pour l'utilisateur campus_pw"), "asked again, with a sentence");
        fx.type("#passwordField", PostgresCluster.PASSWORD);
        fx.clickDialogButton("Se connecter");

        String name = "campus_pw@127.0.0.1/" + owner.database();
        assertEquals("Campus Pilot — " + name + " (lecture seule)", fx.stage.getTitle());
        Location.Server opened = new Location.Server("127.0.0.1", pg.port(), owner.database(),
                PostgresCluster.PASSWORD_USER, "prefer");
        assertEquals("Base partagée : " + opened.display(), fx.<Label>find("#statusLabel").getText());
        Path settings = dir.resolve("data").resolve(Settings.FILE_NAME);
        waitUntil("the address is in the recent list", () -> Files.readString(settings).contains(owner.database()));
        assertFalse(Files.readString(settings).contains(PostgresCluster.PASSWORD), "no password in the settings");
        assertFalse(fx.stage.getTitle().contains(PostgresCluster.PASSWORD));

        // The recent list: the server first, then the file; each opens again.
        fx.clickText("Fichier");
        fx.clickText("Récents");
        javafx.scene.control.Menu recent = (javafx.scene.control.Menu) fx.stage.getScene().getRoot()
                .lookupAll(".menu-bar").stream().findFirst().map(b -> ((javafx.scene.control.MenuBar) b).getMenus()
                        .get(0).getItems().stream().filter(i -> "recentMenu".equals(i.getId())).findFirst()
                        .orElseThrow()).orElseThrow();
        assertEquals(java.util.List.of("Base partagée " + opened.display(),
                dir.resolve("campus.campuspilot").toString()), recent.getItems().stream().map(MenuItem::getText)
                .toList());
        clickRecent(dir.resolve("campus.campuspilot").toString());
        assertEquals("Campus Pilot — campus.campuspilot", fx.stage.getTitle());
        fx.clickText("Fichier");
        fx.clickText("Récents");
        clickRecent("Base partagée " + opened.display());
        // The password typed before was not kept: asked again.
        fx.type("#passwordField", PostgresCluster.PASSWORD);
        fx.clickDialogButton("Se connecter");
        assertEquals("Campus Pilot — " + name + " (lecture seule)", fx.stage.getTitle());

        // The dialog starts from the last address opened.
        fx.clickText("Fichier");
        fx.clickText("Ouvrir une base partagée…");
        assertEquals(owner.database(), fx.<TextField>find("#serverDatabaseField").getText());
        assertEquals(PostgresCluster.PASSWORD_USER, fx.<TextField>find("#serverUserField").getText());
        fx.clickDialogButton("Annuler");
    }

    @Test
    void anotherUsersChangeArrivesWithoutTouchingWhatIsBeingTyped() throws Exception {
        Database demo = TestStore.POSTGRESQL.demo(dir);
        Location.Server address = (Location.Server) demo.location();
        other = demo;
        CompanyRepository theirs = new CompanyRepository(other);
        startOnAFile();
        openShared(address);
        assertEquals("Campus Pilot — campus_test@127.0.0.1/" + address.database(), fx.stage.getTitle());

        fx.click("#navCompanies");
        Company c = theirs.findAll().get(0);
        fx.clickRow(c.name());
        assertEquals(c.city(), fx.<TextField>find("#cityField").getText());

        // A clean form showing the record changed elsewhere shows it as now stored.
        theirs.update(withCity(c, "Saint-Malo"));
        waitUntil("the other user's change is shown", () -> "Saint-Malo".equals(fx.<TextField>find("#cityField")
                .getText()));

        // A form being typed in keeps what was typed; the list still reads the change.
        fx.type("#nameField", c.name() + " (en cours)");
        Company second = theirs.findAll().stream().filter(x -> !x.id().equals(c.id())).findFirst().orElseThrow();
        theirs.update(withCity(second, "Dinan"));
        waitUntil("the list reads the change", () -> fx.<TableView<org.campuspilot.company.CompanyRow>>find("#table")
                .getItems().stream().anyMatch(r -> "Dinan".equals(r.company().city())));
        theirs.update(withCity(theirs.findById(c.id()).orElseThrow(), "Fougères"));
        waitUntil("the list reads the change to the record being edited", () -> fx
                .<TableView<org.campuspilot.company.CompanyRow>>find("#table").getItems().stream()
                .anyMatch(r -> "Fougères".equals(r.company().city())));
        assertEquals(c.name() + " (en cours)", fx.<TextField>find("#nameField").getText(), "what was typed stays");
        assertEquals("Saint-Malo", fx.<TextField>find("#cityField").getText(), "a dirty form is not refilled");
        assertEquals(java.util.List.of(), fx.robot.listWindows().stream().filter(w -> w != fx.stage && w.isShowing()
                && w instanceof javafx.stage.Stage).map(w -> ((javafx.stage.Stage) w).getTitle()).toList(),
                "no question was asked");
    }

    @Test
    void theHistorySaysWhoMadeEachChangeOnAServerAndInAFile() throws Exception {
        Database demo = TestStore.POSTGRESQL.demo(dir);
        Location.Server address = (Location.Server) demo.location();
        demo.close();
        startOnAFile();
        fx.click("#navCompanies");
        fx.clickRow(new CompanyRepository(Database.open(dir.resolve("campus.campuspilot"))).findAll().get(0).name());
        fx.type("#cityField", "Vitré");
        fx.click("#saveButton");
        fx.click("#navSafety");
        fx.clickText("Historique");
        TableView<HistoryViewModel.Row> rows = fx.find("#historyTable");
        assertEquals(System.getProperty("user.name"), firstChange(rows).by(), "the system's user for a file");
        assertTrue(rows.getColumns().stream().anyMatch(col -> "Par".equals(col.getText())), "a « Par » column");

        // On the server, as a writer who is not the database's owner; the owner changes a record meanwhile.
        PostgresCluster pg = PostgresCluster.get();
        try (Connection c = pg.connect(address.database(), PostgresCluster.USER); Statement s = c.createStatement()) {
            s.execute("GRANT USAGE ON SCHEMA public TO " + PostgresCluster.PASSWORD_USER);
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "
                    + PostgresCluster.PASSWORD_USER);
            s.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO " + PostgresCluster.PASSWORD_USER);
        }
        Assumptions.assumeTrue(System.getenv("PGPASSWORD") == null, "PGPASSWORD would answer for the user");
        openShared(pg.address(address.database(), PostgresCluster.PASSWORD_USER));
        fx.type("#passwordField", PostgresCluster.PASSWORD);
        fx.clickDialogButton("Se connecter");
        assertEquals("Campus Pilot — campus_pw@127.0.0.1/" + address.database(), fx.stage.getTitle());
        other = Database.open(address, Database.Options.DEFAULT);
        CompanyRepository theirs = new CompanyRepository(other);
        fx.click("#navCompanies");
        fx.clickRow(theirs.findAll().get(0).name());
        fx.type("#cityField", "Redon");
        fx.click("#saveButton");
        fx.click("#navSafety");
        fx.clickText("Historique");
        TableView<HistoryViewModel.Row> shown = fx.find("#historyTable");
        assertEquals(PostgresCluster.PASSWORD_USER, firstChange(shown).by(), "the database user on a server");
        theirs.update(withCity(theirs.findAll().get(1), "Dinan"));
        waitUntil("the owner's change arrives in the history shown", () -> "campus_test".equals(firstChange(shown)
                .by()));
        assertTrue(shown.getItems().stream().anyMatch(r -> PostgresCluster.PASSWORD_USER.equals(r.by())
                && "Modification".equals(r.operation())));
        fx.snapshot("24b-history-by");
        assertTrue(fx.<Label>find("#sizeLabel").getText().contains("sur une base partagée"),
                "why the history is not compacted here");

        // « Sauvegarder maintenant » on a server writes an ordinary campus file, the whole campus in it.
        fx.clickText("Fichier");
        fx.clickText("Sauvegardes…");
        assertTrue(fx.<Label>find("#introLabel").getText().startsWith("Sur une base partagée, « Sauvegarder"),
                fx.<Label>find("#introLabel").getText());
        fx.click("#backupNowButton");
        TableView<?> backups = fx.find("#backupsTable");
        waitUntil("the backup is listed", () -> backups.getItems().size() == 1);
        fx.closeNotification();
        Path written = fx.<TableView<org.campuspilot.backup.BackupsViewModel.Row>>find("#backupsTable").getItems()
                .get(0).backup().path();
        Database copy = Database.open(written, Database.Options.DEFAULT.readOnly(true));
        assertEquals(theirs.findAll().size(), new CompanyRepository(copy).findAll().size(), "every company in it");
        assertTrue(new CompanyRepository(copy).findAll().stream().anyMatch(x -> "Dinan".equals(x.city())),
                "with the latest changes");
        copy.close();

        // Restored into the server, once the user agreed to replace the shared base for everyone.
        Company changed = theirs.findAll().get(0);
        theirs.update(withCity(changed, "Après la sauvegarde"));
        Thread.sleep(2500); // the window hears of it (within 2 s) and reads the area again: then choose the backup
        fx.settle();
        String when = fx.<TableView<org.campuspilot.backup.BackupsViewModel.Row>>find("#backupsTable").getItems()
                .get(0).when();
        fx.robot.clickOn(fx.robot.lookup(".table-row-cell .table-cell").match((javafx.scene.control.TableCell<?, ?> c)
                -> when.equals(c.getText())).<Node>query());
        fx.settle();
        assertFalse(fx.<javafx.scene.control.Button>find("#restoreBackupButton").isDisabled(), "a backup chosen");
        fx.click("#restoreBackupButton");
        assertTrue(fx.dialogText().contains("Toutes les personnes qui l'utilisent"), fx.dialogText());
        fx.clickDialogButton("Remplacer la base partagée");
        fx.settle();
        assertTrue(fx.dialogText().contains("restaurée dans la base partagée"), fx.dialogText());
        fx.clickDialogButton("OK");
        assertFalse(theirs.findAll().stream().anyMatch(x -> "Après la sauvegarde".equals(x.city())),
                "the base holds the backup's campus again");
        assertFalse(fx.exists("#compactButton"), "no compaction of a file on a server");
    }

    @Test
    void theWindowStartsOnAServersBaseGivenOnTheCommandLine() throws Exception {
        Database demo = TestStore.POSTGRESQL.demo(dir);
        Location.Server address = (Location.Server) demo.location();
        long companies = new CompanyRepository(demo).findAll().size();
        demo.close();
        fx = new FxApp().start(java.util.List.of("--db", address.display(), "--data", dir.toString()));
        assertEquals("Campus Pilot — campus_test@127.0.0.1/" + address.database(), fx.stage.getTitle());
        fx.click("#navCompanies");
        assertEquals(companies, fx.<TableView<?>>find("#table").getItems().size(), "the server's companies");

        // An address nobody answers at: the sentence, then the fields to correct it.
        fx.stop();
        fx = new FxApp().start(java.util.List.of("--db", "postgresql://campus_test@127.0.0.1:1/campus", "--data",
                dir.toString()));
        assertTrue(fx.dialogText().contains("ne répond pas sur le port 1"), fx.dialogText());
        fx.clickDialogButton("OK");
        javafx.scene.control.TextField port = fx.robot.lookup("#serverPortField").query();
        assertEquals("1", port.getText(), "the address's fields, filled, to correct it");
        // Corrected (the port, and the base's name), then opened.
        fx.type("#serverPortField", String.valueOf(address.port()));
        fx.type("#serverDatabaseField", address.database());
        fx.clickDialogButton("Ouvrir la base partagée");
        fx.settle();
        assertEquals("Campus Pilot — campus_test@127.0.0.1/" + address.database(), fx.stage.getTitle());
    }

    @Test
    void aBoardMemberGetsTheReadOnlyWindowAndStillExportsReports() throws Exception {
        PostgresCluster pg = PostgresCluster.get();
        Database demo = TestStore.POSTGRESQL.demo(dir);
        Location.Server address = (Location.Server) demo.location();
        demo.close();
        pg.grantReader(address);
        startOnAFile();
        openShared(pg.address(address.database(), PostgresCluster.READER));
        assertEquals("Campus Pilot — campus_reader@127.0.0.1/" + address.database() + " (lecture seule)",
                fx.stage.getTitle());
        assertTrue(fx.exists("#readOnlyLabel"), "the read-only mark");

        fx.click("#navReports");
        Path xlsx = dir.resolve("region.xlsx");
        fx.choose("#regionYearCombo", "2026");
        fx.click("#exportXlsxButton");
        fx.type("#savePathField", xlsx.toString());
        fx.clickDialogButton("Enregistrer");
        fx.closeNotification();
        assertTrue(Files.size(xlsx) > 5_000, "the Région's workbook, written from the server's figures");
    }

    /**
     * Clicks an item of « Récents », open: the pointer goes sideways into the submenu first, as a hand does, so that
     * it does not cross the menu's other items (which would close the submenu).
     */
    private void clickRecent(String text) {
        javafx.scene.Node recents = fx.robot.lookup((javafx.scene.control.Labeled l) -> "Récents".equals(l.getText())
                && FxApp.shown(l)).query();
        javafx.scene.Node item = fx.robot.lookup((javafx.scene.control.Labeled l) -> text.equals(l.getText())
                && FxApp.shown(l)).query();
        javafx.geometry.Bounds from = recents.localToScreen(recents.getBoundsInLocal());
        javafx.geometry.Bounds to = item.localToScreen(item.getBoundsInLocal());
        fx.robot.moveTo(new javafx.geometry.Point2D(to.getMinX() + 20, from.getCenterY()));
        fx.robot.clickOn(item);
        fx.settle();
    }

    /** The newest modification in the history shown. */
    private static HistoryViewModel.Row firstChange(TableView<HistoryViewModel.Row> rows) {
        return rows.getItems().stream().filter(r -> "Modification".equals(r.operation())).findFirst().orElseThrow();
    }

    private static Company withCity(Company c, String city) {
        return new Company(c.id(), c.number(), c.name(), c.naf(), c.size(), c.activity(), c.street(),
                c.postalCode(), city, c.website(), c.partnerships(), c.conventionSignedOn(), c.conventionEndsOn(),
                c.mainContactId(), c.notes());
    }
}
