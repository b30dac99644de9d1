package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.campuspilot.TestCampus;
import org.campuspilot.company.Company;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.company.PartnershipKind;
import org.campuspilot.db.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A director records partner companies: a mistyped SIRET, a company already on file, a near-duplicate name. */
class CompanyFlowFxTest {
    @TempDir Path dir;
    Path db;
    FxApp fx;

    @BeforeEach
    void start() throws Exception {
        db = dir.resolve("demo.campuspilot");
        TestCampus.demo(db);
        fx = new FxApp().start(db, dir);
        fx.click("#navCompanies");
    }

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    @Test
    void addACompanyWithABadSiretThenFixIt() {
        fx.click("#newButton");
        fx.type("#numberField", "965 952 237 00019");
        fx.click("#nameField");
        Label numberError = fx.find("#numberError");
        assertEquals("Le SIRET 96595223700019 n'est pas valide : la clé de contrôle ne correspond pas. "
                + "Vérifiez chaque chiffre.", numberError.getText());
        fx.type("#nameField", "Soudure Rennaise");
        fx.type("#cityField", "Rennes");
        fx.click("#partnership_STAGES");
        fx.click("#partnership_JURYS");
        fx.click("#saveButton");
        CompanyRepository companies = new CompanyRepository(Database.open(db));
        assertEquals(20, companies.count(), "nothing saved while the SIRET is wrong");
        assertEquals("Corrigez les champs signalés en rouge, puis enregistrez à nouveau.",
                ((Label) fx.find("#formError")).getText());

        fx.type("#numberField", "965 952 237 00018");
        fx.click("#nameField");
        assertFalse(numberError.isVisible(), "the error goes once the SIRET is right");
        fx.click("#saveButton");

        assertEquals(21, companies.count());
        Company saved = companies.findAll().stream().filter(c -> c.name().equals("Soudure Rennaise")).findFirst()
                .orElseThrow();
        assertEquals("96595223700018", saved.number().siret().code());
        assertEquals(Set.of(PartnershipKind.STAGES, PartnershipKind.JURYS), saved.partnerships());
        TableView<?> table = fx.find("#table");
        assertEquals(21, table.getItems().size());
        assertEquals("Entreprise « Soudure Rennaise »", ((Label) fx.find("#formTitle")).getText());
    }

    @Test
    void aSiretAlreadyOnFileIsRefusedAndTheLinkOpensTheExistingRecord() {
        fx.click("#newButton");
        fx.type("#numberField", "47679891300010");
        fx.type("#nameField", "Armor Robotique Bruz");
        fx.click("#saveButton");
        Label numberError = fx.find("#numberError");
        assertEquals("Le numéro 476 798 913 00010 est déjà celui de « Armor Robotique » : une entreprise ne peut être "
                + "enregistrée qu'une fois. Ouvrez la fiche existante pour la modifier.", numberError.getText());
        assertEquals(20, new CompanyRepository(Database.open(db)).count());
        fx.snapshot("11-company-duplicate-siret");

        fx.click("#openExistingLink");
        // The new record was not saved: the user is asked before it is dropped.
        fx.clickText("Abandonner les modifications");
        assertEquals("Armor Robotique", ((TextField) fx.find("#nameField")).getText());
        assertEquals("476 798 913 00010", ((TextField) fx.find("#numberField")).getText());
        TableView<?> table = fx.find("#table");
        assertEquals("Armor Robotique", ((org.campuspilot.company.CompanyRow) table.getSelectionModel()
                .getSelectedItem()).company().name());
        assertTrue(fx.exists("#contactsList"), "the company's page lists its contacts");
        fx.reveal(fx.find("#contactsList"));
        fx.snapshot("12-company-page-contacts");
        javafx.scene.control.ListView<?> contacts = fx.find("#contactsList");
        assertEquals(1, contacts.getItems().size());
    }

    @Test
    void aNearlyIdenticalNameInTheSameCityIsPointedOutAndTheUserMayGoOn() {
        fx.click("#newButton");
        fx.type("#numberField", "369 226 352 00010");
        fx.type("#nameField", "ARMOR-ROBOTIQUE S.A.S.");
        fx.type("#cityField", "Bruz");
        fx.click("#saveButton");
        assertTrue(fx.exists(".dialog-pane"), "a warning before saving");
        assertEquals(20, new CompanyRepository(Database.open(db)).count());
        fx.clickText("Enregistrer quand même");
        assertEquals(21, new CompanyRepository(Database.open(db)).count());
    }
}
