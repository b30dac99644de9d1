package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.campuspilot.TestStore;
import org.campuspilot.action.ActionFormViewModel;
import org.campuspilot.action.ActionRepository;
import org.campuspilot.action.ActionService;
import org.campuspilot.company.CompanyFormViewModel;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.company.CompanyService;
import org.campuspilot.contact.ContactFormViewModel;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.contact.ContactService;
import org.campuspilot.db.Database;
import org.campuspilot.establishment.EstablishmentFormViewModel;
import org.campuspilot.establishment.EstablishmentRepository;
import org.campuspilot.establishment.EstablishmentService;
import org.campuspilot.event.EventFormViewModel;
import org.campuspilot.event.EventRepository;
import org.campuspilot.event.EventService;
import org.campuspilot.ui.FormField;
import org.campuspilot.ui.FormViewModel;
import org.campuspilot.ui.MergeField;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.RecordingDialogs;
import org.campuspilot.ui.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every form that edits a record, two people at once on the same campus (decision 0043): they save a note, I save a
 * new name over the record as I loaded it; the dialog shows both fields, their note and my name are kept.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestStore.class)
class EditConflictEveryFormTest {
    static final Messages FRENCH = Messages.load(Messages.FRENCH);

    enum Kind {
        ESTABLISHMENT("Nom", "Notes"),
        COMPANY("Raison sociale", "Notes"),
        CONTACT("Nom", "Notes"),
        EVENT("Titre", "Description"),
        ACTION("Titre", "Description"),
        GRANT("Objet", "Référence de la convention"),
        ENTRY("Objet", "Référence de la facture");

        final String name;
        final String notes;

        Kind(String name, String notes) {
            this.name = name;
            this.notes = notes;
        }

        @SuppressWarnings({"rawtypes", "unchecked"})
        FormViewModel form(Database db, RecordingDialogs dialogs) {
            return form(db, dialogs, null);
        }

        /** The form showing the record of that id, or the first one. */
        @SuppressWarnings({"rawtypes", "unchecked"})
        FormViewModel form(Database db, RecordingDialogs dialogs, Long id) {
            Opened opened = open(db, dialogs, id);
            opened.form().edit(opened.record());
            return opened.form();
        }

        /** The form (not filled yet) and the record to show in it. */
        @SuppressWarnings("rawtypes")
        Opened open(Database db, RecordingDialogs dialogs, Long id) {
            TaskRunner tasks = TaskRunner.synchronous();
            Clock clock = Clock.systemUTC();
            ContactRepository contacts = new ContactRepository(db);
            FormViewModel form;
            Object first;
            switch (this) {
                case ESTABLISHMENT -> {
                    EstablishmentRepository r = new EstablishmentRepository(db);
                    form = new EstablishmentFormViewModel(new EstablishmentService(db, r, contacts), tasks, dialogs,
                            FRENCH);
                    first = id == null ? r.findAll().get(0) : r.findById(id).orElseThrow();
                }
                case COMPANY -> {
                    CompanyRepository r = new CompanyRepository(db);
                    form = new CompanyFormViewModel(new CompanyService(db, r, contacts), contacts, tasks, dialogs,
                            FRENCH, clock);
                    first = id == null ? r.findAll().get(0) : r.findById(id).orElseThrow();
                }
                case CONTACT -> {
                    ContactFormViewModel f = new ContactFormViewModel(new ContactService(db, contacts, clock),
                            contacts, () -> "Campus", tasks, dialogs, FRENCH, clock);
                    f.loadChoices();
                    form = f;
                    first = id == null ? contacts.findAll().stream().filter(c -> !c.isAnonymised()).findFirst().orElseThrow()
                            : contacts.findById(id).orElseThrow();
                }
                case EVENT -> {
                    EventRepository r = new EventRepository(db);
                    EventFormViewModel f = new EventFormViewModel(new EventService(db, r, clock), contacts,
                            () -> "Campus", tasks, dialogs, FRENCH, clock);
                    f.loadChoices();
                    form = f;
                    first = id == null ? r.findAll().get(0) : r.findById(id).orElseThrow();
                }
                case GRANT, ENTRY -> {
                    org.campuspilot.store.Stores stores = org.campuspilot.TestCampus.stores(db);
                    org.campuspilot.grant.GrantService service = new org.campuspilot.grant.GrantService(db,
                            stores.grants(), stores.budgets(), stores.entries(), clock);
                    if (this == GRANT) {
                        org.campuspilot.grant.GrantFigures figures = new org.campuspilot.grant.GrantFigures(
                                stores.grants(), stores.budgets(), stores.entries(), stores.projects());
                        form = new org.campuspilot.grant.GrantFormViewModel(service, figures,
                                new org.campuspilot.grant.GrantExports(stores.grants(), figures,
                                        () -> stores.campus().find(), FRENCH),
                                year -> org.campuspilot.grant.YearActivity.of(year, stores.actions(), stores.events()),
                                tasks, dialogs, FRENCH, clock);
                        first = id == null ? stores.grants().findAll().get(0)
                                : stores.grants().findById(id).orElseThrow();
                    } else {
                        org.campuspilot.grant.EntryFormViewModel f = new org.campuspilot.grant.EntryFormViewModel(
                                service, stores.entries(), tasks, dialogs, FRENCH, clock);
                        f.loadChoices();
                        form = f;
                        first = id == null ? stores.entries().findAll().get(0)
                                : stores.entries().findById(id).orElseThrow();
                    }
                }
                default -> {
                    ActionRepository r = new ActionRepository(db);
                    ActionFormViewModel f = new ActionFormViewModel(new ActionService(db, r, clock), contacts, tasks,
                            dialogs, FRENCH, clock);
                    f.loadChoices();
                    form = f;
                    first = id == null ? r.findAll().get(0) : r.findById(id).orElseThrow();
                }
            }
            return new Opened(form, first);
        }
    }

    @SuppressWarnings("rawtypes")
    record Opened(FormViewModel form, Object record) {
    }

    @Parameter
    TestStore store;

    @TempDir Path dir;
    Database mine;
    Database theirs;

    @BeforeEach
    void open() {
        mine = store.demo(dir);
        theirs = Database.open(mine.location(), Database.Options.DEFAULT);
    }

    static FormField field(FormViewModel<?> form, String label) {
        return form.conflictFields().stream().filter(f -> f.label().apply(FRENCH).replace(" *", "").equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no field " + label));
    }

    static Long id(Object record) {
        try {
            return (Long) record.getClass().getMethod("id").invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyInputOfTheFormIsAskedAboutNoneIsLeftToTheirs(Kind kind) {
        assertEquals(List.of(), kind.open(mine, new RecordingDialogs(), null).form().uncoveredInputs());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theirNoteAndMyNameAreBothKept(Kind kind) {
        RecordingDialogs myDialogs = new RecordingDialogs();
        RecordingDialogs theirDialogs = new RecordingDialogs();
        FormViewModel<?> me = kind.form(mine, myDialogs);
        FormViewModel<?> other = kind.form(theirs, theirDialogs);
        String myName = "Mon nouveau nom";
        String theirNote = "Leur note";

        field(other, kind.notes).restore().accept(theirNote);
        other.save(x -> { });
        assertFalse(other.dirty().get(), () -> "their save went through: " + other.formProblem().get());

        field(me, kind.name).restore().accept(myName);
        List<Object> saved = new java.util.ArrayList<>();
        me.save(saved::add);

        assertEquals(1, saved.size(), () -> "saved after the dialog: " + me.formProblem().get());
        List<MergeField> asked = myDialogs.mergeFields;
        assertEquals(List.of(kind.name, kind.notes), asked.stream().map(MergeField::label).toList(),
                "only the fields that differ");
        assertEquals(myName, asked.get(0).right());
        assertEquals(MergeField.Side.RIGHT, asked.get(0).defaultSide());
        assertEquals(theirNote, asked.get(1).left());
        assertEquals(MergeField.Side.LEFT, asked.get(1).defaultSide());

        FormViewModel<?> reread = kind.form(theirs, new RecordingDialogs(), id(me.editing().get()));
        assertEquals(myName, field(reread, kind.name).value().get());
        assertEquals(theirNote, field(reread, kind.notes).value().get());
        assertTrue(theirDialogs.mergeFields == null, "the first save asked nothing");
    }

    /** The establishments and companies of the demo all have people: EstablishmentEditConflictTest deletes one. */
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"CONTACT", "EVENT", "ACTION", "GRANT", "ENTRY"})
    void aRecordTheyDeletedIsRecreatedFromMyInput(Kind kind) {
        RecordingDialogs myDialogs = new RecordingDialogs();
        RecordingDialogs theirDialogs = new RecordingDialogs();
        FormViewModel<?> me = kind.form(mine, myDialogs);
        FormViewModel<?> other = kind.form(theirs, theirDialogs);
        other.delete(() -> { });
        assertTrue(other.editing().get() == null, () -> "deleted: " + theirDialogs.shown);

        field(me, kind.name).restore().accept("Recréé");
        myDialogs.chooseAnswer = 0;
        List<Object> saved = new java.util.ArrayList<>();
        me.save(saved::add);
        assertEquals(1, saved.size(), () -> "recreated: " + me.formProblem().get() + " " + myDialogs.shown);
        assertTrue(myDialogs.shown.get(myDialogs.shown.size() - 1).contains("a supprimé cette fiche"),
                () -> myDialogs.shown.toString());
        FormViewModel<?> reread = kind.form(theirs, new RecordingDialogs(), id(saved.get(0)));
        assertEquals("Recréé", field(reread, kind.name).value().get());
    }

    @org.junit.jupiter.api.Test
    void aPersonAnonymisedMeanwhileIsNotGivenTheirIdentityBack() {
        RecordingDialogs myDialogs = new RecordingDialogs();
        FormViewModel<?> me = Kind.CONTACT.form(mine, myDialogs);
        org.campuspilot.contact.Contact person = (org.campuspilot.contact.Contact) me.editing().get();
        ContactRepository people = new ContactRepository(theirs);
        new ContactService(theirs, people, Clock.systemUTC()).anonymise(person);

        field(me, "Notes").restore().accept("Appelée le 3 mars");
        List<Object> saved = new java.util.ArrayList<>();
        me.save(saved::add);
        assertTrue(saved.isEmpty());
        assertEquals("contact.anonymised.banner", me.formProblem().get().key());
        assertTrue(people.findById(person.id()).orElseThrow().isAnonymised());
        assertEquals(null, people.findById(person.id()).orElseThrow().notes());
    }
}
