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
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        book.save(plain);
        withFrozenHeaders(plain.toByteArray(), names, out);
    }

    /**
     * SODS cannot freeze panes: the file it wrote is copied with a {@code settings.xml} that freezes the first row
     * of every sheet (the view settings LibreOffice writes itself), declared in the manifest.
     */
    private static void withFrozenHeaders(byte[] ods, java.util.Collection<String> sheets, OutputStream out)
            throws IOException {
        java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out,
                java.nio.charset.StandardCharsets.UTF_8);
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(ods), java.nio.charset.StandardCharsets.UTF_8)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("settings.xml")) {
                    continue;
                }
                if (e.getName().equals("META-INF/manifest.xml")) {
                    data = new String(data, java.nio.charset.StandardCharsets.UTF_8).replace("</manifest:manifest>",
                            "<manifest:file-entry manifest:full-path=\"settings.xml\" manifest:media-type="
                                    + "\"text/xml\"/></manifest:manifest>").getBytes(
                                            java.nio.charset.StandardCharsets.UTF_8);
                }
                java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(e.getName());
                if (e.getName().equals("mimetype")) {
                    copy.setMethod(java.util.zip.ZipEntry.STORED);
                    copy.setSize(data.length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(data);
                    copy.setCrc(crc.getValue());
                }
                zip.putNextEntry(copy);
                zip.write(data);
                zip.closeEntry();
            }
        }
        zip.putNextEntry(new java.util.zip.ZipEntry("settings.xml"));
        zip.write(settings(sheets).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    private static String settings(java.util.Collection<String> sheets) {
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
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-settings"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:config=\"urn:oasis:names:tc:opendocument:xmlns:config:1.0\" office:version=\"1.2\">"
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

    static String uniqueName(String title, Set<String> used) {
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
            sheet.setColumnWidth(c, t.characters(c) * 2.3);
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
