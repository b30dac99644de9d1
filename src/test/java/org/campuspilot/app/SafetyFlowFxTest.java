package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.campuspilot.TestCampus;
import org.campuspilot.backup.BackupFile;
import org.campuspilot.backup.Backups;
import org.campuspilot.company.Company;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.db.DamagedFiles;
import org.campuspilot.db.Database;
import org.campuspilot.db.WriterLock;
import org.campuspilot.history.RecordHistoryDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The director's data is safe: undo and redo, the history, the trash, backups, a second window, a damaged file. */
class SafetyFlowFxTest {
    @TempDir Path dir;
    FxApp fx;

    @AfterEach
    void stop() throws Exception {
        if (fx != null) {
            fx.stop();
        }
    }

    private Path demo() {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        return db;
    }

    private static java.util.Optional<Company> company(Path db, String name) {
        return new CompanyRepository(Database.open(db)).findAll().stream().filter(c -> c.name().equals(name))
                .findFirst();
    }

    @Test
    void undoRedoHistoryAndTrash() throws Exception {
        Path db = demo();
        fx = new FxApp().start(db, dir.resolve("data"));
        fx.click("#navCompanies");
        fx.click("#newButton");
        fx.type("#numberField", "965 952 237 00018");
        fx.type("#nameField", "Soudure Rennaise");
        fx.type("#cityField", "Rennes");
        fx.click("#saveButton");
        fx.type("#cityField", "Cesson-Sévigné");
        fx.click("#saveButton");
        assertEquals("Cesson-Sévigné", company(db, "Soudure Rennaise").orElseThrow().city());

        fx.clickRow("Soudure Rennaise");
        fx.shortcut(KeyCode.Z);
        assertEquals("Rennes", company(db, "Soudure Rennaise").orElseThrow().city(), "Ctrl+Z undid the change");
        assertEquals("Rennes", ((TextField) fx.find("#cityField")).getText(), "the form shows it");
        assertTrue(((Label) fx.find("#messageLabel")).getText().startsWith("Annulé : Modification — Entreprise"),
                ((Label) fx.find("#messageLabel")).getText());
        fx.shortcut(KeyCode.Y);
        assertEquals("Cesson-Sévigné", company(db, "Soudure Rennaise").orElseThrow().city(), "Ctrl+Y redid it");
        assertEquals("Cesson-Sévigné", ((TextField) fx.find("#cityField")).getText());

        fx.click("#historyButton");
        TableView<RecordHistoryDialog.Line> lines = fx.find("#recordHistoryTable");
        assertTrue(lines.getItems().stream().anyMatch(l -> l.field().equals("Ville") && l.before().equals("Rennes")
                && l.after().equals("Cesson-Sévigné")), lines.getItems().toString());
        assertTrue(lines.getItems().stream().anyMatch(l -> l.operation().equals("Création")
                && l.field().equals("Nom") && l.after().equals("Soudure Rennaise")));
        fx.snapshotWindowOf("09d-record-history", "#recordHistoryTable");
        fx.click("#closeHistoryButton");

        fx.click("#deleteButton");
        fx.robot.clickOn((javafx.scene.control.Button b) -> b.getText() != null && b.getText().startsWith("Supprimer")
                && b.getScene() != fx.stage.getScene());
        fx.settle();
        assertTrue(company(db, "Soudure Rennaise").isEmpty());

        fx.click("#navSafety");
        fx.clickText("Corbeille");
        fx.snapshot("09b-trash");
        fx.clickRow("Soudure Rennaise");
        fx.click("#restoreButton");
        assertEquals("Cesson-Sévigné", company(db, "Soudure Rennaise").orElseThrow().city(), "back from the trash");
        TableView<?> trash = fx.find("#trashTable");
        assertTrue(trash.getItems().isEmpty());

        fx.clickText("Historique");
        fx.choose("#kindFilter", "Entreprise");
        TableView<org.campuspilot.history.HistoryViewModel.Row> history = fx.find("#historyTable");
        assertTrue(history.getItems().stream().allMatch(r -> r.kind().equals("Entreprise")));
        assertTrue(history.getItems().stream().anyMatch(r -> r.operation().equals("Suppression")
                && r.record().equals("Soudure Rennaise")));
        fx.choose("#operationFilter", "Modification");
        assertTrue(history.getItems().stream().anyMatch(r -> r.summary().contains("Ville : Rennes → Cesson-Sévigné")),
                history.getItems().toString());
        fx.clickRow("Ville : Rennes → Cesson-Sévigné");
        fx.snapshot("09a-history");
    }

    @Test
    void aDeletedEstablishmentWaitsInTheCorbeilleAndComesBack() throws Exception {
        Path db = demo();
        // One that no event, action or contact refers to: the Lycée Joliot-Curie? Chosen from the file.
        org.campuspilot.establishment.Establishment free = freeEstablishment(db);
        fx = new FxApp().start(db, dir.resolve("data"));
        fx.click("#navEstablishments");
        fx.clickRow(free.name());
        fx.click("#deleteButton");
        assertTrue(fx.dialogText().contains("30 jours dans la Corbeille"), fx.dialogText());
        fx.clickDialogButton("Supprimer l'établissement");
        assertTrue(new org.campuspilot.establishment.EstablishmentRepository(Database.open(db)).findById(free.id())
                .isEmpty(), "deleted");
        fx.shortcut(KeyCode.Z);
        assertTrue(new org.campuspilot.establishment.EstablishmentRepository(Database.open(db)).findById(free.id())
                .isPresent(), "Ctrl+Z undid the deletion, not the change before it");
        fx.shortcut(KeyCode.Y);
        fx.click("#navSafety");
        fx.clickText("Corbeille");
        fx.clickRow(free.name());
        fx.click("#restoreButton");
        assertEquals(free, new org.campuspilot.establishment.EstablishmentRepository(Database.open(db))
                .findById(free.id()).orElseThrow(), "back from the Corbeille as it was");
    }

    private static org.campuspilot.establishment.Establishment freeEstablishment(Path db) {
        Database copy = Database.open(db);
        var stores = TestCampus.stores(copy);
        var service = new org.campuspilot.establishment.EstablishmentService(copy, stores.establishments(),
                stores.contacts());
        for (var e : stores.establishments().findAll()) {
            if (service.deleteRefusal(e).isEmpty() && new org.campuspilot.db.Jdbc(copy).count("""
                    SELECT (SELECT COUNT(*) FROM event_establishment WHERE establishment_id = ?1)
                        + (SELECT COUNT(*) FROM action_establishment WHERE establishment_id = ?1)""", e.id()) == 0) {
                return e;
            }
        }
        throw new AssertionError("no establishment free of links in the demo");
    }

    @Test
    void theHistoryShowsItsSizeAndIsTrimmedOnlyWhenAsked() throws Exception {
        Path db = demo();
        // The demo's changes made three years ago; one made today.
        new org.campuspilot.db.Jdbc(Database.open(db)).update("UPDATE change_set SET at = '2023-06-01T10:00:00Z'");
        Company armor = company(db, "Armor Robotique").orElseThrow();
        new org.campuspilot.db.Jdbc(Database.open(db)).update("UPDATE company SET city = 'Rennes' WHERE id = ?",
                armor.id());
        org.campuspilot.db.Jdbc jdbc = new org.campuspilot.db.Jdbc(Database.open(db));
        long money = jdbc.count("SELECT COUNT(*) FROM audit_entry WHERE table_name = 'finance_entry'");
        fx = new FxApp().start(db, dir.resolve("data"));
        fx.click("#navSafety");
        fx.clickText("Historique");
        String size = ((Label) fx.find("#sizeLabel")).getText();
        assertTrue(size.startsWith("Historique : ") && size.contains("modifications depuis le 01/06/2023"), size);
        fx.click("#compactButton");
        fx.clickDialogButton("Garder 2 ans");
        assertTrue(fx.dialogText().contains("Une sauvegarde est faite juste avant"), fx.dialogText());
        fx.clickDialogButton("Retirer ces entrées");
        assertTrue(fx.dialogText().contains("ont été retirées de l'historique"), fx.dialogText());
        fx.clickDialogButton("OK");
        assertEquals(money, jdbc.count("SELECT COUNT(*) FROM audit_entry WHERE table_name = 'finance_entry'"),
                "the history of money is kept");
        assertEquals(1, jdbc.count("SELECT COUNT(*) FROM audit_entry WHERE table_name = 'company'"),
                "only today's change of a company is left");
        assertEquals("Rennes", company(db, "Armor Robotique").orElseThrow().city(), "the records do not change");
        assertTrue(Files.list(Backups.folderFor(dir.resolve("data"), db)).anyMatch(p -> p.getFileName().toString()
                .endsWith("_manuelle.sauvegarde")), "a backup was made first");
    }

    @Test
    void afterAnonymisingTheOlderBackupsAreOfferedForRemoval() throws Exception {
        Path db = demo();
        fx = new FxApp().start(db, dir.resolve("data"));
        fx.click("#navSafety");
        fx.click("#backupNowButton");
        fx.closeNotification();
        Path folder = Backups.folderFor(dir.resolve("data"), db);
        assertTrue(backupHolds(folder, "Baudry"), "the backup holds the person");

        fx.click("#navContacts");
        fx.clickRow("Baudry Hervé");
        fx.click("#personalDataMenu");
        fx.clickText("Anonymiser la personne…");
        fx.clickText("Anonymiser la personne");
        assertTrue(fx.dialogText().contains("La sauvegarde faite auparavant la contient encore"),
                fx.dialogText());
        fx.clickDialogButton("Supprimer les anciennes sauvegardes");
        assertTrue(fx.dialogText().startsWith("1 sauvegarde(s) supprimée(s)"), fx.dialogText());
        fx.clickDialogButton("OK");
        try (var files = Files.list(folder)) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().endsWith(".sauvegarde")).count(),
                    "only the new backup");
        }
        assertFalse(backupHolds(folder, "Baudry"), "the new backup does not hold the erased identity");
    }

    private static boolean backupHolds(Path folder, String text) throws Exception {
        try (var files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".sauvegarde")).toList()) {
                if (new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void backUpNowThenRestore() throws Exception {
        Path db = demo();
        fx = new FxApp().start(db, dir.resolve("data"));
        fx.click("#navSafety");
        fx.click("#backupNowButton");
        // The backup says so in a notification that offers its folder.
        assertTrue(fx.notificationText().startsWith("Sauvegarde faite\nSauvegarde faite le"), fx.notificationText());
        assertTrue(fx.notificationActions().contains("Afficher dans le dossier"), fx.notificationActions().toString());
        fx.closeNotification();
        TableView<?> backups = fx.find("#backupsTable");
        assertEquals(1, backups.getItems().size());
        assertTrue(((Label) fx.find("#statusLabel")).getText().startsWith("Sauvegarde faite"));
        fx.type("#mirrorField", dir.resolve("absente").toString());
        fx.click("#saveMirrorButton");
        assertTrue(((Label) fx.find("#mirrorProblem")).getText().contains("n'existe pas"));
        fx.snapshot("09c-backups");

        Company armor = company(db, "Armor Robotique").orElseThrow();
        new org.campuspilot.db.Jdbc(Database.open(db)).update("UPDATE company SET city = 'Perdu' WHERE id = ?",
                armor.id());
        fx.clickRow("Manuelle");
        fx.click("#restoreBackupButton");
        fx.clickDialogButton("Restaurer la sauvegarde");
        assertTrue(fx.exists(".dialog-pane"), "the restore says how it went");
        fx.clickDialogButton("OK");
        assertEquals("Bruz", company(db, "Armor Robotique").orElseThrow().city(), "restored");
        assertTrue(Files.list(Backups.folderFor(dir.resolve("data"), db)).anyMatch(p -> p.getFileName()
                .toString().contains("avant-restauration")), "the replaced file was backed up first");
    }

    @Test
    @SuppressWarnings("try") // a lock held for the block, never read
    void aSecondWindowOpensTheFileReadOnly() throws Exception {
        Path db = demo();
        try (WriterLock other = WriterLock.tryAcquire(db).orElseThrow()) {
            fx = new FxApp().start(db, dir.resolve("data"));
            assertTrue(fx.exists(".dialog-pane"));
            assertTrue(fx.robot.lookup(".dialog-pane .content").queryLabeled().getText()
                    .contains("déjà ouvert en écriture"));
            fx.clickDialogButton("Ouvrir en lecture seule");
            assertTrue(fx.exists("#readOnlyLabel"), "the window says it is read-only");
            assertTrue(fx.stage.getTitle().endsWith("(lecture seule)"));
            fx.click("#navCompanies");
            fx.clickRow("Armor Robotique");
            fx.type("#cityField", "Rennes");
            fx.click("#saveButton");
            assertEquals("Ce fichier est ouvert en lecture seule : rien n'a été enregistré.",
                    ((Label) fx.find("#formError")).getText());
            assertEquals("Bruz", company(db, "Armor Robotique").orElseThrow().city());
        }
    }

    @Test
    void aDamagedFileOffersItsNewestBackupAndIsKeptAside() throws Exception {
        Path sound = demo();
        Path data = dir.resolve("data");
        Path db = dir.resolve("campus.campuspilot");
        Files.copy(sound, db);
        // Taken by the application's clock (the tests fix its day): not a backup « from the future ».
        new Backups(db, Backups.folderFor(data, db), null, CampusPilotApp.clock())
                .create(BackupFile.Reason.AUTO);
        Files.delete(db);
        DamagedFiles.make(sound, db, DamagedFiles.Kind.CORRUPT);
        long damagedSize = Files.size(db);
        fx = new FxApp().start(db, data);
        assertTrue(fx.robot.lookup(".dialog-pane .content").queryLabeled().getText().contains("endommagé"));
        fx.clickDialogButton(fx.robot.lookup((javafx.scene.control.Button b) -> b.getText()
                .startsWith("Restaurer la sauvegarde du")).queryButton().getText());
        assertTrue(fx.robot.lookup(".dialog-pane .content").queryLabeled().getText().contains("mis de côté"));
        fx.clickDialogButton("OK");
        assertTrue(fx.exists("#navCompanies"));
        assertEquals("Bruz", company(db, "Armor Robotique").orElseThrow().city());
        assertTrue(Files.list(dir).anyMatch(p -> p.getFileName().toString().startsWith("campus-endommage-")
                && sizeOf(p) == damagedSize), "the damaged file is kept as it was");
        assertFalse(Backups.verify(db).isPresent());
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
