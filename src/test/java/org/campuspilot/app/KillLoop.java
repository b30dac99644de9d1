package org.campuspilot.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.campuspilot.TestData;
import org.campuspilot.backup.BackupFile;
import org.campuspilot.backup.Backups;
import org.campuspilot.db.Database;
import org.campuspilot.demo.DemoCampus;
import org.campuspilot.importing.AnnuaireFilter;
import org.campuspilot.importing.AnnuaireReader;
import org.campuspilot.importing.EstablishmentImport;

/**
 * The process {@link KilledWritesTest} kills: it repeats one kind of write for ever, printing {@code WRITING n} before
 * each and {@code DONE n} after. Modes: {@code import DIR} (the annuaire sample into a new campus file each time),
 * {@code backup FILE FOLDER}, {@code restore FILE BACKUP_A BACKUP_B FOLDER} (alternately), {@code demo DIR}.
 */
public final class KillLoop {
    private KillLoop() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        String mode = args[0];
        for (long n = 0; ; n++) {
            switch (mode) {
                case "import" -> {
                    Path file = Path.of(args[1]).resolve("import-" + ProcessHandle.current().pid() + "-" + n
                            + ".campuspilot");
                    var candidates = AnnuaireReader.read(TestData.annuaireSample(), AnnuaireFilter.ALL, b -> {
                    }, () -> false).candidates();
                    say("WRITING " + n);
                    Database db = Database.open(file);
                    EstablishmentImport importer = new EstablishmentImport(db, CampusStores.on(db).establishments());
                    importer.apply(importer.plan(candidates), false, EstablishmentImport.Joining.NONE, i -> {
                    }, () -> false);
                }
                case "backup" -> {
                    Backups backups = new Backups(Path.of(args[1]), Path.of(args[2]), null, clock);
                    say("WRITING " + n);
                    backups.create(BackupFile.Reason.MANUAL);
                }
                case "restore" -> {
                    Backups backups = new Backups(Path.of(args[1]), Path.of(args[4]), null, clock);
                    say("WRITING " + n);
                    backups.restore(Path.of(args[2 + (int) (n % 2)]));
                }
                case "demo" -> {
                    Path file = Path.of(args[1]).resolve("demo-" + ProcessHandle.current().pid() + "-" + n
                            + ".campuspilot");
                    say("WRITING " + n);
                    DemoCampus.create(file, CampusStores::on);
                }
                default -> throw new IllegalArgumentException(mode);
            }
            say("DONE " + n);
            if (!Files.exists(Path.of(args[1]))) {
                return;
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
