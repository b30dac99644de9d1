package org.campuspilot.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.campuspilot.TestCampus;
import org.campuspilot.action.Action;
import org.campuspilot.action.ActionStatus;
import org.campuspilot.action.ActionType;
import org.campuspilot.db.Database;
import org.campuspilot.document.DocumentFiles.Format;
import org.campuspilot.document.DocumentModel;
import org.campuspilot.event.Event;
import org.campuspilot.event.EventStatus;
import org.campuspilot.report.ReportDocuments;
import org.campuspilot.store.Stores;
import org.campuspilot.ui.Messages;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bilan du label (issue 25): every figure recomputed here from the records themselves, school year by school
 * year of the demo's label period (2022-2027, on 21 November 2026), and the documents read back; in a campus file and
 * on a PostgreSQL server.
 */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.EnumSource(org.campuspilot.TestStore.class)
class LabelBilanTest {
    @org.junit.jupiter.params.Parameter
    org.campuspilot.TestStore store;

    @TempDir Path dir;
    Database db;
    Stores stores;
    LabelBilanService service;
    Messages messages = Messages.load(Messages.FRENCH);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @BeforeEach
    void open() {
        db = store.demo(dir);
        stores = TestCampus.stores(db);
        ZoneId paris = ZoneId.of("Europe/Paris");
        service = new LabelBilanService(db, stores.campus(), new ReportDocuments(stores, messages).service(),
                Clock.fixed(TODAY.atStartOfDay(paris).toInstant(), paris));
    }

    private static boolean inSchoolYear(LocalDate d, int y) {
        return !d.isBefore(LocalDate.of(y, 9, 1)) && d.isBefore(LocalDate.of(y + 1, 9, 1));
    }

    private LabelBilan.Line line(LabelBilan b, LabelIndicator indicator) {
        return b.lines().stream().filter(l -> l.objective().indicator() == indicator).findFirst().orElseThrow();
    }

    @Test
    void everyFigureIsTheRecordsOfItsSchoolYear() {
        LabelBilan b = service.bilan().orElseThrow();
        assertEquals(List.of(2022, 2023, 2024, 2025, 2026), b.years());
        assertEquals(2026, b.lastDone());
        List<Event> events = stores.events().findAll();
        List<Action> actions = stores.actions().findAll();
        for (int i = 0; i < b.years().size(); i++) {
            int y = b.years().get(i);
            long held = events.stream().filter(e -> e.status() == EventStatus.REALISE
                    && inSchoolYear(e.timing().startDate(), y)).count();
            assertEquals((double) held, line(b, LabelIndicator.EVENTS_HELD).values().get(i), "events " + y);
            List<Action> done = actions.stream().filter(a -> a.schoolYear().startYear() == y
                    && (a.status() == ActionStatus.REALISEE || a.status() == ActionStatus.EN_COURS)).toList();
            assertEquals((double) done.stream().mapToInt(a -> a.beneficiaries().actualTotal()).sum(),
                    line(b, LabelIndicator.BENEFICIARIES).values().get(i), "beneficiaries " + y);
            assertEquals((double) done.stream().filter(a -> a.type() == ActionType.MOBILITE_INTERNATIONALE).count(),
                    line(b, LabelIndicator.MOBILITIES).values().get(i), "mobilities " + y);
            long level5 = done.stream().filter(a -> a.levels().stream().anyMatch(l -> l.national() >= 5))
                    .mapToInt(a -> a.beneficiaries().actualTotal()).sum();
            assertEquals((double) level5, line(b, LabelIndicator.LEVEL5_PLUS_BENEFICIARIES).values().get(i),
                    "level 5 " + y);
        }
        LabelBilan.Line typed = line(b, LabelIndicator.MANUAL);
        assertEquals(java.util.Arrays.asList(18.0, 26.0, 35.0, 41.0, null), typed.values());
        assertEquals(1.0, typed.gap(), "41 typed for 2025-2026, the last year over, against 40");
        assertFalse(typed.reached(), "18, 26 and 35 were under 40");
        assertEquals(LabelBilan.Trend.UP, typed.trend());
        LabelBilan.Line beneficiaries = line(b, LabelIndicator.BENEFICIARIES);
        assertEquals(beneficiaries.values().get(3) - 300, beneficiaries.gap(), "the year under way is not judged");
    }

    /**
     * Every figure of the bilan's tables that the objectives do not count, recomputed from the records: the members of
     * each kind at the school year's last day, the partner companies under a convention on that day, the people of
     * each public at the events held, the beneficiaries of each status and sex and their shares, the budget's
     * execution (charges committed against the forecast of the financial year the school year ends in) and the
     * grants awarded for it.
     */
    @Test
    void everyFigureOfTheTablesIsRecomputedFromTheRecords() {
        LabelBilan b = service.bilan().orElseThrow();
        var establishments = stores.establishments().findAll();
        var companies = stores.companies().findAll();
        List<Event> events = stores.events().findAll();
        List<Action> actions = stores.actions().findAll();
        org.campuspilot.db.Jdbc jdbc = new org.campuspilot.db.Jdbc(db);
        int checked = 0;
        for (int i = 0; i < b.years().size(); i++) {
            int y = b.years().get(i);
            org.campuspilot.report.ReportFigures f = b.figures().get(i);
            LocalDate last = LocalDate.of(y + 1, 8, 31);
            for (var kind : org.campuspilot.establishment.EstablishmentKind.values()) {
                assertEquals((double) establishments.stream().filter(e -> e.kind() == kind
                        && e.isCurrentMember(last)).count(), LabelIndicator.MEMBERS_OF_KIND.of(f, kind), kind + " " + y);
                checked++;
            }
            assertEquals((double) companies.stream().filter(c -> c.conventionSignedOn() != null
                    && !c.conventionSignedOn().isAfter(last) && (c.conventionEndsOn() == null
                            || !c.conventionEndsOn().isBefore(last))).count(),
                    LabelIndicator.PARTNER_COMPANIES.of(f), "partner companies " + y);
            List<Event> held = events.stream().filter(e -> e.status() == EventStatus.REALISE
                    && inSchoolYear(e.timing().startDate(), y)).toList();
            for (var audience : org.campuspilot.event.Audience.values()) {
                assertEquals((double) held.stream().mapToInt(e -> e.attendance().getOrDefault(audience, 0)).sum(),
                        LabelIndicator.ATTENDANCE_OF_AUDIENCE.of(f, audience), audience + " " + y);
                checked++;
            }
            for (var type : org.campuspilot.event.EventType.values()) {
                assertEquals((double) held.stream().filter(e -> e.type() == type).count(),
                        LabelIndicator.EVENTS_OF_TYPE.of(f, type), type + " " + y);
            }
            List<Action> done = actions.stream().filter(a -> a.schoolYear().startYear() == y
                    && (a.status() == ActionStatus.REALISEE || a.status() == ActionStatus.EN_COURS)).toList();
            int all = done.stream().mapToInt(a -> a.beneficiaries().actualTotal()).sum();
            for (var status : org.campuspilot.action.LearnerStatus.values()) {
                int n = done.stream().mapToInt(a -> a.beneficiaries().actual(status)).sum();
                assertEquals((double) n, LabelIndicator.BENEFICIARIES_OF_STATUS.of(f, status), status + " " + y);
                assertEquals(all == 0 ? null : Math.round(n * 1000.0 / all) / 10.0,
                        LabelIndicator.STATUS_SHARE.of(f, status), status + " share " + y);
                checked += 2;
            }
            for (var sex : org.campuspilot.action.Sex.values()) {
                int n = done.stream().mapToInt(a -> a.beneficiaries().actual(sex)).sum();
                assertEquals((double) n, LabelIndicator.BENEFICIARIES_OF_SEX.of(f, sex), sex + " " + y);
                assertEquals(all == 0 ? null : Math.round(n * 1000.0 / all) / 10.0,
                        LabelIndicator.SEX_SHARE.of(f, sex), sex + " share " + y);
                checked += 2;
            }
            for (var level : org.campuspilot.shared.TrainingLevel.values()) {
                assertEquals((double) done.stream().filter(a -> a.levels().contains(level))
                        .mapToInt(a -> a.beneficiaries().actualTotal()).sum(),
                        LabelIndicator.BENEFICIARIES_AT_LEVEL.of(f, level), level + " " + y);
            }
            int financialYear = y + 1;
            long forecast = jdbc.count("SELECT COALESCE(SUM(amount_cents), 0) FROM budget_forecast WHERE year = ?"
                    + " AND (line_code LIKE '6%' OR line_code = 'CI')", financialYear);
            long committed = jdbc.count("SELECT COALESCE(SUM(amount_cents), 0) FROM finance_entry WHERE kind = 'EXPENSE'"
                    + " AND substr(entry_date, 1, 4) = ? AND (line_code LIKE '6%' OR line_code = 'CI')",
                    String.valueOf(financialYear));
            Double execution = LabelIndicator.BUDGET_EXECUTION.of(f);
            if (forecast == 0) {
                assertEquals(null, execution, "no forecast for " + financialYear);
            } else {
                assertEquals(committed * 100.0 / forecast, execution, 0.05, "execution " + financialYear);
                checked++;
            }
            long awarded = jdbc.count("SELECT COALESCE(SUM(awarded_cents), 0) FROM grant_award WHERE financial_year = ?"
                    + " AND status IN ('ACCORDEE', 'SOLDEE')", financialYear);
            assertEquals(Math.floor(awarded / 100.0), LabelIndicator.GRANTS_AWARDED.of(f), "awarded " + financialYear);
        }
        assertTrue(checked > 150, checked + " figures");
        assertEquals(List.of(6, 11, 16, 15, 15), b.members(), "the demo network's growth");
        assertTrue(LabelIndicator.BUDGET_EXECUTION.of(b.figures().get(3)) > 0, "the demo's 2026 budget is under way");
    }

    @Test
    void anObjectiveOfOneValueOfAListCountsThatValueAlone() {
        LabelObjective saved = service.save(new LabelObjective(null, LabelIndicator.BENEFICIARIES_OF_STATUS,
                "ETUDIANTS", "60 étudiants par an", 60, LabelObjective.Scope.EACH_YEAR, null, null));
        assertEquals("ETUDIANTS", service.objectives().stream().filter(o -> o.id().equals(saved.id())).findFirst()
                .orElseThrow().detail());
        LabelBilan b = service.bilan().orElseThrow();
        LabelBilan.Line line = b.lines().stream().filter(l -> l.objective().id().equals(saved.id())).findFirst()
                .orElseThrow();
        for (int i = 0; i < b.years().size(); i++) {
            assertEquals(LabelIndicator.BENEFICIARIES_OF_STATUS.of(b.figures().get(i),
                    org.campuspilot.action.LearnerStatus.ETUDIANTS), line.values().get(i));
        }
        assertEquals(List.of(15.0, 19.0, 22.0, 46.0, 0.0), line.values());
        // An indicator without a list keeps no detail.
        assertEquals(null, new LabelObjective(null, LabelIndicator.ACTIONS, "CFA", "x", 1,
                LabelObjective.Scope.BY_END, null, null).detail());
    }

    @Test
    void theDirectorsCommentOnAThemeIsPrintedUnderItsTitle() throws Exception {
        service.saveTexts(java.util.Map.of(), java.util.Map.of(LabelIndicator.Theme.EVENTS,
                "Le forum de 2025 a doublé la fréquentation.", LabelIndicator.Theme.MOBILITY, "  "));
        assertEquals(java.util.Map.of(LabelIndicator.Theme.EVENTS, "Le forum de 2025 a doublé la fréquentation."),
                service.themeTexts(), "a blank comment is none");
        LabelBilan b = service.bilan().orElseThrow();
        List<DocumentModel.Block> blocks = new LabelDocuments(messages).document(b).blocks();
        int heading = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof DocumentModel.Heading h && h.text().equals("Événements")) {
                heading = i;
            }
        }
        assertTrue(heading >= 0);
        assertEquals(new DocumentModel.Paragraph("Le forum de 2025 a doublé la fréquentation.", false),
                blocks.get(heading + 1));
        service.saveTexts(java.util.Map.of(), java.util.Map.of());
        assertTrue(service.themeTexts().isEmpty());
    }

    @Test
    void aTargetIsAWholeNumberAndEachMistakeHasItsOwnSentence() {
        assertEquals(1500L, LabelViewModel.count("1 500").value());
        assertEquals(0L, LabelViewModel.count("-0").value());
        assertEquals("label.objective.count.invalid", LabelViewModel.count("12,5").problem().orElseThrow().key());
        assertEquals("label.objective.count.negative", LabelViewModel.count("-5").problem().orElseThrow().key());
        assertEquals("label.objective.count.tooLarge", LabelViewModel.count("99999999999999999999").problem()
                .orElseThrow().key());
        assertEquals(999_999_999_999L, LabelViewModel.count("999 999 999 999").value());
    }

    @Test
    void anEndedLabelPeriodSaysItsFiguresAreFinal() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        LabelBilanService later = new LabelBilanService(db, stores.campus(), new ReportDocuments(stores, messages)
                .service(), Clock.fixed(LocalDate.of(2028, 1, 10).atStartOfDay(paris).toInstant(), paris));
        LabelBilan b = later.bilan().orElseThrow();
        assertTrue(b.ended());
        String intro = ((DocumentModel.Paragraph) new LabelDocuments(messages).document(b).blocks().stream()
                .filter(x -> x instanceof DocumentModel.Paragraph).findFirst().orElseThrow()).text();
        assertTrue(intro.contains("La période de label est achevée") && !intro.contains("année en cours"), intro);
        assertFalse(service.bilan().orElseThrow().ended(), "on 21 November 2026 it runs to 2027");
    }

    @Test
    void byCivilYearTheFiguresAreEachCivilYearsAndNoneIsTypedByHand() {
        LabelBilan b = service.bilan(org.campuspilot.report.ReportPeriod.Kind.CIVIL).orElseThrow();
        assertEquals(List.of(2022, 2023, 2024, 2025, 2026, 2027), b.years());
        List<Event> events = stores.events().findAll();
        for (int i = 0; i < b.years().size(); i++) {
            int y = b.years().get(i);
            Double shown = line(b, LabelIndicator.EVENTS_HELD).values().get(i);
            if (y > TODAY.getYear()) {
                assertEquals(null, shown, "a year not begun has no figure");
            } else {
                assertEquals((double) events.stream().filter(e -> e.status() == EventStatus.REALISE
                        && e.timing().startDate().getYear() == y).count(), shown, "events " + y);
            }
        }
        assertTrue(line(b, LabelIndicator.MANUAL).values().stream().allMatch(java.util.Objects::isNull));
        assertTrue(new LabelDocuments(messages).document(b).tables().get(0).columns().stream()
                .anyMatch(c -> c.header().equals("2027")));
    }

    @Test
    void theDocumentsHoldTheFiguresPdfAndWorkbook() throws Exception {
        LabelBilan b = service.bilan().orElseThrow();
        LabelDocuments docs = new LabelDocuments(messages);
        Path pdf = dir.resolve("bilan.pdf");
        docs.write(b, Format.PDF, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replace('\u202F', ' ').replace('\u00A0', ' ');
            assertTrue(text.contains("Bilan du label"), text);
            assertTrue(text.contains("2022-2023") && text.contains("2026-2027"), text);
            assertTrue(text.replaceAll("\\s+", " ").contains("40 stages de 3e accueillis"), text);
        }
        Path xlsx = dir.resolve("bilan.xlsx");
        docs.write(b, Format.XLSX, xlsx);
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook book = new ReadableWorkbook(in)) {
            List<String> sheets = book.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList();
            assertTrue(sheets.containsAll(List.of("Réseau des établissements", "Actions et bénéficiaires",
                    "Autres objectifs")), sheets.toString());
            List<Row> actions = book.getSheets().filter(s -> s.getName().equals("Actions et bénéficiaires"))
                    .findFirst().orElseThrow().read();
            assertEquals("2022-2023", actions.get(0).getCell(1).asString(), "one column per school year");
            assertEquals("Objectifs de la période", actions.get(1).getCell(0).asString());
            Row first = actions.get(2);
            LabelBilan.Line l = b.lines().stream().filter(x -> x.objective().label().equals(first.getCell(0)
                    .asString().replaceAll(" \\(.*\\)$", ""))).findFirst().orElseThrow();
            for (int i = 0; i < b.years().size(); i++) {
                if (l.values().get(i) != null && l.objective().indicator().unit() == LabelIndicator.Unit.COUNT) {
                    assertEquals(CellType.NUMBER, first.getCell(1 + i).getType());
                    assertEquals(l.values().get(i).intValue(), first.getCell(1 + i).asNumber().intValue());
                }
            }
        }
    }

    @Test
    void withoutALabelPeriodThereIsNoBilan() {
        Database empty = Database.open(dir.resolve("empty.campuspilot"));
        Stores s = TestCampus.stores(empty);
        LabelBilanService none = new LabelBilanService(empty, s.campus(), new ReportDocuments(s, messages).service(),
                Clock.systemDefaultZone());
        assertTrue(none.bilan().isEmpty());
    }
}
