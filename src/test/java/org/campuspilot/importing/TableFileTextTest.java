package org.campuspilot.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a CSV spreadsheet is taken for: text with a stray NUL (a damaged cell), or not text at all. */
class TableFileTextTest {
    @Test
    void aStrayNulIsLeftToTheCellGuardWhichSaysItsLine() throws Exception {
        TableFile.Table t = TableFile.csv("SIRET;Commune\r\n21350016800025;Baulon\r\n21350050700024;Car\0droc\r\n"
                .getBytes(StandardCharsets.UTF_8), "companies.csv");
        assertEquals(3, t.rows().get(1).line());
        assertEquals("Car\0droc", t.rows().get(1).cell(1));
    }

    @Test
    void utf16AndBinaryFilesAreNotText() throws Exception {
        ImportFileException utf16 = assertThrows(ImportFileException.class, () -> TableFile.csv(
                "\uFEFFSIRET;Raison sociale\r\n21350016800025;Atelier Baulon\r\n".getBytes(StandardCharsets.UTF_16LE),
                "utf16.csv"));
        assertEquals("import.sheet.notText", utf16.problem().key());
        byte[] png = Files.readAllBytes(Path.of("packaging/icon/campus-pilot-128.png"));
        assertEquals("import.sheet.notText", assertThrows(ImportFileException.class, () -> TableFile.csv(png,
                "icon.csv")).problem().key());
    }
}
