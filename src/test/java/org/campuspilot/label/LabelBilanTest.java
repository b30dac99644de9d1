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
 * year of the demo's label period (2022-2027, on 21 November 2026), and the documents read back.
 */
class LabelBilanTest {
    @TempDir Path dir;
    Database db;
    Stores stores;
    LabelBilanService service;
    Messages messages = Messages.load(Messages.FRENCH);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @BeforeEach
    void open() {
        db = TestCampus.demo(dir.resolve("demo.campuspilot"));
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
            assertTrue(sheets.containsAll(List.of("Croissance du réseau", "Actions et bénéficiaires",
                    "Autres objectifs")), sheets.toString());
            List<Row> actions = book.getSheets().filter(s -> s.getName().equals("Actions et bénéficiaires"))
                    .findFirst().orElseThrow().read();
            assertEquals("2022-2023", actions.get(0).getCell(1).asString(), "one column per school year");
            Row first = actions.get(1);
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
