package org.campuspilot.importing;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.campuspilot.document.DocumentFiles;
import org.campuspilot.ui.Messages;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The template of each kind of spreadsheet: the expected columns, titled in the director's language, and one
 * example row to replace. Every cell is text, so a spreadsheet program keeps the zeros of codes and SIRETs.
 */
public final class SheetTemplates {
    private SheetTemplates() {
    }

    /** « modele-entreprises.xlsx ». */
    public static String fileName(SheetKind kind, TableFile.Format format, Messages messages) {
        return messages.get("import.template.fileName", SheetKind.normalise(messages.get(kind.messageKey()))
                .replace(' ', '-')) + "." + format.extension();
    }

    public static void write(SheetKind kind, TableFile.Format format, Path out, Messages messages)
            throws IOException {
        List<String> header = kind.templateColumns().stream().map(c -> messages.get(kind.columnKey(c.field())))
                .toList();
        List<String> example = kind.templateColumns().stream().map(SheetKind.Column::example).toList();
        DocumentFiles.writeWhole(out, o -> {
            switch (format) {
                case CSV -> {
                    // UTF-8 with a BOM and semicolons: what a French spreadsheet program opens without asking.
                    Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
                    w.write('\uFEFF');
                    CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setDelimiter(';')
                            .setRecordSeparator("\r\n").get());
                    printer.printRecord(header);
                    printer.printRecord(example);
                    printer.flush();
                }
                case XLSX -> {
                    Workbook book = new Workbook(o, "Campus Pilot", "1.0");
                    Worksheet sheet = book.newWorksheet(messages.get(kind.messageKey()));
                    for (int c = 0; c < header.size(); c++) {
                        sheet.inlineString(0, c, header.get(c));
                        sheet.style(0, c).bold().fillColor("DDE7F0").set();
                        sheet.inlineString(1, c, example.get(c));
                        sheet.style(1, c).format("@").set();
                        sheet.width(c, Math.max(12, Math.min(40, Math.max(header.get(c).length(),
                                example.get(c).length()) + 2)));
                    }
                    sheet.freezePane(0, 1);
                    book.finish();
                }
                case ODS -> {
                    SpreadSheet book = new SpreadSheet();
                    Sheet sheet = new Sheet(messages.get(kind.messageKey()), 2, header.size());
                    for (int c = 0; c < header.size(); c++) {
                        sheet.getRange(0, c).setValue(header.get(c));
                        sheet.getRange(0, c).setFontBold(true);
                        sheet.getRange(1, c).setValue(example.get(c));
                    }
                    book.appendSheet(sheet);
                    book.save(o);
                }
                default -> throw new IllegalArgumentException(format.name());
            }
        });
    }
}
