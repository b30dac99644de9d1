package org.campuspilot.document;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.campuspilot.shared.Money;

/**
 * Writes the tables of a {@link DocumentModel} as an OpenDocument spreadsheet (.ods), one sheet per table, written by
 * hand as the ODT is (decision 0024): every figure cell carries a data style, the same {@link CellFormat} as its XLSX
 * twin — amounts as euros with two decimals, percentages, dates {@code dd/mm/yyyy}, whole numbers — so a
 * spreadsheet shows {@code 28 000,41 €}, not {@code 28000.41}, and can still add it up. A bold header on the XLSX's
 * blue, bold group and total rows, the header row frozen, columns as wide as their content. Text cells stay text: a
 * cell starting with « = » is never a formula.
 */
public final class OdsRenderer {
    private static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:config=\"urn:oasis:names:tc:opendocument:xmlns:config:1.0\""
            + " office:version=\"1.3\"";

    /** Writes the spreadsheet; the stream is not closed. */
    public void write(DocumentModel model, OutputStream out) throws IOException {
        Set<String> used = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (DocumentModel.Table t : model.tables()) {
            names.add(uniqueName(t.title(), used));
        }
        ZipOutputStream zip = OpenDocumentZip.start(out, MIMETYPE);
        entry(zip, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\""
                + MIMETYPE + "\"/>" + manifestEntry("content.xml") + manifestEntry("styles.xml")
                + manifestEntry("meta.xml") + manifestEntry("settings.xml") + "</manifest:manifest>");
        entry(zip, "meta.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta" + NS
                + "><office:meta><meta:generator>Campus Pilot</meta:generator><dc:title>"
                + OdtRenderer.escape(model.title()) + "</dc:title></office:meta></office:document-meta>");
        entry(zip, "styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles" + NS
                + "><office:styles><style:default-style style:family=\"table-cell\"><style:text-properties"
                + " fo:language=\"fr\" fo:country=\"FR\"/></style:default-style></office:styles>"
                + "</office:document-styles>");
        entry(zip, "settings.xml", settings(names));
        zip.putNextEntry(new ZipEntry("content.xml"));
        // The body is streamed: a ten-year campus's workbook holds tens of thousands of rows.
        Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
        content(model.tables(), names, w);
        w.flush();
        zip.closeEntry();
        zip.finish();
    }

    private static String manifestEntry(String path) {
        return "<manifest:file-entry manifest:full-path=\"" + path + "\" manifest:media-type=\"text/xml\"/>";
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        OpenDocumentZip.entry(zip, name, xml);
    }

    private static void content(List<DocumentModel.Table> tables, List<String> names, Writer w) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content" + NS
                + "><office:automatic-styles>");
        w.write(dataStyles());
        w.write(cellStyle("ce-header", null, true, "#dde7f0"));
        w.write(cellStyle("ce-bold", null, true, null));
        for (CellFormat f : CellFormat.values()) {
            w.write(cellStyle(style(f, false), f, false, null));
            w.write(cellStyle(style(f, true), f, true, null));
        }
        for (int t = 0; t < tables.size(); t++) {
            DocumentModel.Table table = tables.get(t);
            for (int c = 0; c < table.columns().size(); c++) {
                w.write("<style:style style:name=\"co" + t + "-" + c + "\" style:family=\"table-column\">"
                        + "<style:table-column-properties style:column-width=\""
                        + String.format(Locale.ROOT, "%.2fmm", table.characters(c) * 2.3) + "\"/></style:style>");
            }
        }
        w.write("</office:automatic-styles><office:body><office:spreadsheet>");
        for (int t = 0; t < tables.size(); t++) {
            sheet(tables.get(t), t, names.get(t), w);
        }
        w.write("</office:spreadsheet></office:body></office:document-content>");
    }

    private static void sheet(DocumentModel.Table t, int index, String name, Writer w) throws IOException {
        int columns = t.columns().size();
        w.write("<table:table table:name=\"" + OdtRenderer.escape(name) + "\">");
        for (int c = 0; c < columns; c++) {
            w.write("<table:table-column table:style-name=\"co" + index + "-" + c + "\"/>");
        }
        w.write("<table:table-header-rows><table:table-row>");
        for (DocumentModel.Column c : t.columns()) {
            w.write("<table:table-cell table:style-name=\"ce-header\" office:value-type=\"string\"><text:p>"
                    + text(c.header()) + "</text:p></table:table-cell>");
        }
        w.write("</table:table-row></table:table-header-rows>");
        for (DocumentModel.Row row : t.rows()) {
            w.write("<table:table-row>");
            for (int c = 0; c < columns; c++) {
                cell(c < row.cells().size() ? row.cells().get(c) : DocumentModel.Cell.text(""), row.bold(), w);
            }
            w.write("</table:table-row>");
        }
        w.write("</table:table>");
    }

    private static void cell(DocumentModel.Cell cell, boolean bold, Writer w) throws IOException {
        CellFormat format = CellFormat.of(cell);
        if (format == null) {
            if (cell.text().isEmpty()) {
                w.write(bold ? "<table:table-cell table:style-name=\"ce-bold\"/>" : "<table:table-cell/>");
            } else {
                w.write("<table:table-cell" + (bold ? " table:style-name=\"ce-bold\"" : "")
                        + " office:value-type=\"string\"><text:p>" + text(cell.text())
                        + "</text:p></table:table-cell>");
            }
            return;
        }
        Object v = cell.value();
        String value = switch (format) {
            case MONEY -> "office:value-type=\"currency\" office:currency=\"EUR\" office:value=\""
                    + ((Money) v).plain() + "\"";
            case PERCENT -> "office:value-type=\"percentage\" office:value=\""
                    + number(((DocumentModel.Percent) v).fraction()) + "\"";
            case DATE -> "office:value-type=\"date\" office:date-value=\"" + ((LocalDate) v) + "\"";
            case DECIMAL -> "office:value-type=\"float\" office:value=\"" + number(((Number) v).doubleValue()) + "\"";
            case INTEGER -> "office:value-type=\"float\" office:value=\"" + ((Number) v).longValue() + "\"";
        };
        String shown = format == CellFormat.MONEY ? ((Money) v).display() : cell.text();
        w.write("<table:table-cell table:style-name=\"" + style(format, bold) + "\" " + value + "><text:p>"
                + text(shown) + "</text:p></table:table-cell>");
    }

    private static String number(double d) {
        return new java.math.BigDecimal(String.valueOf(d)).stripTrailingZeros().toPlainString();
    }

    private static String style(CellFormat f, boolean bold) {
        return "ce-" + f.name().toLowerCase(Locale.ROOT) + (bold ? "-bold" : "");
    }

    private static String cellStyle(String name, CellFormat format, boolean bold, String background) {
        return "<style:style style:name=\"" + name + "\" style:family=\"table-cell\""
                + (format == null ? "" : " style:data-style-name=\"N-" + format.name().toLowerCase(Locale.ROOT) + "\"")
                + ">" + (background == null ? "" : "<style:table-cell-properties fo:background-color=\"" + background
                        + "\"/>")
                + (bold ? "<style:text-properties fo:font-weight=\"bold\" style:font-weight-asian=\"bold\""
                        + " style:font-weight-complex=\"bold\"/>" : "")
                + "</style:style>";
    }

    /** The OpenDocument twins of {@link CellFormat}'s Excel codes, in French whatever the reader's locale. */
    private static String dataStyles() {
        String fr = " number:language=\"fr\" number:country=\"FR\"";
        return "<number:currency-style style:name=\"N-money\"" + fr + ">"
                + "<number:number number:decimal-places=\"2\" number:min-decimal-places=\"2\""
                + " number:min-integer-digits=\"1\" number:grouping=\"true\"/><number:text> </number:text>"
                + "<number:currency-symbol" + fr + ">€</number:currency-symbol></number:currency-style>"
                + "<number:percentage-style style:name=\"N-percent\"" + fr + ">"
                + "<number:number number:decimal-places=\"1\" number:min-decimal-places=\"1\""
                + " number:min-integer-digits=\"1\"/><number:text>%</number:text></number:percentage-style>"
                + "<number:date-style style:name=\"N-date\"" + fr + "><number:day number:style=\"long\"/>"
                + "<number:text>/</number:text><number:month number:style=\"long\"/><number:text>/</number:text>"
                + "<number:year number:style=\"long\"/></number:date-style>"
                + "<number:number-style style:name=\"N-decimal\"" + fr + ">"
                + "<number:number number:decimal-places=\"2\" number:min-decimal-places=\"0\""
                + " number:min-integer-digits=\"1\" number:grouping=\"true\"/></number:number-style>"
                + "<number:number-style style:name=\"N-integer\"" + fr + ">"
                + "<number:number number:decimal-places=\"0\" number:min-decimal-places=\"0\""
                + " number:min-integer-digits=\"1\"/></number:number-style>";
    }

    /** Escaped cell text: runs of spaces kept ({@code text:s}), line breaks and tabs as their elements. */
    private static String text(String s) {
        String escaped = OdtRenderer.escape(s).replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder sb = new StringBuilder(escaped.length());
        int spaces = 0;
        for (int i = 0; i <= escaped.length(); i++) {
            char c = i < escaped.length() ? escaped.charAt(i) : '\0';
            if (c == ' ') {
                spaces++;
                continue;
            }
            if (spaces > 0) {
                // One plain space between words; a leading, trailing or repeated space is a text:s.
                boolean plain = spaces == 1 && sb.length() > 0 && i < escaped.length() && c != '\n';
                sb.append(plain ? " " : "<text:s text:c=\"" + spaces + "\"/>");
                spaces = 0;
            }
            if (i < escaped.length()) {
                sb.append(c == '\n' ? "<text:line-break/>" : String.valueOf(c));
            }
        }
        return sb.toString();
    }

    /** The view settings LibreOffice writes itself, freezing the first row of every sheet. */
    private static String settings(List<String> sheets) {
        StringBuilder tables = new StringBuilder();
        for (String name : sheets) {
            tables.append("<config:config-item-map-entry config:name=\"").append(OdtRenderer.escape(name))
                    .append("\">").append(item("HorizontalSplitMode", "short", 0))
                    .append(item("VerticalSplitMode", "short", 2)).append(item("HorizontalSplitPosition", "int", 0))
                    .append(item("VerticalSplitPosition", "int", 1)).append(item("ActiveSplitRange", "short", 2))
                    .append(item("PositionLeft", "int", 0)).append(item("PositionRight", "int", 0))
                    .append(item("PositionTop", "int", 0)).append(item("PositionBottom", "int", 1))
                    .append("</config:config-item-map-entry>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-settings" + NS + ">"
                + "<office:settings><config:config-item-set config:name=\"ooo:view-settings\">"
                + "<config:config-item-map-indexed config:name=\"Views\"><config:config-item-map-entry>"
                + "<config:config-item config:name=\"ViewId\" config:type=\"string\">view1</config:config-item>"
                + "<config:config-item-map-named config:name=\"Tables\">" + tables
                + "</config:config-item-map-named></config:config-item-map-entry></config:config-item-map-indexed>"
                + "</config:config-item-set></office:settings></office:document-settings>";
    }

    private static String item(String name, String type, int value) {
        return "<config:config-item config:name=\"" + name + "\" config:type=\"" + type + "\">" + value
                + "</config:config-item>";
    }

    /** A sheet name a spreadsheet accepts: no {@code []*?:/\'}, 31 characters at most, unique in the book. */
    static String uniqueName(String title, Set<String> used) {
        String base = title.replaceAll("[\\[\\]*?:/\\\\']", " ").strip();
        base = base.length() > 31 ? base.substring(0, 31).strip() : base;
        String name = base;
        for (int i = 2; !used.add(name); i++) {
            name = base + " " + i;
        }
        return name;
    }
}
