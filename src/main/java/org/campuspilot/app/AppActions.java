package org.campuspilot.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the menus and the welcome screen ask of the application as a whole (files, language, theme). */
public interface AppActions extends org.campuspilot.campus.WelcomeActions {
    void createDatabase();

    @Override
    void openDatabase();

    void openRecent(Path file);

    List<Path> recentFiles();

    @Override
    void openDemo();

    void switchLanguage(Locale locale);

    void switchTheme(boolean dark);

    boolean darkTheme();

    void quit();

    /** The backups of the open file, its second folder and the restore, for the backup screen. */
    org.campuspilot.backup.BackupsViewModel.Place backupPlace();
}
