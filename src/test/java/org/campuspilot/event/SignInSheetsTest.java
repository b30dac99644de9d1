package org.campuspilot.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.campuspilot.TestCampus;
import org.campuspilot.document.SignInSheetPdf;
import org.campuspilot.shared.Organisation;
import org.campuspilot.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feuille d'émargement of an event, read back with PDFBox. */
class SignInSheetsTest {
    @TempDir Path dir;
    final SignInSheets sheets = new SignInSheets(Messages.load(Messages.FRENCH));

    @Test
    void theDemoGeneralAssemblyListsItsSevenPeopleByLastNameWithTheirOrganisation() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        EventRepository events = new EventRepository(TestCampus.demo(db));
        Event ag = events.findAll().stream().filter(e -> e.title().equals("Assemblée générale de l'association"))
                .findFirst().orElseThrow();
        SignInSheetPdf.Sheet sheet = sheets.sheet(ag, "Campus Industrie du futur Haute-Bretagne", false);
        assertEquals(List.of("Date : jeudi 18 juin 2026, de 17:00 à 19:00", "Lieu : Lycée professionnel Jean Jaurès"),
                sheet.details());
        assertEquals(ag.contacts().size(), sheet.lines().size());
        assertEquals(new SignInSheetPdf.Line("Sophie Bernard", "Lycée de La Salle"),
                sheet.lines().get(0));
        Path pdf = dir.resolve("ag.pdf");
        sheets.write(sheet, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            for (String expected : List.of("Campus Industrie du futur Haute-Bretagne", "Feuille d'émargement",
                    "Assemblée générale de l'association", "Date : jeudi 18 juin 2026, de 17:00 à 19:00",
                    "Financeurs", "Nom et prénom", "Structure", "Signature", "Claire Le Goff",
                    "Capteurs et Systèmes Embarqués", "Page 1 sur 1")) {
                assertTrue(text.contains(expected), expected + " in\n" + text);
            }
            List<Integer> numbers = rowNumbers(text);
            assertTrue(numbers.get(numbers.size() - 1) >= ag.contacts().size() + SignInSheetPdf.MIN_BLANK_ROWS,
                    "blank rows after the people: " + numbers);
        }
    }

    @Test
    void aLongListRunsOverPagesEachNumberedWithTheTotalAndFilledToTheEnd() throws Exception {
        List<Attendee> people = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            people.add(new Attendee(i, String.format("Personne %02d", i), i % 2 == 0 ? "Lycée Anita Conti"
                    : "Armor Robotique", Presence.INSCRIT));
        }
        people.add(new Attendee(99, null, "Lycée Anita Conti", Presence.PRESENT)); // anonymised: no row
        Event forum = event(EventTiming.between(LocalDateTime.of(2026, 3, 10, 9, 0),
                LocalDateTime.of(2026, 3, 10, 17, 30)), people);
        SignInSheetPdf.Sheet sheet = sheets.sheet(forum, "Campus", false);
        assertEquals(45, sheet.lines().size());
        Path pdf = dir.resolve("forum.pdf");
        sheets.write(sheet, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 2, "45 people and blank rows do not fit on one page");
            PDFTextStripper stripper = new PDFTextStripper();
            List<Integer> all = new ArrayList<>();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc);
                assertTrue(page.contains("Page " + p + " sur " + pages), page);
                assertTrue(page.contains("Signature"), "the header repeats on page " + p);
                if (p > 1) {
                    assertTrue(page.contains("Feuille d'émargement – Forum des métiers"), "the event on page " + p);
                }
                List<Integer> numbers = rowNumbers(page);
                assertTrue(numbers.size() >= 15, "page " + p + " is filled: " + numbers);
                all.addAll(numbers);
            }
            for (int i = 0; i < all.size(); i++) {
                assertEquals(i + 1, all.get(i), "rows numbered without a gap");
            }
            assertTrue(all.size() >= 45 + SignInSheetPdf.MIN_BLANK_ROWS);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.indexOf("Personne 01") < text.indexOf("Personne 45"));
        }
    }

    @Test
    void aBlankSheetHasTheHeadingAndNoName() throws Exception {
        Event forum = event(EventTiming.allDay(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11)),
                List.of(new Attendee(1, "Marie Tanguy", "Lycée Anita Conti", Presence.INSCRIT)));
        SignInSheetPdf.Sheet sheet = sheets.sheet(forum, "Campus", true);
        assertTrue(sheet.lines().isEmpty());
        assertEquals("Date : du mardi 10 mars 2026 au mercredi 11 mars 2026", sheet.details().get(0));
        Path pdf = dir.resolve("blank.pdf");
        sheets.write(sheet, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertEquals(1, doc.getNumberOfPages());
            assertFalse(text.contains("Marie Tanguy"));
            assertTrue(text.contains("Forum des métiers") && text.contains("Page 1 sur 1"), text);
            assertTrue(rowNumbers(text).size() >= 15, "a page of rows to fill in");
        }
    }

    @Test
    void anEventOverSeveralDaysWithHoursSaysBoth() {
        EventTiming t = EventTiming.between(LocalDateTime.of(2026, 3, 10, 14, 0), LocalDateTime.of(2026, 3, 11,
                LocalTime.NOON.getHour(), 0));
        assertEquals("du mardi 10 mars 2026 à 14:00 au mercredi 11 mars 2026 à 12:00", sheets.when(t));
        assertEquals("Tuesday 10 March 2026, from 14:00 to 16:00", new SignInSheets(Messages.load(
                java.util.Locale.ENGLISH)).when(EventTiming.between(LocalDateTime.of(2026, 3, 10, 14, 0),
                        LocalDateTime.of(2026, 3, 10, 16, 0))));
    }

    private static Event event(EventTiming timing, List<Attendee> people) {
        return new Event(1L, "uid", "Forum des métiers", EventType.FORUM_SALON, timing, "Salle des fêtes", null,
                Organisation.establishment(3, "Lycée Anita Conti"), null, EventStatus.PREVU, null, null, List.of(), List.of(),
                people, null);
    }

    /** The row numbers, in reading order: the number that starts a line. */
    private static List<Integer> rowNumbers(String text) {
        List<Integer> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^(\\d+)(?:[ \\t]|$)").matcher(text);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }
}
