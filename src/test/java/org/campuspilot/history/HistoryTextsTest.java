package org.campuspilot.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history names kinds and statuses as the forms do, in both languages (issue 22). */
class HistoryTextsTest {
    @TempDir Path dir;

    @Test
    void everyKindAndStatusTheDemoHoldsHasItsNameInBothLanguages() {
        Database db = TestCampus.demo(dir.resolve("demo.campuspilot"));
        Jdbc jdbc = new Jdbc(db);
        for (Locale language : List.of(Messages.FRENCH, Locale.ENGLISH)) {
            Messages messages = Messages.load(language);
            HistoryTexts texts = new HistoryTexts(messages);
            for (String[] column : new String[][] {{"finance_entry", "status"}, {"grant_award", "status"},
                {"grant_award", "funder"}, {"establishment", "kind"}, {"establishment", "network_role"},
                {"event", "type"}, {"event", "status"}, {"action", "type"}, {"action", "status"},
                {"action_beneficiary", "category"}, {"company", "size_band"}, {"company_partnership", "kind"},
                {"event_contact", "presence"}, {"event_attendance", "audience"}, {"grant_instalment", "kind"}}) {
                List<String> values = jdbc.list("SELECT DISTINCT " + column[1] + " FROM " + column[0]
                        + " WHERE " + column[1] + " IS NOT NULL", rs -> rs.getString(1));
                assertFalse(values.isEmpty(), column[0] + "." + column[1]);
                for (String raw : values) {
                    String shown = texts.value(column[0], column[1], raw);
                    String lower = "." + raw.toLowerCase(Locale.ROOT);
                    assertTrue(messages.bundle().keySet().stream().anyMatch(k -> k.endsWith(lower)
                            && messages.get(k).equals(shown)), column[0] + "." + column[1] + " " + raw
                            + " shown as " + shown + " in " + language + ", not a name from the bundle");
                }
            }
        }
    }

    @Test
    void anExpensePaidReadsEngageeToPayee() {
        HistoryTexts texts = new HistoryTexts(Messages.load(Messages.FRENCH));
        assertEquals("Engagée", texts.value("finance_entry", "status", "ENGAGEE"));
        assertEquals("Payée", texts.value("finance_entry", "status", "PAYEE"));
        assertEquals("Accordée", texts.value("grant_award", "status", "ACCORDEE"));
        assertTrue(texts.value("establishment", "uai", "0350031A").equals("0350031A"), "a code stays as it is");
    }
}
