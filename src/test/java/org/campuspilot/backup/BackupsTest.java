package org.campuspilot.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.campuspilot.TestCampus;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups: the rotation with a fake clock, the copy, the second folder, the restore round trip, refused backups. */
class BackupsTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    @TempDir Path dir;

    /** A clock the test moves forward. */
    static final class FakeClock extends Clock {
        Instant now;

        FakeClock(LocalDateTime start) {
            now = start.atZone(PARIS).toInstant();
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return PARIS;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aYearOfDailyBackupsKeepsSevenDaysFourWeeksAndTwelveMonths() throws IOException {
        Path db = dir.resolve("campus.campuspilot");
        Database database = Database.open(db);
        FakeClock clock = new FakeClock(LocalDateTime.of(2025, 11, 1, 18, 0));
        Backups backups = new Backups(db, dir.resolve("backups"), null, clock);
        for (int day = 0; day < 400; day++) {
            new Jdbc(database).update("INSERT INTO report_text (period, section, body, updated_at)"
                    + " VALUES ('2025', 'INTRODUCTION', ?, 'x') ON CONFLICT DO UPDATE SET body = excluded.body",
                    "jour " + day);
            assertTrue(backups.automaticDue(), "day " + day + ": changed, a day old");
            backups.create(BackupFile.Reason.AUTO);
            assertFalse(backups.automaticDue(), "just taken");
            clock.advance(Duration.ofHours(4));
            assertFalse(backups.automaticDue(), "the same day");
            clock.advance(Duration.ofHours(20));
            if (day % 50 == 0) {
                backups.create(BackupFile.Reason.BEFORE_MIGRATION);
            }
        }
        List<BackupFile> kept = backups.list();
        LocalDate last = kept.get(0).takenAt().toLocalDate();
        Set<LocalDate> days = kept.stream().filter(b -> !b.reason().isSafety())
                .map(b -> b.takenAt().toLocalDate()).collect(Collectors.toSet());
        for (int i = 0; i < 7; i++) {
            assertTrue(days.contains(last.minusDays(i)), "the last 7 days: " + last.minusDays(i));
        }
        Set<String> months = kept.stream().filter(b -> !b.reason().isSafety())
                .map(b -> b.takenAt().getYear() + "-" + b.takenAt().getMonthValue()).collect(Collectors.toSet());
        assertEquals(12, months.size(), "the last 12 months, this one included: " + months);
        java.time.YearMonth oldest = java.time.YearMonth.from(last).minusMonths(11);
        assertTrue(months.contains(oldest.getYear() + "-" + oldest.getMonthValue()), "back to " + oldest);
        long regular = kept.stream().filter(b -> !b.reason().isSafety()).count();
        assertTrue(regular >= 12 + 7 - 1 && regular <= 7 + 4 + 12, "kept " + regular);
        assertEquals(5, kept.stream().filter(b -> b.reason().isSafety()).count(), "the 5 newest safety backups");
    }

    @Test
    void aBackupNeverReplacesAnotherKindOfBackup() {
        Path db = dir.resolve("campus.campuspilot");
        Database database = Database.open(db);
        FakeClock clock = new FakeClock(LocalDateTime.of(2026, 11, 22, 18, 3));
        Backups backups = new Backups(db, dir.resolve("backups"), null, clock);
        BackupFile manual = backups.create(BackupFile.Reason.MANUAL).backup();
        change(database, "après la manuelle");
        clock.advance(Duration.ofMinutes(2));
        BackupFile automatic = backups.create(BackupFile.Reason.AUTO).backup();
        assertEquals(List.of(automatic.path(), manual.path()), paths(backups.list()),
                "the 18:05 automatic backup does not replace the 18:03 manual one");
        List<BackupFile> migrations = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofMinutes(1));
            migrations.add(0, backups.create(BackupFile.Reason.BEFORE_MIGRATION).backup());
        }
        clock.advance(Duration.ofMinutes(1));
        BackupFile beforeRestore = backups.create(BackupFile.Reason.BEFORE_RESTORE).backup();
        List<Path> kept = paths(backups.list());
        assertTrue(kept.containsAll(paths(migrations.subList(0, 5))), "the 5 newest before a migration: " + kept);
        assertFalse(kept.contains(migrations.get(5).path()), "the sixth is thinned out");
        assertTrue(kept.contains(beforeRestore.path()) && kept.contains(manual.path())
                && kept.contains(automatic.path()), "each kind counts apart: " + kept);
    }

    @Test
    void aBackupDatedInTheFutureNeitherBlocksTheDailyBackupNorTakesARotationSlot() throws IOException {
        Path db = dir.resolve("campus.campuspilot");
        Database database = Database.open(db);
        FakeClock clock = new FakeClock(LocalDateTime.of(2026, 3, 2, 18, 0));
        Backups backups = new Backups(db, dir.resolve("backups"), null, clock);
        backups.create(BackupFile.Reason.AUTO);
        // The clock was set to 2031 once, or a backup was copied in from a machine that was.
        Path future = backups.folder().resolve("campus_2031-01-01_12-00-00_auto.sauvegarde");
        Files.copy(backups.list().get(0).path(), future);
        change(database, "un changement");
        clock.advance(Duration.ofDays(1));
        assertTrue(backups.changedSinceLastBackup(), "compared with the newest backup not in the future");
        for (int day = 0; day < 10; day++) {
            assertTrue(backups.automaticDue(), "day " + day + ": not blocked by the backup of 2031");
            backups.create(BackupFile.Reason.AUTO);
            change(database, "jour " + day);
            clock.advance(Duration.ofDays(1));
        }
        List<BackupFile> kept = backups.list();
        assertTrue(paths(kept).contains(future), "kept, for the user to see");
        assertTrue(backups.newest().orElseThrow().takenAt().getYear() == 2026,
                "the newest offered to a damaged file is not the one of 2031");
        LocalDate today = LocalDate.now(clock);
        Set<LocalDate> days = kept.stream().map(b -> b.takenAt().toLocalDate()).collect(Collectors.toSet());
        for (int i = 1; i <= 7; i++) {
            assertTrue(days.contains(today.minusDays(i)), "the last 7 days all kept: " + today.minusDays(i));
        }
    }

    private static void change(Database database, String body) {
        new Jdbc(database).update("INSERT INTO report_text (period, section, body, updated_at)"
                + " VALUES ('2025', 'INTRODUCTION', ?, 'x') ON CONFLICT DO UPDATE SET body = excluded.body", body);
    }

    private static List<Path> paths(List<BackupFile> backups) {
        return backups.stream().map(BackupFile::path).toList();
    }

    @Test
    void noChangeNoAutomaticBackup() {
        Path db = dir.resolve("campus.campuspilot");
        Database.open(db);
        FakeClock clock = new FakeClock(LocalDateTime.of(2026, 1, 5, 9, 0));
        Backups backups = new Backups(db, dir.resolve("backups"), null, clock);
        assertTrue(backups.automaticDue(), "no backup yet");
        backups.create(BackupFile.Reason.MANUAL);
        clock.advance(Duration.ofDays(3));
        assertFalse(backups.automaticDue(), "nothing changed in three days");
    }

    @Test
    void aBackupIsAConsistentPrivateCopyAlsoWrittenToTheSecondFolder() throws IOException {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        Path mirror = Files.createDirectories(dir.resolve("usb"));
        Backups backups = new Backups(db, Backups.folderFor(dir.resolve("data"), db), mirror, Clock.system(PARIS));
        Backups.Outcome outcome = backups.create(BackupFile.Reason.MANUAL);
        assertEquals(null, outcome.mirrorProblem());
        Path copy = outcome.backup().path();
        assertTrue(Backups.verify(copy).isEmpty());
        assertEquals(Set.of("rw-------"), Set.of(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))));
        assertEquals(new CompanyRepository(Database.open(db)).findAll(),
                new CompanyRepository(Database.open(copy, Database.Options.DEFAULT.readOnly(true))).findAll());
        assertTrue(Files.exists(backups.mirrorFolder().resolve(copy.getFileName())), "copied to the second folder");
        Files.move(mirror, dir.resolve("usb-unplugged"));
        Backups.Outcome unplugged = backups.create(BackupFile.Reason.MANUAL);
        assertNotNull(unplugged.mirrorProblem(), "the USB key is gone: said, but the backup is made");
        assertTrue(Files.exists(unplugged.backup().path()));
    }

    @Test
    void theSecondFolderKeepsEachCampusFilesBackupsApart() throws IOException {
        Path mirror = Files.createDirectories(dir.resolve("usb"));
        Path data = dir.resolve("data");
        // An older version left its copies flat in the second folder: they are left alone.
        Path flat = Files.writeString(mirror.resolve("demo_2026-01-01_10-00-00_auto.sauvegarde"), "ancienne");
        FakeClock clock = new FakeClock(LocalDateTime.of(2026, 11, 22, 18, 0));
        List<Path> files = List.of(dir.resolve("a").resolve("demo.campuspilot"),
                dir.resolve("b").resolve("demo.campuspilot"), dir.resolve("mon-campus.campuspilot"));
        List<Path> copies = new ArrayList<>();
        for (Path file : files) {
            Files.createDirectories(file.getParent());
            Database.open(file);
            Backups backups = new Backups(file, Backups.folderFor(data, file), mirror, clock);
            Backups.Outcome made = backups.create(BackupFile.Reason.AUTO);
            assertEquals(null, made.mirrorProblem());
            copies.add(backups.mirrorFolder().resolve(made.backup().path().getFileName()));
            clock.advance(Duration.ofMinutes(5));
        }
        for (Path copy : copies) {
            assertTrue(Files.isRegularFile(copy), "each file keeps its copy of the day: " + copy);
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.getParent())));
        }
        assertEquals(3, copies.stream().map(Path::getParent).distinct().count(), "one folder per campus file");
        assertTrue(Files.exists(flat), "the old flat copy is kept");
    }

    @Test
    void restoreRoundTripBacksUpTheReplacedFileFirst() {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        Backups backups = new Backups(db, dir.resolve("backups"), null, Clock.system(PARIS));
        BackupFile saved = backups.create(BackupFile.Reason.MANUAL).backup();
        Database database = Database.open(db);
        int companies = new CompanyRepository(database).findAll().size();
        new Jdbc(database).update("DELETE FROM company_partnership");
        new Jdbc(database).update("UPDATE company SET name = 'Effacé'");
        Backups.Restored restored = backups.restore(saved.path());
        assertNotNull(restored.backupOfReplaced(), "the replaced file was backed up");
        Database back = Database.open(db);
        assertEquals(companies, new CompanyRepository(back).findAll().size());
        assertTrue(new CompanyRepository(back).findAll().stream().noneMatch(c -> c.name().equals("Effacé")));
        Database before = Database.open(restored.backupOfReplaced().path(), Database.Options.DEFAULT.readOnly(true));
        assertTrue(new CompanyRepository(before).findAll().stream().allMatch(c -> c.name().equals("Effacé")),
                "the replaced state is kept");
    }

    @Test
    void aDamagedBackupIsRefusedAndTheFileIsUntouched() throws IOException {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        byte[] original = Files.readAllBytes(db);
        Path damaged = dir.resolve("x_2026-01-01_10-00-00_manuelle.sauvegarde");
        byte[] bytes = original.clone();
        for (int i = 4096 * 3; i < 4096 * 3 + 2000; i++) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(damaged, bytes);
        Backups backups = new Backups(db, dir.resolve("backups"), null, Clock.system(PARIS));
        Backups.BackupException e = assertThrows(Backups.BackupException.class, () -> backups.restore(damaged));
        assertEquals("backup.error.damaged", e.problem().key());
        Files.writeString(damaged, "pas une base");
        assertEquals("backup.error.damaged", assertThrows(Backups.BackupException.class,
                () -> backups.restore(damaged)).problem().key());
        assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(db)), "the campus file is untouched");
        assertTrue(backups.list().isEmpty(), "nothing was replaced, so nothing backed up");
    }

    @Test
    void restoringOverADamagedFileMovesItAsideInsteadOfOverwritingIt() throws IOException {
        Path db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        Backups backups = new Backups(db, dir.resolve("backups"), null, Clock.system(PARIS));
        BackupFile saved = backups.create(BackupFile.Reason.MANUAL).backup();
        Files.write(db, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18});
        Backups.Restored restored = backups.restore(saved.path());
        assertNotNull(restored.damagedMovedTo());
        assertEquals(18, Files.size(restored.damagedMovedTo()), "the damaged file is kept as it was");
        assertTrue(Backups.verify(db).isEmpty());
    }

    @Test
    void backupNamesReadBack() {
        LocalDateTime at = LocalDateTime.of(2026, 11, 22, 18, 5, 0);
        String name = BackupFile.fileName("mon_campus", at, BackupFile.Reason.BEFORE_RESTORE);
        assertEquals("mon_campus_2026-11-22_18-05-00_avant-restauration.sauvegarde", name);
        BackupFile read = BackupFile.parse(Path.of(name), 10).orElseThrow();
        assertEquals(at, read.takenAt());
        assertEquals(BackupFile.Reason.BEFORE_RESTORE, read.reason());
        assertTrue(BackupFile.parse(Path.of("notes.txt"), 1).isEmpty());
        assertTrue(BackupFile.parse(Path.of("x_2026-13-45_99-00-00_auto.sauvegarde"), 1).isEmpty());
    }


    @Test
    void aFileOfAnOlderVersionIsBackedUpBeforeItsMigrations() throws Exception {
        Path db = dir.resolve("ancien.campuspilot");
        TestCampus.demo(db);
        Database opened = Database.open(db);
        Jdbc old = new Jdbc(opened);
        // Outside the history's own transactions (its tables go): a plain connection, as version 8 wrote.
        opened.withConnection(c -> {
            try (java.sql.Statement s = c.createStatement()) {
                for (String trigger : old.list("SELECT name FROM sqlite_master WHERE type = 'trigger'",
                        rs -> rs.getString(1))) {
                    s.execute("DROP TRIGGER " + trigger);
                }
                s.execute("DROP TABLE audit_entry");
                s.execute("DROP TABLE change_set");
                s.execute("DROP TABLE contact_merge");
                org.campuspilot.TestCampus.dropSinceV15(s); // V15 and V16, made again by the migrations
                s.execute("DELETE FROM schema_version WHERE version >= 9");
                s.execute("PRAGMA application_id = 0"); // as version 8 made it: unmarked
            }
            return null;
        });
        Backups backups = new Backups(db, dir.resolve("backups"), null, Clock.system(PARIS));
        Database.open(db, Database.Options.DEFAULT.beforeMigration((file, from, to) -> {
            assertEquals(8, from);
            backups.create(BackupFile.Reason.BEFORE_MIGRATION);
        }));
        BackupFile before = backups.list().get(0);
        assertEquals(BackupFile.Reason.BEFORE_MIGRATION, before.reason());
        assertTrue(Backups.verify(before.path()).isEmpty());
        java.util.Properties readOnly = new java.util.Properties();
        readOnly.setProperty("open_mode", "1");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + before.path(), readOnly);
                var rs = c.createStatement().executeQuery("SELECT MAX(version) FROM schema_version")) {
            assertEquals(8, rs.getInt(1), "the backup holds the file as it was before the update");
        }
        assertEquals(org.campuspilot.db.Migrations.latestVersion(), new Jdbc(Database.open(db)).count(
                "SELECT MAX(version) FROM schema_version"));
    }

    @Test
    void aBackupThatCannotBeWrittenSaysSoInASentenceWithoutTheSystemsWords() throws Exception {
        Path db = dir.resolve("campus.campuspilot");
        TestCampus.demo(db);
        Path notAFolder = Files.writeString(dir.resolve("fichier"), "x");
        Backups backups = new Backups(db, notAFolder.resolve("backups"), null, Clock.system(PARIS));
        Backups.BackupException e = assertThrows(Backups.BackupException.class,
                () -> backups.create(BackupFile.Reason.MANUAL));
        assertEquals("La sauvegarde n'a pas pu être écrite dans " + notAFolder.resolve("backups") + ". Vérifiez que le "
                + "dossier existe et que vous pouvez y écrire ; le journal campus-pilot.log en dit plus.",
                org.campuspilot.ui.Messages.load(org.campuspilot.ui.Messages.FRENCH).get(e.problem()));
        assertEquals("backup.error.full", Backups.writeFailure(dir, new IOException("VACUUM INTO failed",
                new java.sql.SQLException("[SQLITE_FULL] database or disk is full"))).key());
    }
}
