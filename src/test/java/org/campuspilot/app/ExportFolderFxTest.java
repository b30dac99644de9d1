package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextField;
import org.campuspilot.TestCampus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export says it is done with « Ouvrir » and « Afficher dans le dossier », and proposes the folder where the last document of its kind was saved, in a later session
 * too (issue 22).
 */
class ExportFolderFxTest {
    @TempDir Path dir;
    FxApp fx;

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    @Test
    void theNextCsvIsProposedWhereTheLastOneWent() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        Path folder = Files.createDirectories(dir.resolve("exports pour la Région"));
        fx = new FxApp().start(db, dir);
        fx.click("#navCompanies");
        fx.click("#exportButton");
        fx.click("#export_excel-fr");
        fx.type("#savePathField", folder.resolve("entreprises.csv").toString());
        fx.clickDialogButton("Enregistrer");
        // The outcome is a notification, with no dialog to answer, that offers to open the document or its folder.
        assertFalse(fx.exists(".dialog-pane"), "no dialog stops the user");
        assertTrue(fx.notificationText().contains("entreprises.csv"), fx.notificationText());
        assertEquals(java.util.List.of("Ouvrir", "Afficher dans le dossier"), fx.notificationActions());
        fx.closeNotification();
        assertTrue(Files.exists(folder.resolve("entreprises.csv")));
        fx.stop();

        // A new session: the settings kept the folder of the CSV exports.
        fx = new FxApp().start(db, dir);
        fx.click("#navCompanies");
        fx.click("#exportButton");
        fx.click("#export_excel-fr");
        String proposed = ((TextField) fx.find("#savePathField")).getText();
        assertEquals(folder, Path.of(proposed).getParent(), proposed);
        fx.clickDialogButton("Annuler");
    }
}
