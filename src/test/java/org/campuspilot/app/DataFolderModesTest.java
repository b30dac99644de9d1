package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every folder the application makes is 0700 and every file 0600; older ones are tightened at start. */
class DataFolderModesTest {
    @TempDir Path dir;

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theSettingsAreWrittenWholeAndPrivate() throws Exception {
        Path data = dir.resolve("data");
        Path file = data.resolve("settings.properties");
        try (Settings s = Settings.load(file)) {
            s.setLanguage(Locale.ENGLISH);
        }
        assertEquals("rw-------", mode(file));
        assertEquals("rwx------", mode(data));
        try (var names = Files.list(data)) {
            assertEquals(java.util.List.of(file), names.toList(), "no temporary file left");
        }
    }

    @Test
    void theLogIsTheFileTheMessagesNameAndPrivate() throws Exception {
        Path data = dir.resolve("data");
        Handler handler = Logs.configure(data, true);
        try {
            Logger.getLogger("org.campuspilot.test").warning("une ligne du journal");
            handler.flush();
        } finally {
            handler.close();
            Logger.getLogger("").removeHandler(handler);
        }
        Path log = data.resolve("campus-pilot.log");
        assertTrue(Files.readString(log).contains("une ligne du journal"), "written in campus-pilot.log itself");
        assertEquals("rw-------", mode(log));
        assertEquals("rwx------", mode(data));
    }

    @Test
    void anOlderVersionsFolderAndFilesAreTightenedAtStart() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path backups = Files.createDirectories(data.resolve("backups").resolve("campus-0a1b2c3d"));
        Path settings = Files.writeString(data.resolve("settings.properties"), "language=en\n");
        Path log = Files.writeString(data.resolve("campus-pilot.log.0"), "ancien journal\n");
        Path temp = Files.writeString(data.resolve(".settings.properties.123456.tmp"), "language=fr\n");
        Files.setLastModifiedTime(temp, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path mine = Files.writeString(data.resolve("notes.txt"), "à moi");
        for (Path folder : new Path[] {data, data.resolve("backups"), backups}) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        for (Path file : new Path[] {settings, log, mine}) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        DataFolder.prepare(data);
        for (Path folder : new Path[] {data, data.resolve("backups"), backups}) {
            assertEquals("rwx------", mode(folder), folder.toString());
        }
        assertEquals("rw-------", mode(settings));
        assertEquals("rw-------", mode(log));
        assertEquals("rw-r--r--", mode(mine), "the user's own files are not ours to change");
        assertFalse(Files.exists(temp), "a killed write's temporary settings are removed");
    }

    @Test
    void aHeadlessCommandWritesTheLogItsMessagesName() throws Exception {
        Path data = dir.resolve("data");
        System.setProperty("campuspilot.data", data.toString());
        try {
            var sink = new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true);
            assertEquals(0, Launcher.headless(new String[] {"validate", "uai", "0350031U"}, sink, sink));
        } finally {
            System.clearProperty("campuspilot.data");
        }
        assertEquals("rw-------", mode(data.resolve("campus-pilot.log")));
        assertEquals("rwx------", mode(data));
    }
}
