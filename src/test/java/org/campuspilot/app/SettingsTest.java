package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir Path dir;

    @Test
    void remembersLanguageThemeWindowAndRecentFiles() {
        Path file = dir.resolve("settings.properties");
        Settings s = Settings.load(file);
        assertEquals(Locale.FRANCE, s.language());
        assertNull(s.windowBounds());
        s.setLanguage(Locale.ENGLISH);
        s.setDarkTheme(true);
        s.setWindow(10, 20, 1000, 700, false);
        s.addRecentFile(dir.resolve("a.db"));
        s.addRecentFile(dir.resolve("b.db"));
        s.addRecentFile(dir.resolve("a.db"));
        s.close();
        Settings again = Settings.load(file);
        assertEquals(Locale.ENGLISH, again.language());
        assertTrue(again.darkTheme());
        assertArrayEquals(new double[] {10, 20, 1000, 700}, again.windowBounds());
        assertEquals(List.of(dir.resolve("a.db").toAbsolutePath(), dir.resolve("b.db").toAbsolutePath()),
                again.recentFiles());
    }

    @Test
    void aBrokenFileGivesTheDefaults() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "window.x=abc\nlanguage=\\u00");
        Settings s = Settings.load(file);
        assertNull(s.windowBounds());
        assertEquals(Locale.FRANCE, s.language());
    }

    @Test
    void dataFolderFollowsEachSystemsConvention() {
        Path home = Path.of("/home/directrice");
        assertEquals(Path.of("/home/directrice/.local/share/campus-pilot"),
                DataFolder.resolve("Linux", Map.of(), home));
        assertEquals(Path.of("/xdg/campus-pilot"), DataFolder.resolve("Linux", Map.of("XDG_DATA_HOME", "/xdg"), home));
        assertEquals(Path.of("/home/directrice/Library/Application Support/CampusPilot"),
                DataFolder.resolve("Mac OS X", Map.of(), home));
        assertEquals(Path.of("C:/Users/d/AppData/Roaming/CampusPilot"),
                DataFolder.resolve("Windows 11", Map.of("APPDATA", "C:/Users/d/AppData/Roaming"), home));
    }
}
