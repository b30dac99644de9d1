package org.campuspilot.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.campuspilot.contact.Contact;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.contact.ContactService;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history screen's list: its labels read many at once, and what it keeps between two visits. */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.EnumSource(org.campuspilot.TestStore.class)
class HistoryListTest {
    @org.junit.jupiter.params.Parameter
    org.campuspilot.TestStore store;

    @TempDir Path dir;
    Database db;
    HistoryService history;

    @BeforeEach
    void open() {
        db = store.demo(dir);
        history = new HistoryService(db);
    }

    @Test
    void theLabelsReadManyAtOnceAreTheLabelsOfEachRecord() {
        List<AuditEntry> entries = history.entries(HistoryService.Filter.ALL, 100_000);
        assertTrue(entries.stream().map(AuditEntry::recordTable).distinct().count() > 5, "several kinds of record");
        Map<String, String> labels = history.labels(entries);
        for (AuditEntry e : entries) {
            assertEquals(history.label(e.recordTable(), e.recordId()),
                    labels.get(HistoryService.labelKey(e.recordTable(), e.recordId())), e.toString());
        }
    }

    @Test
    void anErasedNameIsNeverShownAgainFromWhatTheListKept() {
        ContactRepository people = new ContactRepository(db);
        Contact baudry = people.findAll().stream().filter(c -> "Baudry".equals(c.lastName())).findFirst()
                .orElseThrow();
        db.inTransaction(c -> new Jdbc(db).update("UPDATE contact SET last_name = 'Baudri' WHERE id = ?",
                baudry.id()));
        HistoryViewModel list = new HistoryViewModel(history, TaskRunner.synchronous(), Messages.load(Messages.FRENCH));
        list.load();
        assertTrue(shows(list, "Baudri"), "the change of name is listed");

        new ContactService(db, people, Clock.systemUTC()).anonymise(people.findById(baudry.id()).orElseThrow());
        list.load();
        assertFalse(shows(list, "Baudri") || shows(list, "Baudry"), "the erased name is shown again");
    }

    private static boolean shows(HistoryViewModel list, String text) {
        return list.rows().stream().anyMatch(r -> r.summary().contains(text) || r.record().contains(text));
    }
}
