package org.campuspilot.document;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.util.List;

/**
 * A sign-in sheet (feuille d'émargement) as an A4 PDF: the event's heading with a framed area for the funders'
 * logos, then one numbered row per person (name, organisation, an empty signature box) and blank numbered rows to
 * the end of the last page, for the people who come without being registered. The table's header and the event's
 * name repeat on every page; each page says « Page n sur N ». Rows are tall enough to sign in (30 pt).
 */
public final class SignInSheetPdf {
    /** Height of a row: room for a signature. */
    static final float ROW_HEIGHT = 30;
    /** Blank rows after the last person, at least (the page is filled beyond them). */
    public static final int MIN_BLANK_ROWS = 5;
    private static final Color FRAME = new Color(0x9A, 0xA3, 0xAE);
    private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEE, 0xF4);
    private static final Color MUTED = new Color(0x55, 0x5B, 0x66);
    private static final float MARGIN = 36;
    private static final float FOOT = 40;
    private static final float[] WIDTHS = {5, 32, 31, 32};

    /**
     * What the sheet shows.
     *
     * @param kicker the small line above the title (the campus's name)
     * @param heading « Feuille d'émargement »
     * @param title the event's title
     * @param details the lines under it (date and times, place, organiser)
     * @param fundersLabel the caption of the framed area for the funders' logos
     * @param headers the columns: number, name, organisation, signature
     * @param lines the people, in order; empty for a blank sheet
     * @param pagePattern the foot of each page, with {0} the page and {1} the pages (« Page {0} sur {1} »)
     */
    public record Sheet(String kicker, String heading, String title, List<String> details, String fundersLabel,
            List<String> headers, List<Line> lines, String pagePattern) {
        public Sheet {
            details = List.copyOf(details);
            headers = List.copyOf(headers);
            lines = List.copyOf(lines);
            if (headers.size() != 4) {
                throw new IllegalArgumentException("Four columns: number, name, organisation, signature");
            }
        }
    }

    /** One person: their name and organisation (either may be blank). */
    public record Line(String name, String organisation) {
    }

    private final BaseFont regular = PdfRenderer.font("DejaVuSansCondensed.ttf");
    private final BaseFont bold = PdfRenderer.font("DejaVuSansCondensed-Bold.ttf");

    /** Writes the sheet; the stream is not closed. */
    public void write(Sheet sheet, OutputStream out) {
        Document doc = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, FOOT + 8);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new Pages(sheet));
            doc.addTitle(sheet.heading() + " \u2013 " + sheet.title());
            doc.addCreator("Campus Pilot");
            doc.open();
            doc.add(header(sheet));
            PdfPTable table = rows(sheet);
            int n = sheet.lines().size();
            while (n < sheet.lines().size() + MIN_BLANK_ROWS) {
                addRow(table, ++n, "", "");
            }
            doc.add(table);
            // Then blank rows to the foot of the page the table ends on, measured where it ended.
            int room = (int) ((writer.getVerticalPosition(true) - doc.bottom()) / ROW_HEIGHT);
            if (room > 0) {
                PdfPTable more = new PdfPTable(WIDTHS);
                more.setWidthPercentage(100);
                for (int i = 0; i < room; i++) {
                    addRow(more, ++n, "", "");
                }
                doc.add(more);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The campus, the heading, the event and its details on the left; the funders' framed area on the right. */
    private PdfPTable header(Sheet sheet) throws DocumentException {
        PdfPTable header = new PdfPTable(new float[] {64, 36});
        header.setWidthPercentage(100);
        header.setSpacingAfter(12);
        PdfPCell left = new PdfPCell();
        left.setBorder(Rectangle.NO_BORDER);
        left.setPaddingRight(10);
        if (sheet.kicker() != null && !sheet.kicker().isBlank()) {
            left.addElement(new Paragraph(sheet.kicker(), new Font(regular, 9, Font.NORMAL, MUTED)));
        }
        Paragraph heading = new Paragraph(sheet.heading(), new Font(bold, 16));
        heading.setSpacingAfter(4);
        left.addElement(heading);
        Paragraph title = new Paragraph(sheet.title(), new Font(bold, 12));
        title.setSpacingAfter(4);
        left.addElement(title);
        for (String line : sheet.details()) {
            left.addElement(new Paragraph(line, new Font(regular, 10)));
        }
        header.addCell(left);
        PdfPCell funders = new PdfPCell(new Phrase(sheet.fundersLabel(), new Font(regular, 7.5f, Font.NORMAL,
                MUTED)));
        funders.setBorderColor(FRAME);
        funders.setBorderWidth(0.6f);
        funders.setMinimumHeight(78);
        funders.setPadding(4);
        funders.setVerticalAlignment(Element.ALIGN_TOP);
        header.addCell(funders);
        return header;
    }

    private PdfPTable rows(Sheet sheet) throws DocumentException {
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (int i = 0; i < 4; i++) {
            PdfPCell cell = new PdfPCell(new Phrase(sheet.headers().get(i), new Font(bold, 9)));
            cell.setBackgroundColor(HEADER_BACKGROUND);
            cell.setBorderColor(FRAME);
            cell.setPadding(4);
            cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        int n = 0;
        for (Line line : sheet.lines()) {
            addRow(table, ++n, line.name(), line.organisation());
        }
        return table;
    }

    private void addRow(PdfPTable table, int n, String name, String organisation) {
        Font f = new Font(regular, 9.5f);
        String[] texts = {String.valueOf(n), name == null ? "" : name, organisation == null ? "" : organisation, ""};
        for (int i = 0; i < texts.length; i++) {
            PdfPCell cell = new PdfPCell(new Phrase(texts[i], i == 0 ? new Font(regular, 8, Font.NORMAL, MUTED) : f));
            cell.setMinimumHeight(ROW_HEIGHT);
            cell.setBorderColor(FRAME);
            cell.setPadding(4);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            table.addCell(cell);
        }
    }

    /** The foot of every page (« Page n sur N », N written when the document closes) and, after the first, its head. */
    private final class Pages extends PdfPageEventHelper {
        private final Sheet sheet;
        private PdfTemplate total;

        Pages(Sheet sheet) {
            this.sheet = sheet;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onStartPage(PdfWriter writer, Document document) {
            if (writer.getPageNumber() > 1) {
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(
                        sheet.heading() + " \u2013 " + sheet.title(), new Font(regular, 8.5f, Font.NORMAL, MUTED)),
                        document.left(), document.top() + 12, 0);
            }
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            String[] parts = sheet.pagePattern().split("\\{1\\}", 2);
            String before = MessageFormat.format(parts[0].replace("'", "''"), writer.getPageNumber());
            float size = 8;
            float width = regular.getWidthPoint(before, size);
            float x = (document.getPageSize().getWidth() - width - 14) / 2;
            PdfContentByte cb = writer.getDirectContent();
            cb.beginText();
            cb.setFontAndSize(regular, size);
            cb.setColorFill(MUTED);
            cb.setTextMatrix(x, FOOT / 2);
            cb.showText(before);
            cb.endText();
            cb.addTemplate(total, x + width, FOOT / 2);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(regular, 8);
            total.setColorFill(MUTED);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1)); // the page after the last has begun
            total.endText();
        }
    }
}
