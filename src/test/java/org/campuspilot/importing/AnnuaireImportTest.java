package org.campuspilot.importing;

import static org.campuspilot.importing.EstablishmentImport.Joining.NONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.campuspilot.TestData;
import org.campuspilot.db.Database;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.establishment.EstablishmentKind;
import org.campuspilot.establishment.EstablishmentRepository;
import org.campuspilot.establishment.NetworkRole;
import org.campuspilot.shared.Uai;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real annuaire samples, damaged copies of them, and an import that is all or nothing. */
class AnnuaireImportTest {
    static final Path SAMPLE_2023 = TestData.annuaireSample();
    static final Path SAMPLE_2026 = TestData.annuaireSampleCurrentFormat();
    @TempDir Path dir;
    Database db;
    EstablishmentRepository repo;
    EstablishmentImport importer;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("campus.db"));
        repo = new EstablishmentRepository(db);
        importer = new EstablishmentImport(db, repo);
    }

    private static AnnuaireReader.Result read(Path file, AnnuaireFilter filter) throws ImportFileException {
        return AnnuaireReader.read(file, filter, b -> {
        }, () -> false);
    }

    private Path write(String name, String content, Charset charset) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, content.getBytes(charset));
        return p;
    }

    /** The sample's header and its first {@code n} rows, with a row changed by {@code edit}. */
    private static List<String> lines() throws Exception {
        return Files.readAllLines(SAMPLE_2023, StandardCharsets.UTF_8);
    }

    @Test
    void the2023SampleImportsWithItsThreeMultiSiteRowsSetAside() throws Exception {
        AnnuaireReader.Result r = read(SAMPLE_2023, AnnuaireFilter.ALL);
        assertEquals(300, r.rows());
        assertEquals(297, r.candidates().size(), "three UAIs appear twice");
        assertEquals(3, r.issues().size());
        assertFalse(r.hasBlockingIssues(), "every UAI and SIRET of the real file is valid");
        assertTrue(r.issues().stream().allMatch(i -> i.problem().key().equals("import.annuaire.multiSite")));
        EstablishmentImport.Plan plan = importer.plan(r.candidates());
        assertEquals(297, plan.count(EstablishmentImport.Action.ADD));
        EstablishmentImport.Outcome o = importer.apply(plan, false, NONE, n -> {
        }, () -> false);
        assertEquals(297, o.added());
        assertEquals(297, repo.count());
        Establishment brequigny = repo.findByUai(new Uai("0350029S")).orElse(null);
        assertTrue(brequigny == null || brequigny.name() != null);

        // The same file again: nothing to add, nothing changed.
        EstablishmentImport.Plan again = importer.plan(read(SAMPLE_2023, AnnuaireFilter.ALL).candidates());
        assertEquals(297, again.count(EstablishmentImport.Action.UNCHANGED));
    }

    @Test
    void the2026HeaderIsReadByNameAndFiltersApply() throws Exception {
        AnnuaireReader.Result r = read(SAMPLE_2026, AnnuaireFilter.ALL);
        assertEquals(20, r.rows());
        assertEquals(20, r.candidates().size() + r.issues().size());
        assertEquals(0, read(SAMPLE_2026, new AnnuaireFilter(Set.of("35"), Set.of(), Set.of())).candidates().size());
        assertEquals(r.candidates().size(), read(SAMPLE_2026, new AnnuaireFilter(Set.of("94"), Set.of(), Set.of()))
                .candidates().size());
        AnnuaireReader.Result lycees = read(SAMPLE_2023, new AnnuaireFilter(Set.of("035"), Set.of("14"),
                Set.of(EstablishmentKind.LYCEE_PROFESSIONNEL)));
        assertTrue(lycees.candidates().size() > 0);
        assertTrue(lycees.candidates().stream()
                .allMatch(c -> c.establishment().kind() == EstablishmentKind.LYCEE_PROFESSIONNEL));
    }

    @Test
    void aFieldEditedByHandIsNotOverwrittenWithoutAsking() throws Exception {
        importer.apply(importer.plan(read(SAMPLE_2023, AnnuaireFilter.ALL).candidates()), false, NONE, n -> {
        }, () -> false);
        Establishment e = repo.findAll().get(0);
        Establishment edited = EstablishmentImport.with(e, "name", new Establishment(null, e.uai(), "Nom choisi",
                null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        repo.update(edited);
        EstablishmentImport.Plan plan = importer.plan(read(SAMPLE_2023, AnnuaireFilter.ALL).candidates());
        EstablishmentImport.Change change = plan.changes().stream()
                .filter(c -> c.existing() != null && c.existing().id().equals(e.id())).findFirst().orElseThrow();
        assertEquals(EstablishmentImport.Action.UPDATE, change.action());
        assertEquals(List.of(new EstablishmentImport.FieldChange("name", "Nom choisi", e.name(), true)),
                change.fields());
        EstablishmentImport.Outcome kept = importer.apply(plan, false, NONE, n -> {
        }, () -> false);
        assertEquals(1, kept.keptHandEdits());
        assertEquals("Nom choisi", repo.findById(e.id()).orElseThrow().name());
        importer.apply(importer.plan(read(SAMPLE_2023, AnnuaireFilter.ALL).candidates()), true, NONE, n -> {
        }, () -> false);
        assertEquals(e.name(), repo.findById(e.id()).orElseThrow().name(), "overwritten when asked");
    }

    @Test
    void damagedRowsAreReportedWithTheirLineAndReason() throws Exception {
        List<String> lines = lines();
        String header = lines.get(0);
        String row = lines.get(1);
        String[] cells = row.split(";", -1);
        List<String> headerCells = List.of(header.replace("\uFEFF", "").split(";", -1));
        int uai = headerCells.indexOf("Identifiant_de_l_etablissement");
        int siret = headerCells.indexOf("SIREN_SIRET");
        String[] lostZero = cells.clone();
        lostZero[uai] = cells[uai].substring(1);
        String[] scientific = lines.get(2).split(";", -1);
        scientific[siret] = "1,93500311E+13";
        String[] badUai = lines.get(3).split(";", -1);
        badUai[uai] = badUai[uai].substring(0, 7) + "A";
        Path file = write("damaged.csv", String.join("\r\n", header, String.join(";", lostZero),
                String.join(";", scientific), String.join(";", badUai), lines.get(4)) + "\r\n",
                StandardCharsets.UTF_8);
        AnnuaireReader.Result r = read(file, AnnuaireFilter.ALL);
        assertTrue(r.hasBlockingIssues());
        assertEquals(List.of(2, 3, 4), r.issues().stream().map(ImportIssue::line).toList());
        assertEquals("import.annuaire.uaiLostZero", r.issues().get(0).problem().key());
        assertEquals("validation.companyNumber.scientific", r.issues().get(1).problem().key());
        assertEquals("validation.uai.letter", r.issues().get(2).problem().key());
        assertEquals(1, r.candidates().size());
        assertEquals(0, repo.count(), "reading writes nothing");
    }

    @Test
    void wholeFileProblemsAreExplainedAndWriteNothing() throws Exception {
        assertEquals("import.file.missing", assertThrows(ImportFileException.class,
                () -> read(dir.resolve("absent.csv"), AnnuaireFilter.ALL)).problem().key());
        assertEquals("import.file.empty", assertThrows(ImportFileException.class,
                () -> read(write("empty.csv", "", StandardCharsets.UTF_8), AnnuaireFilter.ALL)).problem().key());
        assertEquals("import.file.noRows", assertThrows(ImportFileException.class,
                () -> read(write("header.csv", lines().get(0) + "\r\n", StandardCharsets.UTF_8),
                        AnnuaireFilter.ALL)).problem().key());
        assertEquals("import.annuaire.missingColumns", assertThrows(ImportFileException.class,
                () -> read(write("other.csv", "nom;ville\r\nLycée;Rennes\r\n", StandardCharsets.UTF_8),
                        AnnuaireFilter.ALL)).problem().key());
        String latin1 = String.join("\r\n", lines().subList(0, 5));
        assertEquals("import.file.notUtf8", assertThrows(ImportFileException.class,
                () -> read(write("latin1.csv", latin1, Charset.forName("windows-1252")), AnnuaireFilter.ALL))
                .problem().key());
        assertEquals(0, repo.count());
    }

    @Test
    void aCancelOrAFailureHalfWayLeavesTheDatabaseAsItWas() throws Exception {
        EstablishmentImport.Plan plan = importer.plan(read(SAMPLE_2023, AnnuaireFilter.ALL).candidates());
        int[] written = new int[1];
        assertThrows(ImportCancelled.class, () -> importer.apply(plan, false, NONE, n -> written[0] = n,
                () -> written[0] >= 150));
        assertEquals(150, written[0], "half the rows were written before the cancel");
        assertEquals(0, repo.count(), "rolled back");
        assertThrows(IllegalStateException.class, () -> importer.apply(plan, false, NONE, n -> {
            if (n == 200) {
                throw new IllegalStateException("disk full");
            }
        }, () -> false));
        assertEquals(0, repo.count(), "a failure half-way is rolled back too");
    }

    @Test
    void theSampleImportedIntoAnEmptyCampusMakesNoMemberUnlessAsked() throws Exception {
        importer.apply(importer.plan(read(SAMPLE_2023, AnnuaireFilter.ALL).candidates()), false, NONE, n -> {
        }, () -> false);
        assertEquals(297, repo.count());
        assertTrue(repo.findAll().stream().allMatch(e -> e.role() == NetworkRole.TERRITOIRE && e.memberSince() == null),
                "every imported establishment is the territory's");
        assertTrue(repo.findAll().stream().noneMatch(e -> e.isCurrentMember(java.time.LocalDate.of(2026, 12, 2))));
    }

    @Test
    void theTickedRowsJoinAsMembersFromTheirDateAndAMemberKeepsItsRole() throws Exception {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 9, 1);
        EstablishmentImport.Plan plan = importer.plan(read(SAMPLE_2023, new AnnuaireFilter(Set.of(), Set.of(),
                Set.of(EstablishmentKind.LYCEE_PROFESSIONNEL))).candidates());
        String first = plan.changes().get(0).candidate().establishment().uai().code();
        String second = plan.changes().get(1).candidate().establishment().uai().code();
        EstablishmentImport.Outcome o = importer.apply(plan, false, new EstablishmentImport.Joining(Set.of(first),
                day), n -> {
                }, () -> false);
        assertEquals(1, o.joined());
        Establishment member = repo.findByUai(new Uai(first)).orElseThrow();
        assertEquals(NetworkRole.MEMBRE, member.role());
        assertEquals(day, member.memberSince());
        assertEquals(NetworkRole.TERRITOIRE, repo.findByUai(new Uai(second)).orElseThrow().role());

        // Imported again with every row asked to join: the territory's join from the new day, the member keeps its
        // own date; the support chosen by hand keeps its role.
        Establishment support = repo.findByUai(new Uai(second)).orElseThrow().withRole(NetworkRole.SUPPORT);
        repo.update(support);
        EstablishmentImport.Plan again = importer.plan(read(SAMPLE_2023, new AnnuaireFilter(Set.of(), Set.of(),
                Set.of(EstablishmentKind.LYCEE_PROFESSIONNEL))).candidates());
        java.time.LocalDate later = java.time.LocalDate.of(2026, 12, 2);
        EstablishmentImport.Outcome all = importer.apply(again, false, EstablishmentImport.Joining.all(again, later),
                n -> {
                }, () -> false);
        assertEquals(again.changes().size() - 2, all.joined());
        assertEquals(day, repo.findByUai(new Uai(first)).orElseThrow().memberSince());
        assertEquals(NetworkRole.SUPPORT, repo.findByUai(new Uai(second)).orElseThrow().role());
        assertTrue(repo.findAll().stream().filter(e -> !e.uai().code().equals(first)
                && !e.uai().code().equals(second)).allMatch(e -> e.role() == NetworkRole.MEMBRE
                && later.equals(e.memberSince())));
    }

    @Test
    void anImportNeverGivesTheNumberOfTheEstablishmentDeletedLast() throws Exception {
        List<AnnuaireReader.Candidate> all = read(SAMPLE_2023, AnnuaireFilter.ALL).candidates();
        importer.apply(importer.plan(all.subList(0, 10)), false, NONE, n -> {
        }, () -> false);
        long last = repo.findAll().stream().mapToLong(Establishment::id).max().orElseThrow();
        new org.campuspilot.db.Jdbc(db).update("DELETE FROM establishment WHERE id = ?", last);
        importer.apply(importer.plan(all.subList(10, 11)), false, NONE, n -> {
        }, () -> false);
        Establishment added = repo.findByUai(all.get(10).establishment().uai()).orElseThrow();
        assertTrue(added.id() > last, "the deleted number " + last + " may come back from the Corbeille; new: "
                + added.id());
    }

    @Test
    void aMembershipNeedsItsDate() {
        assertThrows(IllegalArgumentException.class, () -> new EstablishmentImport.Joining(Set.of("0350005S"), null));
    }

    @Test
    void anEstablishmentThatBelongsToAGretaNetworkIsNotAGreta() throws ImportFileException {
        // 0350747X, an EREA, has GRETA = 1 in the annuaire: it is a member of a GRETA, not one.
        Establishment erea = read(SAMPLE_2023, AnnuaireFilter.ALL).candidates().stream()
                .map(AnnuaireReader.Candidate::establishment).filter(e -> e.uai().code().equals("0350747X"))
                .findFirst().orElseThrow();
        assertEquals(org.campuspilot.establishment.EstablishmentKind.AUTRE, erea.kind());
    }
}
