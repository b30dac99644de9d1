package org.campuspilot.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.campuspilot.TestCampus;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.ui.FormViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad file is refused before anything is written to it, with the reason the window and the commands
 * turn into a sentence; a read-only file and a full disk lose nothing; files are the owner's only.
 */
class BadFilesTest {
    @TempDir Path dir;
    Path sound;

    @BeforeEach
    void demo() {
        sound = dir.resolve("sound.campuspilot");
        TestCampus.demo(sound);
    }

    @Test
    void eachDamagedOrForeignFileIsRefusedUntouched() throws Exception {
        for (DamagedFiles.Kind kind : DamagedFiles.all()) {
            Path bad = DamagedFiles.make(sound, dir.resolve(kind + ".campuspilot"), kind);
            byte[] before = Files.readAllBytes(bad);
            RuntimeException refused = assertThrows(RuntimeException.class, () -> Database.open(bad), kind.name());
            switch (kind) {
                case TRUNCATED, CORRUPT, NOT_SQLITE -> assertEquals(DatabaseProblem.DAMAGED,
                        DatabaseProblem.of(refused), kind + ": " + refused);
                case NEWER -> assertTrue(refused instanceof Migrations.NewerSchemaException, refused.toString());
                case FOREIGN -> assertTrue(refused instanceof Migrations.ForeignDatabaseException,
                        refused.toString());
            }
            assertArrayEquals(before, Files.readAllBytes(bad), kind + " left exactly as it was");
            assertTrue(Files.notExists(bad.resolveSibling(bad.getFileName() + "-wal"))
                    || Files.size(bad.resolveSibling(bad.getFileName() + "-wal")) == 0, kind + ": nothing journaled");
        }
    }

    @Test
    void readOnlyTheFileIsReadAndASaveSaysSo() {
        Database readOnly = Database.open(sound, Database.Options.DEFAULT.readOnly(true));
        assertEquals(20, new CompanyRepository(readOnly).count());
        DataAccessException e = assertThrows(DataAccessException.class, () -> readOnly.inTransaction(c ->
                new Jdbc(readOnly).update("UPDATE company SET city = 'Rennes'")));
        assertEquals(DatabaseProblem.READ_ONLY, DatabaseProblem.of(e));
        assertEquals("form.error.readOnly", FormViewModel.failureProblem(e, "x").key());
    }

    @Test
    void aFullDiskRollsTheSaveBackAndSaysSo() {
        long pages = new Jdbc(Database.open(sound)).count("PRAGMA page_count");
        Database full = Database.open(sound, Database.Options.DEFAULT.pragmas(Map.of("max_page_count",
                String.valueOf(pages))));
        Jdbc jdbc = new Jdbc(full);
        long companies = jdbc.count("SELECT COUNT(*) FROM company");
        DataAccessException e = assertThrows(DataAccessException.class, () -> full.inTransaction(c -> {
            for (int i = 0; i < 2000; i++) {
                jdbc.update("INSERT INTO company (siren, name, notes) VALUES (?, 'X', ?)",
                        String.format("%09d", 900000000 + i), "x".repeat(2000));
            }
            return null;
        }));
        assertEquals(DatabaseProblem.DISK_FULL, DatabaseProblem.of(e));
        assertEquals("form.error.diskFull", FormViewModel.failureProblem(e, "x").key());
        Jdbc after = new Jdbc(Database.open(sound));
        assertEquals(companies, after.count("SELECT COUNT(*) FROM company"), "nothing half-written");
        assertEquals("ok", after.one("PRAGMA integrity_check", rs -> rs.getString(1)).orElseThrow());
        assertEquals(0, after.count("SELECT COUNT(*) FROM change_set WHERE open = 1"));
    }

    @Test
    @SuppressWarnings("try") // a lock held for the block, never read
    void theFileIsTheOwnersOnly() throws Exception {
        Path file = dir.resolve("new.campuspilot");
        Database.open(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Path old = dir.resolve("old.campuspilot");
        Files.copy(sound, old);
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
        Database.open(old);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(old)),
                "a file made before is restricted when opened");
        try (WriterLock lock = WriterLock.tryAcquire(file).orElseThrow()) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    WriterLock.lockFile(file))));
            assertTrue(WriterLock.tryAcquire(file).isEmpty(), "a second writer is refused");
            assertTrue(WriterLock.holderOf(file).startsWith(ProcessHandle.current().pid() + "@"));
        }
        assertTrue(WriterLock.tryAcquire(file).orElseThrow() != null, "released");
    }
}
