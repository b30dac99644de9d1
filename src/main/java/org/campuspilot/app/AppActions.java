package org.campuspilot.app;

import java.util.List;
import java.util.Locale;

/**
 * What the menus and the welcome screen ask of the application as a whole (files and shared databases, language,
 * theme).
 */
public interface AppActions extends org.campuspilot.campus.WelcomeActions {
    void createDatabase();

    @Override
    void openDatabase();

    /** « Ouvrir une base partagée… »: a campus on a PostgreSQL server. */
    void openSharedDatabase();

    /** Opens a campus of the recent list: a file, or a database on a server. */
    void openRecent(org.campuspilot.db.Location location);

    /** The campuses opened most recently, files and servers, newest first. */
    List<org.campuspilot.db.Location> recent();

    @Override
    void openDemo();

    /** Builds the window again in this language, showing {@code keep} (the area shown before; null: none). */
    void switchLanguage(Locale locale, Area keep);

    void switchTheme(boolean dark);

    boolean darkTheme();

    void quit();

    /** The backups of the open file, its second folder and the restore, for the backup screen. */
    org.campuspilot.backup.BackupsViewModel.Place backupPlace();
}
