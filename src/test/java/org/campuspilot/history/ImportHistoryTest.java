package org.campuspilot.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.campuspilot.TestCampus;
import org.campuspilot.TestData;
import org.campuspilot.db.AuditTriggers;
import org.campuspilot.db.Database;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.establishment.EstablishmentRepository;
import org.campuspilot.importing.AnnuaireFilter;
import org.campuspilot.importing.AnnuaireReader;
import org.campuspilot.importing.EstablishmentImport;
import org.campuspilot.importing.ImportCancelled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An annuaire import writes its added rows' history in one statement rather than by a trigger per row (decision
 * 0029): the history must hold exactly what the triggers would have written, in one change set that can be reviewed,
 * undone and redone, and the triggers must record every later insert again.
 */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.EnumSource(org.campuspilot.TestStore.class)
class ImportHistoryTest {
    @org.junit.jupiter.params.Parameter
    org.campuspilot.TestStore store;

    @TempDir Path dir;
    List<Long> committed = new ArrayList<>();

    private static List<AnnuaireReader.Candidate> sample() throws Exception {
        return AnnuaireReader.read(TestData.annuaireSample(), AnnuaireFilter.ALL, n -> {
        }, () -> false).candidates();
    }

    private static EstablishmentImport.Outcome importSample(Database db) throws Exception {
        EstablishmentImport importer = new EstablishmentImport(db, new EstablishmentRepository(db));
        return importer.apply(importer.plan(sample()), false, EstablishmentImport.Joining.NONE, n -> {
        }, () -> false);
    }

    @Test
    void anImportIsOneChangeSetHoldingTheEntriesTheTriggersWouldHaveWritten() throws Exception {
        Database imported = store.open(dir.resolve("imported"));
        imported.addChangeListener(committed::add);
        EstablishmentImport.Outcome o = importSample(imported);
        assertEquals(1, committed.size(), "one import, one change set");

        // The same establishments written one by one with the triggers speaking, into another empty campus.
        Database byTriggers = store.open(dir.resolve("triggers"));
        List<Establishment> added = new EstablishmentRepository(imported).findAll().stream()
                .sorted(java.util.Comparator.comparing(Establishment::id)).toList();
        byTriggers.inTransaction(c -> {
            try (EstablishmentRepository.Inserter inserter = EstablishmentRepository.inserter(c)) {
                for (Establishment e : added) {
                    inserter.insert(e);
                }
                inserter.flush();
            }
            return null;
        });
        List<String> expected = entries(byTriggers, "establishment");
        assertEquals(o.added(), expected.size());
        assertEquals(expected, entries(imported, "establishment"), "the same entries, values and order");

        HistoryService history = new HistoryService(imported);
        List<AuditEntry> set = history.changeSet(committed.get(0)).stream()
                .filter(e -> e.table().equals("establishment")).toList();
        assertEquals(o.added(), set.size(), "every added establishment is in the change set");
        AuditEntry first = set.get(0);
        assertEquals(AuditEntry.Operation.INSERT, first.operation());
        Establishment e = added.stream().filter(x -> String.valueOf(x.id()).equals(first.recordId())).findFirst()
                .orElseThrow();
        assertTrue(history.changes(first).contains(new FieldChange("name", null, e.name())),
                "reviewable field by field: " + history.changes(first));
        assertEquals(e.name(), history.label("establishment", first.recordId()));
        assertEquals(1, history.recordHistory("establishment", e.id()).size(), "the record's own history");
        assertTrue(history.entries(new HistoryService.Filter("establishment", AuditEntry.Operation.INSERT, null,
                null, e.uai().code()), 10).stream().anyMatch(x -> x.recordId().equals(first.recordId())),
                "found by the history screen's search");
    }

    @Test
    void undoingAnImportBringsTheCampusBackAndRedoingItImportsItAgain() throws Exception {
        Database db = store.demo(dir);
        db.addChangeListener(committed::add);
        HistoryService history = new HistoryService(db);
        Map<String, List<String>> before = CampusRows.everyRow(db);
        EstablishmentImport.Outcome o = importSample(db);
        assertTrue(o.added() > 0, "the sample adds establishments to the demo campus");
        Map<String, List<String>> after = CampusRows.everyRow(db);
        long importSet = committed.get(committed.size() - 1);

        long undo = history.revert(importSet);
        assertEquals(without(before), without(CampusRows.everyRow(db)), "undo removes every imported establishment");
        assertEquals(Integer.valueOf(0), db.<Integer>withConnection(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT COUNT(*) FROM establishment_import_value
                    WHERE establishment_id NOT IN (SELECT id FROM establishment)""")) {
                rs.next();
                return rs.getInt(1);
            }
        }), "and the import values of the added ones");
        history.revert(undo);
        assertEquals(after, CampusRows.everyRow(db), "redo brings them back with their numbers, values and import values");
        assertEquals(o.added(), new EstablishmentRepository(db).findAll().size()
                - before.get("establishment").size());
    }

    @Test
    void theTriggersRecordEveryInsertAgainOnceTheBulkIsRecorded() throws Exception {
        Database db = store.open(dir.resolve("c"));
        List<Establishment> sample = sample().stream().map(AnnuaireReader.Candidate::establishment).toList();
        db.inTransaction(c -> {
            try (EstablishmentRepository.Inserter inserter = EstablishmentRepository.inserter(c)) {
                AuditTriggers.silenceInserts(c, "establishment");
                inserter.insert(sample.get(0));
                inserter.insert(sample.get(1));
                inserter.flush();
                assertEquals(2, AuditTriggers.recordInserts(c, "establishment", inserter.firstId()));
                inserter.insert(sample.get(2)); // after the bulk, in the same transaction: by its trigger
                inserter.flush();
            }
            return null;
        });
        importSample(db); // the other rows of the sample, then one more save in its own transaction
        db.inTransaction(c -> {
            try (EstablishmentRepository.Inserter inserter = EstablishmentRepository.inserter(c)) {
                Establishment e = sample.get(0);
                inserter.insert(new Establishment(null, new org.campuspilot.shared.Uai("0350099T"), "Lycée ajouté",
                        e.kind(), e.ownership(), null, null, null, null, null, null, null, e.role(), null, null, null,
                        null));
                inserter.flush();
            }
            return null;
        });
        long establishments = new EstablishmentRepository(db).findAll().size();
        assertEquals(List.of(establishments), db.withConnection(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT COUNT(DISTINCT record_id) FROM audit_entry
                    WHERE table_name = 'establishment' AND operation = 'INSERT'""")) {
                rs.next();
                return List.of(rs.getLong(1));
            }
        }), "each establishment's creation recorded exactly once");
        assertEquals(establishments, entries(db, "establishment").size(), "and never twice");
    }

    @Test
    void aCancelledImportLeavesNoSilentTrigger() throws Exception {
        Database db = store.open(dir.resolve("c"));
        EstablishmentImport importer = new EstablishmentImport(db, new EstablishmentRepository(db));
        EstablishmentImport.Plan plan = importer.plan(sample());
        int[] seen = {0};
        assertThrows(ImportCancelled.class, () -> importer.apply(plan, false, EstablishmentImport.Joining.NONE,
                n -> seen[0] = n, () -> seen[0] >= 10));
        importSample(db);
        assertEquals(new EstablishmentRepository(db).findAll().size(), entries(db, "establishment").size());
    }

    /**
     * The rows but the import values, which an import rewrites for the establishments already there without a history
     * (derived data, decision 0015): undo does not put those back, before this change as after it.
     */
    private static Map<String, List<String>> without(Map<String, List<String>> rows) {
        Map<String, List<String>> out = new TreeMap<>(rows);
        out.remove("establishment_import_value");
        return out;
    }

    /** The history entries of a table, in the order written, as text (their ids and change sets aside). */
    private static List<String> entries(Database db, String table) {
        return db.withConnection(c -> {
            List<String> out = new ArrayList<>();
            try (var ps = c.prepareStatement("""
                    SELECT table_name, record_table, record_id, operation, old_values, new_values FROM audit_entry
                    WHERE table_name = ? ORDER BY id""")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(String.join(" | ", rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                }
            }
            return out;
        });
    }
}
