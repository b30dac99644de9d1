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

    /** The repositories of an opened file. */
    Stores stores(Database database);

    /** The backups of a file, in this user's data folder and second folder. */
    Backups backupsOf(Path file);

    GrantExports grantExports(Stores stores, Messages messages);

    ReportDocuments reports(Stores stores, Messages messages);

    SheetImport sheetImport(Stores stores, Messages messages);

    EstablishmentImport establishmentImport(Stores stores);

    Clock clock();

    /** The application's version, for {@code --version}. */
    String version();
}
