package org.campuspilot.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.campuspilot.TestCampus;
import org.campuspilot.action.Action;
import org.campuspilot.action.ActionRepository;
import org.campuspilot.action.ActionStatus;
import org.campuspilot.action.ActionType;
import org.campuspilot.company.Company;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.contact.Contact;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.event.Event;
import org.campuspilot.event.EventRepository;
import org.campuspilot.grant.EntryRepository;
import org.campuspilot.grant.EntryStatus;
import org.campuspilot.grant.FinanceEntry;
import org.campuspilot.history.HistoryService;
import org.campuspilot.importing.EstablishmentImport.FieldChange;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.SchoolYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * « Mettre à jour les fiches existantes »: a row matching a stored record updates the fields it gives a value for,
 * each change shown before and after; identical rows are unchanged; without the option they are set aside as before.
 */
class SheetUpdateTest {
    static final Path CORPUS = SheetImportTest.CORPUS;
    @TempDir Path dir;
    Database db;
    SheetImport importer;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("campus.db"));
        importer = new SheetImport(TestCampus.stores(db), SheetImportTest.CLOCK, SheetImportTest.FR);
    }

    private void demo() {
        db = TestCampus.demo(dir.resolve("demo.db"));
        importer = new SheetImport(TestCampus.stores(db), SheetImportTest.CLOCK, SheetImportTest.FR);
    }

    private Path file(String name, String... lines) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("\r\n", lines) + "\r\n");
    }

    private SheetImport.Plan plan(SheetKind kind, Path file, boolean update) throws ImportFileException {
        TableFile.Table t = TableFile.read(file);
        return importer.plan(kind, t, importer.mapping(kind, t.header()), update, () -> false);
    }

    private SheetImport.Outcome apply(SheetImport.Plan plan) {
        return importer.apply(plan, n -> {
        }, () -> false);
    }

    private static List<SheetImport.Item> updates(SheetImport.Plan plan) {
        return plan.items().stream().filter(i -> i.action() == EstablishmentImport.Action.UPDATE).toList();
    }

    private static List<String> reasons(SheetImport.Plan plan) {
        return plan.issues().stream().map(i -> SheetImportTest.FR.get("import.issue.line", i.line(),
                SheetImportTest.FR.get(i.problem()))).toList();
    }

    private long changeSets() {
        return new Jdbc(db).count("SELECT COUNT(*) FROM change_set");
    }

    private Company company(String siret) {
        return new CompanyRepository(db).findAll().stream().filter(c -> c.number().code().equals(siret))
                .findFirst().orElseThrow();
    }

    @Test
    void aCompanyRowUpdatesTheFieldsItGivesAndAnEmptyCellErasesNothing() throws Exception {
        apply(plan(SheetKind.COMPANIES, CORPUS.resolve("companies.csv"), false));
        Path changed = file("entreprises.csv",
                "SIRET;Raison sociale;Code NAF;Commune;Notes",
                "21350016800025;Atelier Baulon Mécanique;;Brest;",
                "21350050700024;Cardroc Robotique;28.41Z;Cardroc;",
                "21350076200025;Chavagne Usinage;;;",
                "21350080400025;Cintré Électronique;26.11Z;Cintré;");

        SheetImport.Plan asBefore = plan(SheetKind.COMPANIES, changed, false);
        assertEquals(3, asBefore.existing(), "without the option the three are set aside, as always");
        assertEquals(List.of(EstablishmentImport.Action.ADD), asBefore.items().stream().map(SheetImport.Item::action)
                .toList());

        SheetImport.Plan plan = plan(SheetKind.COMPANIES, changed, true);
        assertEquals(List.of(), reasons(plan));
        assertEquals(List.of(EstablishmentImport.Action.UPDATE, EstablishmentImport.Action.UNCHANGED,
                EstablishmentImport.Action.UNCHANGED, EstablishmentImport.Action.ADD), plan.items().stream()
                .map(SheetImport.Item::action).toList());
        SheetImport.Item baulon = plan.items().get(0);
        assertEquals("Atelier Baulon Mécanique (213 500 168 00025)", baulon.label());
        assertEquals(List.of(new FieldChange("city", "Baulon", "Brest", false)), baulon.changes(),
                "the empty NAF and notes cells leave the stored values alone");

        long before = changeSets();
        assertEquals(new SheetImport.Outcome(1, 1), apply(plan));
        assertEquals(before + 1, changeSets(), "additions and updates are one change in the history");
        Company updated = company("21350016800025");
        assertEquals("Brest", updated.city());
        assertEquals("28.99B", updated.naf().code(), "not erased by an empty cell");
        assertEquals(java.time.LocalDate.of(2025, 1, 15), updated.conventionSignedOn(), "no column: left alone");

        HistoryService history = new HistoryService(db);
        history.revert(new Jdbc(db).count("SELECT MAX(id) FROM change_set"));
        assertEquals("Baulon", company("21350016800025").city(), "undone as one");
        assertEquals(3, new CompanyRepository(db).count(), "the addition undone with it");
    }

    @Test
    void anUpdateThatWouldCrossTheConventionDatesIsRejectedWithItsLine() throws Exception {
        apply(plan(SheetKind.COMPANIES, CORPUS.resolve("companies.csv"), false));
        Path crossed = file("fin.csv", "SIRET;Raison sociale;Fin de convention",
                "21350016800025;Atelier Baulon Mécanique;01/01/2024");
        SheetImport.Plan plan = plan(SheetKind.COMPANIES, crossed, true);
        assertEquals(List.of("ligne 2 : " + SheetImportTest.FR.get("validation.dates.endBeforeStart", "01/01/2024",
                "15/01/2025")), reasons(plan));
        assertTrue(plan.hasBlockingIssues());
    }

    @Test
    void aCancelOrARecordDeletedSinceThePreviewWritesNothing() throws Exception {
        apply(plan(SheetKind.COMPANIES, CORPUS.resolve("companies.csv"), false));
        Path changed = file("e.csv", "SIRET;Raison sociale;Commune",
                "21350016800025;Atelier Baulon Mécanique;Brest",
                "21350080400025;Cintré Électronique;Cintré");
        SheetImport.Plan plan = plan(SheetKind.COMPANIES, changed, true);
        int[] steps = {0};
        assertThrows(ImportCancelled.class, () -> importer.apply(plan, n -> {
        }, () -> steps[0]++ >= 1));
        assertEquals("Baulon", company("21350016800025").city());
        assertEquals(3, new CompanyRepository(db).count());

        new CompanyRepository(db).delete(company("21350016800025").id());
        assertEquals("import.failed.outdated", ImportFailure.key(assertThrows(ImportOutdated.class,
                () -> apply(plan))));
        assertEquals(2, new CompanyRepository(db).count(), "the addition was not written either");
    }

    @Test
    void aContactIsFoundByEMailOrByNameAndOrganisation() throws Exception {
        demo();
        apply(plan(SheetKind.CONTACTS, CORPUS.resolve("contacts.csv"), false));
        Path changed = file("c.csv", "Prénom;Nom;Fonction;E-mail;Téléphone;Organisation",
                "Nathalie;Bouvier;Proviseure adjointe;nathalie.bouvier@example.fr;;0350795Z",
                "Sophie;Martin;Chargée de mission;;02 99 00 00 07;Chambre de métiers");
        SheetImport.Plan plan = plan(SheetKind.CONTACTS, changed, true);
        assertEquals(List.of(), reasons(plan));
        assertEquals(List.of(List.of(new FieldChange("role", "DDFPT", "Proviseure adjointe", false)),
                List.of(new FieldChange("phone", null, "02 99 00 00 07", false))), updates(plan).stream()
                .map(SheetImport.Item::changes).toList());
        apply(plan);
        Contact bouvier = new ContactRepository(db).findAll().stream().filter(c -> c.lastName().equals("Bouvier"))
                .findFirst().orElseThrow();
        assertEquals("Proviseure adjointe", bouvier.role());
        assertEquals("0299112233", bouvier.phone().digits(), "the empty phone cell erased nothing");
    }

    @Test
    void anEventKeepsItsTimesAndAnUpdateThatWouldEndBeforeItStartsIsRejected() throws Exception {
        demo();
        apply(plan(SheetKind.EVENTS, CORPUS.resolve("events.csv"), false));
        Path changed = file("ev.csv", "Titre;Type;Date de début;Date de fin;Heure de fin;Heure de début;Lieu;Présents",
                "Forum des métiers de l'industrie;Forum, salon;12/03/2027;;;;Parc des expositions, Rennes;",
                "Journée portes ouvertes;Portes ouvertes;07/03/2026;;;;;150");
        SheetImport.Plan plan = plan(SheetKind.EVENTS, changed, true);
        assertEquals(List.of(), reasons(plan));
        assertEquals(List.of(List.of(new FieldChange("place", "Parc des expositions", "Parc des expositions, Rennes",
                false)), List.of(new FieldChange("present", "140", "150", false))), updates(plan).stream()
                .map(SheetImport.Item::changes).toList());
        Event before = forum();
        apply(plan);
        Event forum = forum();
        assertEquals("Parc des expositions, Rennes", forum.place());
        assertEquals(before.timing(), forum.timing(), "no times in the row: kept");
        assertEquals("09:00", FrenchFormats.time(forum.timing().startTime()));
        assertEquals(before.expected(), forum.expected(), "no column: kept");

        Path early = file("ev2.csv", "Titre;Type;Date de début;Heure de début;Heure de fin",
                "Forum des métiers de l'industrie;Forum, salon;12/03/2027;18:00;19:00");
        assertEquals(List.of(), reasons(plan(SheetKind.EVENTS, early, true)), "both times: a valid update");
        Path halfTime = file("ev3.csv", "Titre;Type;Date de début;Heure de fin",
                "Forum des métiers de l'industrie;Forum, salon;12/03/2027;08:00");
        assertEquals(List.of("ligne 2 : Heure de début : " + SheetImportTest.FR.get("import.sheet.event.bothTimes")),
                reasons(plan(SheetKind.EVENTS, halfTime, true)), "read alone, the row is incomplete");
    }

    private Event forum() {
        return new EventRepository(db).findAll().stream().filter(e -> e.title().startsWith("Forum des m")
                && e.timing().startDate().equals(java.time.LocalDate.of(2027, 3, 12))).findFirst().orElseThrow();
    }

    @Test
    void anActionCountedByPublicUpdatesAndAMobilityIsUpdatedButNeverAdded() throws Exception {
        demo();
        Action mobility = new ActionRepository(db).findAll().stream()
                .filter(a -> a.type() == ActionType.MOBILITE_INTERNATIONALE).findFirst().orElseThrow();
        String year = mobility.schoolYear().toString();
        String levels = String.join(", ", mobility.levels().stream().map(l -> String.valueOf(l.national())).toList());
        Path file = file("a.csv", "Intitulé;Type;Année scolaire;Niveaux;Statut;Élèves;Apprentis;Bénéficiaires",
                mobility.title() + ";Mobilité internationale;" + year + ";" + levels + ";Annulée;;;",
                "Mobilité à Valence;Mobilité internationale;" + year + ";4;Prévue;;;",
                "Atelier inventé;Découverte des métiers;" + year + ";4;Prévue;3;2;6");
        SheetImport.Plan plan = plan(SheetKind.ACTIONS, file, true);
        assertEquals(List.of("ligne 3 : Type : " + SheetImportTest.FR.get("import.sheet.action.mobility"),
                "ligne 4 : Bénéficiaires : " + SheetImportTest.FR.get("import.sheet.action.byStatus", 6, 5)),
                reasons(plan));
        assertEquals(List.of(new FieldChange("status", SheetImportTest.FR.get(mobility.status().messageKey()),
                "Annulée", false)), updates(plan).get(0).changes());
        apply(plan.only(updates(plan)));
        Action after = new ActionRepository(db).findById(mobility.id()).orElseThrow();
        assertEquals(ActionStatus.ANNULEE, after.status());
        assertEquals(mobility.mobility(), after.mobility(), "its country, direction and programme are kept");
        assertEquals(mobility.beneficiaries(), after.beneficiaries(), "the empty counts erased nothing");
        assertEquals(SchoolYear.parse(year).value(), after.schoolYear());
    }

    @Test
    void aPaymentDateMarksTheExpensePaidAndARowMatchingTwoRecordsIsSetAside() throws Exception {
        apply(plan(SheetKind.EXPENSES, CORPUS.resolve("expenses.csv"), false));
        Path file = file("d.csv", "Date;Fournisseur ou payeur;Objet;Montant;Ligne budgétaire;Payée le",
                "12/02/2026;Autocars Le Bris;Transport visite usine;1 150,50;625;28/02/2026");
        SheetImport.Plan plan = plan(SheetKind.EXPENSES, file, true);
        assertEquals(List.of(new FieldChange("status", "Engagée", "Payée", false),
                new FieldChange("paidOn", null, "28/02/2026", false)), updates(plan).get(0).changes());
        apply(plan);
        FinanceEntry bus = new EntryRepository(db).findAll().stream().filter(f -> f.party().equals(
                "Autocars Le Bris")).findFirst().orElseThrow();
        assertEquals(EntryStatus.PAYEE, bus.status());

        // The same expense entered twice in the campus: there is no knowing which to update.
        new EntryRepository(db).save(new FinanceEntry(null, bus.kind(), bus.date(), bus.party(), bus.description(),
                bus.amount(), bus.lineCode(), bus.status(), bus.paidOn(), "F-2", null, null, null, null, null, null,
                null, null), java.time.Instant.now());
        SheetImport.Plan twice = plan(SheetKind.EXPENSES, file, true);
        assertEquals(List.of("ligne 2 : " + SheetImportTest.FR.get("import.sheet.ambiguous",
                "12/02/2026 — Autocars Le Bris — " + bus.amount().display(), 2)), reasons(twice));
        assertTrue(twice.items().isEmpty());
        assertTrue(!twice.hasBlockingIssues(), "set aside, not rejected");
    }
}
