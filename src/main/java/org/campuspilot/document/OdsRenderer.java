package org.campuspilot.document;

import com.github.miachm.sods.OfficeCurrency;
import com.github.miachm.sods.OfficePercentage;
import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Currency;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes the tables of a {@link DocumentModel} as an OpenDocument spreadsheet (.ods) with SODS, one sheet per table:
 * amounts as currency values in euros, percentages as percentages, dates as dates — real figures a spreadsheet can
 * add up, never text — with a bold header and bold group and total rows. Text cells stay text: a cell starting with
 * « = » is never turned into a formula.
 */
public final class OdsRenderer {
    private static final Currency EURO = Currency.getInstance("EUR");

    /** Writes the spreadsheet; the stream is not closed. */
    public void write(DocumentModel model, OutputStream out) throws IOException {
        SpreadSheet book = new SpreadSheet();
        Set<String> names = new HashSet<>();
        for (DocumentModel.Table t : model.tables()) {
            book.appendSheet(sheet(t, uniqueName(t.title(), names)));
        }
        book.save(out);
    }

    private static String uniqueName(String title, Set<String> used) {
        String base = title.replaceAll("[\\[\\]*?:/\\\\']", " ").strip();
        base = base.length() > 31 ? base.substring(0, 31).strip() : base;
        String name = base;
        for (int i = 2; !used.add(name); i++) {
            name = base + " " + i;
        }
        return name;
    }

    private static Sheet sheet(DocumentModel.Table t, String name) {
        int columns = t.columns().size();
        Sheet sheet = new Sheet(name, t.rows().size() + 1, columns);
        for (int c = 0; c < columns; c++) {
            DocumentModel.Column col = t.columns().get(c);
            Range cell = sheet.getRange(0, c);
            cell.setValue(col.header());
            cell.setFontBold(true);
            sheet.setColumnWidth(c, (double) Math.max(18, col.width() * 4));
        }
        for (int r = 0; r < t.rows().size(); r++) {
            DocumentModel.Row row = t.rows().get(r);
            for (int c = 0; c < columns && c < row.cells().size(); c++) {
                Range cell = sheet.getRange(r + 1, c);
                cell.setValue(value(row.cells().get(c)));
                if (row.bold()) {
                    cell.setFontBold(true);
                }
            }
        }
        return sheet;
    }

    private static Object value(DocumentModel.Cell cell) {
        Object v = cell.value();
        if (v instanceof org.campuspilot.shared.Money m) {
            return new OfficeCurrency(EURO, m.cents() / 100.0);
        }
        if (v instanceof DocumentModel.Percent p) {
            return new OfficePercentage(p.fraction());
        }
        if (v != null) {
            return v;
        }
        return cell.text().isEmpty() ? null : cell.text();
    }
}
