package org.campuspilot.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

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
}
