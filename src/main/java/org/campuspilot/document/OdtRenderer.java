package org.campuspilot.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Lays a {@link DocumentModel} out as an OpenDocument text (.odt), written by hand: the package is a zip of a few
 * XML files, and the one library that writes ODT in Java (ODF Toolkit) would bring an RDF engine and an XML parser
 * into the application for headings, paragraphs and tables (decision 0012). Headings are real outline headings, so
 * LibreOffice builds a table of contents from them; the page number is in the footer.
 */
public final class OdtRenderer {
    private static final String MIMETYPE = "application/vnd.oasis.opendocument.text";
    private static final String NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
            + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
            + " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " office:version=\"1.3\"";

    private final String pageLabel;

    /** @param pageLabel the word before the page number (« Page ») */
    public OdtRenderer(String pageLabel) {
        this.pageLabel = pageLabel;
    }

    /** Writes the document; the stream is not closed. */
    public void write(DocumentModel model, OutputStream out, boolean landscape) throws IOException {
        ZipOutputStream zip = OpenDocumentZip.start(out, MIMETYPE);
        entry(zip, "META-INF/manifest.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"\
                 manifest:version="1.3">
                 <manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
                 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
                %s</manifest:manifest>
                """.formatted(MIMETYPE, pictures(model)));
        entry(zip, "meta.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta" + NS
                + "><office:meta><meta:generator>Campus Pilot</meta:generator><dc:title>" + escape(model.title())
                + "</dc:title></office:meta></office:document-meta>");
        entry(zip, "styles.xml", styles(landscape));
        entry(zip, "content.xml", content(model));
        DocumentModel.Picture logo = logo(model);
        if (logo != null) {
            zip.putNextEntry(new ZipEntry(LOGO));
            zip.write(logo.png());
            zip.closeEntry();
        }
        int n = 0;
        for (DocumentModel.Chart c : charts(model)) {
            zip.putNextEntry(new ZipEntry(picture(++n)));
            zip.write(ChartImage.png(c));
            zip.closeEntry();
        }
        zip.finish();
    }

    private static java.util.List<DocumentModel.Chart> charts(DocumentModel model) {
        return model.blocks().stream().filter(b -> b instanceof DocumentModel.Chart)
                .map(b -> (DocumentModel.Chart) b).toList();
    }

    private static final String LOGO = "Pictures/logo.png";

    /** The cover's logo, if the document has a cover with one. */
    private static DocumentModel.Picture logo(DocumentModel model) {
        return model.blocks().stream().filter(b -> b instanceof DocumentModel.Cover c && c.logo() != null)
                .map(b -> ((DocumentModel.Cover) b).logo()).findFirst().orElse(null);
    }

    private static String picture(int n) {
        return "Pictures/chart" + n + ".png";
    }

    private static String pictures(DocumentModel model) {
        StringBuilder sb = new StringBuilder();
        if (logo(model) != null) {
            sb.append(" <manifest:file-entry manifest:full-path=\"").append(LOGO)
                    .append("\" manifest:media-type=\"image/png\"/>\n");
        }
        for (int n = 1; n <= charts(model).size(); n++) {
            sb.append(" <manifest:file-entry manifest:full-path=\"").append(picture(n))
                    .append("\" manifest:media-type=\"image/png\"/>\n");
        }
        return sb.toString();
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        OpenDocumentZip.entry(zip, name, xml);
    }

    private String styles(boolean landscape) {
        String width = landscape ? "29.7cm" : "21cm";
        String height = landscape ? "21cm" : "29.7cm";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles" + NS + ">"
                + "<office:font-face-decls xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\">"
                + "<style:font-face style:name=\"DejaVu Sans\" svg:font-family=\"'DejaVu Sans'\"/>"
                + "</office:font-face-decls><office:styles>"
                + "<style:default-style style:family=\"paragraph\"><style:paragraph-properties"
                + " fo:margin-bottom=\"0.15cm\"/><style:text-properties style:font-name=\"DejaVu Sans\""
                + " fo:font-size=\"10pt\" fo:language=\"fr\" fo:country=\"FR\"/></style:default-style>"
                + "<style:style style:name=\"Standard\" style:family=\"paragraph\"/>"
                + "<style:style style:name=\"Title\" style:family=\"paragraph\"><style:text-properties"
                + " fo:font-size=\"17pt\" fo:font-weight=\"bold\"/></style:style>"
                + "<style:style style:name=\"Subtitle\" style:family=\"paragraph\"><style:paragraph-properties"
                + " fo:margin-bottom=\"0.4cm\"/><style:text-properties fo:color=\"#555b66\"/></style:style>"
                + heading(1, "13pt") + heading(2, "11pt")
                + "<style:style style:name=\"Note\" style:family=\"paragraph\"><style:text-properties"
                + " fo:font-size=\"8.5pt\" fo:color=\"#555b66\"/></style:style>"
                + "<style:style style:name=\"Footer\" style:family=\"paragraph\"><style:paragraph-properties"
                + " fo:text-align=\"center\"/><style:text-properties fo:font-size=\"8pt\"/></style:style>"
                + "</office:styles><office:automatic-styles><style:page-layout style:name=\"pm1\">"
                + "<style:page-layout-properties fo:page-width=\"" + width + "\" fo:page-height=\"" + height
                + "\" style:print-orientation=\"" + (landscape ? "landscape" : "portrait") + "\""
                + " fo:margin-top=\"1.5cm\" fo:margin-bottom=\"1.2cm\" fo:margin-left=\"1.5cm\""
                + " fo:margin-right=\"1.5cm\"/><style:footer-style/></style:page-layout></office:automatic-styles>"
                + "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\">"
                + "<style:footer><text:p text:style-name=\"Footer\">" + escape(pageLabel)
                + " <text:page-number text:select-page=\"current\"/></text:p></style:footer></style:master-page>"
                + "</office:master-styles></office:document-styles>";
    }

    private static String heading(int level, String size) {
        return "<style:style style:name=\"Heading_20_" + level + "\" style:display-name=\"Heading " + level
                + "\" style:family=\"paragraph\" style:default-outline-level=\"" + level + "\">"
                + "<style:paragraph-properties fo:margin-top=\"0.4cm\" fo:margin-bottom=\"0.2cm\""
                + " fo:keep-with-next=\"always\"/><style:text-properties fo:font-size=\"" + size
                + "\" fo:font-weight=\"bold\"/></style:style>";
    }

    private static String content(DocumentModel model) {
        StringBuilder body = new StringBuilder();
        StringBuilder auto = new StringBuilder();
        auto.append("<style:style style:name=\"Chart\" style:family=\"paragraph\"><style:paragraph-properties")
                .append(" fo:text-align=\"center\" fo:margin-bottom=\"0.3cm\"/></style:style>")
                .append("<style:style style:name=\"Toc1\" style:family=\"paragraph\"><style:paragraph-properties")
                .append(" fo:margin-bottom=\"0.1cm\"><style:tab-stops><style:tab-stop style:position=\"18cm\"")
                .append(" style:type=\"right\" style:leader-style=\"dotted\" style:leader-text=\".\"/>")
                .append("</style:tab-stops></style:paragraph-properties><style:text-properties")
                .append(" fo:font-weight=\"bold\"/></style:style>")
                .append("<style:style style:name=\"Toc2\" style:family=\"paragraph\"><style:paragraph-properties")
                .append(" fo:margin-left=\"0.5cm\" fo:margin-bottom=\"0.1cm\"><style:tab-stops><style:tab-stop")
                .append(" style:position=\"17.5cm\" style:type=\"right\" style:leader-style=\"dotted\"")
                .append(" style:leader-text=\".\"/></style:tab-stops></style:paragraph-properties></style:style>")
                .append("<style:style style:name=\"TocBreak\" style:family=\"paragraph\"><style:paragraph-properties")
                .append(" fo:break-after=\"page\"/></style:style>");
        auto.append("<style:style style:name=\"Num\" style:family=\"paragraph\"><style:paragraph-properties")
                .append(" fo:text-align=\"end\" fo:margin-bottom=\"0cm\"/></style:style>")
                .append("<style:style style:name=\"Cell\" style:family=\"paragraph\"><style:paragraph-properties")
                .append(" fo:margin-bottom=\"0cm\"/></style:style>")
                .append("<style:style style:name=\"NumBold\" style:family=\"paragraph\" style:parent-style-name=")
                .append("\"Num\"><style:paragraph-properties fo:text-align=\"end\" fo:margin-bottom=\"0cm\"/>")
                .append("<style:text-properties fo:font-weight=\"bold\"/></style:style>")
                .append("<style:style style:name=\"CellBold\" style:family=\"paragraph\"><style:paragraph-properties")
                .append(" fo:margin-bottom=\"0cm\"/><style:text-properties fo:font-weight=\"bold\"/></style:style>")
                .append("<style:style style:name=\"TableCell\" style:family=\"table-cell\"><style:table-cell-properties")
                .append(" fo:padding=\"0.06cm\" fo:border=\"0.5pt solid #9aa3ad\"/></style:style>")
                .append("<style:style style:name=\"HeaderCell\" style:family=\"table-cell\">")
                .append("<style:table-cell-properties fo:padding=\"0.06cm\" fo:border=\"0.5pt solid #9aa3ad\"")
                .append(" fo:background-color=\"#e8eef4\"/></style:style>")
                // A row is never split across two pages (« Conseil » at a page's foot, « d'administration » on the next).
                .append("<style:style style:name=\"Row\" style:family=\"table-row\"><style:table-row-properties")
                .append(" fo:keep-together=\"always\"/></style:style>")
                .append("<style:style style:name=\"BoldCell\" style:family=\"table-cell\">")
                .append("<style:table-cell-properties fo:padding=\"0.06cm\" fo:border=\"0.5pt solid #9aa3ad\"")
                .append(" fo:background-color=\"#f4f6f8\"/></style:style>");
        auto.append("<style:style style:name=\"CoverKicker\" style:family=\"paragraph\"><style:paragraph-properties")
                .append(" fo:margin-top=\"7cm\" fo:margin-bottom=\"0.3cm\"/><style:text-properties fo:font-size=\"13pt\"")
                .append(" fo:color=\"#555b66\"/></style:style>")
                .append("<style:style style:name=\"CoverTitle\" style:family=\"paragraph\"><style:paragraph-properties")
                .append(" fo:margin-bottom=\"0.6cm\"/><style:text-properties fo:font-size=\"28pt\" fo:font-weight=\"bold\"")
                .append(" fo:color=\"#2f6fb3\"/></style:style>")
                .append("<style:style style:name=\"CoverLine\" style:family=\"paragraph\"><style:paragraph-properties")
                .append(" fo:margin-bottom=\"0.15cm\"/><style:text-properties fo:font-size=\"12pt\"/></style:style>")
                .append("<style:style style:name=\"PageBreak\" style:family=\"paragraph\"><style:paragraph-properties")
                .append(" fo:break-after=\"page\"/></style:style>")
                .append("<style:style style:name=\"KeyValue\" style:family=\"paragraph\"><style:text-properties")
                .append(" fo:font-size=\"20pt\" fo:font-weight=\"bold\" fo:color=\"#2f6fb3\"/></style:style>")
                .append("<style:style style:name=\"KeyCell\" style:family=\"table-cell\"><style:table-cell-properties")
                .append(" fo:padding=\"0.3cm\" fo:border=\"1pt solid #e8eef4\"/></style:style>");
        if (!model.hasCover()) {
            body.append("<text:p text:style-name=\"Title\">").append(escape(model.title())).append("</text:p>");
        }
        if (!model.hasCover() && model.subtitle() != null && !model.subtitle().isBlank()) {
            body.append("<text:p text:style-name=\"Subtitle\">").append(text(model.subtitle())).append("</text:p>");
        }
        int tableNo = 0;
        int chartNo = 0;
        java.util.List<DocumentModel.Block> blocks = model.blocks();
        for (int index = 0; index < blocks.size(); index++) {
            DocumentModel.Block b = blocks.get(index);
            if (b instanceof DocumentModel.Heading h) {
                body.append("<text:h text:style-name=\"Heading_20_").append(h.level()).append("\" text:outline-level=\"")
                        .append(h.level()).append("\"><text:bookmark text:name=\"h").append(index).append("\"/>")
                        .append(escape(h.text())).append("</text:h>");
            } else if (b instanceof DocumentModel.Chart c) {
                chartNo++;
                body.append("<text:p text:style-name=\"Chart\"><draw:frame draw:name=\"chart").append(chartNo)
                        .append("\" text:anchor-type=\"as-char\" svg:width=\"16cm\" svg:height=\"")
                        .append(String.format(java.util.Locale.ROOT, "%.2f", 16.0 * ChartImage.HEIGHT
                                / ChartImage.WIDTH)).append("cm\"><draw:image xlink:href=\"").append(picture(chartNo))
                        .append("\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/>")
                        .append("<svg:title>").append(escape(c.title())).append("</svg:title></draw:frame></text:p>");
            } else if (b instanceof DocumentModel.Contents c) {
                body.append(contents(c, blocks));
            } else if (b instanceof DocumentModel.Cover c) {
                if (c.logo() != null) {
                    double width = Math.min(6.0, 3.0 / c.logo().aspect());
                    body.append("<text:p text:style-name=\"CoverLine\"><draw:frame draw:name=\"logo\"")
                            .append(" text:anchor-type=\"as-char\" svg:width=\"")
                            .append(String.format(java.util.Locale.ROOT, "%.2f", width)).append("cm\" svg:height=\"")
                            .append(String.format(java.util.Locale.ROOT, "%.2f", width * c.logo().aspect()))
                            .append("cm\"><draw:image xlink:href=\"").append(LOGO).append("\" xlink:type=\"simple\"")
                            .append(" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/></draw:frame></text:p>");
                }
                body.append("<text:p text:style-name=\"CoverKicker\">").append(escape(c.kicker() == null ? ""
                        : c.kicker())).append("</text:p><text:p text:style-name=\"CoverTitle\">")
                        .append(escape(c.title())).append("</text:p>");
                for (String line : c.lines()) {
                    body.append("<text:p text:style-name=\"CoverLine\">").append(escape(line)).append("</text:p>");
                }
                body.append("<text:p text:style-name=\"PageBreak\"/>");
            } else if (b instanceof DocumentModel.KeyFigures k) {
                body.append("<table:table table:name=\"KeyFigures\"><table:table-column")
                        .append(" table:number-columns-repeated=\"3\"/>");
                for (int i = 0; i < k.figures().size(); i += 3) {
                    body.append("<table:table-row table:style-name=\"Row\">");
                    for (int j = i; j < i + 3; j++) {
                        body.append("<table:table-cell table:style-name=\"KeyCell\" office:value-type=\"string\">");
                        if (j < k.figures().size()) {
                            DocumentModel.KeyFigure f = k.figures().get(j);
                            body.append("<text:p text:style-name=\"KeyValue\">").append(escape(f.value()))
                                    .append("</text:p><text:p text:style-name=\"Cell\">").append(escape(f.label()))
                                    .append("</text:p><text:p text:style-name=\"Note\">")
                                    .append(escape(f.comparison())).append("</text:p>");
                        }
                        body.append("</table:table-cell>");
                    }
                    body.append("</table:table-row>");
                }
                body.append("</table:table><text:p text:style-name=\"PageBreak\"/>");
            } else if (b instanceof DocumentModel.Paragraph p) {
                body.append("<text:p text:style-name=\"").append(p.muted() ? "Note" : "Standard").append("\">")
                        .append(text(p.text())).append("</text:p>");
            } else if (b instanceof DocumentModel.Table t) {
                tableNo++;
                String name = "T" + tableNo;
                float total = 0;
                for (DocumentModel.Column c : t.columns()) {
                    total += c.width();
                }
                auto.append("<style:style style:name=\"").append(name).append("\" style:family=\"table\">")
                        .append("<style:table-properties style:rel-width=\"100%\" table:align=\"margins\"/>")
                        .append("</style:style>");
                body.append("<table:table table:name=\"").append(escape(t.title())).append("\" table:style-name=\"")
                        .append(name).append("\">");
                for (int i = 0; i < t.columns().size(); i++) {
                    String col = name + "C" + i;
                    int rel = Math.max(1, Math.round(t.columns().get(i).width() * 1000 / total));
                    auto.append("<style:style style:name=\"").append(col).append("\" style:family=\"table-column\">")
                            .append("<style:table-column-properties style:rel-column-width=\"").append(rel)
                            .append("*\"/></style:style>");
                    body.append("<table:table-column table:style-name=\"").append(col).append("\"/>");
                }
                body.append(t.hasHeader() ? "<table:table-header-rows><table:table-row>" : "");
                for (DocumentModel.Column c : t.hasHeader() ? t.columns() : java.util.List.<DocumentModel.Column>of()) {
                    body.append("<table:table-cell table:style-name=\"HeaderCell\" office:value-type=\"string\">")
                            .append("<text:p text:style-name=\"").append(c.numeric() ? "NumBold" : "CellBold")
                            .append("\">").append(escape(c.header())).append("</text:p></table:table-cell>");
                }
                body.append(t.hasHeader() ? "</table:table-row></table:table-header-rows>" : "");
                for (DocumentModel.Row r : t.rows()) {
                    body.append("<table:table-row table:style-name=\"Row\">");
                    for (int i = 0; i < t.columns().size(); i++) {
                        boolean numeric = t.columns().get(i).numeric();
                        String style = numeric ? (r.bold() ? "NumBold" : "Num") : (r.bold() ? "CellBold" : "Cell");
                        String value = i < r.cells().size() ? r.cells().get(i).text() : "";
                        body.append("<table:table-cell table:style-name=\"").append(r.bold() ? "BoldCell"
                                : "TableCell").append("\" office:value-type=\"string\"><text:p text:style-name=\"")
                                .append(style).append("\">").append(text(value)).append("</text:p></table:table-cell>");
                    }
                    body.append("</table:table-row>");
                }
                body.append("</table:table><text:p text:style-name=\"Standard\"/>");
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content" + NS + "><office:automatic-styles>"
                + auto + "</office:automatic-styles><office:body><office:text>" + body
                + "</office:text></office:body></office:document-content>";
    }

    /**
     * A real table of contents (LibreOffice updates it from the headings), already filled: each entry's page is a
     * reference to the bookmark at its heading, which the word processor computes when it lays the pages out.
     */
    private static String contents(DocumentModel.Contents c, java.util.List<DocumentModel.Block> blocks) {
        StringBuilder sb = new StringBuilder("<text:table-of-content text:name=\"Contents\" text:protected=\"true\">")
                .append("<text:table-of-content-source text:outline-level=\"2\"><text:index-title-template>")
                .append(escape(c.title())).append("</text:index-title-template>");
        for (int level = 1; level <= 2; level++) {
            sb.append("<text:table-of-content-entry-template text:outline-level=\"").append(level)
                    .append("\" text:style-name=\"Toc").append(level).append("\"><text:index-entry-text/>")
                    .append("<text:index-entry-tab-stop style:type=\"right\" style:leader-char=\".\"/>")
                    .append("<text:index-entry-page-number/></text:table-of-content-entry-template>");
        }
        sb.append("</text:table-of-content-source><text:index-body><text:index-title text:name=\"ContentsTitle\">")
                .append("<text:p text:style-name=\"Heading_20_1\">").append(escape(c.title()))
                .append("</text:p></text:index-title>");
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof DocumentModel.Heading h && h.level() <= 2) {
                sb.append("<text:p text:style-name=\"Toc").append(h.level()).append("\">").append(escape(h.text()))
                        .append("<text:tab/><text:bookmark-ref text:reference-format=\"page\" text:ref-name=\"h")
                        .append(i).append("\">?</text:bookmark-ref></text:p>");
            }
        }
        return sb.append("</text:index-body></text:table-of-content><text:p text:style-name=\"TocBreak\"/>")
                .toString();
    }

    /** Escaped text with its line breaks kept. */
    private static String text(String s) {
        return escape(s).replace("\r\n", "\n").replace("\n", "<text:line-break/>");
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\t' -> sb.append("<text:tab/>");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\r') {
                        continue;
                    }
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }
}
