package org.campuspilot.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.campuspilot.LibreOffice;
import org.campuspilot.Openpyxl;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.document.DocumentFiles.Format;
import org.campuspilot.document.DocumentModel;
import org.campuspilot.report.ReportDocuments;
import org.campuspilot.report.ReportPeriod;
import org.campuspilot.shared.Money;
import org.campuspilot.store.Stores;
import org.campuspilot.ui.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bilan du label's workbook for the Région read back by openpyxl (issue 25): one sheet per theme, one column per
 * year, and every cell what the bilan holds: a count a whole number, an amount a number in euros, a share a fraction
 * shown as a percentage, a text a text, an empty cell empty. By school years and by civil years.
 */
class LabelBilanOpenpyxlTest {
    @TempDir Path dir;

    @ParameterizedTest
    @EnumSource(ReportPeriod.Kind.class)
    void openpyxlReadsEveryCellOfTheBilanWorkbookAsTheBilanHoldsIt(ReportPeriod.Kind kind) throws Exception {
        Openpyxl openpyxl = Openpyxl.inOrSkip(dir);
        Database db = TestCampus.demo(dir.resolve("demo.campuspilot"));
        Stores stores = TestCampus.stores(db);
        Messages messages = Messages.load(Messages.FRENCH);
        ZoneId paris = ZoneId.of("Europe/Paris");
        LabelBilan bilan = new LabelBilanService(db, stores.campus(), new ReportDocuments(stores, messages).service(),
                Clock.fixed(LocalDate.of(2026, 11, 21).atStartOfDay(paris).toInstant(), paris)).bilan(kind)
                .orElseThrow();
        LabelDocuments documents = new LabelDocuments(messages);
        DocumentModel model = documents.document(bilan);
        Path xlsx = dir.resolve("bilan.xlsx");
        documents.write(bilan, Format.XLSX, xlsx);

        Map<String, Map<String, Openpyxl.Cell>> book = openpyxl.read(xlsx);
        List<String> names = LibreOffice.sheetNames(model.tables().stream().map(DocumentModel.Table::title).toList());
        assertEquals(names, List.copyOf(book.keySet()), "one sheet per table, in order");
        assertTrue(names.containsAll(List.of("Réseau des établissements", "Entreprises partenaires", "Événements",
                "Actions et bénéficiaires", "Mobilité internationale", "Budget et subventions")), names.toString());
        int figures = 0;
        for (int t = 0; t < model.tables().size(); t++) {
            DocumentModel.Table table = model.tables().get(t);
            Map<String, Openpyxl.Cell> sheet = book.get(names.get(t));
            List<Openpyxl.Cell> header = Openpyxl.row(sheet, 1);
            for (int i = 0; i < bilan.years().size(); i++) {
                int y = bilan.years().get(i);
                assertEquals(kind == ReportPeriod.Kind.CIVIL ? String.valueOf(y) : y + "-" + (y + 1),
                        header.get(1 + i).value(), "a column per year");
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<DocumentModel.Cell> expected = table.rows().get(r).cells();
                for (int c = 0; c < expected.size(); c++) {
                    Openpyxl.Cell read = sheet.get((r + 2) + ":" + (c + 1));
                    String where = names.get(t) + " row " + (r + 2) + " column " + (c + 1);
                    Object value = expected.get(c).value();
                    if (value == null) {
                        if (expected.get(c).text().isEmpty()) {
                            assertNull(read, where + ": empty");
                        } else {
                            assertNotNull(read, where);
                            assertEquals("s", read.type(), where);
                            assertEquals(expected.get(c).text(), read.value(), where);
                        }
                        continue;
                    }
                    assertNotNull(read, where);
                    assertTrue(read.number(), where + " is a number: " + read);
                    figures++;
                    if (value instanceof Money m) {
                        assertEquals(m.cents() / 100.0, read.asDouble(), 0.001, where);
                        assertTrue(read.format().contains("€"), where + " in euros: " + read.format());
                    } else if (value instanceof DocumentModel.Percent p) {
                        assertEquals(p.fraction(), read.asDouble(), 1e-9, where);
                        assertTrue(read.format().contains("%"), where + " a percentage: " + read.format());
                    } else if (value instanceof Long n) {
                        assertEquals(n.doubleValue(), read.asDouble(), where);
                        assertEquals(Math.rint(read.asDouble()), read.asDouble(), where + " a whole number");
                    } else {
                        throw new AssertionError(where + ": " + value.getClass());
                    }
                }
            }
        }
        assertTrue(figures > 100, figures + " figures read back");
    }
}
