package org.campuspilot.app;

import java.util.Set;
import javafx.application.Application;
import org.campuspilot.cli.Cli;

/**
 * The main class. It does not extend {@link Application}, so the application runs from the class path. With no
 * argument, or only {@code --db FILE}, it opens the window; any other first word is a headless command
 * ({@code demo}, {@code check}, {@code validate}, {@code --help}, {@code --version}) run without starting the
 * graphical toolkit.
 */
public final class Launcher {
    /** The options the window understands; any other first word is a command for {@link Cli}. */
    private static final Set<String> WINDOW_OPTIONS = Set.of("--db", "--data");

    private Launcher() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        if (args.length > 2 && args[0].equals("--data") && !args[2].startsWith("-")) {
            // « --data DIR command … »: the data folder of a headless command (as -Dcampuspilot.data does).
            System.setProperty("campuspilot.data", args[1]);
            args = java.util.Arrays.copyOfRange(args, 2, args.length);
        }
        if (args.length > 0 && !WINDOW_OPTIONS.contains(args[0].split("=", 2)[0])) {
            System.exit(headless(args, System.out, System.err));
        }
        if (noDisplay()) {
            System.err.println("Aucun écran n'est disponible pour ouvrir la fenêtre de Campus Pilot "
                    + "(variable DISPLAY vide). Lancez-le depuis une session graphique, ou utilisez une commande "
                    + "sans fenêtre : campus-pilot --help.");
            System.exit(Cli.CANNOT_OPEN);
        }
        StartOptions options = StartOptions.parse(java.util.List.of(args));
        Logs.configure(options.dataFolder());
        // The file opened and the tableau de bord's figures computed while the toolkit starts: the two are
        // independent, and the first frame then shows the figures (decision 0028).
        EarlyStart.begin(options, CampusPilotApp.clock(),
                () -> DataFolder.cleanUpAtStart(options.dataFolder(), options.database()));
        StartupTrace.mark("launching the toolkit");
        Application.launch(CampusPilotApp.class, args);
    }

    /**
     * Runs a headless command: its details go to the data folder's {@code campus-pilot.log}, the file its messages
     * name, and the folder is made ready as for the window.
     */
    static int headless(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
        java.nio.file.Path data = DataFolder.current();
        java.util.logging.Handler log = Logs.configure(data, false);
        try {
            DataFolder.cleanUpAtStart(data, null);
            return Cli.run(args, out, err, new HeadlessContext());
        } finally {
            if (log != null) {
                log.close();
                java.util.logging.Logger.getLogger("").removeHandler(log);
            }
        }
    }

    private static boolean noDisplay() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        return linux && System.getProperty("glass.platform") == null && isBlank(System.getenv("DISPLAY"))
                && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
