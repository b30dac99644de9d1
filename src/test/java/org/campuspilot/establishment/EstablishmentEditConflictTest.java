package org.campuspilot.establishment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.campuspilot.TestStore;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.db.Database;
import org.campuspilot.db.EditConflict;
import org.campuspilot.shared.Uai;
import org.campuspilot.ui.DialogService;
import org.campuspilot.ui.MergeField;
import org.campuspilot.ui.MergeField.Side;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.RecordingDialogs;
import org.campuspilot.ui.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Two people edit the same establishment (decision 0043): the second save overwrites nothing unseen. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestStore.class)
class EstablishmentEditConflictTest {
    @Parameter
    TestStore store;

    @TempDir Path dir;
    EstablishmentRepository mine;
    /** The other user: another connection to the same campus. */
    EstablishmentRepository theirs;
    EstablishmentService service;
    Database theirDatabase;
    RecordingDialogs dialogs = new RecordingDialogs();
    List<Establishment> saved = new ArrayList<>();
    Establishment loaded;

    @BeforeEach
    void open() {
        Database db = store.open(dir);
        mine = new EstablishmentRepository(db);
        theirDatabase = Database.open(db.location(), Database.Options.DEFAULT);
        theirs = new EstablishmentRepository(theirDatabase);
        service = new EstablishmentService(db, mine, new ContactRepository(db));
        loaded = mine.insert(EstablishmentRepositoryTest.jeanJaures());
    }

    private EstablishmentFormViewModel form(DialogService d) {
        EstablishmentFormViewModel vm = new EstablishmentFormViewModel(service, TaskRunner.synchronous(), d,
                Messages.load(Messages.FRENCH));
        vm.edit(loaded);
        return vm;
    }

    private void theyRename(String name, String city) {
        Establishment now = theirs.findById(loaded.id()).orElseThrow();
        theirs.update(new Establishment(now.id(), now.uai(), name, now.kind(), now.ownership(), now.siret(),
                now.street(), now.postalCode(), city, now.phone(), now.email(), now.website(), now.role(),
                now.memberSince(), now.memberUntil(), now.conventionSignedOn(), now.notes()));
    }

    @Test
    void theServiceRefusesARecordChangedSinceItWasLoaded() {
        theyRename("Lycée Jean Jaurès", "Rennes");
        EditConflict refused = org.junit.jupiter.api.Assertions.assertThrows(EditConflict.class,
                () -> service.save(loaded, loaded));
        assertEquals("Lycée Jean Jaurès", ((Establishment) refused.current()).name());
        assertEquals("Lycée Jean Jaurès", mine.findById(loaded.id()).orElseThrow().name(), "nothing written");
        assertTrue(service.save(loaded, mine.findById(loaded.id()).orElseThrow()).isOk(),
                "against the record as it now is, the save goes through");
    }

    @Test
    void onAServerTheRowIsHeldFromTheCheckToTheCommit() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(store == TestStore.POSTGRESQL,
                "a SQLite write transaction holds the whole file from its start");
        Establishment theirVersion = renamed(loaded, "Lycée Jean Jaurès");
        java.util.concurrent.CountDownLatch written = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
        Thread first = new Thread(() -> theirDatabase.inTransaction(c -> {
            EditConflict.check(c, "establishment", loaded.id(), loaded, theirs::findById);
            theirs.update(theirVersion);
            written.countDown();
            try {
                commit.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        first.start();
        written.await();
        java.util.concurrent.CompletableFuture<Throwable> second = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> {
                    try {
                        service.save(renamed(loaded, "LP Jean Jaurès"), loaded);
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                });
        org.campuspilot.db.Jdbc watch = new org.campuspilot.db.Jdbc(
                Database.open(theirDatabase.location(), Database.Options.DEFAULT));
        while (!second.isDone() && watch.count("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                + " AND datname = current_database()") == 0) {
            Thread.sleep(5); // until my save waits for the row their transaction holds
        }
        commit.countDown();
        first.join();
        assertTrue(second.get() instanceof EditConflict, () -> "my save saw their commit: " + second.join());
        assertEquals("Lycée Jean Jaurès", mine.findById(loaded.id()).orElseThrow().name());
    }

    private static Establishment renamed(Establishment e, String name) {
        return new Establishment(e.id(), e.uai(), name, e.kind(), e.ownership(), e.siret(), e.street(),
                e.postalCode(), e.city(), e.phone(), e.email(), e.website(), e.role(), e.memberSince(),
                e.memberUntil(), e.conventionSignedOn(), e.notes());
    }

    @Test
    void aSaveWithNobodyElseAskNothing() {
        EstablishmentFormViewModel vm = form(dialogs);
        vm.notes.text().set("Visite en mars");
        vm.save(saved::add);
        assertEquals(1, saved.size());
        assertTrue(dialogs.shown.isEmpty(), () -> dialogs.shown.toString());
        vm.notes.text().set("Visite en avril");
        vm.save(saved::add);
        assertEquals("Visite en avril", mine.findById(loaded.id()).orElseThrow().notes(),
                "the saved record is the one the next save is checked against");
        assertTrue(dialogs.shown.isEmpty(), () -> dialogs.shown.toString());
    }

    @Test
    void theDialogShowsOnlyTheFieldsThatDifferAndKeepsTheirsWhereIDidNotType() {
        EstablishmentFormViewModel vm = form(dialogs);
        vm.name.text().set("LP Jean Jaurès");
        theyRename("Lycée Jean Jaurès", "Rennes Cedex");
        vm.save(saved::add);

        List<MergeField> fields = dialogs.mergeFields;
        assertEquals(List.of("Nom", "Ville"), fields.stream().map(MergeField::label).toList());
        assertEquals("Lycée Jean Jaurès", fields.get(0).left());
        assertEquals("LP Jean Jaurès", fields.get(0).right());
        assertEquals(Side.RIGHT, fields.get(0).defaultSide(), "my typed name is chosen first");
        assertEquals(Side.LEFT, fields.get(1).defaultSide(), "their city, which I did not touch, is chosen first");
        assertTrue(dialogs.shown.get(0).contains("Quelqu'un d'autre a enregistré cette fiche"));

        Establishment now = mine.findById(loaded.id()).orElseThrow();
        assertEquals("LP Jean Jaurès", now.name());
        assertEquals("Rennes Cedex", now.city());
        assertEquals(1, saved.size());
    }

    @Test
    void theUserMayKeepTheirValueOfOneFieldAndMineOfAnother() {
        EstablishmentFormViewModel vm = form(dialogs);
        vm.name.text().set("LP Jean Jaurès");
        vm.city.text().set("Rennes (35)");
        theyRename("Lycée Jean Jaurès", "Rennes Cedex");
        dialogs.mergeAnswer = List.of(Side.LEFT, Side.RIGHT);
        vm.save(saved::add);
        Establishment now = mine.findById(loaded.id()).orElseThrow();
        assertEquals("Lycée Jean Jaurès", now.name());
        assertEquals("Rennes (35)", now.city());
        assertEquals("Lycée Jean Jaurès", vm.name.text().get(), "the form shows what was saved");
    }

    @Test
    void aChangeMadeWhileTheDialogIsOpenIsAskedAboutAgain() {
        int[] merges = {0};
        DialogService d = (DialogService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DialogService.class}, (proxy, method, args) -> {
                    Object answer = method.invoke(dialogs, args);
                    if (method.getName().equals("merge") && merges[0]++ == 0) {
                        // While the first question is open, they save again; asked again, the defaults are taken.
                        theyRename("Lycée des métiers Jean Jaurès", "Rennes Cedex");
                        dialogs.mergeAnswer = null;
                    }
                    return answer;
                });
        EstablishmentFormViewModel vm = form(d);
        vm.name.text().set("LP Jean Jaurès");
        theyRename("Lycée Jean Jaurès", "Rennes");
        dialogs.mergeAnswer = List.of(Side.LEFT);
        vm.save(saved::add);
        assertEquals(2, merges[0], "asked again about the name changed while the first question was open");
        assertEquals("Lycée des métiers Jean Jaurès", dialogs.mergeFields.get(0).left());
        assertEquals(List.of("Nom", "Ville"), dialogs.mergeFields.stream().map(MergeField::label).toList());
        Establishment now = mine.findById(loaded.id()).orElseThrow();
        assertEquals("Lycée des métiers Jean Jaurès", now.name(), "theirs, chosen the first time, is chosen first");
        assertEquals("Rennes Cedex", now.city());
    }

    @Test
    void cancellingKeepsMyInputAndTheirRecordAndTheNextSaveAsksAgain() {
        EstablishmentFormViewModel vm = form(dialogs);
        vm.name.text().set("LP Jean Jaurès");
        theyRename("Lycée Jean Jaurès", "Rennes");
        dialogs.mergeCancelled = true;
        vm.save(saved::add);
        assertEquals("Lycée Jean Jaurès", mine.findById(loaded.id()).orElseThrow().name());
        assertEquals("LP Jean Jaurès", vm.name.text().get());
        assertEquals("form.conflict.cancelled", vm.formProblem().get().key());
        assertTrue(saved.isEmpty());
        dialogs.mergeCancelled = false;
        vm.save(saved::add);
        assertEquals(2, dialogs.shown.stream().filter(s -> s.startsWith("merge:")).count());
        assertEquals("LP Jean Jaurès", mine.findById(loaded.id()).orElseThrow().name());
    }

    @Test
    void aRecordTheyDeletedCanBeRecreatedFromMyInput() {
        EstablishmentFormViewModel vm = form(dialogs);
        vm.name.text().set("LP Jean Jaurès");
        theirs.delete(loaded.id());
        dialogs.chooseAnswer = 0;
        vm.save(saved::add);
        assertTrue(dialogs.shown.get(0).contains("Quelqu'un d'autre a supprimé cette fiche"));
        Establishment again = mine.findByUai(new Uai("0350031U")).orElseThrow();
        assertEquals("LP Jean Jaurès", again.name());
        assertNotEquals(loaded.id(), again.id(), "a new record: an id is never given twice");
    }

    @Test
    void myInputOnARecordTheyDeletedCanBeDropped() {
        EstablishmentFormViewModel vm = form(dialogs);
        boolean[] gone = {false};
        vm.setOnGone(() -> gone[0] = true);
        vm.name.text().set("LP Jean Jaurès");
        theirs.delete(loaded.id());
        dialogs.chooseAnswer = 1;
        vm.save(saved::add);
        assertEquals(0, mine.count());
        assertTrue(gone[0]);
        assertTrue(saved.isEmpty());
    }
}
