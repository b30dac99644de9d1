package org.campuspilot.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.campuspilot.TestCampus;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.db.Database;
import org.campuspilot.shared.Problem;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.RecordingDialogs;
import org.campuspilot.ui.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The look into an XLSX or ODS archive before its parser: each limit, and the import screen's sentence. */
class ArchiveGuardTest {
    static final Path HOSTILE = Path.of("src/test/resources/org/campuspilot/importing/hostile");
    static final Messages FR = Messages.load(Messages.FRENCH);
    @TempDir Path dir;

    @ParameterizedTest
    @EnumSource(value = TableFile.Format.class, names = {"XLSX", "ODS"})
    void theProjectsOwnWorkbooksPass(TableFile.Format format) throws Exception {
        Path template = dir.resolve("modele." + format.extension());
        SheetTemplates.write(SheetKind.COMPANIES, format, template, FR);
        ArchiveGuard.check(template, format, template.getFileName().toString());
        assertEquals(1, TableFile.read(template).rows().size());
    }

    @Test
    void eachLimitRefusesWithItsSentence() throws Exception {
        Path skeleton = HOSTILE.resolve("companies-skeleton.xlsx");
        assertEquals(Problem.of("import.archive.tooBig", "s.xlsx", "0"), refusal(skeleton,
                new ArchiveGuard.Limits(1_000, 1_000, 100, 1L << 20)));
        assertEquals(Problem.of("import.archive.entries", "s.xlsx", 6, 5), refusal(skeleton,
                new ArchiveGuard.Limits(1L << 20, 5, 100, 1L << 20)));
        // The sheet inflates 4 times its compressed size: refused once parts that small are watched, not before.
        assertEquals(Problem.of("import.archive.ratio", "s.xlsx", "3"), refusal(skeleton,
                new ArchiveGuard.Limits(1L << 20, 1_000, 3, 1_000)));
        ArchiveGuard.check(skeleton, TableFile.Format.XLSX, "s.xlsx", new ArchiveGuard.Limits(1L << 20, 6, 3,
                1L << 20));
        Path text = Files.writeString(dir.resolve("t.xlsx"), "SIRET;Raison sociale\n");
        assertEquals(Problem.of("import.sheet.unreadable", "s.xlsx", "XLSX"), refusal(text, ArchiveGuard.LIMITS));
    }

    @Test
    void theImportScreenShowsTheSentenceAndWritesNothing() {
        Database db = Database.open(dir.resolve("campus.db"));
        RecordingDialogs dialogs = new RecordingDialogs();
        ImportViewModel model = new ImportViewModel(TestCampus.stores(db), TaskRunner.synchronous(), dialogs, FR,
                Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneId.of("Europe/Paris")));
        model.source.set(ImportViewModel.Source.COMPANIES);
        model.file.set(HOSTILE.resolve("companies-lying-sizes.ods").toString());
        model.analyse();
        assertEquals(FR.get(Problem.of("import.archive.tooBig", "companies-lying-sizes.ods", "32")),
                model.fileProblem.get());
        model.file.set(HOSTILE.resolve("companies-inflates-256mib.xlsx").toString());
        model.analyse();
        assertTrue(model.fileProblem.get().startsWith("Le fichier companies-inflates-256mib.xlsx se décompresse en "
                + "plus de 32 Mo : ce n'est pas un tableur ordinaire."), model.fileProblem.get());
        assertTrue(model.rows.isEmpty());
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
        assertEquals(0, new CompanyRepository(db).count());
    }

    private static Problem refusal(Path file, ArchiveGuard.Limits limits) {
        return assertThrows(ImportFileException.class, () -> ArchiveGuard.check(file, TableFile.Format.XLSX,
                "s.xlsx", limits)).problem();
    }
}
