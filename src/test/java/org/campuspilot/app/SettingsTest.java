package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campuspilot.db.Location;
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
    void theRecentListKeepsFilesAndServersNewestFirstWithoutPasswords() throws Exception {
        Path file = dir.resolve("settings.properties");
        // As an older version wrote it: paths only, and one line no version can read.
        Files.writeString(file, "recent.0=" + dir.resolve("old.campuspilot").toString().replace("\\", "\\\\")
                + "\nrecent.1=postgresql\\://anne\\:secret@h/b\n");
        Settings s = Settings.load(file);
        assertEquals(List.of(new Location.File(dir.resolve("old.campuspilot"))), s.recent());
        Location.Server server = new Location.Server("campus.ac-rennes.fr", 5432, "campus", "anne", "prefer");
        s.addRecent(server);
        s.addRecentFile(dir.resolve("b.campuspilot"));
        s.addRecent(server);
        s.close();
        String written = Files.readString(file);
        assertTrue(written.contains("postgresql\\://anne@campus.ac-rennes.fr\\:5432/campus"), written);
        assertFalse(written.contains("secret"), written);
        Settings again = Settings.load(file);
        assertEquals(List.of(server, new Location.File(dir.resolve("b.campuspilot")),
                new Location.File(dir.resolve("old.campuspilot"))), again.recent());
        assertEquals(List.of(dir.resolve("b.campuspilot"), dir.resolve("old.campuspilot")), again.recentFiles());
        assertEquals(server, again.lastServer(), "the address the shared database dialog starts from");
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
