package org.campuspilot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.campuspilot.TestCampus;
import org.campuspilot.TestData;
import org.campuspilot.company.Company;
import org.campuspilot.contact.Contact;
import org.campuspilot.db.Database;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.event.Event;
import org.campuspilot.grant.EntryStatus;
import org.campuspilot.grant.FinanceEntry;
import org.campuspilot.shared.Uai;
import org.campuspilot.store.Stores;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files that are not what they seem: each import refuses them with the line and a French sentence, exit 1, and the
 * campus file is byte-for-byte what it was; tricky but valid files are imported exactly as written (issue 20; the
 * files and their making: hostile/README.md and hostile/make.py).
 */
class HostileFilesTest extends CommandLineTest {
    private static final Path HOSTILE = Path.of("src/test/resources/org/campuspilot/importing/hostile");
    private static final String FORMULA = " commence comme une formule de tableur";
    private static final String UNREADABLE = " n'a pas pu être lu comme un fichier ";
    @TempDir Path dir;


    static Stream<Arguments> refused() {
        return Stream.of(
            // The annuaire.
            row("annuaire", "annuaire-open-quote.csv",
                    "mal formé ligne 3 : un guillemet ouvre une cellule sans la refermer"),
            row("annuaire", "annuaire-two-columns-same-title.csv", "a deux colonnes intitulées « Nom_commune »"),
            row("annuaire", "annuaire-formula-equals.csv",
                    "ligne 3 : la cellule « =cmd|' /C calc'!A0 » de la colonne « Nom_etablissement »" + FORMULA),
            row("annuaire", "annuaire-formula-at.csv",
                    "ligne 3 : la cellule « @SUM(A1:A9) » de la colonne « Nom_etablissement »" + FORMULA),
            row("annuaire", "annuaire-formula-plus-cmd.csv",
                    "ligne 3 : la cellule « +33+cmd|' /C calc'!A0 » de la colonne « Telephone »" + FORMULA),
            row("annuaire", "annuaire-formula-minus-chain.csv",
                    "ligne 3 : la cellule « -2+cmd|' /C calc'!A0 » de la colonne « Nom_commune »" + FORMULA),
            row("annuaire", "annuaire-nul-byte.csv",
                    "ligne 3 : la cellule de la colonne « Nom_etablissement » contient un octet nul (caractère 15)"),
            row("annuaire", "annuaire-control-character.csv", "ligne 3 : la cellule de la colonne « Adresse_1 » "
                    + "contient un caractère de contrôle invisible (U+001B, caractère 1)"),
            row("annuaire", "annuaire-name-too-long.csv", "ligne 3 : la cellule de la colonne « Nom_etablissement » "
                    + "compte 301 caractères, or ce champ en prend au plus 300"),
            row("annuaire", "annuaire-empty.csv", "Le fichier annuaire-empty.csv est vide."),
            row("annuaire", "annuaire-header-only.csv", "ne contient que la ligne d'en-tête"),
            row("annuaire", "annuaire-binary-junk.csv", "n'est pas encodé en UTF-8"),
            row("annuaire", "annuaire-windows-1252.csv", "n'est pas encodé en UTF-8"),
            // Formulas: every kind, each form in every format.
            row("companies", "companies-formula-equals.csv",
                    "ligne 3 : la cellule « =cmd|' /C calc'!A0 » de la colonne « Raison sociale »" + FORMULA),
            row("companies", "companies-formula-at.xlsx",
                    "ligne 3 : la cellule « @SUM(A1:A9) » de la colonne « Raison sociale »" + FORMULA),
            row("companies", "companies-formula-plus-cmd.ods",
                    "ligne 3 : la cellule « +33+cmd|' /C calc'!A0 » de la colonne « Raison sociale »" + FORMULA),
            row("companies", "companies-formula-minus-chain.csv",
                    "ligne 3 : la cellule « -2+cmd|' /C calc'!A0 » de la colonne « Raison sociale »" + FORMULA),
            row("contacts", "contacts-formula-equals.xlsx",
                    "ligne 3 : la cellule « =cmd|' /C calc'!A0 » de la colonne « Nom »" + FORMULA),
            row("contacts", "contacts-formula-at.ods",
                    "ligne 3 : la cellule « @SUM(A1:A9) » de la colonne « Nom »" + FORMULA),
            row("contacts", "contacts-formula-plus-cmd.csv",
                    "ligne 3 : la cellule « +33+cmd|' /C calc'!A0 » de la colonne « Téléphone »" + FORMULA),
            row("contacts", "contacts-formula-minus-chain.xlsx",
                    "ligne 3 : la cellule « -2+cmd|' /C calc'!A0 » de la colonne « Nom »" + FORMULA),
            row("events", "events-formula-equals.ods",
                    "ligne 3 : la cellule « =cmd|' /C calc'!A0 » de la colonne « Titre »" + FORMULA),
            row("events", "events-formula-at.csv",
                    "ligne 3 : la cellule « @SUM(A1:A9) » de la colonne « Titre »" + FORMULA),
            row("events", "events-formula-plus-cmd.xlsx",
                    "ligne 3 : la cellule « +33+cmd|' /C calc'!A0 » de la colonne « Titre »" + FORMULA),
            row("events", "events-formula-minus-chain.ods",
                    "ligne 3 : la cellule « -2+cmd|' /C calc'!A0 » de la colonne « Titre »" + FORMULA),
            row("actions", "actions-formula-equals.csv",
                    "ligne 3 : la cellule « =cmd|' /C calc'!A0 » de la colonne « Intitulé »" + FORMULA),
            row("actions", "actions-formula-at.xlsx",
                    "ligne 3 : la cellule « @SUM(A1:A9) » de la colonne « Intitulé »" + FORMULA),
            row("actions", "actions-formula-plus-cmd.ods",
                    "ligne 3 : la cellule « +33+cmd|' /C calc'!A0 » de la colonne « Intitulé »" + FORMULA),
            row("actions", "actions-formula-minus-chain.csv",
                    "ligne 3 : la cellule « -2+cmd|' /C calc'!A0 » de la colonne « Intitulé »" + FORMULA),
            row("expenses", "expenses-formula-equals.xlsx",
                    "ligne 3 : la cellule « =cmd|' /C calc'!A0 » de la colonne « Fournisseur ou payeur »" + FORMULA),
            row("expenses", "expenses-formula-at.ods",
                    "ligne 3 : la cellule « @SUM(A1:A9) » de la colonne « Fournisseur ou payeur »" + FORMULA),
            row("expenses", "expenses-formula-plus-cmd.csv",
                    "ligne 3 : la cellule « +33+cmd|' /C calc'!A0 » de la colonne « Fournisseur ou payeur »"
                    + FORMULA),
            row("expenses", "expenses-formula-minus-chain.xlsx",
                    "ligne 3 : la cellule « -2+cmd|' /C calc'!A0 » de la colonne « Fournisseur ou payeur »"
                    + FORMULA),
            // Quotes that never close.
            row("companies", "companies-open-quote.csv",
                    "mal formé ligne 3 : un guillemet ouvre une cellule sans la refermer"),
            row("contacts", "contacts-open-quote.csv", "mal formé ligne 3 : un guillemet ouvre une cellule"),
            row("events", "events-open-quote.csv", "mal formé ligne 3 : un guillemet ouvre une cellule"),
            row("actions", "actions-open-quote.csv", "mal formé ligne 3 : un guillemet ouvre une cellule"),
            row("expenses", "expenses-open-quote.csv", "mal formé ligne 3 : un guillemet ouvre une cellule"),
            // Control characters, line breaks, lengths.
            row("companies", "companies-nul-byte.csv",
                    "ligne 3 : la cellule de la colonne « Commune » contient un octet nul (caractère 4)"),
            row("contacts", "contacts-control-character.csv", "ligne 3 : la cellule de la colonne « Fonction » "
                    + "contient un caractère de contrôle invisible (U+0007, caractère 12)"),
            row("companies", "companies-name-line-break.xlsx", "ligne 3 : la cellule de la colonne « Raison sociale »"
                    + " contient un saut de ligne ou une tabulation, or ce champ tient sur une ligne"),
            row("contacts", "contacts-name-line-break.ods",
                    "ligne 3 : la cellule de la colonne « Nom » contient un saut de ligne"),
            row("events", "events-title-line-break.csv",
                    "ligne 3 : la cellule de la colonne « Titre » contient un saut de ligne"),
            row("companies", "companies-name-too-long.ods", "ligne 3 : la cellule de la colonne « Raison sociale » "
                    + "compte 301 caractères, or ce champ en prend au plus 300"),
            row("contacts", "contacts-email-too-long.csv",
                    "ligne 3 : la cellule de la colonne « E-mail » compte 255 caractères, or ce champ en prend au "
                    + "plus 254"),
            row("actions", "actions-description-too-long.xlsx",
                    "ligne 3 : la cellule de la colonne « Commentaires » compte 10\u202F001 caractères, or ce champ en "
                    + "prend au plus 10\u202F000"),
            row("events", "events-cell-huge.ods", "ligne 3 : la cellule de la colonne « Notes » compte 40\u202F000 "
                    + "caractères (au plus 32\u202F767, la limite d'un tableur) : le fichier est sans doute abîmé"),
            // Values the forms refuse, whatever the file.
            row("events", "events-invalid-date.csv",
                    "ligne 3 : Date de début : La date 31/02/2026 n'est pas valide"),
            row("expenses", "expenses-invalid-amount.ods", "ligne 3 : Montant : Le montant 12,345,67 n'est pas valide"),
            row("expenses", "expenses-negative-amount.csv", "ligne 3 : Montant : Le montant -25 est négatif"),
            row("expenses", "expenses-euro-sign-alone.csv", "ligne 3 : Montant : Le montant € n'est pas valide"),
            row("companies", "companies-siret-siren-key.csv",
                    "ligne 3 : SIRET : Le SIRET 21350000000004 n'est pas valide : ses 9 premiers chiffres"),
            row("actions", "actions-invalid-level.xlsx",
                    "ligne 3 : Niveaux : « VII » n'est pas un niveau de formation"),
            // Files that are not what they seem.
            row("companies", "companies-two-columns-same-title.csv", "a deux colonnes intitulées « Commune »"),
            row("contacts", "contacts-two-columns-same-title.xlsx", "a deux colonnes intitulées « Nom »"),
            row("events", "events-two-columns-same-title.ods", "a deux colonnes intitulées « Lieu »"),
            row("companies", "companies-utf8-two-bad-bytes.csv",
                    "est en UTF-8 mais ses caractères sont abîmés ligne 3"),
            row("expenses", "expenses-utf8-bad-bytes.csv", "est en UTF-8 mais ses caractères sont abîmés ligne 3"),
            row("expenses", "expenses-empty.csv", "Le fichier expenses-empty.csv est vide."),
            row("actions", "actions-empty.ods", "Le fichier actions-empty.ods" + UNREADABLE + "ODS"),
            row("actions", "actions-header-only.xlsx", "ne contient que la ligne d'en-tête : aucune ligne à importer"),
            row("events", "events-header-only.ods", "ne contient que la ligne d'en-tête : aucune ligne à importer"),
            row("contacts", "contacts-binary-junk.csv", "n'est pas un fichier CSV lisible"),
            row("companies", "companies-csv-named-xlsx.xlsx", UNREADABLE + "XLSX"),
            row("expenses", "expenses-csv-named-ods.ods", UNREADABLE + "ODS"),
            row("events", "events-truncated.xlsx", "est abîmé ou incomplet (copie interrompue, pièce jointe tronquée)"),
            row("actions", "actions-truncated.ods", "est abîmé ou incomplet (copie interrompue, pièce jointe tronquée)"),
            row("expenses", "expenses-encrypted.xlsx", UNREADABLE + "XLSX"),
            row("companies", "companies-zip-not-workbook.xlsx", UNREADABLE + "XLSX"),
            row("companies", "companies-cell-in-column-xfd.xlsx",
                    "remplit une cellule au-delà de la colonne 500 ligne 3"));
    }

    private static Arguments row(String kind, String file, String expected) {
        return Arguments.of(kind, file, expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("refused")
    void refusedWithItsLineAndNothingWritten(String kind, String file, String expected) throws Exception {
        assertRefused(kind, HOSTILE.resolve(file), expected);
    }

    @Test
    void theCorpusHoldsEveryFileOfTheTableAndMoreThanForty() throws Exception {
        List<String> listed = refused().map(a -> (String) a.get()[1]).toList();
        try (Stream<Path> files = Files.list(HOSTILE)) {
            List<String> present = files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("README.md") && !n.equals("make.py") && !n.contains("-accepted-")
                            && !ArchiveBombTest.FILES.contains(n)).sorted()
                    .toList();
            assertEquals(present, listed.stream().sorted().toList(), "every hostile file is in the table");
        }
        assertTrue(listed.size() >= 40, listed.size() + " hostile files");
        String readme = Files.readString(HOSTILE.resolve("README.md"));
        for (String file : listed) {
            assertTrue(readme.contains("`" + file + "`"), file + " is described in README.md");
        }
    }

    /** A cell of ten million characters, in each reader: refused at its line, nothing stored, no memory exhausted. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("tenMillion")
    void aTenMillionCharacterCellIsRefusedAtItsLine(String kind, String format, String expected) throws Exception {
        // Letters at random: a cell that long from a real spreadsheet, not a run of one letter that a zip shrinks a
        // thousand times (that one is refused before parsing, as an archive bomb: ArchiveBombTest).
        java.util.Random random = new java.util.Random(20);
        char[] letters = new char[10_000_000];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (char) ('a' + random.nextInt(26));
        }
        String huge = new String(letters);
        Path file = dir.resolve(kind + "-ten-million." + format);
        switch (format) {
            case "csv" -> {
                if (kind.equals("annuaire")) {
                    List<String> lines = Files.readAllLines(TestData.annuaireSample(), StandardCharsets.UTF_8);
                    String[] cells = lines.get(2).split(";", -1);
                    cells[1] = huge;
                    Files.writeString(file, String.join("\r\n", lines.get(0), lines.get(1), String.join(";", cells),
                            lines.get(3)) + "\r\n", StandardCharsets.UTF_8);
                } else {
                    try (OutputStream o = Files.newOutputStream(file)) {
                        o.write(("SIRET;Raison sociale;Notes\r\n21350016800025;Atelier Baulon;\r\n"
                                + "21350050700024;Cardroc Robotique;\"").getBytes(StandardCharsets.UTF_8));
                        o.write(huge.getBytes(StandardCharsets.UTF_8));
                        o.write("\"\r\n".getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            case "xlsx" -> {
                try (OutputStream o = Files.newOutputStream(file); Workbook book = new Workbook(o, "test", "1.0")) {
                    Worksheet sheet = book.newWorksheet("Feuil1");
                    sheet.value(0, 0, "Prénom");
                    sheet.value(0, 1, "Nom");
                    sheet.value(1, 0, "Nathalie");
                    sheet.value(1, 1, "Bouvier");
                    sheet.value(2, 0, "Pierre");
                    sheet.value(2, 1, huge);
                }
            }
            default -> {
                Sheet sheet = new Sheet("Feuille1", 3, 3);
                sheet.getRange(0, 0, 1, 3).setValues("Titre", "Type", "Date de début");
                sheet.getRange(1, 0, 1, 3).setValues("Forum", "Forum, salon", "12/03/2027");
                sheet.getRange(2, 0, 1, 3).setValues(huge, "Forum, salon", "13/03/2027");
                SpreadSheet book = new SpreadSheet();
                book.appendSheet(sheet);
                book.save(file.toFile());
            }
        }
        assertRefused(kind, file, expected);
    }

    static Stream<Arguments> tenMillion() {
        return Stream.of(
            Arguments.of("annuaire", "csv", "mal formé ligne 3 : une cellule y dépasse 65\u202F536 caractères"),
            Arguments.of("companies", "csv", "ligne 3 : la cellule de la colonne « Notes » compte 10\u202F000\u202F000 "
                    + "caractères (au plus 32\u202F767"),
            Arguments.of("contacts", "xlsx", "ligne 3 : la cellule de la colonne « Nom » compte 10\u202F000\u202F000 "
                    + "caractères (au plus 32\u202F767"),
            Arguments.of("events", "ods", "ligne 3 : la cellule de la colonne « Titre » compte 10\u202F000\u202F000 "
                    + "caractères (au plus 32\u202F767"));
    }

    @Test
    void anAnnuaireWithAPhoneInTheInternationalFormAndAnInvalidOneIsImportedExactlyWithAWarning() throws Exception {
        Path file = HOSTILE.resolve("annuaire-accepted-tricky.csv");
        Stores stores = accepted("annuaire", file, "ligne 4 : Le numéro 02 99 64 n'est pas valide : saisissez 10 "
                + "chiffres commençant par 0 (02 99 12 34 56) ou +33 suivi de 9 chiffres. L'établissement est importé "
                + "avec le champ « Téléphone » vide : complétez-le dans sa fiche.");
        assertTrue(out().contains("4 à ajouter") && out().contains("0 écartée(s), 0 rejetée(s)"), out());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Establishment third = stores.establishments().findByUai(new Uai(lines.get(2).split(";")[0])).orElseThrow();
        assertEquals("0299458802", third.phone().digits());
        Establishment fourth = stores.establishments().findByUai(new Uai(lines.get(3).split(";")[0])).orElseThrow();
        assertNull(fourth.phone(), "the invalid phone is kept out");
        assertEquals(lines.get(3).split(";")[1], fourth.name(), "the rest of the row is imported");
    }

    @Test
    void contactsWithSignsAndLineBreaksWhereTheyBelongAreImportedExactly() throws Exception {
        Stores stores = accepted("contacts", HOSTILE.resolve("contacts-accepted-tricky.csv"), "2 à ajouter");
        Contact yann = stores.contacts().findAll().stream().filter(c -> "Yann".equals(c.firstName())).findFirst()
                .orElseThrow();
        assertEquals("D'Arvor-Le Goff", yann.lastName());
        assertEquals("Responsable R&D", yann.role());
        assertEquals("0299123456", yann.phone().digits(), "« +33 2 99 12 34 56 » is a phone number");
        assertEquals("- premier contact au salon\n- relance en mars = devis", yann.notes());
        Contact anne = stores.contacts().findAll().stream().filter(c -> "Morvan".equals(c.lastName())).findFirst()
                .orElseThrow();
        assertEquals("-", anne.role(), "a dash alone is a value");
    }

    @Test
    void anExpenseWithSignsInsideItsTextsIsImportedExactly() throws Exception {
        Stores stores = accepted("expenses", HOSTILE.resolve("expenses-accepted-tricky.xlsx"), "1 à ajouter");
        FinanceEntry e = stores.entries().findAll().stream().filter(x -> x.party().equals(
                "Imprimerie + Reprographie")).findFirst().orElseThrow();
        assertEquals("Affiches = 2 000 exemplaires", e.description());
        assertEquals(123_450, e.amount().cents(), "« 1 234,50 € » with no-break spaces");
        assertEquals(EntryStatus.PAYEE, e.status());
        assertEquals(LocalDate.of(2026, 2, 20), e.paidOn());
    }

    @Test
    void anEventWhoseTitleStartsWithADashAndAWordIsImportedExactly() throws Exception {
        Stores stores = accepted("events", HOSTILE.resolve("events-accepted-tricky.ods"), "1 à ajouter");
        Event e = stores.events().findAll().stream().filter(x -> x.title().startsWith("- Forum")).findFirst()
                .orElseThrow();
        assertEquals("- Forum des métiers (édition 2)", e.title());
        assertEquals("Parc des expositions, hall @3", e.place());
        assertEquals("Accueil 8 h 30\nStand n° 12", e.description());
    }

    @Test
    void aCompanyWhoseNameStartsWithANumberIsImportedExactly() throws Exception {
        Stores stores = accepted("companies", HOSTILE.resolve("companies-accepted-tricky.csv"), "1 à ajouter");
        Company c = stores.companies().findAll().stream().filter(x -> x.number().code().equals("21350016800025"))
                .findFirst().orElseThrow();
        assertEquals("-12 salariés, atelier Baulon", c.name());
        assertEquals("https://www.example.fr/?a=1&b=2", c.website());
        assertEquals("Visite\tle mardi\n+ stage possible", c.notes(), "notes keep their tabs and line breaks");
    }

    private void assertRefused(String kind, Path file, String expected) throws Exception {
        Path db = dir.resolve("campus.campuspilot");
        if (Files.notExists(db)) {
            TestCampus.demo(db);
        }
        byte[] before = digest(db);
        int code = run("import", kind, file.toString(), "--db", db.toString());
        assertEquals(1, code, out() + "\n" + err());
        assertTrue(err().contains(expected), err());
        assertTrue(!err().contains("Exception") && !err().contains("SQLITE") && !out().contains("Exception"), err());
        assertArrayEquals(before, digest(db), "the campus file is unchanged");
    }

    /** Imports into the demo campus; the command succeeds and says {@code expected}; the campus's stores. */
    private Stores accepted(String kind, Path file, String expected) throws Exception {
        Path db = dir.resolve("campus.campuspilot");
        TestCampus.demo(db);
        int code = run("import", kind, file.toString(), "--db", db.toString());
        assertEquals(0, code, out() + "\n" + err());
        assertTrue(out().contains(expected), out());
        return TestCampus.stores(Database.open(db));
    }




    private static byte[] digest(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
