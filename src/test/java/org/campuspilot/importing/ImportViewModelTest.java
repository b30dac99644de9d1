package org.campuspilot.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.campuspilot.TestCampus;
import org.campuspilot.TestData;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.db.Database;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.establishment.EstablishmentRepository;
import org.campuspilot.shared.Uai;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.RecordingDialogs;
import org.campuspilot.ui.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import screen's logic, without a window: preview, hand edits, rejected lines, rows left out, templates. */
class ImportViewModelTest {
    static final Path SAMPLE = TestData.annuaireSample();
    static final Path CORPUS = SheetImportTest.CORPUS;
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 21).atStartOfDay(ZoneId.of("Europe/Paris"))
            .toInstant(), ZoneId.of("Europe/Paris"));
    @TempDir Path dir;
    Database db;
    RecordingDialogs dialogs;
    ImportViewModel model;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("campus.db"));
        dialogs = new RecordingDialogs();
        model = new ImportViewModel(TestCampus.stores(db), TaskRunner.synchronous(), dialogs, Messages.load(Messages.FRENCH), CLOCK);
    }

    @Test
    void anImportOnAFullDiskSaysSoAndWritesNothing() {
        long pages = new org.campuspilot.db.Jdbc(db).count("PRAGMA page_count");
        Database full = Database.open(dir.resolve("campus.db"), Database.Options.DEFAULT.pragmas(java.util.Map.of(
                "max_page_count", String.valueOf(pages + 2))));
        ImportViewModel onFull = new ImportViewModel(TestCampus.stores(full), TaskRunner.synchronous(), dialogs,
                Messages.load(Messages.FRENCH), CLOCK);
        onFull.file.set(SAMPLE.toString());
        onFull.analyse();
        onFull.importNow();
        String said = dialogs.shown.get(dialogs.shown.size() - 1);
        assertTrue(said.contains("le disque est plein, rien n'a été modifié. Libérez de la place"), said);
        assertEquals(0, new org.campuspilot.db.Jdbc(db).count("SELECT COUNT(*) FROM establishment"));
    }

    @Test
    void theAnnuairePreviewMarksHandEditsAndKeepsThemUnlessAsked() {
        model.file.set(SAMPLE.toString());
        model.departements.set("35");
        model.kinds.clear();
        model.analyse();
        assertEquals(297, model.rows.size());
        model.importNow();
        assertEquals(List.of("info:Import terminé : 297 établissement(s) ajouté(s), 0 mis à jour ; 0 champ(s) modifié(s) "
                + "à la main conservé(s) ; 0 établissement(s) devenu(s) membre(s) du réseau."),
                dialogs.shown.subList(dialogs.shown.size() - 1, dialogs.shown.size()));

        // The director corrects a phone number by hand; the next import shows it and keeps it.
        EstablishmentRepository repo = new EstablishmentRepository(db);
        Establishment e = repo.findByUai(new Uai("0350122T")).orElseThrow();
        repo.update(new Establishment(e.id(), e.uai(), e.name(), e.kind(), e.ownership(), e.siret(), e.street(),
                e.postalCode(), e.city(), org.campuspilot.shared.PhoneNumber.check("02 99 00 00 00").value(),
                e.email(), e.website(), e.role(), e.memberSince(), e.memberUntil(), e.conventionSignedOn(),
                e.notes()));
        model.file.set(SAMPLE.toString());
        model.analyse();
        assertEquals(1, model.rows.size(), "only the edited establishment differs");
        ImportViewModel.PreviewRow row = model.rows.get(0);
        assertEquals("Mise à jour", row.operation());
        assertTrue(row.handEdited());
        assertTrue(row.changes().startsWith("Téléphone : 0299000000 → "), row.changes());
        assertTrue(row.changes().endsWith("(modifié à la main)"), row.changes());
        assertTrue(model.hasHandEdits.get());
        model.importNow();
        assertEquals("0299000000", repo.findByUai(new Uai("0350122T")).orElseThrow().phone().digits(), "kept");
        model.file.set(SAMPLE.toString());
        model.analyse();
        model.overwriteHandEdits.set(true);
        model.importNow();
        assertFalse("0299000000".equals(repo.findByUai(new Uai("0350122T")).orElseThrow().phone().digits()));
    }

    @Test
    void thePreviewProposesTheUsualKindsAndTheTickedRowsJoinAsMembers() {
        assertEquals(AnnuaireFilter.USUAL_KINDS, java.util.Set.copyOf(model.kinds), "proposed at first");
        model.file.set(SAMPLE.toString());
        model.analyse();
        assertEquals(103, model.rows.size(), "lycées, MFR and STS schools; no collège, école, service or CIO");
        assertTrue(model.rows.stream().noneMatch(r -> r.label().contains("COLLEGE") || r.label().contains("CIRCO")
                || r.label().contains("DSDEN") || r.label().contains("ECOLE ELEMENTAIRE")), "usual kinds only");
        assertEquals("Aucune des 103 ligne(s) choisie(s) ne rejoint le réseau : elles seront des établissements du "
                + "territoire, hors réseau.", model.membership.summary.get());
        assertEquals("21/11/2026", model.membership.since.get(), "today by default");

        model.rows.get(0).member().set(true);
        model.rows.get(1).member().set(true);
        model.membership.since.set("31/02/2026");
        assertFalse(model.canImport().get(), "a date that is not a date blocks the import");
        assertTrue(model.membership.problem.get().contains("31/02/2026"), model.membership.problem.get());
        model.membership.since.set("");
        assertFalse(model.canImport().get());
        assertEquals("Indiquez la date d'adhésion des membres cochés (jj/mm/aaaa).", model.membership.problem.get());
        model.membership.since.set("01/09/2026");
        assertTrue(model.canImport().get());
        assertEquals("2 établissement(s) rejoindront le réseau comme membres le 01/09/2026 ; 101 autre(s) seront "
                + "des établissements du territoire, hors réseau.", model.membership.summary.get());
        String firstUai = model.rows.get(0).label().substring(0, 8);
        String otherUai = model.rows.get(2).label().substring(0, 8);
        model.importNow();
        assertTrue(dialogs.shown.stream().anyMatch(t -> t.contains("2 établissement(s) rejoindront le réseau")),
                "the confirmation says who joins: " + dialogs.shown);
        EstablishmentRepository repo = new EstablishmentRepository(db);
        assertEquals(103, repo.count());
        Establishment member = repo.findByUai(new Uai(firstUai)).orElseThrow();
        assertEquals(org.campuspilot.establishment.NetworkRole.MEMBRE, member.role());
        assertEquals(java.time.LocalDate.of(2026, 9, 1), member.memberSince());
        assertEquals(org.campuspilot.establishment.NetworkRole.TERRITOIRE,
                repo.findByUai(new Uai(otherUai)).orElseThrow().role());
        assertEquals(2, repo.findAll().stream().filter(e -> e.role().inNetwork()).count());
    }

    @Test
    void tickAllTicksEveryChosenRowThenUnticksThem() {
        model.file.set(SAMPLE.toString());
        model.analyse();
        model.rows.get(5).selected().set(false);
        model.membership.tickAll();
        assertEquals(102, model.rows.stream().filter(r -> r.member().get()).count(), "the rows left out are not");
        model.membership.tickAll();
        assertEquals(0, model.rows.stream().filter(r -> r.member().get()).count());
    }

    @Test
    void aRejectedLineBlocksTheImportUntilTheDirectorChoosesToSkipIt() {
        model.source.set(ImportViewModel.Source.COMPANIES);
        model.file.set(CORPUS.resolve("companies-scientific-siret.csv").toString());
        model.analyse();
        assertEquals(1, model.rows.size());
        assertEquals(1, model.issues.size());
        assertTrue(model.issues.get(0).blocking());
        assertFalse(model.canImport().get());
        model.skipInvalid.set(true);
        assertTrue(model.canImport().get());
        model.importNow();
        assertEquals(1, new CompanyRepository(db).count());
    }

    @Test
    void rowsLeftOutAreNotWrittenAndACancelledConfirmationWritesNothing() {
        model.source.set(ImportViewModel.Source.COMPANIES);
        model.file.set(CORPUS.resolve("companies.csv").toString());
        model.analyse();
        assertEquals(3, model.rows.size());
        dialogs.confirmAnswer = false;
        model.importNow();
        assertEquals(0, new CompanyRepository(db).count());
        dialogs.confirmAnswer = true;
        model.rows.get(1).selected().set(false);
        model.importNow();
        assertEquals(2, new CompanyRepository(db).count());
        assertTrue(new CompanyRepository(db).findAll().stream().noneMatch(c -> c.city().equals("Cardroc")));
    }

    @Test
    void tickingUpdateExistingShowsEachChangeAndTheDoneMessageCountsTheUpdates() throws Exception {
        model.source.set(ImportViewModel.Source.COMPANIES);
        model.file.set(CORPUS.resolve("companies.csv").toString());
        model.analyse();
        model.importNow();
        Path changed = Files.writeString(dir.resolve("entreprises.csv"), String.join("\r\n",
                "SIRET;Raison sociale;Commune;Notes",
                "21350016800025;Atelier Baulon Mécanique;Brest;",
                "21350050700024;Cardroc Robotique;Cardroc;",
                "21350080400025;Cintré Électronique;Cintré;"));
        model.file.set(changed.toString());
        model.analyse();
        assertEquals("3 ligne(s) lue(s) : 1 à ajouter, 2 déjà présente(s), 0 rejetée(s).", model.summary.get());
        assertEquals(List.of("Ajout"), model.rows.stream().map(ImportViewModel.PreviewRow::operation).toList());

        model.updateExisting.set(true);
        assertEquals("3 ligne(s) lue(s) : 1 à ajouter, 1 à mettre à jour, 1 inchangée(s), 0 écartée(s), "
                + "0 rejetée(s).", model.summary.get());
        assertEquals(List.of("Mise à jour", "Ajout"), model.rows.stream().map(ImportViewModel.PreviewRow::operation)
                .toList());
        assertEquals("Commune : Baulon → Brest", model.rows.get(0).changes());
        assertEquals("Atelier Baulon Mécanique (213 500 168 00025)", model.rows.get(0).label());
        model.importNow();
        assertEquals("info:Import terminé : 1 fiche(s) ajoutée(s) et 1 mise(s) à jour dans « Entreprises ».",
                dialogs.shown.get(dialogs.shown.size() - 1));
        assertEquals(4, new CompanyRepository(db).count());
        assertTrue(new CompanyRepository(db).findAll().stream().anyMatch(c -> "Brest".equals(c.city())));
    }

    @Test
    void theMappingChosenOnTheScreenIsUsedAndRemembered() {
        model.source.set(ImportViewModel.Source.COMPANIES);
        model.file.set(CORPUS.resolve("companies-missing-column.csv").toString());
        model.analyse();
        assertTrue(model.fileProblem.get().contains("n'a pas de colonne pour : « SIRET »"), model.fileProblem.get());
        assertFalse(model.planned().get());
        model.file.set(CORPUS.resolve("companies-comma-windows1252.csv").toString());
        model.analyse();
        assertEquals(4, model.columnOf.get("notes").get());
        model.columnOf.get("notes").set(null);
        assertTrue(model.planned().get());
        model.importNow();
        assertTrue(new CompanyRepository(db).findAll().stream().allMatch(c -> c.notes() == null));
        assertEquals(java.util.Map.of("number", 0, "name", 1, "naf", 2, "city", 3),
                new SheetImport(TestCampus.stores(db), CLOCK, Messages.load(Messages.FRENCH)).mapping(SheetKind.COMPANIES,
                        List.of("N° SIRET", "Dénomination", "APE", "Ville", "Remarques")));
    }

    @Test
    void aMissingFileAndACancelledReadSaySoAndWriteNothing() {
        model.file.set(dir.resolve("absent.csv").toString());
        model.analyse();
        assertTrue(model.fileProblem.get().contains("n'existe pas"), model.fileProblem.get());
        model.file.set(SAMPLE.toString());
        model.cancel();
        // A cancel during the read: the synchronous runner checks the flag set by the button.
        ImportViewModel cancelling = new ImportViewModel(TestCampus.stores(db), new TaskRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                    java.util.function.Consumer<Throwable> onFailure) {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            }

            @Override
            public void onFx(Runnable update) {
                update.run();
            }
        }, dialogs, Messages.load(Messages.FRENCH), CLOCK);
        cancelling.file.set(SAMPLE.toString());
        cancelling.progress.addListener((o, a, b) -> cancelling.cancel());
        cancelling.analyse();
        assertEquals("Import annulé : rien n'a été modifié.", cancelling.status.get());
        assertEquals(0, new EstablishmentRepository(db).count());
    }

    @Test
    void theTemplateIsWrittenWhereTheDirectorChooses() throws Exception {
        model.source.set(ImportViewModel.Source.EVENTS);
        dialogs.saveTo = dir.resolve("modele-evenements.xlsx");
        model.saveTemplate();
        assertTrue(Files.size(dialogs.saveTo) > 0);
        assertEquals("Titre", TableFile.read(dialogs.saveTo).header().get(0));
    }
}
