package org.campuspilot.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Lays a {@link DocumentModel} out as an A4 PDF with OpenPDF: DejaVu Sans Condensed embedded (accents, €, the
 * narrow no-break spaces of French figures), headings, paragraphs, tables whose header repeats on each page, and the
 * page number at the foot of each page.
 */
public final class PdfRenderer {
    private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEE, 0xF4);
    private static final Color BOLD_BACKGROUND = new Color(0xF4, 0xF6, 0xF8);
    private static final Color MUTED = new Color(0x55, 0x5B, 0x66);

    private final BaseFont regular;
    private final BaseFont bold;
    private final String pageLabel;

    /** @param pageLabel the word before the page number (« Page ») */
    public PdfRenderer(String pageLabel) {
        this.regular = font("DejaVuSansCondensed.ttf");
        this.bold = font("DejaVuSansCondensed-Bold.ttf");
        this.pageLabel = pageLabel;
    }

    private static BaseFont font(String name) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + name);
            }
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the document; the stream is not closed. */
    public void write(DocumentModel model, OutputStream out, boolean landscape) {
        Document doc = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 42, 42, 42, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setCloseStream(false);
            doc.addTitle(model.title());
            doc.addCreator("Campus Pilot");
            HeaderFooter footer = new HeaderFooter(new Phrase(pageLabel + " ", new Font(regular, 8, Font.NORMAL,
                    MUTED)), true);
            footer.setAlignment(Element.ALIGN_CENTER);
            footer.setBorder(Rectangle.NO_BORDER);
            doc.setFooter(footer);
            doc.open();
            Paragraph title = new Paragraph(model.title(), new Font(bold, 16));
            title.setSpacingAfter(4);
            doc.add(title);
            if (model.subtitle() != null && !model.subtitle().isBlank()) {
                Paragraph sub = new Paragraph(model.subtitle(), new Font(regular, 10, Font.NORMAL, MUTED));
                sub.setSpacingAfter(10);
                doc.add(sub);
            }
            for (DocumentModel.Block b : model.blocks()) {
                if (b instanceof DocumentModel.Heading h) {
                    Paragraph p = new Paragraph(h.text(), new Font(bold, h.level() == 1 ? 13 : 11));
                    p.setSpacingBefore(h.level() == 1 ? 12 : 8);
                    p.setSpacingAfter(4);
                    doc.add(p);
                } else if (b instanceof DocumentModel.Paragraph p) {
                    Font f = p.muted() ? new Font(regular, 8.5f, Font.NORMAL, MUTED) : new Font(regular, 10);
                    Paragraph para = new Paragraph(p.text().isEmpty() ? "\u00A0" : p.text(), f);
                    para.setSpacingAfter(5);
                    doc.add(para);
                } else if (b instanceof DocumentModel.Table t) {
                    doc.add(table(t));
                }
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private PdfPTable table(DocumentModel.Table t) {
        float[] widths = new float[t.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = t.columns().get(i).width();
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(t.hasHeader() ? 1 : 0);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        for (DocumentModel.Column c : t.hasHeader() ? t.columns() : List.<DocumentModel.Column>of()) {
            PdfPCell cell = new PdfPCell(new Phrase(c.header(), new Font(bold, 8.5f)));
            cell.setBackgroundColor(HEADER_BACKGROUND);
            cell.setHorizontalAlignment(c.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (DocumentModel.Row r : t.rows()) {
            for (int i = 0; i < t.columns().size(); i++) {
                String text = i < r.cells().size() ? r.cells().get(i).text() : "";
                PdfPCell cell = new PdfPCell(new Phrase(new Chunk(text, new Font(r.bold() ? bold : regular, 8.5f))));
                cell.setHorizontalAlignment(t.columns().get(i).numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                cell.setPadding(3.5f);
                if (r.bold()) {
                    cell.setBackgroundColor(BOLD_BACKGROUND);
                }
                table.addCell(cell);
            }
        }
        return table;
    }
}
