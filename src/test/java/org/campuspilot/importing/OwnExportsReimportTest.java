package org.campuspilot.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.document.CsvProfile;
import org.campuspilot.report.ListKind;
import org.campuspilot.report.ReportDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The director's own exports ({@code export csv}, both profiles) imported back into the same campus: every column
 * is recognised, every value read as exported, every row unchanged; one cell changed in the file gives exactly
 * that one update, and once written the file is unchanged again.
 */
class OwnExportsReimportTest {
    @TempDir static Path dir;
    static Database db;

    @BeforeAll
    static void demo() {
        db = TestCampus.demo(dir.resolve("demo.db"));
    }

    /** Each list, the column changed in the file, its new value, and the field that takes it. */
    static List<Arguments> lists() {
        List<Arguments> out = new ArrayList<>();
        for (CsvProfile p : CsvProfile.values()) {
            out.add(Arguments.of(SheetKind.COMPANIES, p, "Commune", "Brest", "city"));
            out.add(Arguments.of(SheetKind.CONTACTS, p, "Rôle", "Directrice déléguée", "role"));
            out.add(Arguments.of(SheetKind.EVENTS, p, "Lieu", "Salle des fêtes, Bruz", "place"));
            out.add(Arguments.of(SheetKind.ACTIONS, p, "Statut", "Annulée", "status"));
            out.add(Arguments.of(SheetKind.EXPENSES, p, "Référence", "F-TEST-1", "reference"));
        }
        return out;
    }

    private static SheetImport.Plan plan(SheetImport importer, SheetKind kind, Path file) throws Exception {
        TableFile.Table t = TableFile.read(file);
        return importer.plan(kind, t, importer.mapping(kind, t.header()), true, () -> false);
    }

    /**
     * What sets a row aside or refuses it; the warning naming the export's columns no field reads (« Subvention »,
     * « Pays »…) is not one.
     */
    private static List<String> reasons(SheetImport.Plan plan) {
        return plan.issues().stream().filter(i -> !i.warning()).map(i -> SheetImportTest.FR.get("import.issue.line", i.line(),
                SheetImportTest.FR.get(i.problem()))).toList();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("lists")
    void anExportReadsBackUnchangedAndOneChangedCellIsOneUpdate(SheetKind kind, CsvProfile profile, String column,
            String value, String field) throws Exception {
        SheetImport importer = new SheetImport(TestCampus.stores(db), SheetImportTest.CLOCK, SheetImportTest.FR);
        ReportDocuments docs = new ReportDocuments(TestCampus.stores(db), SheetImportTest.FR);
        Path file = dir.resolve(kind.key() + "-" + profile.cliName() + ".csv");
        ReportDocuments.writeCsv(docs.list(ListKind.valueOf(kind.name())), profile, file);
        TableFile.Table table = TableFile.read(file);
        Map<String, Integer> mapping = importer.mapping(kind, table.header());
        assertTrue(mapping.size() >= 6, "the export's titles are known: " + mapping);

        SheetImport.Plan same = plan(importer, kind, file);
        assertEquals(List.of(), reasons(same));
        assertEquals(table.rows().size(), same.count(EstablishmentImport.Action.UNCHANGED), "every row unchanged");

        Path changed = changeFirstRow(file, profile, column, value);
        SheetImport.Plan plan = plan(importer, kind, changed);
        assertEquals(List.of(), reasons(plan));
        List<SheetImport.Item> updates = plan.items().stream()
                .filter(i -> i.action() == EstablishmentImport.Action.UPDATE).toList();
        assertEquals(1, updates.size(), plan.items().toString());
        assertEquals(2, updates.get(0).line());
        assertEquals(1, updates.get(0).changes().size(), updates.get(0).changes().toString());
        EstablishmentImport.FieldChange change = updates.get(0).changes().get(0);
        assertEquals(field, change.field());
        assertEquals(value, change.after());
        assertEquals(table.rows().size() - 1, plan.count(EstablishmentImport.Action.UNCHANGED));

        assertEquals(new SheetImport.Outcome(0, 1), importer.apply(plan, n -> {
        }, () -> false));
        assertEquals(table.rows().size(), plan(importer, kind, changed).count(EstablishmentImport.Action.UNCHANGED),
                "once written, the changed file is unchanged too");
        // The campus as it was, for the other profile.
        new org.campuspilot.history.HistoryService(db).revert(new org.campuspilot.db.Jdbc(db).count(
                "SELECT MAX(id) FROM change_set"));
    }

    /** The file with one cell of its first row replaced, written back in the same profile. */
    private static Path changeFirstRow(Path file, CsvProfile profile, String column, String value) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        boolean bom = text.startsWith("\uFEFF");
        char delimiter = profile == CsvProfile.EXCEL_FR ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get();
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord r : format.parse(new StringReader(bom ? text.substring(1) : text))) {
            rows.add(new ArrayList<>(r.toList()));
        }
        int index = rows.get(0).indexOf(column);
        assertTrue(index >= 0, column + " in " + rows.get(0));
        assertTrue(!rows.get(1).get(index).equals(value));
        rows.get(1).set(index, value);
        StringWriter out = new StringWriter();
        if (bom) {
            out.write('\uFEFF');
        }
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<String> r : rows) {
                printer.printRecord(r);
            }
        }
        Path changed = file.resolveSibling("changed-" + file.getFileName());
        return Files.writeString(changed, out.toString(), StandardCharsets.UTF_8);
    }
}
