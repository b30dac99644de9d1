package org.campuspilot.document;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.campuspilot.shared.Money;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the tables of a {@link DocumentModel} as an Excel workbook (.xlsx) with FastExcel, one sheet per table:
 * amounts as numbers in a euro format, percentages as percentages, dates as dates, counts as whole numbers (the
 * formats of {@link CellFormat}, which the ODS writer shares) — figures Excel can add up, never text — with a bold,
 * frozen header row and columns as wide as their content. Text cells are written as inline strings: never a formula.
 */
public final class XlsxRenderer {
    /** Writes the workbook; the stream is not closed by FastExcel's {@code finish}. */
    public void write(DocumentModel model, OutputStream out) throws IOException {
        Workbook book = new Workbook(out, "Campus Pilot", "1.0");
        Set<String> names = new HashSet<>();
        for (DocumentModel.Table t : model.tables()) {
            sheet(book.newWorksheet(OdsRenderer.uniqueName(t.title(), names)), t);
        }
        book.finish();
    }

    private static void sheet(Worksheet sheet, DocumentModel.Table t) {
        int columns = t.columns().size();
        for (int c = 0; c < columns; c++) {
            sheet.inlineString(0, c, t.columns().get(c).header());
            sheet.style(0, c).bold().fillColor("DDE7F0").set();
            sheet.width(c, t.characters(c) + 1);
        }
        sheet.freezePane(0, 1);
        for (int r = 0; r < t.rows().size(); r++) {
            DocumentModel.Row row = t.rows().get(r);
            for (int c = 0; c < columns && c < row.cells().size(); c++) {
                DocumentModel.Cell cell = row.cells().get(c);
                Object v = cell.value();
                int y = r + 1;
                CellFormat format = CellFormat.of(cell);
                if (v instanceof Money m) {
                    sheet.value(y, c, m.cents() / 100.0);
                } else if (v instanceof DocumentModel.Percent p) {
                    sheet.value(y, c, p.fraction());
                } else if (v instanceof LocalDate d) {
                    sheet.value(y, c, d);
                } else if (format == CellFormat.DECIMAL) {
                    sheet.value(y, c, ((Number) v).doubleValue());
                } else if (v instanceof Number n) {
                    sheet.value(y, c, n.longValue());
                } else if (!cell.text().isEmpty()) {
                    sheet.inlineString(y, c, cell.text());
                }
                if (format != null || row.bold()) {
                    var style = sheet.style(y, c);
                    if (format != null) {
                        style = style.format(format.excel);
                    }
                    if (row.bold()) {
                        style = style.bold();
                    }
                    style.set();
                }
            }
        }
    }
}
