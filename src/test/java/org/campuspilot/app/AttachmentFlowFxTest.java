package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableCell;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The director attaches an invoice to an expense: the file is kept in the campus (its original may move or
 * go), can be taken off again, and goes into the grant's justification pack.
 */
class AttachmentFlowFxTest {
    @TempDir Path dir;
    FxApp fx;

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    @Test
    void attachAnInvoiceThenExportTheGrantsJustificationPack() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db).close();
        byte[] bytes = "%PDF-1.4 facture du traiteur".getBytes();
        Path scan = Files.write(dir.resolve("facture traiteur.pdf"), bytes);
        fx = new FxApp().start(db, dir);
        fx.click("#navGrant");
        fx.click("#entriesTab");
        fx.click("#newExpenseButton");
        fx.type("#dateField", "18/11/2026");
        fx.type("#descriptionField", "Buffet du comité de pilotage");
        fx.type("#partyField", "Traiteur Le Rennais");
        fx.type("#amountField", "480");
        fx.choose("#lineCombo", "606 – Autres fournitures");
        fx.choose("#grantCombo", "Rectorat de Rennes 2026 — Actions de découverte des métiers");

        // A folder is no pièce: said at the field, nothing written.
        fx.type("#documentField", dir.toString());
        fx.click("#saveButton");
        assertTrue(fx.<Label>find("#documentError").getText().contains("est un dossier, pas un fichier"),
                fx.<Label>find("#documentError").getText());

        fx.type("#documentField", scan.toString());
        fx.click("#saveButton");
        Label attached = fx.find("#attachedLabel");
        assertTrue(attached.getText().startsWith("Pièce gardée dans le campus : facture traiteur.pdf (1 Ko), jointe le "),
                attached.getText());
        assertEquals("", fx.<javafx.scene.control.TextField>find("#documentField").getText(), "no path kept");
        Files.delete(scan);
        Jdbc jdbc = new Jdbc(Database.open(db, Database.Options.DEFAULT.readOnly(true)));
        assertArrayEquals(bytes, jdbc.one("SELECT f.content FROM attachment_file f JOIN entry_attachment a"
                + " ON a.sha256 = f.sha256 JOIN finance_entry e ON e.id = a.entry_id WHERE e.description = ?",
                rs -> rs.getBytes(1), "Buffet du comité de pilotage").orElseThrow());

        // The grant's justification pack carries it, named after its line.
        fx.click("#grantsTab");
        Node rectorat = fx.robot.lookup(".table-row-cell .table-cell").match((TableCell<?, ?> c) -> c.getText() != null
                && c.getText().contains("Rectorat de Rennes — Actions de découverte") && FxApp.shown(c)).query();
        fx.robot.clickOn(rectorat);
        fx.settle();
        MenuButton export = fx.robot.lookup((MenuButton m) -> FxApp.shown(m) && m.getItems().stream()
                .anyMatch(i -> "exportPack".equals(i.getId()))).query();
        fx.robot.clickOn(export);
        fx.clickText("Dossier de justification (zip : compte rendu, dépenses, pièces)…");
        assertTrue(fx.dialogText().contains("Le document sera écrit sans"), fx.dialogText());
        fx.clickDialogButton("Exporter quand même");
        Path zip = dir.resolve("justification-rectorat.zip");
        fx.type("#savePathField", zip.toString());
        fx.clickDialogButton("Enregistrer");
        assertTrue(fx.notificationText().contains("justification-rectorat.zip"), fx.notificationText());
        fx.closeNotification();
        Map<String, byte[]> read = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry z = in.getNextEntry(); z != null; z = in.getNextEntry()) {
                read.put(z.getName(), in.readAllBytes());
            }
        }
        assertTrue(read.containsKey("compte-rendu-financier.pdf"));
        String piece = read.keySet().stream().filter(n -> n.contains("Buffet-du-comite-de-pilotage")).findFirst()
                .orElseThrow(() -> new AssertionError(read.keySet().toString()));
        assertTrue(piece.matches("pieces/\\d{3}_2026-11-18_Buffet-du-comite-de-pilotage\\.pdf"), piece);
        assertArrayEquals(bytes, read.get(piece));

        // Taken off the expense again: « Retirer », then save.
        fx.click("#entriesTab");
        fx.clickRow("Buffet du comité de pilotage");
        fx.click("#removeAttachedButton");
        assertTrue(fx.<Label>find("#attachedLabel").getText().contains("sera retirée"));
        fx.click("#saveButton");
        assertFalse(fx.exists("#attachedBox"), "no pièce shown any more");
    }
}
