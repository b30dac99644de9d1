package org.campuspilot.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.campuspilot.db.Database;
import org.campuspilot.db.Location;
import org.campuspilot.db.ServerProblem;
import org.campuspilot.db.ServerPassword;
import org.campuspilot.demo.DemoCampus;
import org.campuspilot.ui.FxDialogService;
import org.campuspilot.ui.FxTaskRunner;
import org.campuspilot.ui.FailureLog;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.OpenFailures;
import org.campuspilot.ui.ViewLoader;

/**
 * The JavaFX application: opens the database before the first screen shows (in {@link #init()}, off the FX thread),
 * then builds the main window for it. Opening another file or changing the language builds the window again.
 */
public final class CampusPilotApp extends Application implements AppActions {
    private static final Logger LOG = Logger.getLogger(CampusPilotApp.class.getName());

    /** How often the application looks whether the daily automatic backup is due. */
    private static final javafx.util.Duration BACKUP_CHECK = javafx.util.Duration.minutes(30);

    private StartOptions options;
    private Settings settings;
    /** The open file and what protects it (lock, backups, the backup on leaving). */
    private OpenCampus campus;
    private org.campuspilot.history.UndoStack undo;
    private Database undoDatabase;
    private javafx.animation.Timeline backupTimer;
    /** The empty window behind the question asked when the file given at start-up cannot be opened. */
    private Scene placeholder;
    private Throwable openFailure;
    /** The tableau de bord's figures the start-up computes, for the first window only. */
    private FirstFigures firstFigures;
    private Path requestedFile;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private Stage stage;
    private final OtherUsersChanges otherUsers = new OtherUsersChanges(tasks);
    private Messages messages;
    private FxDialogService dialogs;

    /** Used by {@link Application#launch}: options come from the command line. */
    public CampusPilotApp() {
    }

    /** Used by tests: the options are given. */
    public CampusPilotApp(StartOptions options) {
        this.options = options;
    }

    public FxTaskRunner tasks() {
        return tasks;
    }

    @Override
    public void init() {
        StartupTrace.mark("init");
        if (options == null) {
            options = StartOptions.parse(getParameters().getRaw());
        }
        // Begun by main() while the toolkit started; run here when it was not (tests build the application).
        EarlyStart.Opened opened = EarlyStart.take(options, clock());
        settings = opened.settings();
        campus = opened.campus();
        requestedFile = opened.file();
        openFailure = opened.failure();
        firstFigures = opened.figures();
        StartupTrace.mark("campus file taken");
    }

    /** Every half hour: the daily automatic backup, when something changed and none was taken today. */
    private void startBackupTimer() {
        if (backupTimer != null) {
            return;
        }
        backupTimer = new javafx.animation.Timeline(new javafx.animation.KeyFrame(BACKUP_CHECK, e -> {
            tasks.run(() -> {
                campus.dailyBackupIfDue();
                return null;
            }, done -> {
            }, failure -> LOG.log(Level.WARNING, "Automatic backup failed", failure));
        }));
        backupTimer.setCycleCount(javafx.animation.Animation.INDEFINITE);
        backupTimer.play();
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        StartupTrace.mark("start");
        applyTheme(settings.darkTheme());
        messages = Messages.load(settings.language());
        dialogs = new FxDialogService(() -> stage, messages, exportFolders());
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> {
            // The details go to the log; the user gets a sentence and a working window.
            LOG.log(Level.SEVERE, "Unexpected error on the FX thread", error);
            dialogs.error(messages.get("error.unexpected.title"), messages.get("error.unexpected.text"));
        });
        stage.getIcons().add(new Image(String.valueOf(getClass().getResource("icon-256.png"))));
        restoreBounds();
        stage.setOnCloseRequest(e -> rememberBounds());
        MainWindowController main = campus.database() != null ? showMain() : null;
        if (main == null) {
            placeholder = new Scene(new javafx.scene.layout.StackPane(), 900, 600);
            stage.setScene(placeholder);
            stage.show();
            Platform.runLater(() -> {
                if (options.server() != null) {
                    serverStartFailed();
                } else {
                    openFailed(openFailure, requestedFile);
                }
            });
        }
        StartupTrace.mark("window shown");
        boolean exit = options.exitAfterFirstFrame();
        boolean announce = exit || Boolean.getBoolean("campuspilot.announceFirstFrame");
        if (announce) {
            // The figures (or the welcome) end the run; a file that could not be opened ends it at the first frame.
            FirstFrame.report(stage.getScene(), exit && main == null);
        }
        if (main != null) {
            main.whenFirstScreenShown(figures -> {
                StartupTrace.mark(figures ? "figures in the scene" : "welcome in the scene");
                if (figures && announce) {
                    FirstFrame.reportFigures(stage.getScene(), exit);
                } else if (exit) {
                    FirstFrame.exitAfterNextFrame(stage.getScene());
                }
            });
        }
    }

    private void chooseAnotherFileOrQuit() {
        var chosen = dialogs.chooseDatabaseToOpen();
        if (chosen.isPresent()) {
            switchTo(chosen.get());
        } else {
            quit();
        }
    }

    /**
     * A file could not be opened: each reason gets its way out. Another instance writes to it, or it cannot be
     * written: open it read-only. It is damaged: restore its newest backup (the damaged file is set aside, never
     * overwritten). Always: open another file, or quit (cancel, when a file is still open).
     */
    private void openFailed(Throwable failure, Path file) {
        boolean open = campus.database() != null;
        String last = messages.get(open ? "common.button.cancel" : "file.choice.quit");
        String another = messages.get("file.choice.another");
        if (failure instanceof OpenCampus.Locked || failure instanceof OpenCampus.NotWritable) {
            String text = failure instanceof OpenCampus.Locked l ? messages.get("file.locked.text", file, l.holder.isBlank()
                    ? "?" : l.holder) : messages.get("file.notWritable.text", file);
            int chosen = dialogs.choose(messages.get("file.locked.title"), text, List.of(
                    messages.get("file.choice.readOnly"), another, last));
            if (chosen == 0) {
                switchTo(file, null, true);
            } else if (chosen == 1) {
                chooseAnotherFileOrQuit();
            } else if (!open) {
                quit();
            }
            return;
        }
        String why = OpenFailures.describe(messages, failure, file);
        java.util.Optional<org.campuspilot.backup.BackupFile> newest = org.campuspilot.db.DatabaseProblem.of(failure)
                == org.campuspilot.db.DatabaseProblem.DAMAGED ? campus.backupsOf(file).newest()
                : java.util.Optional.empty();
        if (newest.isPresent()) {
            int chosen = dialogs.choose(messages.get("file.error.title"), why, List.of(messages.get(
                    "file.choice.restore", org.campuspilot.shared.FrenchFormats.DATE_TIME.format(
                            newest.get().takenAt())), another, last));
            if (chosen == 0) {
                restore(file, newest.get().path());
            } else if (chosen == 1) {
                chooseAnotherFileOrQuit();
            } else if (!open) {
                quit();
            }
            return;
        }
        dialogs.error(messages.get("file.error.title"), why);
        if (!open) {
            chooseAnotherFileOrQuit();
        }
    }

    /**
     * Replaces {@code file} with a backup and opens it: the backup passes SQLite's integrity check first; the file
     * replaced is backed up, or set aside when damaged.
     */
    private void restore(Path file, Path backup) {
        Database leaving = campus.database();
        tasks.run(() -> {
            if (leaving == null || !file.toAbsolutePath().equals(leaving.file())) {
                // Not the open file (a damaged one at start-up): its lock first.
                OpenCampus.takeLock(file).close();
            }
            org.campuspilot.backup.Backups.Restored restored = campus.backupsOf(file).restore(backup);
            return new Object[] {campus.open(file, false), restored};
        }, result -> {
            campus.adopt((OpenCampus.Opened) result[0]);
            settings.addRecentFile(file);
            showMain();
            org.campuspilot.backup.Backups.Restored restored = (org.campuspilot.backup.Backups.Restored) result[1];
            dialogs.info(messages.get("backup.restored.title"), restored.damagedMovedTo() != null
                    ? messages.get("backup.restored.damagedAside", backup.getFileName(), restored.damagedMovedTo())
                    : messages.get("backup.restored.text", backup.getFileName(), restored.backupOfReplaced() == null
                            ? "" : restored.backupOfReplaced().path().getFileName()));
        }, failure -> {
            LOG.log(Level.WARNING, "Restore of " + backup + " failed", failure);
            if (failure instanceof org.campuspilot.backup.Backups.BackupException e) {
                dialogs.error(messages.get("backup.restore.title"), messages.get(e.problem()));
                if (campus.database() == null) {
                    chooseAnotherFileOrQuit();
                }
            } else {
                openFailed(failure, file);
            }
        });
    }

    /**
     * A backup file written into the base on a server, replacing its campus for everyone (asked first, by the
     * backups' screen): the base is first copied into a file, then replaced in one transaction (decision 0034).
     */
    private void restoreIntoServer(Path backup) {
        Database server = campus.database();
        tasks.run(() -> campus.backupsOfOpen().restore(backup), restored -> {
            showMain();
            dialogs.info(messages.get("backup.restored.title"), messages.get("backup.restored.server",
                    backup.getFileName(), restored.backupOfReplaced().path().getFileName()));
        }, failure -> {
            LOG.log(Level.WARNING, "Restore of " + backup + " into " + server.location().display() + " failed",
                    failure);
            dialogs.error(messages.get("backup.restore.title"), failure
                    instanceof org.campuspilot.backup.Backups.BackupException e ? messages.get(e.problem())
                    : messages.get("backup.error.serverRestore", server.location().display()));
        });
    }

    @Override
    public org.campuspilot.backup.BackupsViewModel.Place backupPlace() {
        return new org.campuspilot.backup.BackupsViewModel.Place() {
            @Override
            public org.campuspilot.backup.Backups backups() {
                return campus.backupsOfOpen();
            }

            @Override
            public Path mirror() {
                return settings.backupMirror();
            }

            @Override
            public void setMirror(Path folder) {
                settings.setBackupMirror(folder);
            }

            @Override
            public void restore(Path backup) {
                if (campus.database().file() == null) {
                    restoreIntoServer(backup);
                } else {
                    CampusPilotApp.this.restore(campus.database().file(), backup);
                }
            }

            @Override
            public boolean readOnly() {
                return campus.database().readOnly();
            }
        };
    }

    /** The folders where each kind of document was last saved, in the settings. */
    private org.campuspilot.ui.FolderMemory exportFolders() {
        return new org.campuspilot.ui.FolderMemory() {
            @Override
            public Path folderFor(String kind) {
                return settings.exportFolder(kind);
            }

            @Override
            public void remember(String kind, Path folder) {
                settings.setExportFolder(kind, folder);
            }
        };
    }

    private MainWindowController showMain() {
        Database database = campus.database();
        messages = Messages.load(settings.language());
        dialogs = new FxDialogService(() -> stage, messages, exportFolders());
        if (undoDatabase != database) {
            undo = new org.campuspilot.history.UndoStack(database, new org.campuspilot.history.HistoryService(
                    database), tasks, messages);
            undoDatabase = database;
        }
        startBackupTimer();
        AppContext context = new AppContext(database, messages, tasks, dialogs, clock(), this, undo, () -> stage);
        if (firstFigures != null && firstFigures.database == database) {
            context.startWith(firstFigures);
        }
        firstFigures = null;
        ViewLoader.View<MainWindowController> view = context.views().load(MainWindowController.class);
        StartupTrace.mark("main window loaded");
        if (stage.getScene() == null || stage.getScene() == placeholder) {
            // The first window, or the one shown behind the question about a file that could not be opened.
            double[] b = settings.windowBounds();
            Scene scene = new Scene(view.root(), b == null ? 1280 : b[2], b == null ? 800 : b[3]);
            scene.getStylesheets().addAll(appCss(), bridgeCss());
            boolean replacing = stage.getScene() == placeholder;
            stage.setScene(scene);
            if (replacing) {
                stage.sizeToScene();
            }
        } else {
            stage.getScene().setRoot(view.root());
            if (!stage.getScene().getStylesheets().contains(appCss())) {
                stage.getScene().getStylesheets().addAll(appCss(), bridgeCss());
            }
        }
        stage.setTitle(CampusTitle.of(messages, database.location(), database.readOnly()));
        stage.show();
        otherUsers.follow(database, view.controller()::dataChanged);
        dialogs.showNoticesIn(view.controller()::notice);
        return view.controller();
    }

    private String appCss() {
        return String.valueOf(getClass().getResource("/org/campuspilot/ui/app.css"));
    }

    /** Modena's colour names that ControlsFX's stylesheets look up, given AtlantaFX's tokens (decision 0040). */
    private String bridgeCss() {
        return String.valueOf(getClass().getResource("/org/campuspilot/ui/controlsfx-bridge.css"));
    }

    private void restoreBounds() {
        double[] b = settings.windowBounds();
        if (b != null) {
            stage.setX(b[0]);
            stage.setY(b[1]);
            stage.setWidth(b[2]);
            stage.setHeight(b[3]);
        }
        stage.setMaximized(settings.windowMaximized());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
    }

    private void rememberBounds() {
        if (stage.isMaximized()) {
            double[] b = settings.windowBounds();
            if (b != null) {
                settings.setWindow(b[0], b[1], b[2], b[3], true);
            } else {
                settings.setWindow(stage.getX(), stage.getY(), 1280, 800, true);
            }
        } else {
            settings.setWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
    }

    private void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void switchTo(Path file) {
        switchTo(file, null, false);
    }

    /**
     * Opens the file in the background and shows it. {@code mustExist} true: refuse a file that has gone (a recent
     * file moved away); false: refuse one that exists (a new file must not overwrite anything); null: no check.
     */
    private void switchTo(Path file, Boolean mustExist, boolean readOnly) {
        tasks.run(() -> {
            boolean exists = Files.exists(file);
            if (mustExist != null && exists != mustExist) {
                throw new OpenFailures.Refused(exists ? "file.new.exists" : "file.error.missing");
            }
            OpenCampus.Opened opened = campus.open(file, readOnly);
            campus.adopt(opened);
            return opened;
        }, opened -> {
            settings.addRecentFile(file);
            showMain();
        }, failure -> {
            FailureLog.log(LOG, Level.WARNING, "Cannot open " + file, failure);
            openFailed(failure, file);
        });
    }

    @Override
    public void createDatabase() {
        dialogs.chooseDatabaseToCreate().ifPresent(file -> switchTo(file, false, false));
    }

    @Override
    public void openDatabase() {
        dialogs.chooseDatabaseToOpen().ifPresent(this::switchTo);
    }

    @Override
    public void openSharedDatabase() {
        serverOpening().ask(settings.lastServer());
    }

    /**
     * {@code --db postgresql://…} could not be opened at the start: an address that cannot be read is said, then a
     * file is asked for; a password missing or refused is asked, and any other refusal said, by the same steps as
     * « Ouvrir une base partagée… », whose fields come back filled to correct them.
     */
    private void serverStartFailed() {
        if (openFailure instanceof Location.BadAddress bad) {
            dialogs.error(messages.get("server.error.title"), messages.get(bad.key(), options.server()));
            chooseAnotherFileOrQuit();
            return;
        }
        Location.Server server = (Location.Server) Location.parse(options.server());
        ServerOpening opening = serverOpening().whenGivenUp(this::chooseAnotherFileOrQuit);
        if (ServerProblem.of(openFailure).asksPassword()) {
            opening.open(server);
        } else {
            dialogs.error(messages.get("server.error.title"), OpenFailures.describeServer(messages,
                    ServerProblem.of(openFailure), openFailure, server));
            opening.ask(server);
        }
    }

    private ServerOpening serverOpening() {
        return new ServerOpening(tasks, dialogs, messages, campus, ServerPassword.FROM_ENVIRONMENT, address -> {
            settings.addRecent(address);
            showMain();
        });
    }

    @Override
    public void openRecent(Location location) {
        if (location instanceof Location.Server server) {
            serverOpening().open(server);
        } else {
            switchTo(((Location.File) location).path(), true, false);
        }
    }

    @Override
    public List<Location> recent() {
        return settings.recent();
    }

    @Override
    public void openDemo() {
        Path demo = options.dataFolder().resolve(DataFolder.DEMO_DATABASE);
        tasks.run(() -> {
            if (!DemoCampus.isPopulated(demo, CampusStores::on)) {
                DemoCampus.create(demo, CampusStores::on);
            }
            return demo;
        }, this::switchTo, failure -> dialogs.error(messages.get("file.error.title"),
                OpenFailures.describe(messages, failure, demo)));
    }

    @Override
    public void switchLanguage(Locale locale, Area keep) {
        settings.setLanguage(locale);
        showMain().reopen(keep);
    }

    @Override
    public void switchTheme(boolean dark) {
        settings.setDarkTheme(dark);
        applyTheme(dark);
    }

    @Override
    public boolean darkTheme() {
        return settings.darkTheme();
    }

    /** The application ends: the last settings are written before the JVM goes. */
    @Override
    public void stop() {
        if (backupTimer != null) {
            backupTimer.stop();
        }
        campus.close();
        settings.close();
    }

    @Override
    public void quit() {
        rememberBounds();
        Platform.exit();
    }

    /**
     * The application's clock: the system's, or a fixed day given by {@code -Dcampuspilot.today=2026-11-21} (the
     * test suite uses it, so that « sans contact depuis 3 ans » or « convention en cours » do not change with the
     * date the tests run on).
     */
    static Clock clock() {
        String today = System.getProperty("campuspilot.today");
        if (today == null || today.isBlank()) {
            return Clock.systemDefaultZone();
        }
        java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
        return Clock.fixed(java.time.LocalDate.parse(today).atTime(10, 0).atZone(paris).toInstant(), paris);
    }
}
