package org.campuspilot.event;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.campuspilot.document.DocumentFiles;
import org.campuspilot.document.SignInSheetPdf;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.ui.Messages;

/**
 * The feuille d'émargement of an event (issue 21): what the funders take as proof of attendance. One row per person
 * invited, registered or marked present, by last name, with their organisation; blank rows after them; or a blank sheet
 * (the heading only) for the people who come without being registered.
 */
public final class SignInSheets {
    private final Messages messages;
    private final SignInSheetPdf pdf = new SignInSheetPdf();

    public SignInSheets(Messages messages) {
        this.messages = messages;
    }

    /** What the sheet of this event shows; {@code blank}: no names, rows to fill in by hand. */
    public SignInSheetPdf.Sheet sheet(Event e, String campusName, boolean blank) {
        List<String> details = new ArrayList<>();
        details.add(messages.get("event.signIn.when", when(e.timing())));
        if (e.placeText() != null && !e.placeText().isBlank()) {
            details.add(messages.get("event.signIn.place", e.placeText()));
        }
        if (e.organiser() != null) {
            details.add(messages.get("event.signIn.organiser", e.organiser().name()));
        }
        List<SignInSheetPdf.Line> lines = new ArrayList<>();
        if (!blank) {
            // In the event's order (by last name); a person whose data was anonymised has no name to sign against.
            e.contacts().stream().filter(a -> a.name() != null && !a.name().isBlank())
                    .forEach(a -> lines.add(new SignInSheetPdf.Line(a.name(), a.organisation())));
        }
        return new SignInSheetPdf.Sheet(campusName, messages.get("event.signIn.heading"), e.title(), details,
                messages.get("event.signIn.funders"), List.of(messages.get("event.signIn.number"),
                        messages.get("event.signIn.name"), messages.get("event.signIn.organisation"),
                        messages.get("event.signIn.signature")), lines, messages.get("event.signIn.page"));
    }

    /** Writes the sheet as a PDF, whole or not at all. */
    public void write(SignInSheetPdf.Sheet sheet, Path out) throws IOException {
        DocumentFiles.writeWhole(out, o -> pdf.write(sheet, o));
    }

    /** « mardi 14 avril 2026, de 09:00 à 12:00 », or the days of an all-day event. */
    String when(EventTiming t) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(messages.get("event.signIn.dayPattern"),
                messages.locale());
        if (t.allDay()) {
            return t.endDate().equals(t.startDate()) ? day.format(t.startDate())
                    : messages.get("event.signIn.days", day.format(t.startDate()), day.format(t.endDate()));
        }
        if (!t.endDate().equals(t.startDate())) {
            return messages.get("event.signIn.spanning", day.format(t.startDate()),
                    FrenchFormats.time(t.startTime()), day.format(t.endDate()), FrenchFormats.time(t.endTime()));
        }
        return messages.get("event.signIn.hours", day.format(t.startDate()), FrenchFormats.time(t.startTime()),
                FrenchFormats.time(t.endTime()));
    }
}
