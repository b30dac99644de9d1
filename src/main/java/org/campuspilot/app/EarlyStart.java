package org.campuspilot.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.campuspilot.ui.FailureLog;

/**
 * What the window's start needs and the graphical toolkit does not: the settings read, the campus file opened (its
 * lock, its migrations) and the tableau de bord's first figures computed. {@code main()} begins it on a thread of its
 * own as soon as it starts, so that it runs while JavaFX starts; the application's {@code init()} takes the file
 * opened, and the first tableau de bord its figures (decision 0028).
 */
final class EarlyStart {
    private static final Logger LOG = Logger.getLogger(EarlyStart.class.getName());
    /**
     * The start begun by {@code main()}, until the application takes it: {@code Application.launch} builds the
     * application itself and can hand it nothing else.
     */
    private static final AtomicReference<EarlyStart> BEGUN = new AtomicReference<>();

    private final StartOptions options;
    private final Clock clock;
    private final CompletableFuture<Opened> opened = new CompletableFuture<>();

    /** The file asked for, opened or not: the campus holds it when it opened, {@code failure} says why not. */
    record Opened(Settings settings, OpenCampus campus, Path file, Throwable failure, FirstFigures figures) {
    }

    private EarlyStart(StartOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    /**
     * Begins the start on a thread of its own: {@code beforeOpening} first (the data folder's clean-up), then the
     * file, then the figures.
     */
    static void begin(StartOptions options, Clock clock, Runnable beforeOpening) {
        EarlyStart start = new EarlyStart(options, clock);
        BEGUN.set(start);
        Thread thread = new Thread(() -> {
            beforeOpening.run();
            start.run();
        }, "campus-pilot-start");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The file the start opened for these options, waiting for it if need be; or, when {@code main()} began none for
     * them (tests build the application themselves), the same steps run now on the calling thread.
     */
    static Opened take(StartOptions options, Clock clock) {
        EarlyStart start = BEGUN.getAndSet(null);
        if (start == null || !start.options.equals(options)) {
            start = new EarlyStart(options, clock);
            start.run();
        }
        return start.opened.join();
    }

    private void run() {
        try {
            Settings settings = Settings.load(options.dataFolder().resolve(Settings.FILE_NAME));
            OpenCampus campus = new OpenCampus(options.dataFolder(), settings::backupMirror, clock);
            Path file = options.server() == null ? options.databaseFile() : null;
            Throwable failure = null;
            try {
                if (file == null) {
                    // A base on a server: its password from PGPASSWORD or ~/.pgpass, else the window asks for it.
                    org.campuspilot.db.Location.Server server = (org.campuspilot.db.Location.Server)
                            org.campuspilot.db.Location.parse(options.server());
                    campus.adopt(campus.openServer(server, org.campuspilot.db.ServerPassword.FROM_ENVIRONMENT));
                    settings.addRecent(server);
                } else {
                    campus.adopt(campus.open(file, false));
                    settings.addRecentFile(file);
                }
            } catch (RuntimeException e) {
                FailureLog.log(LOG, Level.SEVERE, "Cannot open " + (file != null ? file : "the server's base"), e);
                failure = e;
            }
            StartupTrace.mark(failure == null ? "campus file opened" : "campus file refused");
            FirstFigures figures = failure == null ? new FirstFigures(campus.database(), clock) : null;
            opened.complete(new Opened(settings, campus, file, failure, figures));
            if (figures != null) {
                figures.compute();
            }
        } catch (RuntimeException | Error e) {
            // As when init() did this work itself: the application does not start, and says why.
            opened.completeExceptionally(e);
            throw e;
        }
    }
}
