package org.campuspilot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.campuspilot.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest extends CommandLineTest {
    @TempDir Path dir;




    @Test
    void aCommandLineThatCannotBeParsedIsExplainedInFrenchWithItsUsage() {
        assertEquals(2, run("export", "region", "--db", "x.campuspilot"));
        assertTrue(err().startsWith("Il manque : --year, --out, --format.\nUtilisation : campus-pilot export region"),
                err());
        assertEquals(2, run("export", "region", "--db", "x", "--year", "deux", "--format", "ods", "--out", "y"));
        assertTrue(err().startsWith("La valeur « deux » de --year n'est pas valide."), err());
        assertEquals(2, run("frobnicate"));
        assertTrue(err().startsWith("Option ou argument inconnu : frobnicate."), err());
        assertEquals(2, run("export", "csv", "--profile", "excel-fr"));
        assertTrue(err().startsWith("Il manque : "), err());
        assertTrue(err().contains("LISTE"), "French names for the missing values: " + err());
        assertEquals(0, run("check", "--version"));
        assertEquals("Campus Pilot dev", out().strip(), "every command answers --version");
        assertEquals(0, run("import", "contacts", "--help"));
        assertTrue(out().contains("Affiche cette aide.") && out().contains("Des contacts"), out());
    }

    @Test
    void noExportReplacesTheCampusFile() throws Exception {
        Path db = dir.resolve("mon-campus.campuspilot");
        assertEquals(0, run("demo", "--db", db.toString()));
        byte[] before = Files.readAllBytes(db);
        String refused = "Le fichier " + db + " est un fichier de campus ou une sauvegarde : une exportation ne le "
                + "remplace jamais. Il n'a pas été modifié : choisissez un autre nom de fichier.";
        for (String[] export : List.of(
                new String[] {"export", "csv", "companies", "--profile", "excel-fr", "--db", db.toString()},
                new String[] {"export", "ics", "--db", db.toString()},
                new String[] {"export", "region", "--year", "2026", "--format", "xlsx", "--db", db.toString()},
                new String[] {"export", "report", "--year", "2026", "--format", "pdf", "--db", db.toString()},
                new String[] {"import", "template", "companies"})) {
            String[] args = java.util.Arrays.copyOf(export, export.length + 2);
            args[export.length] = "--out";
            args[export.length + 1] = db.toString();
            assertEquals(1, run(args), String.join(" ", export));
            // The report first says which sections it leaves out (a warning); the refusal is the last line.
            String[] lines = err().strip().split("\\R");
            assertEquals(refused, lines[lines.length - 1], String.join(" ", export));
        }
        assertArrayEquals(before, Files.readAllBytes(db));
        assertEquals(0, run("check", "--db", db.toString()), err());
    }

    @Test
    void validateUaiSaysWhyACodeIsWrong() {
        assertEquals(0, run("validate", "uai", "0350031U"));
        assertTrue(out().contains("0350031U"));
        assertEquals(1, run("validate", "uai", "0350031A"));
        assertEquals("Le code UAI 0350031A n'est pas valide : la lettre de contrôle attendue est U.",
                err().strip());
        assertEquals(1, run("validate", "uai", "035003"));
        assertTrue(err().contains("8 caractères"), err());
    }

    @Test
    void validateSiretChecksLuhnAndLaPoste() {
        assertEquals(0, run("validate", "siret", "19350031100017"));
        assertEquals(1, run("validate", "siret", "19350031100018"));
        assertTrue(err().contains("clé de contrôle"), err());
        assertEquals(0, run("validate", "siret", "35600000009075"));
        assertEquals(1, run("validate", "siret", "1935"));
        assertTrue(err().contains("14 chiffres"), err());
    }

    @Test
    void demoCreatesAFileThenRefusesToTouchIt() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        assertEquals(0, run("demo", "--db", db.toString()));
        long size = Files.size(db);
        assertEquals(1, run("demo", "--db", db.toString()));
        assertTrue(err().contains("existe déjà"), err());
        assertEquals(size, Files.size(db));
    }

    @Test
    void validateNafNormalisesTheCodeAndChecksTheNomenclature() {
        assertEquals(0, run("validate", "naf", "2910z", "--nomenclature", "rev2"));
        assertTrue(out().contains("NAF 29.10Z (NAF rév. 2) valide."), out());
        assertEquals(1, run("validate", "naf", "04.10Z", "--nomenclature", "rev2"));
        assertTrue(err().contains("la division 04 n'y figure pas"), err());
        assertEquals(1, run("validate", "naf", "2910"));
        assertTrue(err().contains("n'est pas valide"), err());
        assertEquals(2, run("validate", "naf", "29.10Z", "--nomenclature", "naf2030"));
        assertEquals(0, run("validate", "siren", "356 000 000"));
        assertEquals(1, run("validate", "siren", "356000001"));
    }

    @Test
    void exportLabelWritesTheBilanInEachFormatAndSaysWhenTheLabelPeriodIsUnknown() throws Exception {
        Path db = dir.resolve("l.campuspilot");
        run("demo", "--db", db.toString());
        for (String format : List.of("pdf", "odt", "ods", "xlsx")) {
            Path out = dir.resolve("bilan." + format);
            assertEquals(0, run("export", "label", "--db", db.toString(), "--format", format, "--out",
                    out.toString()), err());
            assertTrue(Files.size(out) > 1_000, format);
        }
        Path civil = dir.resolve("civil.xlsx");
        assertEquals(0, run("export", "label", "--db", db.toString(), "--format", "xlsx", "--civil", "--out",
                civil.toString()), err());
        assertEquals(2, run("export", "label", "--db", db.toString(), "--format", "csv", "--out", "x.csv"));
        Path empty = dir.resolve("vide.campuspilot");
        org.campuspilot.db.Database.open(empty).close();
        assertEquals(1, run("export", "label", "--db", empty.toString(), "--format", "pdf", "--out",
                dir.resolve("rien.pdf").toString()));
        assertTrue(err().startsWith("Ce fichier n'a pas de période de label"), err());
        assertTrue(Files.notExists(dir.resolve("rien.pdf")), "nothing written");
    }

    @Test
    void exportIcsWritesTheEventsOfAPeriod() throws Exception {
        Path db = dir.resolve("e.campuspilot");
        run("demo", "--db", db.toString());
        Path ics = dir.resolve("annee.ics");
        assertEquals(0, run("export", "ics", "--db", db.toString(), "--out", ics.toString(), "--from", "01/09/2025",
                "--to", "2026-08-31"));
        assertTrue(out().contains("9 événement(s) écrit(s)"), out());
        String text = Files.readString(ics);
        assertEquals(9, text.split("BEGIN:VEVENT", -1).length - 1);
        assertTrue(text.contains("SUMMARY:Comité de pilotage de rentrée"));
        assertEquals(0, run("export", "ics", "--db", db.toString(), "--out", ics.toString()), err());
        assertTrue(out().contains("20 événement(s) écrit(s)"), "without dates, every event: " + out());
        assertEquals(2, run("export", "ics", "--db", db.toString(), "--out", ics.toString(), "--from", "31/02/2026"));
        assertTrue(err().contains("La date 31/02/2026 n'est pas valide"), err());
        assertEquals(3, run("export", "ics", "--db", dir.resolve("absent.db").toString(), "--out", ics.toString()));
    }

    @Test
    void checkReportsTheSchemaVersionAndIntegrity() throws Exception {
        Path db = dir.resolve("c.campuspilot");
        run("demo", "--db", db.toString());
        assertEquals(0, run("check", "--db", db.toString()));
        assertTrue(out().contains("Version du schéma : " + org.campuspilot.db.Migrations.latestVersion()), out());
        assertTrue(out().contains("SQLite : ok"), out());
        assertEquals(3, run("check", "--db", dir.resolve("absent.db").toString()));
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "pas une base ".repeat(100));
        assertEquals(3, run("check", "--db", junk.toString()));
        assertTrue(err().contains("n'est pas un fichier de campus"), err());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("bogus"));
        assertEquals(2, run("validate", "naf"));
        assertEquals(2, run("validate", "iban", "X"));
        assertEquals(2, run("demo"));
    }

    @Test
    void helpAndVersionSucceed() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("validate"), out());
        assertEquals(0, run("--version"));
        assertTrue(out().startsWith("Campus Pilot"), out());
    }

    @Test
    void theReportAndTheCerfaSayOnStderrWhatTheyLeaveOutThenWriteWithoutIt() throws Exception {
        Path db = dir.resolve("w.campuspilot");
        run("demo", "--db", db.toString());
        Path report = dir.resolve("rapport.pdf");
        assertEquals(0, run("export", "report", "--db", db.toString(), "--year", "2026", "--format", "pdf", "--out",
                report.toString()));
        assertEquals("Attention : sections vides, laissées hors du rapport : Introduction, Faits marquants, "
                + "Perspectives.", err().strip());
        assertTrue(out().contains("Rapport d'activité 2026 écrit"), out());
        String text = pdfText(report);
        assertFalse(text.contains("Perspectives") || text.contains("à rédiger"), text);
        long region = new org.campuspilot.grant.GrantRepository(org.campuspilot.db.Database.open(db)).findByYear(2026)
                .stream().filter(g -> g.funder() == org.campuspilot.grant.Funder.REGION).findFirst().orElseThrow().id();
        Path cerfa = dir.resolve("cr.pdf");
        assertEquals(0, run("export", "cerfa-15059", "--db", db.toString(), "--grant", String.valueOf(region),
                "--format", "pdf", "--out", cerfa.toString()));
        assertTrue(err().startsWith("Attention : le document est écrit sans le bilan qualitatif de l'action (partie 1)"
                + " ; la répartition des charges indirectes"), err());
        assertEquals(1, err().strip().lines().count(), "one warning line: " + err());
        text = pdfText(cerfa);
        assertFalse(text.contains("compléter") || text.contains("Bilan qualitatif"), text);
        assertTrue(text.contains("2. Tableau de synthèse") && text.contains("Association Campus Industrie"), text);
        assertEquals(0, run("export", "budget", "--db", db.toString(), "--year", "2026", "--format", "pdf", "--out",
                dir.resolve("budget.pdf").toString()));
        assertEquals("", err().strip(), "the demo's identity is complete");
    }

    private static String pdfText(Path pdf) throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    @Test
    void exportCerfa15059AndBudgetWriteTheGrantsDocuments() throws Exception {
        Path db = dir.resolve("g.campuspilot");
        run("demo", "--db", db.toString());
        long region = new org.campuspilot.grant.GrantRepository(org.campuspilot.db.Database.open(db)).findByYear(2026)
                .stream().filter(g -> g.funder() == org.campuspilot.grant.Funder.REGION).findFirst().orElseThrow().id();
        for (String format : new String[] {"pdf", "odt", "ods"}) {
            Path file = dir.resolve("cr." + format);
            assertEquals(0, run("export", "cerfa-15059", "--db", db.toString(), "--grant", String.valueOf(region),
                    "--format", format, "--out", file.toString()), err());
            assertTrue(out().contains("Compte rendu financier de « Région Bretagne 2026"), out());
            assertTrue(Files.size(file) > 1000, format);
        }
        com.github.miachm.sods.SpreadSheet book = new com.github.miachm.sods.SpreadSheet(dir.resolve("cr.ods").toFile());
        assertTrue(book.getSheet("Charges") != null && book.getSheet("Produits") != null);
        assertEquals(1, run("export", "cerfa-15059", "--db", db.toString(), "--grant", "999", "--format", "pdf",
                "--out", dir.resolve("x.pdf").toString()));
        assertTrue(err().contains("pas de subvention numéro 999"), err());
        assertEquals(2, run("export", "cerfa-15059", "--db", db.toString(), "--grant", "1", "--format", "docx",
                "--out", dir.resolve("x.docx").toString()));
        assertTrue(err().contains("choisissez pdf, odt, ods"), err());

        Path budget = dir.resolve("budget-2027.ods");
        assertEquals(0, run("export", "budget", "--db", db.toString(), "--year", "2027", "--format", "ods", "--out",
                budget.toString()), err());
        assertTrue(out().contains("Budget prévisionnel 2027 écrit"), out());
        assertEquals(0, run("export", "budget", "--db", db.toString(), "--year", "2027", "--format", "PDF", "--out",
                dir.resolve("budget.pdf").toString()), err());
        assertEquals(2, run("export", "budget", "--db", db.toString(), "--year", "2027", "--format", "odt", "--out",
                dir.resolve("budget.odt").toString()));
        assertEquals(2, run("export", "budget", "--db", db.toString(), "--year", "1999", "--format", "ods", "--out",
                budget.toString()));
        assertEquals(3, run("export", "budget", "--db", dir.resolve("absent.db").toString(), "--year", "2027",
                "--format", "ods", "--out", budget.toString()));
        assertEquals(1, run("export", "budget", "--db", db.toString(), "--year", "2027", "--format", "ods", "--out",
                dir.resolve("no-folder").resolve("b.ods").toString()));
        assertTrue(err().contains("n'a pas pu être écrit"), err());
    }

    @Test
    void exportReportRegionAndCsvWriteTheReportsFiles() throws Exception {
        Path db = dir.resolve("r.campuspilot");
        run("demo", "--db", db.toString());
        for (String format : new String[] {"pdf", "odt"}) {
            Path file = dir.resolve("rapport." + format);
            assertEquals(0, run("export", "report", "--db", db.toString(), "--school-year", "2025-2026", "--format",
                    format, "--out", file.toString()), err());
            assertTrue(out().contains("Rapport d'activité 2025-2026 écrit"), out());
            assertTrue(Files.size(file) > 10_000, format);
        }
        assertEquals(0, run("export", "report", "--db", db.toString(), "--year", "2026", "--format", "pdf", "--out",
                dir.resolve("civil.pdf").toString()), err());
        assertEquals(2, run("export", "report", "--db", db.toString(), "--year", "2026", "--school-year",
                "2025-2026", "--format", "pdf", "--out", dir.resolve("x.pdf").toString()));
        assertTrue(err().contains("soit --year"), err());
        assertEquals(2, run("export", "report", "--db", db.toString(), "--school-year", "2025-2027", "--format",
                "pdf", "--out", dir.resolve("x.pdf").toString()));
        assertTrue(err().contains("L'année scolaire « 2025-2027 » n'est pas valide"), err());
        for (String format : new String[] {"ods", "xlsx"}) {
            Path file = dir.resolve("region." + format);
            assertEquals(0, run("export", "region", "--db", db.toString(), "--year", "2026", "--format", format,
                    "--out", file.toString()), err());
            assertTrue(out().contains("Tableaux pour la Région 2026 écrits"), out());
        }
        assertEquals(2, run("export", "region", "--db", db.toString(), "--year", "2026", "--format", "pdf", "--out",
                dir.resolve("x.pdf").toString()));
        Path csv = dir.resolve("companies.csv");
        assertEquals(0, run("export", "csv", "companies", "--profile", "excel-fr", "--db", db.toString(), "--out",
                csv.toString()), err());
        assertTrue(out().contains("20 lignes écrites"), out());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFSIRET;Nom;"), text.substring(0, 40));
        assertTrue(text.contains(";15/01/2023;"), "dates dd/MM/yyyy");
        Path open = dir.resolve("expenses.csv");
        assertEquals(0, run("export", "csv", "expenses", "--profile", "open-data", "--db", db.toString(), "--out",
                open.toString()), err());
        assertTrue(Files.readString(open).lines().skip(1).allMatch(l -> l.matches("^\\d{4}-\\d{2}-\\d{2},.*")),
                "ISO dates first");
        assertEquals(2, run("export", "csv", "people", "--profile", "excel-fr", "--db", db.toString(), "--out",
                csv.toString()));
        assertTrue(err().contains("choisissez parmi establishments"), err());
        assertEquals(2, run("export", "csv", "events", "--profile", "excel", "--db", db.toString(), "--out",
                csv.toString()));
        assertEquals(3, run("export", "csv", "events", "--profile", "excel-fr", "--db",
                dir.resolve("absent.db").toString(), "--out", csv.toString()));
    }

    @Test
    void importAnnuairePrintsASummaryAndWritesAllOrNothing() throws Exception {
        Path db = dir.resolve("i.campuspilot");
        org.campuspilot.db.Database.open(db);
        Path sample = TestData.annuaireSample();
        assertEquals(0, run("import", "annuaire", sample.toString(), "--db", db.toString(), "--dry-run"), err());
        assertTrue(out().contains("300 ligne(s) lue(s) : 297 à ajouter, 0 à mettre à jour, 0 inchangée(s), "
                + "3 écartée(s), 0 rejetée(s), 0 hors du filtre."), out());
        assertTrue(out().contains("Essai seulement"));
        assertEquals(0, new org.campuspilot.establishment.EstablishmentRepository(org.campuspilot.db.Database.open(db))
                .count());
        assertEquals(0, run("import", "annuaire", sample.toString(), "--db", db.toString(), "--departement", "35"),
                err());
        assertTrue(out().contains("Importé : 297 ajouté(s)"), out());
        assertTrue(out().contains("Les établissements ajoutés sont ceux du territoire, hors réseau"), out());
        assertEquals(0, new org.campuspilot.establishment.EstablishmentRepository(org.campuspilot.db.Database.open(db))
                .findAll().stream().filter(e -> e.role().inNetwork()).count(), "no member unless asked");

        java.util.List<String> lines = Files.readAllLines(sample);
        String damaged = lines.get(1).replaceFirst("^0", "");
        Path bad = dir.resolve("bad.csv");
        Files.write(bad, java.util.List.of(lines.get(0), damaged, lines.get(2)));
        Path other = dir.resolve("o.campuspilot");
        org.campuspilot.db.Database.open(other);
        assertEquals(1, run("import", "annuaire", bad.toString(), "--db", other.toString()));
        assertTrue(err().contains("ligne 2 : Le code UAI"), err());
        assertTrue(err().contains("Rien n'a été écrit"), err());
        assertEquals(0, run("import", "annuaire", bad.toString(), "--db", other.toString(), "--skip-invalid"));
        assertTrue(out().contains("Importé : 1 ajouté(s)"), out());
        assertEquals(1, run("import", "annuaire", dir.resolve("absent.csv").toString(), "--db", other.toString()));
        assertTrue(err().contains("n'existe pas"), err());
    }

    @Test
    void importAnnuaireAsMembersMakesMembersOfTheRowsTheFiltersKeep() throws Exception {
        Path db = dir.resolve("m.campuspilot");
        org.campuspilot.db.Database.open(db);
        String sample = TestData.annuaireSample().toString();
        assertEquals(0, run("import", "annuaire", sample, "--db", db.toString(), "--kind", "lycee_professionnel",
                "mfr", "--as-members", "--member-since", "01/09/2026"), err());
        assertTrue(out().contains("ont rejoint le réseau comme membres le 01/09/2026"), out());
        var all = new org.campuspilot.establishment.EstablishmentRepository(org.campuspilot.db.Database.open(db))
                .findAll();
        assertTrue(all.size() > 40, "the lycées professionnels and MFR of the sample: " + all.size());
        assertTrue(all.stream().allMatch(e -> (e.kind() == org.campuspilot.establishment.EstablishmentKind
                .LYCEE_PROFESSIONNEL || e.kind() == org.campuspilot.establishment.EstablishmentKind.MFR)
                && e.role() == org.campuspilot.establishment.NetworkRole.MEMBRE
                && java.time.LocalDate.of(2026, 9, 1).equals(e.memberSince())));
        assertEquals(2, run("import", "annuaire", sample, "--db", db.toString(), "--kind", "lycee"));
        assertTrue(err().contains("Type d'établissement inconnu « lycee »"), err());
        assertEquals(2, run("import", "annuaire", sample, "--db", db.toString(), "--as-members", "--member-since",
                "1er septembre"));
        assertTrue(err().contains("La date d'adhésion « 1er septembre » n'est pas une date"), err());
        assertEquals(2, run("import", "annuaire", sample, "--db", db.toString(), "--member-since", "01/09/2026"));
        assertTrue(err().contains("il va avec --as-members"), err());
    }

    @Test
    void aFilterOrAPeriodTypedWrongIsRefusedSayingTheExpectedForm() throws Exception {
        Path db = dir.resolve("f.campuspilot");
        org.campuspilot.db.Database.open(db);
        byte[] before = Files.readAllBytes(db);
        String sample = TestData.annuaireSample().toString();
        for (String code : new String[] {"abc", "2025", "0", "35a", "2C"}) {
            assertEquals(2, run("import", "annuaire", sample, "--db", db.toString(), "--departement", "35", code),
                    code);
            assertTrue(err().startsWith("Département « " + code + " » inconnu"), err());
            assertTrue(err().contains("« 035 », « 35 », « 2A »"), err());
        }
        assertEquals(2, run("import", "annuaire", sample, "--db", db.toString(), "--academie", "Rennes"));
        assertTrue(err().startsWith("Académie « Rennes » inconnue"), err());
        assertArrayEquals(before, Files.readAllBytes(db), "nothing read, nothing written");
        for (String code : new String[] {"035", "35", "5", "2A", "02b", "974"}) {
            assertEquals(0, run("import", "annuaire", sample, "--db", db.toString(), "--departement", code,
                    "--academie", "14", "--dry-run"), code + ": " + err());
        }

        Path demo = dir.resolve("r.campuspilot");
        run("demo", "--db", demo.toString());
        for (String year : new String[] {"2025", "2025-2027", "25-26"}) {
            assertEquals(2, run("export", "report", "--db", demo.toString(), "--school-year", year, "--format", "pdf",
                    "--out", dir.resolve("x.pdf").toString()), year);
            assertTrue(err().startsWith("L'année scolaire « " + year + " » n'est pas valide : écrivez-la sous la "
                    + "forme « 2025-2026 »"), err());
        }
        assertTrue(Files.notExists(dir.resolve("x.pdf")));
    }

    @Test
    void importASpreadsheetPrintsASummaryAndWritesNothingWhenALineIsRejected() throws Exception {
        Path db = dir.resolve("s.campuspilot");
        org.campuspilot.db.Database.open(db);
        Path corpus = Path.of("src/test/resources/org/campuspilot/importing/corpus");
        String good = corpus.resolve("companies.csv").toString();
        assertEquals(0, run("import", "companies", good, "--db", db.toString(), "--dry-run"), err());
        assertTrue(out().contains("3 ligne(s) lue(s) : 3 à ajouter, 0 à mettre à jour, 0 inchangée(s)"), out());
        assertEquals(0, new org.campuspilot.company.CompanyRepository(org.campuspilot.db.Database.open(db)).count());
        assertEquals(0, run("import", "companies", good, "--db", db.toString()), err());
        assertTrue(out().contains("Importé : 3 ajouté(s), 0 mis à jour ; 0 déjà présent(s)"), out());
        assertEquals(0, run("import", "companies", good, "--db", db.toString()), err());
        assertTrue(out().contains("Importé : 0 ajouté(s), 0 mis à jour ; 3 déjà présent(s)"), out());

        String invalid = corpus.resolve("companies-invalid-values.csv").toString();
        assertEquals(1, run("import", "companies", invalid, "--db", db.toString()));
        assertTrue(err().contains("ligne 2 : SIRET : Le numéro 123 compte 3 chiffres"), err());
        assertTrue(err().contains("Rien n'a été écrit : 5 ligne(s) rejetée(s)"), err());
        assertEquals(1, run("import", "contacts", corpus.resolve("empty.csv").toString(), "--db", db.toString()));
        assertTrue(err().contains("Le fichier empty.csv est vide."), err());

        Path template = dir.resolve("modele.xlsx");
        assertEquals(0, run("import", "template", "expenses", "--out", template.toString()), err());
        assertTrue(Files.size(template) > 0);
        assertEquals(2, run("import", "template", "budget", "--out", template.toString()));
    }

    @Test
    void checkReportsEachKindOfDamageWithExitThreeAndWritesNothing() throws Exception {
        Path sound = dir.resolve("sound.campuspilot");
        assertEquals(0, run("demo", "--db", sound.toString()));
        assertEquals(0, run("check", "--db", sound.toString()));
        assertTrue(out().contains("ok"), out());
        for (org.campuspilot.db.DamagedFiles.Kind kind : org.campuspilot.db.DamagedFiles.all()) {
            Path bad = org.campuspilot.db.DamagedFiles.make(sound, dir.resolve(kind + ".campuspilot"), kind);
            byte[] before = Files.readAllBytes(bad);
            assertEquals(3, run("check", "--db", bad.toString()), kind + ": " + out() + err());
            String expected = switch (kind) {
                case TRUNCATED, CORRUPT, NOT_SQLITE -> "est endommagé";
                case NEWER -> "version plus récente";
                case FOREIGN -> "d'une autre application";
            };
            assertTrue(err().contains(expected), kind + ": " + err());
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(bad)), kind + " left untouched");
            assertEquals(3, run("export", "csv", "companies", "--profile", "open-data", "--db", bad.toString(),
                    "--out", dir.resolve(kind + ".csv").toString()), kind + ": " + err());
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(bad)), kind + " left untouched by export");
        }
    }

    @Test
    @SuppressWarnings("try") // a lock held for the block, never read
    void backupThenRestoreBringsTheFileBack() throws Exception {
        System.setProperty("campuspilot.data", dir.resolve("data").toString());
        try {
            Path db = dir.resolve("demo.campuspilot");
            assertEquals(0, run("demo", "--db", db.toString()));
            Path copy = dir.resolve("copie.sauvegarde");
            assertEquals(0, run("backup", "--db", db.toString(), "--out", copy.toString()));
            assertTrue(out().contains("Sauvegarde écrite"), out());
            assertEquals(1, run("backup", "--db", db.toString(), "--out", copy.toString()), "never overwritten");
            assertEquals(0, run("backup", "--db", db.toString()));
            assertTrue(out().contains(dir.resolve("data").resolve("backups").toString()), out());
            long companies = count(db);
            new org.campuspilot.db.Jdbc(org.campuspilot.db.Database.open(db)).update("UPDATE company SET city = 'Perdu'");
            assertEquals(companies, lost(db));
            assertEquals(0, run("restore", copy.toString(), "--db", db.toString()), err());
            assertTrue(out().contains("d'abord été sauvegardé"), out());
            assertEquals(0, lost(db));
            Files.writeString(dir.resolve("faux.sauvegarde"), "rien");
            assertEquals(1, run("restore", dir.resolve("faux.sauvegarde").toString(), "--db", db.toString()));
            assertTrue(err().contains("endommagée"), err());
            try (var lock = org.campuspilot.db.WriterLock.tryAcquire(db).orElseThrow()) {
                assertEquals(3, run("restore", copy.toString(), "--db", db.toString()));
                assertTrue(err().contains("est ouvert dans Campus Pilot"), err());
            }
        } finally {
            System.clearProperty("campuspilot.data");
        }
    }

    @Test
    void aFileNameWithUriCharactersIsAnOrdinaryFile() throws Exception {
        System.setProperty("campuspilot.data", dir.resolve("data").toString());
        try {
            // The driver used to cut a name at '?' and read the rest as its options (reordered, or pragmas).
            for (String name : List.of("a?b#c%20 é.campuspilot", "a?b#c%20 é&z=1.campuspilot",
                    "plan?synchronous=full.campuspilot")) {
                Path folder = Files.createDirectory(dir.resolve("f" + name.hashCode()));
                Path db = folder.resolve(name);
                assertEquals(0, run("demo", "--db", db.toString()), name + ": " + err());
                try (var files = Files.list(folder)) {
                    assertEquals(List.of(name), files.map(p -> p.getFileName().toString())
                            .filter(n -> !n.startsWith(".") && !n.endsWith("-wal") && !n.endsWith("-shm")).toList(),
                            "the file has the name it was given");
                }
                new org.campuspilot.db.Jdbc(org.campuspilot.db.Database.open(db)).update(
                        "UPDATE company SET city = 'Perdu' WHERE id = (SELECT MIN(id) FROM company)");
                assertEquals(1, lost(db), "written, then read again after reopening");
                assertEquals(0, run("check", "--db", db.toString()), err());
                Path copy = folder.resolve("copie ?#%&x=1.sauvegarde");
                assertEquals(0, run("backup", "--db", db.toString(), "--out", copy.toString()), err());
                assertEquals(0, run("backup", "--db", db.toString()), err());
                assertEquals(0, run("check", "--db", copy.toString()), err());
                assertEquals(1, lost(copy));
            }
        } finally {
            System.clearProperty("campuspilot.data");
        }
    }

    private static long lost(Path db) {
        return new org.campuspilot.db.Jdbc(org.campuspilot.db.Database.open(db))
                .count("SELECT COUNT(*) FROM company WHERE city = 'Perdu'");
    }

    private static long count(Path db) {
        return new org.campuspilot.db.Jdbc(org.campuspilot.db.Database.open(db)).count("SELECT COUNT(*) FROM company");
    }

    @Test
    void aFileThatIsNotACampusFileOrAFolderIsCalledWhatItIs() throws Exception {
        System.setProperty("campuspilot.data", dir.resolve("data").toString());
        try {
            Path notes = Files.writeString(dir.resolve("notes.txt"), "des notes, pas un campus\n".repeat(50));
            assertEquals(3, run("backup", "--db", notes.toString()));
            assertEquals("Le fichier " + notes + " n'est pas un fichier Campus Pilot : il n'a pas été sauvegardé. "
                    + "Indiquez un fichier de campus (.campuspilot).", err().strip());
            Path folder = Files.createDirectories(dir.resolve("dossier"));
            Files.writeString(folder.resolve("autre.txt"), "x");
            String isAFolder = folder + " est un dossier, pas un fichier de campus";
            for (String[] command : List.of(new String[] {"backup", "--db", folder.toString()},
                    new String[] {"check", "--db", folder.toString()},
                    new String[] {"demo", "--db", folder.toString()},
                    new String[] {"restore", notes.toString(), "--db", folder.toString()},
                    new String[] {"export", "ics", "--db", folder.toString(), "--out", dir.resolve("x.ics").toString()})) {
                assertTrue(run(command) != 0, String.join(" ", command));
                assertTrue(err().startsWith(isAFolder), String.join(" ", command) + ": " + err());
            }
            assertTrue(Files.exists(folder.resolve("autre.txt")), "the folder is left as it was");
        } finally {
            System.clearProperty("campuspilot.data");
        }
    }

    @Test
    void checkAndBackupLeaveNothingNextToAFileTheyOnlyRead() throws Exception {
        System.setProperty("campuspilot.data", dir.resolve("data").toString());
        try {
            Path db = dir.resolve("demo.campuspilot");
            assertEquals(0, run("demo", "--db", db.toString()));
            List<Path> before = listing(dir);
            byte[] bytes = Files.readAllBytes(db);
            assertEquals(0, run("check", "--db", db.toString()), err());
            assertEquals(before, listing(dir), "no -wal or -shm left by check");
            assertEquals(0, run("backup", "--db", db.toString(), "--out", dir.resolve("copie.sauvegarde").toString()));
            assertEquals(0, run("check", "--db", dir.resolve("copie.sauvegarde").toString()), err());
            List<Path> after = new java.util.ArrayList<>(before);
            after.add(dir.resolve("copie.sauvegarde"));
            after.sort(null);
            assertEquals(after, listing(dir), "nor by backup, nor next to the backup");
            assertArrayEquals(bytes, Files.readAllBytes(db), "the file itself is untouched");
            try (var other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                    var s = other.createStatement()) {
                s.executeQuery("PRAGMA schema_version").close();
                assertEquals(0, run("check", "--db", db.toString()), err());
                assertTrue(Files.exists(dir.resolve("demo.campuspilot-shm")),
                        "the sidecars of a file another program has open are left alone");
            }
        } finally {
            System.clearProperty("campuspilot.data");
        }
    }

    private static List<Path> listing(Path folder) throws java.io.IOException {
        try (var s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
