package org.campuspilot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** « Ouvrir » and « Afficher dans le dossier » use each system's own opener. */
class OpenFileTest {
    @Test
    void eachSystemItsOpener() {
        Path file = Path.of("/home/directrice/Documents/rapport 2026.pdf");
        assertEquals(List.of("xdg-open", file.toString()), OpenFile.command("Linux", file));
        assertEquals(List.of("open", file.toString()), OpenFile.command("Mac OS X", file));
        assertEquals(List.of("cmd", "/c", "start", "\"\"", file.toString()), OpenFile.command("Windows 11", file));
    }
}
