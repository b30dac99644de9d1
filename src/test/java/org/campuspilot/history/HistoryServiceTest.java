package org.campuspilot.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.campuspilot.company.Company;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.company.CompanyService;
import org.campuspilot.company.PartnershipKind;
import org.campuspilot.company.SizeBand;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.shared.CompanyNumber;
import org.campuspilot.shared.Naf;
import org.campuspilot.shared.NafVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history the triggers write for each kind of change, and reversing a change (undo, redo, trash). */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.EnumSource(org.campuspilot.TestStore.class)
class HistoryServiceTest {
    @org.junit.jupiter.params.Parameter
    org.campuspilot.TestStore store;

    @TempDir Path dir;
    Database db;
    CompanyRepository repo;
    CompanyService companies;
    HistoryService history;
    List<Long> committed = new ArrayList<>();

    @BeforeEach
    void open() {
        db = store.open(dir);
        repo = new CompanyRepository(db);
        companies = new CompanyService(db, repo, new ContactRepository(db));
        history = new HistoryService(db);
        db.addChangeListener(committed::add);
    }

    static Company company(String name, String city, PartnershipKind... kinds) {
        return new Company(null, CompanyNumber.check("47679891300010").value(), name,
                new Naf("28.99B", NafVersion.REV2), SizeBand.PME, "Machines", null, null, city, null,
                kinds.length == 0 ? Set.of() : EnumSet.copyOf(Set.of(kinds)), LocalDate.of(2024, 1, 1), null, null,
                null);
    }

    @Test
    void aCreationIsOneChangeSetWithTheRowAndItsDetails() {
        Company saved = companies.save(company("Armor Robotique", "Bruz", PartnershipKind.STAGES)).value();
        assertEquals(1, committed.size(), "one save, one change set, heard once committed");
        List<AuditEntry> entries = history.changeSet(committed.get(0));
        assertEquals(List.of("company", "company_partnership"), entries.stream().map(AuditEntry::table).toList());
        assertTrue(entries.stream().allMatch(e -> e.operation() == AuditEntry.Operation.INSERT));
        assertTrue(entries.stream().allMatch(e -> e.recordTable().equals("company")
                && e.recordId().equals(String.valueOf(saved.id()))), "the partnership is shown under the company");
        List<FieldChange> fields = history.changes(entries.get(0));
        assertTrue(fields.contains(new FieldChange("name", null, "Armor Robotique")), fields.toString());
        assertEquals("Armor Robotique", history.label("company", String.valueOf(saved.id())));
    }

    @Test
    void anUpdateRecordsOnlyTheFieldsThatChanged() {
        Company saved = companies.save(company("Armor Robotique", "Bruz")).value();
        companies.save(new Company(saved.id(), saved.number(), saved.name(), saved.naf(), saved.size(),
                saved.activity(), saved.street(), saved.postalCode(), "Rennes", saved.website(),
                saved.partnerships(), saved.conventionSignedOn(), saved.conventionEndsOn(), saved.mainContactId(),
                saved.notes()));
        List<AuditEntry> log = history.recordHistory("company", saved.id());
        assertEquals(AuditEntry.Operation.UPDATE, log.get(0).operation(), "newest first");
        assertEquals(List.of(new FieldChange("city", "Bruz", "Rennes")), history.changes(log.get(0)));
        int before = history.recordHistory("company", saved.id()).size();
        companies.save(repo.findById(saved.id()).orElseThrow());
        assertEquals(before, history.recordHistory("company", saved.id()).size(), "saving unchanged: no entry");
    }

    @Test
    void undoAndRedoReverseEachOther() {
        Company saved = companies.save(company("Armor Robotique", "Bruz")).value();
        Company moved = companies.save(withCity(saved, "Rennes")).value();
        long edit = committed.get(1);
        long undo = history.revert(edit);
        assertEquals("Bruz", repo.findById(saved.id()).orElseThrow().city());
        long redo = history.revert(undo);
        assertEquals("Rennes", repo.findById(saved.id()).orElseThrow().city());
        assertEquals(moved, repo.findById(saved.id()).orElseThrow());
        assertEquals("history.revert.changed", assertThrows(RevertRefused.class,
                () -> history.revert(committed.get(0))).problem().key(), "the creation is not the last change");
        history.revert(redo);
        history.revert(committed.get(0));
        assertTrue(repo.findById(saved.id()).isEmpty(), "undoing the creation removes the record");
    }

    @Test
    void aChangedRecordRefusesAnOlderUndoAndNothingIsWritten() {
        Company saved = companies.save(company("Armor Robotique", "Bruz")).value();
        companies.save(withCity(saved, "Rennes"));
        long edit = committed.get(1);
        companies.save(withCity(repo.findById(saved.id()).orElseThrow(), "Vitré"));
        RevertRefused refused = assertThrows(RevertRefused.class, () -> history.revert(edit));
        assertEquals("history.revert.changed", refused.problem().key());
        assertEquals("Vitré", repo.findById(saved.id()).orElseThrow().city());
        assertEquals(3, committed.size(), "the refused reversal left no change set");
    }

    @Test
    void aDeletedRecordGoesToTheTrashAndComesBackWithItsDetails() {
        Company saved = companies.save(company("Armor Robotique", "Bruz", PartnershipKind.STAGES,
                PartnershipKind.VISITES)).value();
        assertTrue(companies.delete(saved).isEmpty());
        assertTrue(repo.findById(saved.id()).isEmpty());
        List<HistoryService.TrashItem> trash = history.trash(Instant.now());
        assertEquals(1, trash.size());
        assertEquals("Armor Robotique", trash.get(0).label());
        history.restore(trash.get(0).changeSetId());
        assertEquals(saved, repo.findById(saved.id()).orElseThrow(), "same number, same partnerships");
        assertTrue(history.trash(Instant.now()).isEmpty(), "restored: out of the trash");
    }

    @Test
    void theNewestRecordDeletedThenAnotherCreatedBothExistOnceRestored() {
        companies.save(company("Armor Robotique", "Bruz"));
        Company newest = companies.save(withNumber(company("Breizh Usinage", "Vitré", PartnershipKind.STAGES),
                "21350016800025")).value();
        assertTrue(companies.delete(newest).isEmpty());
        Company other = companies.save(withNumber(company("Celtic Bois", "Redon"), "35600000009075")).value();
        assertFalse(other.id().equals(newest.id()), "the deleted company's number is not given again");
        history.restore(history.trash(Instant.now()).get(0).changeSetId());
        assertEquals(newest, repo.findById(newest.id()).orElseThrow(), "back with its number and partnerships");
        assertEquals("Celtic Bois", repo.findById(other.id()).orElseThrow().name());
    }

    static Company withNumber(Company c, String number) {
        return new Company(c.id(), CompanyNumber.check(number).value(), c.name(), c.naf(), c.size(), c.activity(),
                c.street(), c.postalCode(), c.city(), c.website(), c.partnerships(), c.conventionSignedOn(),
                c.conventionEndsOn(), c.mainContactId(), c.notes());
    }

    @Test
    void theTrashIsEmptiedAfterThirtyDays() {
        Company saved = companies.save(company("Armor Robotique", "Bruz")).value();
        companies.delete(saved);
        assertEquals(1, history.trash(Instant.now().plus(java.time.Duration.ofDays(29))).size());
        assertEquals(0, history.trash(Instant.now().plus(java.time.Duration.ofDays(31))).size());
        assertFalse(history.recordHistory("company", saved.id()).isEmpty(), "the history is kept");
    }

    @Test
    void theTriggersFollowAColumnAddedByALaterVersion() {
        new Jdbc(db).update("ALTER TABLE company ADD COLUMN extra TEXT");
        Database again = Database.open(db.location(), Database.Options.DEFAULT);
        new Jdbc(again).update("INSERT INTO company (siren, name, size_band, extra)"
                + " VALUES ('476798913', 'X', 'PME', 'nouveau')");
        AuditEntry last = new HistoryService(again).entries(HistoryService.Filter.ALL, 1).get(0);
        assertTrue(last.newValues().contains("\"extra\":\"nouveau\""), last.newValues());
    }

    static Company withCity(Company c, String city) {
        return new Company(c.id(), c.number(), c.name(), c.naf(), c.size(), c.activity(), c.street(),
                c.postalCode(), city, c.website(), c.partnerships(), c.conventionSignedOn(), c.conventionEndsOn(),
                c.mainContactId(), c.notes());
    }
}
