package org.campuspilot.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.campuspilot.backup.Backups;
import org.campuspilot.db.Database;
import org.campuspilot.grant.GrantExports;
import org.campuspilot.importing.EstablishmentImport;
import org.campuspilot.importing.SheetImport;
import org.campuspilot.report.ReportDocuments;
import org.campuspilot.store.Stores;
import org.campuspilot.ui.Messages;

/**
 * What the headless commands get from the composition root ({@code app}, which builds it): campus files opened the
 * way the window opens them, their repositories and services, their backups, the clock and the version. The
 * command line builds none of these itself (decision 0016).
 */
public interface CommandContext {
    /**
     * Opens a campus file for writing: a file of an older version is backed up before its migrations run.
     *
     * @throws RuntimeException what {@link Database#open} throws for a file that cannot be opened
     */
    Database open(Path file);

    /**
     * Opens a campus where it is: a file ({@link #open(Path)}), or a database on a server, its password from
     * {@code PGPASSWORD} or {@code ~/.pgpass} (a command never asks for it).
     */
    default Database open(org.campuspilot.db.Location location) {
        if (location instanceof org.campuspilot.db.Location.File f) {
            return open(f.path());
        }
        return Database.open(location, Database.Options.DEFAULT);
    }

    /** The repositories of an opened file. */
    Stores stores(Database database);

    /** The backups of a file, in this user's data folder and second folder. */
    Backups backupsOf(Path file);

    /** The backups of a campus on a server: campus files in this user's data folder (and second folder). */
    Backups backupsOf(Database server);

    GrantExports grantExports(Stores stores, Messages messages);

    ReportDocuments reports(Stores stores, Messages messages);

    /** The bilan du label of the campus, from its records as the reports count them. */
    org.campuspilot.label.LabelBilanService labelBilan(Stores stores, Messages messages);

    SheetImport sheetImport(Stores stores, Messages messages);

    EstablishmentImport establishmentImport(Stores stores);

    Clock clock();

    /** The application's version, for {@code --version}. */
    String version();
}
