package org.campuspilot.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.campuspilot.TestCampus;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.db.Database;
import org.campuspilot.shared.NafVersion;
import org.campuspilot.ui.MergeField;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.RecordingDialogs;
import org.campuspilot.ui.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The company list's filters and merge, and the company form's rules, on the demo campus. */
class CompanyViewModelsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    @TempDir Path dir;
    Database db;
    CompanyRepository repo;
    CompanyService service;
    RecordingDialogs dialogs = new RecordingDialogs();
    Messages messages = Messages.load(Messages.FRENCH);
    Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris"));
    CompanyListViewModel list;
    CompanyFormViewModel form;

    @BeforeEach
    void open() {
        db = TestCampus.demo(dir.resolve("demo.db"));
        repo = new CompanyRepository(db);
        ContactRepository contacts = new ContactRepository(db);
        service = new CompanyService(db, repo, contacts);
        list = new CompanyListViewModel(repo, service, contacts, TaskRunner.synchronous(), dialogs, messages, clock);
        form = new CompanyFormViewModel(service, contacts, TaskRunner.synchronous(), dialogs, messages, clock);
        list.load(rows -> {
        });
    }

    private List<String> names() {
        return list.visible().stream().map(r -> r.company().name()).toList();
    }

    private Company named(String name) {
        return repo.findAll().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void filtersMatchTheRecordsCountedIndependently() {
        List<Company> all = repo.findAll();
        assertEquals(20, list.visible().size());
        list.partnerships().add(PartnershipKind.DON_EQUIPEMENT);
        assertEquals(all.stream().filter(c -> c.partnerships().contains(PartnershipKind.DON_EQUIPEMENT)).count(),
                list.visible().size());
        list.size().set(SizeBand.MICRO);
        assertEquals(List.of("Cobotique Armorique"), names());
        list.clearFilters();
        for (ConventionStatus status : ConventionStatus.values()) {
            list.convention().set(status);
            long expected = all.stream().filter(c -> c.conventionSignedOn() == null ? status == ConventionStatus.NONE
                    : c.conventionEndsOn() != null && c.conventionEndsOn().isBefore(TODAY)
                            ? status == ConventionStatus.EXPIRED : status == ConventionStatus.ACTIVE).count();
            assertEquals(expected, list.visible().size(), status.name());
        }
        list.clearFilters();
        list.search().set("476 798 913");
        assertEquals(List.of("Armor Robotique"), names(), "found by SIRET typed with spaces");
        list.search().set("fougeres");
        assertEquals(3, list.visible().size(), "found by city without accents");
    }

    @Test
    void mergeAsksFieldByFieldKeepsTheOlderRecordAndCanBeCancelled() {
        Company armor = named("Armor Robotique");
        Company cobot = named("Cobotique Armorique");
        dialogs.mergeCancelled = true;
        list.merge(cobot, armor, kept -> {
        });
        assertEquals(20, repo.count(), "cancelled: nothing merged");

        dialogs.mergeCancelled = false;
        List<MergeField.Side> sides = new ArrayList<>(Collections.nCopies(13, MergeField.Side.LEFT));
        sides.set(1, MergeField.Side.RIGHT);
        dialogs.mergeAnswer = sides;
        Company[] result = new Company[1];
        list.merge(cobot, armor, kept -> result[0] = kept);
        assertEquals(19, repo.count());
        assertEquals(armor.id(), result[0].id(), "the older record stays, whichever was selected first");
        assertEquals("Armor Robotique", dialogs.mergeFields.get(1).left());
        assertEquals("Cobotique Armorique", repo.findById(armor.id()).orElseThrow().name(), "the name chosen");
        assertEquals("Laurent Gicquel", dialogs.mergeFields.get(11).left(), "main contacts shown by name");
        assertEquals(19, list.visible().size(), "the list is read again");
    }

    @Test
    void aBadSiretStopsTheSaveAndADuplicateOffersTheExistingRecord() {
        form.startNew();
        form.number.set("47679891300011");
        form.name.set("Nouvelle");
        form.save(c -> {
        });
        assertEquals("validation.siret.checksum", form.number.problem().get().key());
        assertEquals(20, repo.count());

        form.number.set("47679891300010");
        form.save(c -> {
        });
        assertEquals("company.error.duplicateNumber", form.number.problem().get().key());
        assertEquals(named("Armor Robotique").id(), form.existing.get());
        form.number.set("36922635200010");
        assertNull(form.existing.get(), "the link goes as soon as the number changes");
    }

    @Test
    void aNearDuplicateNameAsksAndNothingIsSavedWhenTheUserSaysNo() {
        form.startNew();
        form.number.set("36922635200010");
        form.name.set("Armor robotique");
        form.city.set("BRUZ");
        dialogs.confirmAnswer = false;
        form.save(c -> {
        });
        assertTrue(dialogs.shown.get(0).startsWith("confirm:Enregistrer quand même:À BRUZ, une entreprise"),
                dialogs.shown.get(0));
        assertEquals(20, repo.count());
        dialogs.confirmAnswer = true;
        form.save(c -> {
        });
        assertEquals(21, repo.count());
    }

    @Test
    void nafIsCheckedAgainstTheChosenNomenclatureAndSavedWithIt() {
        form.startNew();
        assertEquals(NafVersion.REV2, form.nafVersion.get(), "in force on 21/11/2026");
        form.naf.set("04.10z");
        form.leave(form.naf);
        assertEquals("validation.naf.division", form.naf.problem().get().key());
        form.nafVersion.set(NafVersion.NAF2025);
        assertNull(form.naf.problem().get(), "checked again when the nomenclature changes");
        form.number.set("36922635200010");
        form.name.set("Nouvelle nomenclature");
        form.conventionSignedOn.set("01/09/2026");
        form.conventionEndsOn.set("31/08/2026");
        form.save(c -> {
        });
        assertEquals("validation.dates.endBeforeStart", form.conventionEndsOn.problem().get().key());
        form.conventionEndsOn.set("31/08/2029");
        form.save(c -> {
        });
        Company saved = named("Nouvelle nomenclature");
        assertEquals("04.10Z", saved.naf().code());
        assertEquals(NafVersion.NAF2025, saved.naf().version());
    }

    @Test
    void undoAndRedoOfTheFormsSavesAndDeletes() {
        org.campuspilot.history.UndoStack undo = new org.campuspilot.history.UndoStack(db,
                new org.campuspilot.history.HistoryService(db), TaskRunner.synchronous(), messages);
        List<org.campuspilot.shared.Problem> refused = new ArrayList<>();
        Company armor = named("Armor Robotique");
        form.edit(armor);
        form.city.set("Rennes");
        form.save(c -> {
        });
        assertEquals(null, form.formProblem().get());
        assertEquals("Modification — Entreprise « Armor Robotique »", undo.undoLabel().get());
        undo.undo(() -> {
        }, refused::add);
        assertEquals("Bruz", named("Armor Robotique").city());
        assertEquals("Modification — Entreprise « Armor Robotique »", undo.redoLabel().get());
        assertEquals("", undo.undoLabel().get(), "the save was the session's only change");
        undo.redo(() -> {
        }, refused::add);
        assertEquals("Rennes", named("Armor Robotique").city());

        form.startNew();
        form.number.set("96595223700018");
        form.name.set("Soudure Rennaise");
        form.save(c -> {
        });
        form.delete(() -> {
        });
        assertTrue(repo.findAll().stream().noneMatch(c -> c.name().equals("Soudure Rennaise")));
        assertEquals("Suppression — Entreprise « Soudure Rennaise »", undo.undoLabel().get());
        undo.undo(() -> {
        }, refused::add);
        list.load(rows -> {
        });
        assertTrue(names().contains("Soudure Rennaise"), "the deletion undone: back in the list");
        undo.undo(() -> {
        }, refused::add);
        list.load(rows -> {
        });
        assertTrue(!names().contains("Soudure Rennaise"), "the creation undone");
        undo.redo(() -> {
        }, refused::add);
        assertTrue(repo.findAll().stream().anyMatch(c -> c.name().equals("Soudure Rennaise")), "redone");
        assertTrue(refused.isEmpty(), refused.toString());

        form.edit(named("Armor Robotique"));
        form.city.set("Vitré");
        form.save(c -> {
        });
        // Another process (a second window, a command) changes it: this session's undo stack does not hear of it.
        new org.campuspilot.db.Jdbc(org.campuspilot.db.Database.open(db.file())).update(
                "UPDATE company SET city = 'Ailleurs' WHERE name = 'Armor Robotique'");
        undo.undo(() -> {
        }, refused::add);
        assertEquals(List.of("history.revert.changed"), refused.stream().map(p -> p.key()).toList(),
                "changed behind the session's back: refused, said");
        assertEquals("Ailleurs", named("Armor Robotique").city());
    }
}
