package org.campuspilot.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfDestination;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a {@link DocumentModel} out as an A4 PDF with OpenPDF: DejaVu Sans Condensed embedded (accents, €, the
 * narrow no-break spaces of French figures), headings, paragraphs, tables whose header repeats on each page, and the
 * page number at the foot of each page. Charts are drawn as vector paths.
 */
public final class PdfRenderer {
    private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEE, 0xF4);
    private static final Color BOLD_BACKGROUND = new Color(0xF4, 0xF6, 0xF8);
    private static final Color MUTED = new Color(0x55, 0x5B, 0x66);
    private static final Color ACCENT = new Color(0x2F, 0x6F, 0xB3);
    /** Points a heading needs below it (itself and a few lines of what follows), or it starts the next page. */
    private static final float KEEP_WITH_NEXT = 140;

    private final BaseFont regular;
    private final BaseFont bold;
    private final String pageLabel;

    /** @param pageLabel the word before the page number (« Page ») */
    public PdfRenderer(String pageLabel) {
        this.regular = font("DejaVuSansCondensed.ttf");
        this.bold = font("DejaVuSansCondensed-Bold.ttf");
        this.pageLabel = pageLabel;
    }

    static BaseFont font(String name) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + name);
            }
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the document; the stream is not closed. With a {@link DocumentModel.Contents} block the document is
     * laid out twice: the first time finds the page of each heading, the second prints them in the table of contents
     * (which has the same lines both times, so nothing moves). Headings are also the PDF's bookmarks.
     */
    public void write(DocumentModel model, OutputStream out, boolean landscape) {
        Map<Integer, Integer> pages = new HashMap<>();
        if (model.blocks().stream().anyMatch(b -> b instanceof DocumentModel.Contents)) {
            render(model, OutputStream.nullOutputStream(), landscape, Map.of(), pages);
        }
        render(model, out, landscape, Map.copyOf(pages), new HashMap<>());
    }

    private void render(DocumentModel model, OutputStream out, boolean landscape, Map<Integer, Integer> knownPages,
            Map<Integer, Integer> pages) {
        Document doc = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 42, 42, 42, 48);
        List<DocumentModel.Block> blocks = model.blocks();
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            // A picture that does not fit the page goes to the next one in its place: the text after it waits for it
            // (by default the text flowed ahead, so a chart came after the next section's table).
            writer.setStrictImageSequence(true);
            writer.setCloseStream(false);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            writer.setPageEvent(new PdfPageEventHelper() {
                @Override
                public void onGenericTag(PdfWriter w, Document d, Rectangle rect, String tag) {
                    int index = Integer.parseInt(tag.substring(1));
                    if (pages.putIfAbsent(index, w.getPageNumber()) == null) {
                        DocumentModel.Heading h = (DocumentModel.Heading) blocks.get(index);
                        if (h.level() == 1) {
                            new PdfOutline(w.getRootOutline(), new PdfDestination(PdfDestination.FITH,
                                    rect.getTop() + 16), h.text());
                        }
                    }
                }
            });
            doc.addTitle(model.title());
            doc.addCreator("Campus Pilot");
            HeaderFooter footer = new HeaderFooter(new Phrase(pageLabel + " ", new Font(regular, 8, Font.NORMAL,
                    MUTED)), true);
            footer.setAlignment(Element.ALIGN_CENTER);
            footer.setBorder(Rectangle.NO_BORDER);
            doc.setFooter(footer);
            doc.open();
            if (!model.hasCover()) {
                Paragraph title = new Paragraph(model.title(), new Font(bold, 16));
                title.setSpacingAfter(4);
                doc.add(title);
            }
            if (!model.hasCover() && model.subtitle() != null && !model.subtitle().isBlank()) {
                Paragraph sub = new Paragraph(model.subtitle(), new Font(regular, 10, Font.NORMAL, MUTED));
                sub.setSpacingAfter(10);
                doc.add(sub);
            }
            for (int i = 0; i < blocks.size(); i++) {
                DocumentModel.Block b = blocks.get(i);
                if (b instanceof DocumentModel.Heading h) {
                    // A heading is never left alone at a page's foot, its table or chart on the next page.
                    if (writer.getVerticalPosition(false) - doc.bottom() < KEEP_WITH_NEXT) {
                        doc.newPage();
                    }
                    Chunk text = new Chunk(h.text(), new Font(bold, h.level() == 1 ? 13 : 11));
                    text.setGenericTag("h" + i);
                    text.setLocalDestination("h" + i);
                    Paragraph p = new Paragraph(text);
                    p.setSpacingBefore(h.level() == 1 ? 12 : 8);
                    p.setSpacingAfter(4);
                    p.setKeepTogether(true);
                    doc.add(p);
                } else if (b instanceof DocumentModel.Paragraph p) {
                    Font f = p.muted() ? new Font(regular, 8.5f, Font.NORMAL, MUTED) : new Font(regular, 10);
                    Paragraph para = new Paragraph(p.text().isEmpty() ? "\u00A0" : p.text(), f);
                    para.setSpacingAfter(5);
                    doc.add(para);
                } else if (b instanceof DocumentModel.Table t) {
                    doc.add(table(t));
                } else if (b instanceof DocumentModel.Chart c) {
                    Image image = vector(writer, c);
                    float width = doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();
                    // Two charts fit one page, in landscape too (a landscape page is wide but short).
                    float height = doc.getPageSize().getHeight() - doc.topMargin() - doc.bottomMargin();
                    image.scaleToFit(width * 0.9f, Math.min(width * 0.9f * ChartImage.HEIGHT / ChartImage.WIDTH,
                            height * 0.45f));
                    image.setAlignment(Image.MIDDLE);
                    image.setSpacingAfter(6);
                    doc.add(image);
                } else if (b instanceof DocumentModel.Contents c) {
                    doc.add(contents(c, blocks, knownPages));
                    doc.newPage();
                } else if (b instanceof DocumentModel.Cover c) {
                    cover(doc, c);
                    doc.newPage();
                } else if (b instanceof DocumentModel.KeyFigures k) {
                    doc.add(keyFigures(k));
                    doc.newPage();
                }
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The title page: the campus, the title large, the period and the association, a third of the way down. */
    private void cover(Document doc, DocumentModel.Cover c) throws DocumentException {
        Paragraph spacer = new Paragraph("\u00A0", new Font(regular, 10));
        DocumentModel.Picture logo = c.logo();
        // The logo at most 6 cm wide and 3 cm tall, at the top of the space above the title.
        float logoWidth = logo == null ? 0 : (float) Math.min(170, 85 / logo.aspect());
        float logoHeight = logo == null ? 0 : (float) (logoWidth * logo.aspect());
        spacer.setSpacingAfter(logo == null ? 200 : 60); // a spacing before a page's first line is dropped
        doc.add(spacer);
        if (logo != null) {
            try {
                Image image = Image.getInstance(logo.png());
                image.scaleAbsolute(logoWidth, logoHeight);
                doc.add(image);
                Paragraph after = new Paragraph("\u00A0", new Font(regular, 4));
                after.setSpacingAfter(Math.max(20, 200 - 60 - logoHeight));
                doc.add(after);
            } catch (java.io.IOException e) {
                throw new DocumentException(e);
            }
        }
        Paragraph kicker = new Paragraph(c.kicker() == null ? "" : c.kicker(), new Font(regular, 13, Font.NORMAL,
                MUTED));
        kicker.setSpacingAfter(10);
        doc.add(kicker);
        Paragraph title = new Paragraph(c.title(), new Font(bold, 28, Font.NORMAL, ACCENT));
        title.setSpacingAfter(18);
        doc.add(title);
        for (String line : c.lines()) {
            Paragraph p = new Paragraph(line, new Font(regular, 12));
            p.setSpacingAfter(4);
            doc.add(p);
        }
    }

    /** The big numbers, three to a row, each in its frame: value, what it counts, the previous period's. */
    private PdfPTable keyFigures(DocumentModel.KeyFigures k) {
        PdfPTable table = new PdfPTable(3);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        for (DocumentModel.KeyFigure f : k.figures()) {
            PdfPCell cell = new PdfPCell();
            cell.setBorderColor(HEADER_BACKGROUND);
            cell.setBorderWidth(1.2f);
            cell.setPadding(10);
            cell.setPaddingBottom(14);
            cell.setMinimumHeight(96);
            cell.addElement(new Paragraph(f.value(), new Font(bold, 22, Font.NORMAL, ACCENT)));
            Paragraph label = new Paragraph(f.label(), new Font(regular, 10));
            label.setSpacingBefore(2);
            cell.addElement(label);
            Paragraph before = new Paragraph(f.comparison(), new Font(regular, 8.5f, Font.NORMAL, MUTED));
            before.setSpacingBefore(3);
            cell.addElement(before);
            table.addCell(cell);
        }
        for (int i = k.figures().size() % 3; i != 0 && i < 3; i++) {
            PdfPCell empty = new PdfPCell();
            empty.setBorder(Rectangle.NO_BORDER);
            table.addCell(empty); // a last row of one or two figures is complete
        }
        return table;
    }

    /** The chart drawn as PDF paths (its text as shapes): sharp at any zoom, unlike a picture. */
    private static Image vector(PdfWriter writer, DocumentModel.Chart chart) throws DocumentException {
        PdfTemplate template = writer.getDirectContent().createTemplate(ChartImage.WIDTH, ChartImage.HEIGHT);
        java.awt.Graphics2D g = template.createGraphicsShapes(ChartImage.WIDTH, ChartImage.HEIGHT);
        try {
            ChartImage.draw(g, chart);
        } finally {
            g.dispose();
        }
        return Image.getInstance(template);
    }

    /** The headings of level 1 and 2, each with its page (0 on the first pass) and a link to it. */
    private PdfPTable contents(DocumentModel.Contents c, List<DocumentModel.Block> blocks,
            Map<Integer, Integer> pages) {
        PdfPTable table = new PdfPTable(new float[] {12, 1});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        PdfPCell head = new PdfPCell(new Phrase(c.title(), new Font(bold, 13)));
        head.setColspan(2);
        head.setBorder(Rectangle.NO_BORDER);
        head.setPaddingBottom(8);
        table.addCell(head);
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof DocumentModel.Heading h && h.level() <= 2) {
                Font f = new Font(h.level() == 1 ? bold : regular, h.level() == 1 ? 10.5f : 9.5f);
                Chunk title = new Chunk(h.text(), f);
                title.setLocalGoto("h" + i);
                PdfPCell left = new PdfPCell(new Phrase(title));
                left.setBorder(Rectangle.BOTTOM);
                left.setBorderColor(HEADER_BACKGROUND);
                left.setPaddingLeft(h.level() == 1 ? 0 : 14);
                left.setPaddingBottom(3);
                Chunk page = new Chunk(String.valueOf(pages.getOrDefault(i, 0)), f);
                page.setLocalGoto("h" + i);
                PdfPCell right = new PdfPCell(new Phrase(page));
                right.setBorder(Rectangle.BOTTOM);
                right.setBorderColor(HEADER_BACKGROUND);
                right.setHorizontalAlignment(Element.ALIGN_RIGHT);
                right.setPaddingBottom(3);
                table.addCell(left);
                table.addCell(right);
            }
        }
        return table;
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
