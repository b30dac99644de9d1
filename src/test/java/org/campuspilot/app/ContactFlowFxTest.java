package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.campuspilot.TestCampus;
import org.campuspilot.company.Company;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.contact.Contact;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.db.Database;
import org.campuspilot.shared.Organisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A director keeps the people of the network tidy: one record per person, and the RGPD duties. */
class ContactFlowFxTest {
    @TempDir Path dir;
    Path db;
    FxApp fx;

    @BeforeEach
    void start() throws Exception {
        db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        fx = new FxApp().start(db, dir);
    }

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    private ContactRepository contacts() {
        return new ContactRepository(Database.open(db));
    }

    @Test
    void mergeTwoContactsAndEveryReferenceMovesToTheKeptOne() {
        // The same person entered twice: once by the demo, once again from a company's page.
        fx.click("#navCompanies");
        fx.type("#searchField", "Cobotique");
        fx.clickRow("Cobotique Armorique");
        fx.click("#addContactButton");
        fx.type("#firstNameField", "Laurent");
        fx.type("#lastNameField", "Gicquel");
        fx.type("#emailField", "l.gicquel@example.fr");
        fx.click("#saveButton");
        fx.clickText("Enregistrer quand même");
        List<Contact> twins = contacts().findAll().stream().filter(c -> c.lastName().equals("Gicquel")).toList();
        assertEquals(2, twins.size());
        Contact older = twins.get(0).id() < twins.get(1).id() ? twins.get(0) : twins.get(1);
        Contact newer = older == twins.get(0) ? twins.get(1) : twins.get(0);
        assertEquals("Cobotique Armorique", newer.organisation().name(), "attached to the page it came from");

        // The newer record becomes the main contact of Cobotique Armorique: a reference that must move.
        fx.click("#navCompanies");
        fx.clickRow("Cobotique Armorique");
        fx.choose("#mainContactCombo", "Laurent Gicquel");
        fx.click("#saveButton");
        CompanyRepository companies = new CompanyRepository(Database.open(db));
        Company cobotique = companies.findAll().stream().filter(c -> c.name().equals("Cobotique Armorique"))
                .findFirst().orElseThrow();
        assertEquals(newer.id(), cobotique.mainContactId());
        long total = contacts().count();

        // Merge: both rows selected, the e-mail taken from the newer record.
        fx.click("#navContacts");
        fx.type("#searchField", "gicquel");
        TableView<?> table = fx.find("#table");
        assertEquals(2, table.getItems().size());
        fx.clickRow("Gicquel Laurent");
        fx.robot.press(KeyCode.SHIFT).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.SHIFT);
        fx.settle();
        assertEquals(2, table.getSelectionModel().getSelectedItems().size());
        fx.click("#mergeButton");
        assertTrue(fx.exists("#mergeDialog"));
        fx.click("#mergeRight3");
        fx.snapshotWindowOf("10-merge-contacts", "#mergeDialog");
        fx.clickText("Fusionner les contacts");

        assertEquals(total - 1, contacts().count());
        Contact kept = contacts().findById(older.id()).orElseThrow();
        assertEquals("l.gicquel@example.fr", kept.email().address(), "the value chosen in the dialog");
        assertEquals("Armor Robotique", kept.organisation().name(), "the kept record's organisation by default");
        assertTrue(contacts().findById(newer.id()).isEmpty());
        for (Company c : companies.findAll()) {
            assertTrue(c.mainContactId() == null || !c.mainContactId().equals(newer.id()), c.name());
        }
        assertEquals(older.id(), companies.findById(cobotique.id()).orElseThrow().mainContactId(),
                "the main contact now points at the kept record");
        assertEquals(older.id(), companies.findAll().stream().filter(c -> c.name().equals("Armor Robotique"))
                .findFirst().orElseThrow().mainContactId());
        assertEquals(1, table.getItems().size());

        // From the person to their organisation's page.
        fx.click("#openOrganisationLink");
        assertEquals("Armor Robotique", ((javafx.scene.control.TextField) fx.find("#nameField")).getText());
        assertTrue(((javafx.scene.control.ToggleButton) fx.find("#navCompanies")).isSelected());
    }

    @Test
    void anonymiseAPersonAndTheCountsStayRight() {
        Organisation uimm = Organisation.other("UIMM Bretagne");
        long total = contacts().count();
        assertEquals(1, contacts().findByOrganisation(uimm).size());
        Label detail = fx.find("#companiesDetail");
        assertEquals("9 convention(s) en cours · 40 contacts", detail.getText());

        fx.click("#reviewLink");
        TableView<?> table = fx.find("#table");
        assertEquals(5, table.getItems().size(), "the review list: no contact for three years");
        fx.clickRow("Baudry Hervé");
        fx.click("#personalDataMenu");
        fx.clickText("Anonymiser la personne…");
        fx.clickText("Anonymiser la personne");

        assertEquals(total, contacts().count(), "the record stays");
        assertEquals(1, contacts().findByOrganisation(uimm).size(), "still counted for its organisation");
        assertTrue(contacts().findAll().stream().noneMatch(c -> "Baudry".equals(c.lastName())
                || "Hervé".equals(c.firstName()) || c.email() != null && c.email().address().contains("baudry")));
        assertEquals("Personne anonymisée", ((Label) fx.find("#formTitle")).getText());
        assertEquals(4, table.getItems().size(), "an anonymised person leaves the review list");

        // Keep another one: it leaves the review list for three years.
        fx.clickRow("Marchand Patrick");
        fx.click("#keepButton");
        assertEquals(3, table.getItems().size());

        fx.click("#navDashboard");
        assertEquals("9 convention(s) en cours · 40 contacts", ((Label) fx.find("#companiesDetail")).getText());
        assertEquals("3 personne(s) sans contact depuis 3 ans : à revoir (RGPD)",
                ((javafx.scene.control.Hyperlink) fx.find("#reviewLink")).getText());
    }
}
