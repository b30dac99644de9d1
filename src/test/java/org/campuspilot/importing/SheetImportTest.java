package org.campuspilot.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.campuspilot.TestCampus;
import org.campuspilot.action.Action;
import org.campuspilot.action.ActionRepository;
import org.campuspilot.action.ActionType;
import org.campuspilot.action.LearnerStatus;
import org.campuspilot.action.Sex;
import org.campuspilot.company.Company;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.company.PartnershipKind;
import org.campuspilot.company.SizeBand;
import org.campuspilot.contact.Contact;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.db.Database;
import org.campuspilot.demo.DemoCampus;
import org.campuspilot.event.Audience;
import org.campuspilot.event.Event;
import org.campuspilot.event.EventRepository;
import org.campuspilot.event.EventStatus;
import org.campuspilot.event.EventType;
import org.campuspilot.grant.EntryRepository;
import org.campuspilot.grant.EntryStatus;
import org.campuspilot.grant.FinanceEntry;
import org.campuspilot.shared.Hours;
import org.campuspilot.shared.Money;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.Problem;
import org.campuspilot.shared.SchoolYear;
import org.campuspilot.shared.TrainingLevel;
import org.campuspilot.ui.Messages;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The director's spreadsheets: each kind from CSV, ODS and XLSX, the mapping step remembered, and the corpus of
 * damaged files, each refused with its sentence and nothing written.
 */
class SheetImportTest {
    static final Path CORPUS = Path.of("src/test/resources/org/campuspilot/importing/corpus");
    static final Messages FR = Messages.load(Messages.FRENCH);
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 21).atStartOfDay(ZoneId.of("Europe/Paris"))
            .toInstant(), ZoneId.of("Europe/Paris"));
    @TempDir Path dir;
    Database db;
    SheetImport importer;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("campus.db"));
        importer = new SheetImport(TestCampus.stores(db), CLOCK, FR);
    }

    private SheetImport.Plan plan(SheetKind kind, Path file) throws ImportFileException {
        TableFile.Table t = TableFile.read(file);
        return importer.plan(kind, t, importer.mapping(kind, t.header()), () -> false);
    }

    @Test
    void anActionAtOldLevelOneIsAtLevelSevenOnceAndCountsOnceInTheTotalsByLevel() throws Exception {
        Path file = dir.resolve("actions-niveau-I.csv");
        Files.writeString(file, "Intitulé;Type d'action;Niveaux;Année scolaire;Date de début;Date de fin;Public;"
                + "Bénéficiaires touchés\r\nConférence aux élèves ingénieurs;Intervention de professionnels;niveau I;"
                + "2025-2026;12/01/2026;12/01/2026;Étudiants;30\r\n", StandardCharsets.UTF_8);
        SheetImport.Plan plan = plan(SheetKind.ACTIONS, file);
        assertEquals(List.of(), reasons(plan));
        importer.apply(plan, n -> {
        }, () -> false);
        Action a = new ActionRepository(db).findAll().get(0);
        assertEquals(java.util.Set.of(TrainingLevel.LEVEL_7), a.levels(), "old level I is level 7, not 7 and 8");
        var stores = TestCampus.stores(db);
        var report = new org.campuspilot.report.ReportService(db, new org.campuspilot.grant.GrantFigures(
                stores.grants(), stores.budgets(), stores.entries(), stores.projects())).figures(
                        org.campuspilot.report.ReportPeriod.school(2025));
        assertEquals(1, report.actions().count());
        assertEquals(1, report.actions().byLevel().values().stream().mapToInt(l -> l.actions()).sum(),
                "one action, one line by level: " + report.actions().byLevel());
        assertEquals(30, report.actions().byLevel().get(TrainingLevel.LEVEL_7).beneficiaries());
    }

    private static List<String> reasons(SheetImport.Plan plan) {
        return plan.issues().stream().map(i -> FR.get("import.issue.line", i.line(), FR.get(i.problem()))).toList();
    }

    private String fileProblem(Path file, SheetKind kind) {
        ImportFileException e = assertThrows(ImportFileException.class, () -> plan(kind, file));
        return FR.get(e.problem());
    }

    private long companies() {
        return new CompanyRepository(db).count();
    }

    @Test
    void companiesFromTheTemplateColumnsAreReadWithTheFormsRules() throws Exception {
        SheetImport.Plan plan = plan(SheetKind.COMPANIES, CORPUS.resolve("companies.csv"));
        assertEquals(List.of(), reasons(plan));
        assertEquals(3, plan.items().size());
        assertEquals(new SheetImport.Outcome(3, 0), importer.apply(plan, n -> {
        }, () -> false));
        Map<String, Company> bySiret = new CompanyRepository(db).findAll().stream()
                .collect(Collectors.toMap(c -> c.number().code(), c -> c));
        Company baulon = bySiret.get("21350016800025");
        assertEquals("Atelier Baulon Mécanique", baulon.name());
        assertEquals("28.99B", baulon.naf().code());
        assertEquals(SizeBand.PME, baulon.size());
        assertEquals(java.util.Set.of(PartnershipKind.STAGES, PartnershipKind.VISITES), baulon.partnerships());
        assertEquals(LocalDate.of(2025, 1, 15), baulon.conventionSignedOn());
        assertEquals(SizeBand.MICRO, bySiret.get("21350050700024").size(), "« micro » in lower case");
        assertEquals(LocalDate.of(2024, 9, 1), bySiret.get("21350076200025").conventionSignedOn(), "ISO date");

        // The same file again: every row is already there, nothing is added twice.
        SheetImport.Plan again = plan(SheetKind.COMPANIES, CORPUS.resolve("companies.csv"));
        assertEquals(0, again.items().size());
        assertEquals(3, again.existing());
        assertFalse(again.hasBlockingIssues());
        assertTrue(reasons(again).get(0).startsWith("ligne 2 : Atelier Baulon Mécanique (213 500 168 00025) existe"),
                reasons(again).get(0));
    }

    @Test
    void aCommaSeparatedWindows1252FileWithOtherTitlesIsMappedAndReadRight() throws Exception {
        TableFile.Table t = TableFile.read(CORPUS.resolve("companies-comma-windows1252.csv"));
        assertEquals(List.of("N° SIRET", "Dénomination", "APE", "Ville", "Remarques"), t.header());
        Map<String, Integer> mapping = importer.mapping(SheetKind.COMPANIES, t.header());
        assertEquals(Map.of("number", 0, "name", 1, "naf", 2, "city", 3, "notes", 4), mapping);
        SheetImport.Plan plan = importer.plan(SheetKind.COMPANIES, t, mapping, () -> false);
        assertEquals(List.of(), reasons(plan));
        importer.apply(plan, n -> {
        }, () -> false);
        Company c = new CompanyRepository(db).findAll().stream().filter(x -> x.city().equals("Cintré")).findFirst()
                .orElseThrow();
        assertEquals("Cintré Électronique", c.name());
        Company baulon = new CompanyRepository(db).findAll().stream().filter(x -> x.city().equals("Baulon"))
                .findFirst().orElseThrow();
        assertEquals("28.99B", baulon.naf().code(), "2899B is written the usual way");
        assertEquals("Contact pris au forum, à relancer", baulon.notes(), "a quoted comma stays in its cell");
    }

    @Test
    void theDirectorsMappingIsRememberedForTheNextFileWithTheSameTitles() throws Exception {
        List<String> header = List.of("Boîte", "Numéro", "Où");
        assertEquals(Map.of(), importer.mapping(SheetKind.COMPANIES, header));
        importer.remember(SheetKind.COMPANIES, header, Map.of("name", 0, "number", 1, "city", 2));
        assertEquals(Map.of("name", 0, "number", 1, "city", 2), importer.mapping(SheetKind.COMPANIES,
                List.of("BOITE", "numero", "où")));
        // A column the director left out stays out, even when its title is a known one.
        importer.remember(SheetKind.COMPANIES, List.of("Ville", "Raison sociale", "SIRET"), Map.of("name", 1,
                "number", 2));
        assertEquals(Map.of("name", 1, "number", 2), importer.mapping(SheetKind.COMPANIES, List.of("Ville",
                "Raison sociale", "SIRET")));
        assertEquals(List.of(), SheetImport.missing(SheetKind.COMPANIES, Map.of("name", 1, "number", 2)));
        assertEquals(List.of("number"), SheetImport.missing(SheetKind.COMPANIES, Map.of("name", 1)));
    }

    @Test
    void eachRejectedLineSaysWhyInPlainFrench() throws Exception {
        SheetImport.Plan plan = plan(SheetKind.COMPANIES, CORPUS.resolve("companies-invalid-values.csv"));
        List<String> r = reasons(plan);
        assertEquals(5, r.size(), String.join("\n", r));
        assertEquals("ligne 2 : SIRET : " + FR.get(Problem.of("validation.companyNumber.length", "123", 3)), r.get(0));
        assertEquals("ligne 3 : " + FR.get("import.sheet.required", "Raison sociale"), r.get(1));
        assertTrue(r.get(2).startsWith("ligne 4 : Code NAF : Le code NAF 2862"), r.get(2));
        assertTrue(r.get(3).startsWith("ligne 5 : Code postal : Le code postal 3531 n'est pas valide"), r.get(3));
        assertTrue(r.get(4).startsWith("ligne 6 : Convention signée le : La date 31/02/2025"), r.get(4));
        assertEquals(5, plan.rejected());
        assertEquals(0, companies());
    }

    @Test
    void theDamagedFilesEachGiveTheirSentenceAndWriteNothing() throws Exception {
        assertEquals(FR.get("import.file.empty", "empty.csv"), fileProblem(CORPUS.resolve("empty.csv"),
                SheetKind.COMPANIES));
        assertEquals(FR.get("import.sheet.noRows", "companies-header-only.csv"),
                fileProblem(CORPUS.resolve("companies-header-only.csv"), SheetKind.COMPANIES));
        assertEquals(FR.get("import.sheet.notText", "companies-utf16.csv"),
                fileProblem(CORPUS.resolve("companies-utf16.csv"), SheetKind.COMPANIES));
        assertEquals(FR.get("import.sheet.missingColumns", "companies-missing-column.csv", "« SIRET »"),
                fileProblem(CORPUS.resolve("companies-missing-column.csv"), SheetKind.COMPANIES));
        assertEquals(FR.get("import.file.missing", dir.resolve("absent.csv").toString()),
                fileProblem(dir.resolve("absent.csv"), SheetKind.COMPANIES));
        Path notXlsx = Files.writeString(dir.resolve("table.xlsx"), "ceci n'est pas un classeur");
        assertEquals(FR.get("import.sheet.unreadable", "table.xlsx", "XLSX"), fileProblem(notXlsx,
                SheetKind.COMPANIES));

        assertEquals(FR.get("import.sheet.badQuotes", "companies-bad-quotes.csv", 2),
                fileProblem(CORPUS.resolve("companies-bad-quotes.csv"), SheetKind.COMPANIES));

        List<String> scientific = reasons(plan(SheetKind.COMPANIES, CORPUS.resolve("companies-scientific-siret.csv")));
        assertEquals(List.of("ligne 2 : SIRET : " + FR.get("validation.companyNumber.scientific", "2,13500E+13")),
                scientific);

        List<String> duplicates = reasons(plan(SheetKind.COMPANIES, CORPUS.resolve("companies-duplicates.csv")));
        assertEquals(List.of("ligne 4 : " + FR.get("import.sheet.duplicateInFile",
                "Atelier Baulon (doublon) (213 500 168 00025)", 2)), duplicates);

        SheetImport.Plan formulas = plan(SheetKind.COMPANIES, CORPUS.resolve("companies-formula.csv"));
        assertEquals(List.of(2, 3), formulas.issues().stream().map(ImportIssue::line).toList());
        assertTrue(reasons(formulas).get(0).contains(
                "« =HYPERLINK(\"http://example.com/x\";\"Cliqu… » de la colonne « Raison sociale »"),
                reasons(formulas).get(0));
        assertTrue(reasons(formulas).get(1).contains("« @SUM(A1:A9) » de la colonne « Notes »"));
        assertEquals(1, formulas.items().size(), "« -12 salariés » is text, not a formula");

        // A field of 10 MB (a quote never closed swallows the rest of the file).
        Path huge = dir.resolve("huge.csv");
        try (OutputStream o = Files.newOutputStream(huge)) {
            o.write("SIRET;Raison sociale;Notes\r\n21350016800025;Atelier Baulon;\"".getBytes());
            byte[] block = "x".repeat(1024).getBytes();
            for (int i = 0; i < 10 * 1024; i++) {
                o.write(block);
            }
            o.write("\"\r\n".getBytes());
        }
        assertEquals(List.of("ligne 2 : " + FR.get("import.cell.huge", "Notes", 10 * 1024 * 1024,
                CellGuard.MAX_CELL)), reasons(plan(SheetKind.COMPANIES, huge)));
        assertEquals(0, companies());
    }

    @Test
    void aFailureHalfWayLeavesTheDatabaseAsItWas() throws Exception {
        SheetImport.Plan plan = plan(SheetKind.COMPANIES, CORPUS.resolve("companies.csv"));
        int[] written = {0};
        assertThrows(IllegalStateException.class, () -> importer.apply(plan, n -> {
            written[0] = n;
            if (n == 2) {
                throw new IllegalStateException("disk full");
            }
        }, () -> false));
        assertEquals(2, written[0]);
        assertEquals(0, companies());
        assertThrows(ImportCancelled.class, () -> importer.apply(plan, n -> {
        }, () -> written[0]++ >= 3));
        assertEquals(0, companies());
    }

    @Test
    void contactsEventsActionsAndExpensesJoinTheDemoCampus() throws Exception {
        db = TestCampus.demo(dir.resolve("demo.db"));
        importer = new SheetImport(TestCampus.stores(db), CLOCK, FR);
        long contactsBefore = new ContactRepository(db).count();
        SheetImport.Plan contacts = plan(SheetKind.CONTACTS, CORPUS.resolve("contacts.csv"));
        assertEquals(List.of(), reasons(contacts));
        importer.apply(contacts, n -> {
        }, () -> false);
        assertEquals(contactsBefore + 3, new ContactRepository(db).count());
        Map<String, Contact> byName = new ContactRepository(db).findAll().stream()
                .collect(Collectors.toMap(Contact::lastName, c -> c, (a, b) -> a));
        assertEquals(Organisation.Kind.ESTABLISHMENT, byName.get("Bouvier").organisation().kind());
        assertEquals("0299112233", byName.get("Bouvier").phone().digits());
        assertEquals(LocalDate.of(2026, 10, 2), byName.get("Bouvier").lastContactOn());
        assertEquals(Organisation.Kind.COMPANY, byName.get("Jaouen").organisation().kind());
        assertEquals(Organisation.other("Chambre de métiers"), byName.get("Martin").organisation());

        SheetImport.Plan events = plan(SheetKind.EVENTS, CORPUS.resolve("events.csv"));
        assertEquals(List.of(), reasons(events));
        importer.apply(events, n -> {
        }, () -> false);
        Map<String, Event> byTitle = new EventRepository(db).findAll().stream()
                .collect(Collectors.toMap(Event::title, e -> e, (a, b) -> a));
        Event forum = byTitle.get("Forum des métiers de l'industrie");
        assertEquals(EventType.FORUM_SALON, forum.type(), "« Forum, salon » for « Forum ou salon »");
        assertFalse(forum.timing().allDay());
        assertEquals(EventStatus.PREVU, forum.status());
        assertEquals(300, forum.expected());
        Event open = byTitle.get("Journée portes ouvertes");
        assertTrue(open.timing().allDay());
        assertEquals(EventStatus.REALISE, open.status(), "a past event is done");
        assertEquals(Map.of(Audience.AUTRES, 140), open.attendance());
        assertEquals(2, open.establishments().size());

        SheetImport.Plan actions = plan(SheetKind.ACTIONS, CORPUS.resolve("actions.csv"));
        assertEquals(List.of(), reasons(actions));
        importer.apply(actions, n -> {
        }, () -> false);
        Map<String, Action> actionsByTitle = new ActionRepository(db).findAll().stream()
                .collect(Collectors.toMap(Action::title, a -> a, (a, b) -> a));
        Action weld = actionsByTitle.get("Atelier soudure en 3e");
        assertEquals(ActionType.DECOUVERTE_METIERS, weld.type());
        assertEquals(java.util.Set.of(TrainingLevel.LEVEL_3), weld.levels(), "old level V is level 3");
        assertEquals(Map.of(LearnerStatus.ELEVES, 24), weld.beneficiaries().actualByStatus());
        assertEquals(Map.of(Sex.FEMMES, 6, Sex.HOMMES, 18), weld.beneficiaries().actualBySex());
        assertEquals(Hours.check("144").value(), weld.hoursDelivered());
        Action robot = actionsByTitle.get("Module robotique collaborative");
        assertEquals(java.util.Set.of(TrainingLevel.LEVEL_4, TrainingLevel.LEVEL_5), robot.levels());
        assertEquals(new SchoolYear(2025), robot.schoolYear(), "from its start date");

        SheetImport.Plan expenses = plan(SheetKind.EXPENSES, CORPUS.resolve("expenses.csv"));
        assertEquals(List.of(), reasons(expenses));
        importer.apply(expenses, n -> {
        }, () -> false);
        FinanceEntry posters = new EntryRepository(db).findAll().stream()
                .filter(f -> "F-2026-101".equals(f.reference())).findFirst().orElseThrow();
        assertEquals(Money.check("480").value(), posters.amount());
        assertEquals(EntryStatus.PAYEE, posters.status());
        assertEquals("623", posters.lineCode());
        FinanceEntry bus = new EntryRepository(db).findAll().stream()
                .filter(f -> f.party().equals("Autocars Le Bris")).findFirst().orElseThrow();
        assertEquals(115_050, bus.amount().cents());
        assertEquals(EntryStatus.ENGAGEE, bus.status());
    }

    @Test
    void namesHoldingSeparatorsAndBudgetCodesAreReadAsTheExportsWriteThem() throws Exception {
        db = TestCampus.demo(dir.resolve("demo.db"));
        importer = new SheetImport(TestCampus.stores(db), CLOCK, FR);
        Path actions = Files.writeString(dir.resolve("actions.csv"), String.join("\r\n",
                "Intitulé;Type;Niveaux;Année scolaire;Établissements;Entreprises",
                "Atelier capteurs;Découverte des métiers;4;2025-2026;Lycée et section d'enseignement professionnel "
                        + "Pierre Mendès France, Lycée polyvalent Jacques Cartier;Capteurs et Systèmes Embarqués",
                "Atelier inconnu;Découverte des métiers;4;2025-2026;Lycée et collège de nulle part;"));
        SheetImport.Plan plan = plan(SheetKind.ACTIONS, actions);
        assertEquals(List.of("ligne 3 : Établissements : " + FR.get("import.sheet.unknownEstablishment", "Lycée")),
                reasons(plan), "a name matching nothing is still refused, part by part");
        Action a = (Action) plan.items().get(0).record();
        assertEquals(List.of("Lycée et section d'enseignement professionnel Pierre Mendès France",
                "Lycée polyvalent Jacques Cartier"), a.establishments().stream().map(Organisation::name).toList());
        assertEquals(List.of("Capteurs et Systèmes Embarqués"), a.companies().stream().map(Organisation::name)
                .toList());

        Path entries = Files.writeString(dir.resolve("depenses.csv"), String.join("\r\n",
                "Date;Nature;Fournisseur ou payeur;Libellé;Montant;Ligne",
                "31/12/2026;Dépense;Lycée Bréquigny;Charges indirectes : locaux;3400,00;CI",
                "15/06/2026;Recette;Région Bretagne;Solde 2026;5000.00;74-REGION",
                "16/06/2026;Dépense;Imprimerie;Affiches;120;623 Publicité"));
        assertEquals(List.of(), reasons(plan(SheetKind.EXPENSES, entries)));
        assertEquals(List.of("CI", "74-REGION", "623"), plan(SheetKind.EXPENSES, entries).items().stream()
                .map(i -> ((FinanceEntry) i.record()).lineCode()).toList());
    }

    @Test
    void xlsxAndOdsCellsComeOutAsTheDirectorSeesThem() throws Exception {
        Path xlsx = dir.resolve("entreprises.xlsx");
        try (OutputStream o = Files.newOutputStream(xlsx)) {
            Workbook book = new Workbook(o, "test", "1.0");
            Worksheet s = book.newWorksheet("Feuille1");
            s.value(0, 0, "SIRET");
            s.value(0, 1, "Raison sociale");
            s.value(0, 2, "Convention signée le");
            s.value(1, 0, 21350016800025L);
            s.value(1, 1, "Atelier Baulon");
            s.value(1, 2, LocalDate.of(2025, 1, 15));
            s.style(1, 2).format("dd/mm/yyyy").set();
            book.finish();
        }
        Path ods = dir.resolve("entreprises.ods");
        SpreadSheet book = new SpreadSheet();
        Sheet sheet = new Sheet("Feuille1", 2, 3);
        sheet.getRange(0, 0).setValue("SIRET");
        sheet.getRange(0, 1).setValue("Raison sociale");
        sheet.getRange(0, 2).setValue("Convention signée le");
        sheet.getRange(1, 0).setValue(21350050700024.0);
        sheet.getRange(1, 1).setValue("Cardroc Robotique");
        sheet.getRange(1, 2).setValue(LocalDate.of(2024, 9, 1));
        book.appendSheet(sheet);
        book.save(ods.toFile());

        assertEquals(List.of("21350016800025", "Atelier Baulon", "2025-01-15"),
                TableFile.read(xlsx).rows().get(0).cells());
        assertEquals(List.of("21350050700024", "Cardroc Robotique", "2024-09-01"),
                TableFile.read(ods).rows().get(0).cells());
        for (Path p : List.of(xlsx, ods)) {
            importer.apply(plan(SheetKind.COMPANIES, p), n -> {
            }, () -> false);
        }
        assertEquals(2, companies());
    }

    @Test
    void eachTemplateReadsBackAsItsOwnExampleRow() throws Exception {
        db = TestCampus.demo(dir.resolve("demo.db"));
        importer = new SheetImport(TestCampus.stores(db), CLOCK, FR);
        for (SheetKind kind : SheetKind.values()) {
            for (TableFile.Format format : TableFile.Format.values()) {
                Path file = dir.resolve(SheetTemplates.fileName(kind, format, FR));
                SheetTemplates.write(kind, format, file, FR);
                TableFile.Table t = TableFile.read(file);
                assertEquals(kind.templateColumns().stream().map(c -> FR.get(kind.columnKey(c.field()))).toList(),
                        t.header(), kind + " " + format);
                Map<String, Integer> mapping = importer.mapping(kind, t.header());
                assertEquals(kind.templateColumns().size(), mapping.size(), kind + " " + format
                        + ": every title is known");
                SheetImport.Plan plan = importer.plan(kind, t, mapping, () -> false);
                assertEquals(List.of(), reasons(plan).stream().filter(r -> !r.contains("existe déjà")).toList(),
                        kind + " " + format);
            }
        }
        assertEquals("modele-depenses-et-recettes.xlsx", SheetTemplates.fileName(SheetKind.EXPENSES,
                TableFile.Format.XLSX, FR));
    }
}
