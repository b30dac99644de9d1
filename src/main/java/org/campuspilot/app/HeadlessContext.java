package org.campuspilot.app;

import java.nio.file.Path;
import java.time.Clock;
import org.campuspilot.backup.Backups;
import org.campuspilot.cli.CommandContext;
import org.campuspilot.db.Database;
import org.campuspilot.grant.GrantExports;
import org.campuspilot.grant.GrantFigures;
import org.campuspilot.importing.EstablishmentImport;
import org.campuspilot.importing.SheetImport;
import org.campuspilot.report.ReportDocuments;
import org.campuspilot.store.Stores;
import org.campuspilot.ui.Messages;

/** The composition root of the headless commands: what the {@code cli} room is given, built as the window builds it. */
public final class HeadlessContext implements CommandContext {
    @Override
    public Database open(Path file) {
        Path data = DataFolder.current();
        return Database.open(file, Safety.writing(data, backupMirror(data), clock()));
    }

    @Override
    public Stores stores(Database database) {
        return CampusStores.on(database);
    }

    @Override
    public Backups backupsOf(Path file) {
        Path data = DataFolder.current();
        return Safety.backups(file, data, backupMirror(data), clock());
    }

    @Override
    public Backups backupsOf(Database server) {
        Path data = DataFolder.current();
        return Backups.ofServer(server, data, backupMirror(data), clock());
    }

    /** The second backup folder this user chose in the window (settings of the data folder), or null. */
    private static Path backupMirror(Path dataFolder) {
        try (Settings settings = Settings.load(dataFolder.resolve("settings.properties"))) {
            return settings.backupMirror();
        }
    }

    @Override
    public GrantExports grantExports(Stores stores, Messages messages) {
        GrantFigures figures = new GrantFigures(stores.grants(), stores.budgets(), stores.entries(), stores.projects());
        return new GrantExports(stores.grants(), figures, () -> stores.campus().find(), messages);
    }

    @Override
    public ReportDocuments reports(Stores stores, Messages messages) {
        return new ReportDocuments(stores, messages);
    }

    @Override
    public org.campuspilot.label.LabelBilanService labelBilan(Stores stores, Messages messages) {
        return new org.campuspilot.label.LabelBilanService(stores.database(), stores.campus(),
                reports(stores, messages).service(), clock());
    }

    @Override
    public SheetImport sheetImport(Stores stores, Messages messages) {
        return new SheetImport(stores, clock(), messages);
    }

    @Override
    public EstablishmentImport establishmentImport(Stores stores) {
        return new EstablishmentImport(stores.database(), stores.establishments());
    }

    @Override
    public Clock clock() {
        return CampusPilotApp.clock();
    }

    @Override
    public String version() {
        return Version.current();
    }
}
