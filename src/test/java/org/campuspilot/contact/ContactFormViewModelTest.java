package org.campuspilot.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.shared.Organisation;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.RecordingDialogs;
import org.campuspilot.ui.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactFormViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    @TempDir Path dir;
    Database db;
    ContactRepository repo;
    RecordingDialogs dialogs = new RecordingDialogs();
    ContactFormViewModel form;

    @BeforeEach
    void open() {
        db = TestCampus.demo(dir.resolve("demo.db"));
        repo = new ContactRepository(db);
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris"));
        form = new ContactFormViewModel(new ContactService(db, repo, clock), repo, () -> "Campus X",
                TaskRunner.synchronous(), dialogs, Messages.load(Messages.FRENCH), clock);
        form.loadChoices();
    }

    Contact find(String lastName) {
        return repo.findAll().stream().filter(c -> lastName.equals(c.lastName())).findFirst().orElseThrow();
    }

    @Test
    void aKindOfOrganisationWithoutTheOrganisationIsRefused() {
        form.startNew();
        form.lastName.set("Nouveau");
        form.phone.set("+33 2 99 12 34 56");
        form.organisationKind.set(Organisation.Kind.COMPANY);
        form.save(c -> {
        });
        assertEquals("contact.form.organisation.missing", form.organisationProblem.get().key());
        assertEquals(40, repo.count());
        form.company.set(form.companyChoices.get(0));
        form.save(c -> {
        });
        Contact saved = find("Nouveau");
        assertEquals("0299123456", saved.phone().digits(), "+33 accepted, stored normalised");
        assertEquals("02 99 12 34 56", saved.phone().display());
        assertEquals(form.companyChoices.get(0).id(), saved.organisation().id());
        assertEquals(TODAY, saved.createdOn());
    }

    @Test
    void aNewContactFromAnOrganisationPageIsAttachedToIt() {
        Contact gicquel = find("Gicquel");
        form.startNew(gicquel.organisation());
        assertEquals(Organisation.Kind.COMPANY, form.organisationKind.get());
        assertEquals("Armor Robotique", form.company.get().name());
        assertFalse(form.dirty().get(), "nothing typed yet: nothing to lose");
    }

    @Test
    void theExportIsWrittenWhereTheUserChose() throws Exception {
        form.edit(find("Gicquel"));
        dialogs.saveTo = dir.resolve("export.txt");
        form.exportPersonalData();
        assertTrue(dialogs.shown.contains("save:donnees-personnelles-laurent-gicquel.txt"), dialogs.shown.toString());
        String text = Files.readString(dialogs.saveTo, StandardCharsets.UTF_8);
        assertTrue(text.contains("laurent.gicquel@example.fr"));
        assertTrue(dialogs.shown.get(dialogs.shown.size() - 1).startsWith("info:Les données ont été enregistrées"));

        dialogs.saveTo = dir.resolve("no-such-folder").resolve("export.txt");
        form.exportPersonalData();
        assertTrue(dialogs.shown.get(dialogs.shown.size() - 1).startsWith("error:Le fichier"),
                "a clear sentence when the file cannot be written");
    }

    @Test
    void anonymisingAsksFirstAndTheFormThenShowsNoIdentity() {
        Contact baudry = find("Baudry");
        form.edit(baudry);
        assertTrue(form.reviewDue.get());
        dialogs.confirmAnswer = false;
        form.anonymise(c -> {
        });
        assertEquals("Baudry", repo.findById(baudry.id()).orElseThrow().lastName());
        dialogs.confirmAnswer = true;
        form.anonymise(c -> {
        });
        assertTrue(form.anonymised.get());
        assertFalse(form.reviewDue.get());
        assertEquals("Personne anonymisée", form.lastName.text().get());
        assertEquals("", form.email.text().get());
    }
}
