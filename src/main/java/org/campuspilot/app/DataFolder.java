package org.campuspilot.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.campuspilot.backup.Backups;
import org.campuspilot.backup.Leftovers;
import org.campuspilot.db.OwnerOnly;

/** Where the application keeps the user's data by default, following each system's convention. */
public final class DataFolder {
    public static final String DEFAULT_DATABASE = "mon-campus.campuspilot";
    public static final String DEMO_DATABASE = "demo-campus.campuspilot";

    private DataFolder() {
    }

    /** {@code $XDG_DATA_HOME/campus-pilot}, {@code %APPDATA%\CampusPilot}, or {@code ~/Library/Application Support/CampusPilot}. */
    public static Path resolve(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("CampusPilot");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("CampusPilot");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("campus-pilot");
    }

    /** The data folder of this machine's user; the system property {@code campuspilot.data} overrides it. */
    public static Path current() {
        String override = System.getProperty("campuspilot.data");
        if (override != null) {
            return Path.of(override);
        }
        return resolve(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * Makes the data folder ready at start: created with mode 0700, or tightened to it when an older version made it
     * (with its {@code backups} folders); the settings and the log tightened to 0600; temporary settings files of a
     * killed process removed. Nothing else of the folder is touched.
     */
    public static void prepare(Path dataFolder) {
        try {
            OwnerOnly.createFolder(dataFolder);
        } catch (IOException e) {
            Logger.getLogger(DataFolder.class.getName()).warning(() -> "Cannot create " + dataFolder + ": " + e);
            return;
        }
        OwnerOnly.restrictFolder(dataFolder);
        Path backups = dataFolder.resolve("backups");
        OwnerOnly.restrictFolder(backups);
        for (Path p : entries(backups)) {
            OwnerOnly.restrictFolder(p);
        }
        for (String name : List.of(Settings.FILE_NAME, Logs.FILE_NAME, Logs.OLD_FILE_NAME,
                // The names the log had before (java.util.logging's generations and lock).
                Logs.FILE_NAME + ".0", Logs.FILE_NAME + ".1", Logs.FILE_NAME + ".lck")) {
            Path p = dataFolder.resolve(name);
            if (Files.isRegularFile(p)) {
                OwnerOnly.restrict(p);
            }
        }
        for (Path p : entries(dataFolder)) {
            if (Settings.isTemporary(p.getFileName().toString()) && Files.isRegularFile(p) && Leftovers.isStale(p)) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Tried again at the next start.
                }
            }
        }
    }

    /**
     * What the application does once at start, window or command: {@link #prepare} the data folder, then remove
     * what killed backups and restores left (in the backups folders, the second folder, next to the recent files and
     * next to {@code file} when one is asked for, or null).
     */
    public static void cleanUpAtStart(Path dataFolder, Path file) {
        prepare(dataFolder);
        try (Settings settings = Settings.load(dataFolder.resolve(Settings.FILE_NAME))) {
            Backups.removeLeftovers(dataFolder, settings.backupMirror());
            for (Path recent : settings.recentFiles()) {
                Backups.removeLeftoversOf(recent);
            }
        }
        if (file != null) {
            Backups.removeLeftoversOf(file);
        }
        Backups.removeLeftoversOf(dataFolder.resolve(DEFAULT_DATABASE));
        Backups.removeLeftoversOf(dataFolder.resolve(DEMO_DATABASE));
    }

    private static List<Path> entries(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
