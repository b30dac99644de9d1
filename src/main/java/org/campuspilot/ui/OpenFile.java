package org.campuspilot.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens a written document with the program the system associates with it, or shows its folder: {@code xdg-open} on
 * Linux, {@code open} on macOS, the shell's {@code start} on Windows. Written by hand: the window runs without AWT
 * (whose {@code Desktop} needs it) and JavaFX's {@code HostServices} opens web addresses, not folders, on Linux.
 */
public final class OpenFile {
    private static final Logger LOG = Logger.getLogger(OpenFile.class.getName());

    private OpenFile() {
    }

    /** The command that opens {@code target} (a file or a folder) on the system named {@code os}. */
    static List<String> command(String os, Path target) {
        String name = os.toLowerCase(Locale.ROOT);
        if (name.contains("win")) {
            return List.of("cmd", "/c", "start", "\"\"", target.toString());
        }
        if (name.contains("mac")) {
            return List.of("open", target.toString());
        }
        return List.of("xdg-open", target.toString());
    }

    /** Opens it in the background; false when the system has no way to (then the user is told where it is). */
    public static boolean open(Path target) {
        try {
            new ProcessBuilder(command(System.getProperty("os.name"), target))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            LOG.log(Level.INFO, "Cannot open " + target, e);
            return false;
        }
    }
}
