package org.campuspilot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** « Rechercher partout »: every kind, accents and case ignored, names that begin with the query first (issue 22). */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.EnumSource(org.campuspilot.TestStore.class)
class SearchIndexTest {
    @org.junit.jupiter.params.Parameter
    org.campuspilot.TestStore store;

    @TempDir Path dir;

    @Test
    void findsEveryKindWithoutAccentsOrCaseAndReadsAgainAfterAWrite() {
        Database db = store.demo(dir);
        SearchIndex index = new SearchIndex(db);
        SearchIndex.Entry jaures = index.search("JEAN jaures").get(0);
        assertEquals(SearchIndex.Kind.ESTABLISHMENT, jaures.kind());
        assertEquals("Lycée professionnel Jean Jaurès", jaures.label());
        assertEquals("Rennes · 0350031U", jaures.detail(), "what tells two apart: the city and the UAI");
        assertEquals(List.of(jaures), index.search("0350031u"), "by its code");
        assertEquals(SearchIndex.Kind.CONTACT, index.search("claire le goff").get(0).kind());
        assertEquals(SearchIndex.Kind.EVENT, index.search("comite de pilotage de rentree").get(0).kind());

        // Every kind of record the demo holds, counted from the records: each one found by its own name.
        Jdbc jdbc = new Jdbc(db);
        for (String[] kind : new String[][] {{"company", "name"}, {"action", "title"}, {"grant_award", "object"}}) {
            String name = jdbc.list("SELECT " + kind[1] + " FROM " + kind[0] + " ORDER BY id", rs -> rs.getString(1))
                    .get(0);
            assertTrue(index.search(name).stream().anyMatch(e -> e.label().contains(name)), kind[0] + ": " + name);
        }
        List<SearchIndex.Entry> rennes = index.search("rennes");
        assertTrue(rennes.size() > 3 && rennes.size() <= 50, "at most fifty: " + rennes.size());

        // Written since: read again.
        jdbc.update("UPDATE establishment SET name = 'Lycée Jean Jaurès des Métiers' WHERE uai = '0350031U'");
        assertEquals("Lycée Jean Jaurès des Métiers", index.search("0350031U").get(0).label());
        // An anonymised person is not found by their former name.
        jdbc.update("UPDATE contact SET anonymised_on = '2026-11-30' WHERE last_name = 'Le Goff'"
                + " AND first_name = 'Claire'");
        assertTrue(index.search("claire le goff").isEmpty());
    }
}
