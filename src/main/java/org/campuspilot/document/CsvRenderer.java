package org.campuspilot.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.campuspilot.shared.Money;

/**
 * Writes one {@link DocumentModel.Table} as CSV in a {@link CsvProfile}: the header row, then each row with its
 * cells' values written for a program (amounts without grouping or €, dates in the profile's format, whole numbers
 * as digits) and text cells guarded against formula injection ({@link SafeText}).
 */
public final class CsvRenderer {
    private final CsvProfile profile;

    public CsvRenderer(CsvProfile profile) {
        this.profile = profile;
    }

    /** Writes the table; the stream is not closed. */
    public void write(DocumentModel.Table table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (profile.bom) {
            w.write('\uFEFF');
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(profile.delimiter).setRecordSeparator("\r\n")
                .get();
        CSVPrinter printer = new CSVPrinter(w, format);
        List<String> header = new ArrayList<>();
        for (DocumentModel.Column c : table.columns()) {
            header.add(SafeText.guard(c.header()));
        }
        printer.printRecord(header);
        for (DocumentModel.Row row : table.rows()) {
            List<String> cells = new ArrayList<>(row.cells().size());
            for (DocumentModel.Cell cell : row.cells()) {
                cells.add(value(cell));
            }
            printer.printRecord(cells);
        }
        printer.flush();
        w.flush();
    }

    String value(DocumentModel.Cell cell) {
        Object v = cell.value();
        if (v instanceof Money m) {
            return profile.number(m.plain());
        }
        if (v instanceof LocalDate d) {
            return profile.date(d);
        }
        if (v instanceof DocumentModel.Percent p) {
            return profile.number(plain(p.fraction() * 100));
        }
        if (v instanceof Double d) {
            return profile.number(plain(d));
        }
        if (v instanceof Number n) {
            return String.valueOf(n.longValue());
        }
        return SafeText.guard(cell.text());
    }

    private static String plain(double d) {
        return new java.math.BigDecimal(String.valueOf(d)).setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
