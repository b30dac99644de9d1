package org.campuspilot.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.campuspilot.db.Location;
import org.campuspilot.db.OwnerOnly;

/**
 * The user's preferences (language, theme, window bounds, recent campuses), kept in {@code settings.properties} in the
 * data folder (mode 0600, written whole through a temporary file). A broken or missing file gives the defaults; a failure to save is logged, never shown. Changes are
 * written by a thread of their own, never the FX thread; {@link #close()} waits for the last write.
 */
public final class Settings implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Settings.class.getName());
    private static final int MAX_RECENT = 6;
    /** The settings file in the data folder. */
    public static final String FILE_NAME = "settings.properties";
    private static final String TEMP_PREFIX = ".";
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path file;
    private final Properties values = new Properties();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "settings-writer");
        t.setDaemon(true);
        return t;
    });

    private Settings(Path file) {
        this.file = file;
    }

    public static Settings load(Path file) {
        Settings s = new Settings(file);
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                s.values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                // A damaged settings file is a known condition: the defaults are used, one line says why.
                LOG.warning(() -> "Ignoring unreadable settings " + file + ": " + e.getMessage());
            }
        }
        return s;
    }

    public Locale language() {
        return "en".equals(values.getProperty("language")) ? Locale.ENGLISH : Locale.FRANCE;
    }

    public void setLanguage(Locale locale) {
        values.setProperty("language", locale.getLanguage());
        save();
    }

    public boolean darkTheme() {
        return Boolean.parseBoolean(values.getProperty("theme.dark", "false"));
    }

    public void setDarkTheme(boolean dark) {
        values.setProperty("theme.dark", String.valueOf(dark));
        save();
    }

    /** The second folder backups are copied to (a USB key, a network share), or null. */
    public Path backupMirror() {
        String p = values.getProperty("backupMirror");
        return p == null || p.isBlank() ? null : Path.of(p);
    }

    public void setBackupMirror(Path folder) {
        if (folder == null) {
            values.remove("backupMirror");
        } else {
            values.setProperty("backupMirror", folder.toAbsolutePath().toString());
        }
        save();
    }

    /** Where documents of this kind (their extension) were last saved, or null. */
    public Path exportFolder(String kind) {
        String p = values.getProperty("exportFolder." + kind);
        return p == null || p.isBlank() ? null : Path.of(p);
    }

    public void setExportFolder(String kind, Path folder) {
        if (folder != null && !folder.toAbsolutePath().toString().equals(values.getProperty("exportFolder." + kind))) {
            values.setProperty("exportFolder." + kind, folder.toAbsolutePath().toString());
            save();
        }
    }

    /** The last window bounds, or null the first time. */
    public double[] windowBounds() {
        try {
            return new double[] {
                Double.parseDouble(values.getProperty("window.x")),
                Double.parseDouble(values.getProperty("window.y")),
                Double.parseDouble(values.getProperty("window.width")),
                Double.parseDouble(values.getProperty("window.height"))};
        } catch (NullPointerException | NumberFormatException e) {
            return null;
        }
    }

    public boolean windowMaximized() {
        return Boolean.parseBoolean(values.getProperty("window.maximized", "false"));
    }

    public void setWindow(double x, double y, double width, double height, boolean maximized) {
        values.setProperty("window.x", String.valueOf(x));
        values.setProperty("window.y", String.valueOf(y));
        values.setProperty("window.width", String.valueOf(width));
        values.setProperty("window.height", String.valueOf(height));
        values.setProperty("window.maximized", String.valueOf(maximized));
        save();
    }

    /**
     * The campuses opened most recently, newest first: files, and databases on a server as their address
     * ({@code postgresql://user@host:port/base}, never a password). An entry that cannot be read is skipped; the paths
     * older versions wrote are read as files.
     */
    public List<Location> recent() {
        List<Location> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = values.getProperty("recent." + i);
            if (p != null && !p.isBlank()) {
                try {
                    out.add(Location.parse(p));
                } catch (IllegalArgumentException e) {
                    LOG.warning(() -> "Ignoring an unreadable recent campus in " + file);
                }
            }
        }
        return out;
    }

    /** The newest server address of {@link #recent()}, or null. */
    public Location.Server lastServer() {
        return recent().stream().filter(l -> l instanceof Location.Server).map(l -> (Location.Server) l).findFirst()
                .orElse(null);
    }

    /** The files of {@link #recent()}. */
    public List<Path> recentFiles() {
        return recent().stream().filter(l -> l instanceof Location.File).map(l -> ((Location.File) l).path())
                .toList();
    }

    public void addRecentFile(Path path) {
        addRecent(new Location.File(path));
    }

    /** Puts a campus first in the recent list (once). */
    public void addRecent(Location location) {
        List<Location> recent = new ArrayList<>(recent());
        recent.removeIf(l -> l.display().equals(location.display()));
        recent.add(0, location);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                values.setProperty("recent." + i, recent.get(i).display());
            } else {
                values.remove("recent." + i);
            }
        }
        save();
    }

    private void save() {
        Properties snapshot = new Properties();
        snapshot.putAll(values);
        writer.execute(() -> write(snapshot));
    }

    /**
     * Writes the settings to a hidden temporary file of mode 0600 next to them (its own name: two windows never
     * write into one), then moves it over them: a crash leaves the old settings or the new ones, never half.
     */
    private void write(Properties snapshot) {
        Path temp = null;
        try {
            Path folder = file.toAbsolutePath().getParent();
            OwnerOnly.createFolder(folder);
            // Files.createTempFile gives mode 0600 on POSIX systems.
            temp = Files.createTempFile(folder, TEMP_PREFIX + file.getFileName() + ".", TEMP_SUFFIX);
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                snapshot.store(w, "Campus Pilot settings");
            }
            OwnerOnly.restrict(temp);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot save settings to " + file, e);
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Removed at the next start (DataFolder.prepare).
                }
            }
        }
    }

    /** True for the name of a temporary file {@link #write} makes (a leftover when the process was killed). */
    static boolean isTemporary(String name) {
        return name.startsWith(TEMP_PREFIX + FILE_NAME + ".") && name.endsWith(TEMP_SUFFIX);
    }

    /** Waits (a few seconds at most) until every change is written. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warning("Settings were still being written at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
