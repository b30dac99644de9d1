package org.campuspilot.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.campuspilot.contact.Contact;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.db.Database;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.CompanyNumber;
import org.campuspilot.shared.Naf;
import org.campuspilot.shared.NafVersion;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.EnumSource(org.campuspilot.TestStore.class)
class CompanyServiceTest {
    @org.junit.jupiter.params.Parameter
    org.campuspilot.TestStore store;

    @TempDir Path dir;
    Database db;
    CompanyRepository repo;
    ContactRepository contacts;
    CompanyService service;

    @BeforeEach
    void open() {
        db = store.open(dir);
        repo = new CompanyRepository(db);
        contacts = new ContactRepository(db);
        service = new CompanyService(db, repo, contacts);
    }

    static Company company(String number, String name, String city, PartnershipKind... kinds) {
        return new Company(null, CompanyNumber.check(number).value(), name, new Naf("28.99B", NafVersion.REV2),
                SizeBand.PME, "Machines", null, null, city, null,
                kinds.length == 0 ? Set.of() : EnumSet.copyOf(Set.of(kinds)), LocalDate.of(2024, 1, 1), null, null,
                null);
    }

    Contact person(String last, Company c) {
        return contacts.insert(new Contact(null, "Anne", last, null, null, null,
                Organisation.company(c.id(), c.name()), null, null, LocalDate.of(2025, 1, 1), null, null));
    }

    @Test
    void savesAndReadsBackEveryField() {
        Company saved = service.save(company("47679891300010", "Armor Robotique", "Bruz", PartnershipKind.STAGES,
                PartnershipKind.VISITES)).value();
        Company read = repo.findById(saved.id()).orElseThrow();
        assertEquals(saved, read);
        assertEquals(read, repo.findAll().get(0), "the list reads partnerships too");
    }

    @Test
    void theSameSiretIsRefusedNamingTheExistingRecordAndCarryingItsId() {
        Company first = service.save(company("47679891300010", "Armor Robotique", "Bruz")).value();
        Checked<Company> second = service.save(company("476 798 913 00010", "Armor Robotique 2", "Rennes"));
        Problem p = second.problem().orElseThrow();
        assertEquals("company.error.duplicateNumber", p.key());
        assertEquals("Armor Robotique", p.args().get(1));
        assertEquals(first.id(), p.existingId());
        assertEquals(1, repo.count());
        assertTrue(service.save(company("47679891300028", "Armor Robotique Rennes", "Rennes")).isOk(),
                "another establishment of the same company (same SIREN, other SIRET) is another record");
        assertTrue(service.save(company("476798913", "Armor (siège)", "Bruz")).isOk(), "the SIREN alone once");
        assertEquals("company.error.duplicateNumber",
                service.save(company("476798913", "Armor bis", "Bruz")).problem().orElseThrow().key());
    }

    @Test
    void similarNamesAreFoundInTheSameCityOnly() {
        service.save(company("47679891300010", "Armor Robotique", "Bruz"));
        assertEquals(1, service.similar(company("36922635200010", "ARMOR ROBOTIQUE SAS", "bruz")).size());
        assertEquals(0, service.similar(company("36922635200010", "Armor Robotique", "Rennes")).size());
        assertEquals(0, service.similar(company("36922635200010", "Armor Robotique", null)).size());
    }

    @Test
    void aCompanyWithContactsIsNotDeleted() {
        Company c = service.save(company("47679891300010", "Armor Robotique", "Bruz")).value();
        Contact anne = person("Le Goff", c);
        assertEquals("company.delete.refused.contacts", service.delete(c).orElseThrow().key());
        assertEquals(1, repo.count());
        contacts.delete(anne.id());
        assertTrue(service.delete(c).isEmpty());
        assertEquals(0, repo.count());
    }

    @Test
    void mergeMovesContactsKeepsBothPartnershipsAndDeletesTheOther() {
        Company kept = service.save(company("47679891300010", "Armor Robotique", "Bruz", PartnershipKind.STAGES))
                .value();
        Company other = service.save(company("36922635200010", "Armor Robotik", "Bruz", PartnershipKind.JURYS))
                .value();
        Contact a = person("Le Goff", kept);
        Contact b = person("Morvan", other);
        // The user keeps the other record's SIRET: the unique SIRET moves without a conflict.
        Company merged = CompanyListViewModel.merged(kept, other, java.util.Collections.nCopies(13,
                org.campuspilot.ui.MergeField.Side.RIGHT));
        service.merge(merged, other.id());

        assertEquals(1, repo.count());
        Company result = repo.findById(kept.id()).orElseThrow();
        assertEquals("36922635200010", result.number().code());
        assertEquals("Armor Robotik", result.name());
        assertEquals(EnumSet.of(PartnershipKind.STAGES, PartnershipKind.JURYS), result.partnerships());
        assertEquals(kept.id(), contacts.findById(a.id()).orElseThrow().organisation().id());
        assertEquals(kept.id(), contacts.findById(b.id()).orElseThrow().organisation().id());
        assertNull(result.mainContactId());
    }
}
