package org.campuspilot.establishment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.campuspilot.db.Database;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.RecordingDialogs;
import org.campuspilot.ui.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstablishmentFormViewModelTest {
    @TempDir Path dir;
    EstablishmentRepository repo;
    EstablishmentFormViewModel vm;
    RecordingDialogs dialogs = new RecordingDialogs();
    List<Establishment> saved = new ArrayList<>();

    @BeforeEach
    void setUp() {
        Database db = Database.open(dir.resolve("f.db"));
        repo = new EstablishmentRepository(db);
        vm = new EstablishmentFormViewModel(new EstablishmentService(db, repo, new org.campuspilot.contact.ContactRepository(db)), TaskRunner.synchronous(), dialogs,
                Messages.load(Messages.FRENCH));
        vm.startNew();
    }

    private void fillValid() {
        vm.uai.text().set("0350031u");
        vm.name.text().set("Lycée professionnel Jean Jaurès");
        vm.kind.set(EstablishmentKind.LYCEE_PROFESSIONNEL);
    }

    @Test
    void aWrongUaiIsExplainedWhenTheUserLeavesTheField() {
        vm.uai.text().set("0350031A");
        vm.leave(vm.uai);
        assertEquals("validation.uai.letter", vm.uai.problem().get().key());
        assertEquals("Le code UAI 0350031A n'est pas valide : la lettre de contrôle attendue est U.",
                Messages.load(Messages.FRENCH).get(vm.uai.problem().get()));
    }

    @Test
    void emptyRequiredFieldsAreFlaggedOnlyAfterTheFirstSaveAttempt() {
        vm.leave(vm.name);
        assertNull(vm.name.problem().get());
        vm.save(saved::add);
        assertEquals("validation.required", vm.name.problem().get().key());
        assertEquals("validation.required", vm.uai.problem().get().key());
        assertEquals("validation.required", vm.kindProblem.get().key());
        assertEquals("form.error.fix", vm.formProblem().get().key());
        assertTrue(saved.isEmpty());
        assertEquals(0, repo.count());
    }

    @Test
    void savesAValidEstablishmentWithNormalisedValues() {
        fillValid();
        vm.siret.text().set("193 500 311 00017");
        vm.phone.text().set("+33 2 99 65 15 66");
        vm.memberSince.text().set("01/09/2022");
        vm.save(saved::add);
        assertEquals(1, saved.size());
        Establishment e = repo.findById(saved.get(0).id()).orElseThrow();
        assertEquals("0350031U", e.uai().code());
        assertEquals("19350031100017", e.siret().code());
        assertEquals("0299651566", e.phone().digits());
        assertEquals(java.time.LocalDate.of(2022, 9, 1), e.memberSince());
        assertFalse(vm.dirty().get());
        assertEquals(e, vm.editing().get());
    }

    @Test
    void aDuplicateUaiComesBackOntoTheFieldWithTheExistingRecordToOpen() {
        Establishment existing = repo.insert(EstablishmentRepositoryTest.jeanJaures());
        fillValid();
        vm.save(saved::add);
        assertTrue(saved.isEmpty());
        assertEquals("establishment.error.duplicateUai", vm.uai.problem().get().key());
        assertEquals(existing.id(), vm.existing.get());
        assertEquals(1, repo.count());
    }

    @Test
    void membershipCannotEndBeforeItStarts() {
        fillValid();
        vm.memberSince.text().set("01/09/2024");
        vm.memberUntil.text().set("31/08/2023");
        vm.leave(vm.memberUntil);
        assertEquals("validation.dates.endBeforeStart", vm.memberUntil.problem().get().key());
        vm.save(saved::add);
        assertTrue(saved.isEmpty());
    }

    @Test
    void editingMarksTheFormDirtyAndLoadingCleansIt() {
        Establishment e = repo.insert(EstablishmentRepositoryTest.jeanJaures());
        vm.edit(e);
        assertFalse(vm.dirty().get());
        vm.city.text().set("Rennes Cedex");
        assertTrue(vm.dirty().get());
    }

    @Test
    void deleteAsksWithANamedButtonAndDeletes() {
        Establishment e = repo.insert(EstablishmentRepositoryTest.jeanJaures());
        vm.edit(e);
        boolean[] deleted = {false};
        dialogs.confirmAnswer = false;
        vm.delete(() -> deleted[0] = true);
        assertFalse(deleted[0]);
        assertEquals(1, repo.count());
        assertTrue(dialogs.shown.get(0).startsWith("confirm:Supprimer l'établissement:"));
        dialogs.confirmAnswer = true;
        vm.delete(() -> deleted[0] = true);
        assertTrue(deleted[0]);
        assertEquals(0, repo.count());
    }

    @Test
    void deletingTheSupportIsRefusedWithAnExplanation() {
        Establishment e = repo.insert(EstablishmentRepositoryTest.jeanJaures().withRole(NetworkRole.SUPPORT));
        vm.edit(e);
        vm.delete(() -> {
        });
        assertEquals(1, repo.count());
        assertTrue(dialogs.shown.get(0).startsWith("error:« Lycée professionnel Jean Jaurès » est l'établissement support"),
                dialogs.shown.get(0));
    }

    @Test
    void unsavedChangesAreDiscardedOnlyWhenTheUserSaysSo() {
        Establishment e = repo.insert(EstablishmentRepositoryTest.jeanJaures());
        vm.edit(e);
        assertTrue(vm.mayLeave(), "nothing changed: no question");
        assertTrue(dialogs.shown.isEmpty());
        vm.city.text().set("Rennes Cedex");
        dialogs.confirmAnswer = false;
        assertFalse(vm.mayLeave());
        assertTrue(dialogs.shown.get(0).startsWith("confirm:Abandonner les modifications:Les modifications de "
                + "« Lycée professionnel Jean Jaurès » ne sont pas enregistrées."), dialogs.shown.get(0));
        dialogs.confirmAnswer = true;
        assertTrue(vm.mayLeave());
    }
}
