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
import org.campuspilot.demo.DemoCampus;
import org.campuspilot.ui.FxDialogService;
import org.campuspilot.ui.FxTaskRunner;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.ViewLoader;

/**
 * The JavaFX application: opens the database before the first screen shows (in {@link #init()}, off the FX thread),
 * then builds the main window for it. Opening another file or changing the language builds the window again.
 */
public final class CampusPilotApp extends Application implements AppActions {
    private static final Logger LOG = Logger.getLogger(CampusPilotApp.class.getName());

    private StartOptions options;
    private Settings settings;
    private Database database;
    private Throwable openFailure;
    private Path requestedFile;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private Stage stage;
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
        if (options == null) {
            options = StartOptions.parse(getParameters().getRaw());
        }
        settings = Settings.load(options.dataFolder().resolve("settings.properties"));
        requestedFile = options.databaseFile();
        try {
            database = Database.open(requestedFile);
            settings.addRecentFile(requestedFile);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot open " + requestedFile, e);
            openFailure = e;
        }
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        applyTheme(settings.darkTheme());
        messages = Messages.load(settings.language());
        dialogs = new FxDialogService(() -> stage, messages);
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> {
            // The details go to the log; the user gets a sentence and a working window.
            LOG.log(Level.SEVERE, "Unexpected error on the FX thread", error);
            dialogs.error(messages.get("error.unexpected.title"), messages.get("error.unexpected.text"));
        });
        stage.getIcons().add(new Image(String.valueOf(getClass().getResource("icon-256.png"))));
        restoreBounds();
        stage.setOnCloseRequest(e -> rememberBounds());
        if (database != null) {
            showMain();
        } else {
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 900, 600));
            stage.show();
            dialogs.error(messages.get("file.error.title"), OpenFailures.describe(messages, openFailure,
                    requestedFile));
            chooseAnotherFileOrQuit();
        }
        if (options.exitAfterFirstFrame()) {
            FirstFrame.report(stage.getScene());
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

    private void showMain() {
        messages = Messages.load(settings.language());
        dialogs = new FxDialogService(() -> stage, messages);
        AppContext context = new AppContext(database, messages, tasks, dialogs, clock(), this);
        ViewLoader.View<MainWindowController> view = context.views().load(MainWindowController.class);
        if (stage.getScene() == null) {
            double[] b = settings.windowBounds();
            Scene scene = new Scene(view.root(), b == null ? 1280 : b[2], b == null ? 800 : b[3]);
            scene.getStylesheets().add(String.valueOf(getClass().getResource("/org/campuspilot/ui/app.css")));
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(view.root());
            if (!stage.getScene().getStylesheets().contains(appCss())) {
                stage.getScene().getStylesheets().add(appCss());
            }
        }
        stage.setTitle(messages.get("app.title", database.file().getFileName()));
        stage.show();
    }

    private String appCss() {
        return String.valueOf(getClass().getResource("/org/campuspilot/ui/app.css"));
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
        switchTo(file, null);
    }

    /**
     * Opens the file in the background and shows it. {@code mustExist} true: refuse a file that has gone (a recent
     * file moved away); false: refuse one that exists (a new file must not overwrite anything); null: no check.
     */
    private void switchTo(Path file, Boolean mustExist) {
        tasks.run(() -> {
            boolean exists = Files.exists(file);
            if (mustExist != null && exists != mustExist) {
                throw new OpenFailures.Refused(exists ? "file.new.exists" : "file.error.missing");
            }
            return Database.open(file);
        }, db -> {
            database = db;
            settings.addRecentFile(file);
            showMain();
        }, failure -> {
            dialogs.error(messages.get("file.error.title"), OpenFailures.describe(messages, failure, file));
            if (database == null) {
                chooseAnotherFileOrQuit();
            }
        });
    }

    @Override
    public void createDatabase() {
        dialogs.chooseDatabaseToCreate().ifPresent(file -> switchTo(file, false));
    }

    @Override
    public void openDatabase() {
        dialogs.chooseDatabaseToOpen().ifPresent(this::switchTo);
    }

    @Override
    public void openRecent(Path file) {
        switchTo(file, true);
    }

    @Override
    public List<Path> recentFiles() {
        return settings.recentFiles();
    }

    @Override
    public void openDemo() {
        Path demo = options.dataFolder().resolve(DataFolder.DEMO_DATABASE);
        tasks.run(() -> {
            if (!DemoCampus.isPopulated(demo)) {
                DemoCampus.create(demo);
            }
            return demo;
        }, this::switchTo, failure -> dialogs.error(messages.get("file.error.title"),
                OpenFailures.describe(messages, failure, demo)));
    }

    @Override
    public void switchLanguage(Locale locale) {
        settings.setLanguage(locale);
        showMain();
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
