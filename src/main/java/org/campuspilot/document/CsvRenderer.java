package org.campuspilot.document;

import java.io.BufferedWriter;
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
        Rows rows = start(table.columns(), out);
        for (DocumentModel.Row row : table.rows()) {
            rows.write(row.cells());
        }
        rows.finish();
    }

    /**
     * Writes the header row, then takes the rows one at a time ({@link Rows#write}): a whole list is written
     * without being held in memory. {@link Rows#finish} flushes; the stream is not closed.
     */
    public Rows start(List<DocumentModel.Column> columns, OutputStream out) throws IOException {
        // Buffered before the encoder: the printer writes a few characters at a time.
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (profile.bom) {
            w.write('\uFEFF');
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(profile.delimiter).setRecordSeparator("\r\n")
                .get();
        CSVPrinter printer = new CSVPrinter(w, format);
        List<String> header = new ArrayList<>();
        for (DocumentModel.Column c : columns) {
            header.add(SafeText.guard(c.header()));
        }
        printer.printRecord(header);
        return new Rows(printer, w);
    }

    /** The rows of a CSV file being written. */
    public final class Rows {
        private final CSVPrinter printer;
        private final Writer writer;

        private Rows(CSVPrinter printer, Writer writer) {
            this.printer = printer;
            this.writer = writer;
        }

        public void write(List<DocumentModel.Cell> cells) throws IOException {
            String[] out = new String[cells.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = value(cells.get(i));
            }
            printer.printRecord((Object[]) out);
        }

        public void finish() throws IOException {
            printer.flush();
            writer.flush();
        }
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
