package org.campuspilot.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.campuspilot.TestCampus;
import org.campuspilot.document.DocumentFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export never replaces a campus file or a backup: the file is left as it was, and the sentence says why. */
class FileExportTest {
    @TempDir Path dir;

    @Test
    void anExportOntoTheCampusFileIsRefusedAndTheFileKept() throws Exception {
        Path campus = dir.resolve("mon-campus.campuspilot");
        TestCampus.demo(campus);
        byte[] before = Files.readAllBytes(campus);
        RecordingDialogs dialogs = new RecordingDialogs();
        Messages fr = Messages.load(Messages.FRENCH);
        FileExport.write(TaskRunner.synchronous(), dialogs, fr, "Exporter", campus,
                target -> DocumentFiles.writeText(target, "Nom;Prénom\r\n"), p -> "écrit " + p, p -> "échec " + p);
        assertEquals(List.of("error:Le fichier " + campus + " est un fichier de campus ou une sauvegarde : une exportation "
                + "ne le remplace jamais. Il n'a pas été modifié : choisissez un autre nom de fichier."),
                dialogs.shown);
        assertArrayEquals(before, Files.readAllBytes(campus));
    }

    @Test
    void anOrdinaryFileIsReplacedWhole() throws Exception {
        Path csv = dir.resolve("contacts.csv");
        Files.writeString(csv, "ancien");
        RecordingDialogs dialogs = new RecordingDialogs();
        FileExport.write(TaskRunner.synchronous(), dialogs, Messages.load(Messages.FRENCH), "Exporter", csv,
                target -> DocumentFiles.writeText(target, "nouveau"), p -> "écrit", p -> "échec");
        assertEquals("nouveau", Files.readString(csv));
        assertEquals(1, dialogs.shown.size());
    }
}
