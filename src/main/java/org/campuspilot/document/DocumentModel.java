package org.campuspilot.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.campuspilot.shared.Money;

/**
 * A document the application writes, whatever the format: a title, then headings, paragraphs and tables. Features
 * build one from their figures; {@link PdfRenderer}, {@link OdtRenderer} and {@link OdsRenderer} lay it out, so a
 * figure is computed once and every format shows the same.
 */
public final class DocumentModel {

    /** A piece of the document, in reading order. */
    public sealed interface Block permits Heading, Paragraph, Table, Chart, Contents, Cover, KeyFigures {
    }

    /** A section title; level 1 or 2. */
    public record Heading(int level, String text) implements Block {
    }

    /** A paragraph; line breaks in the text are kept. {@code muted} is shown smaller and grey. */
    public record Paragraph(String text, boolean muted) implements Block {
    }

    /** A table with a title (the sheet's name in a spreadsheet). */
    public record Table(String title, List<Column> columns, List<Row> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        /**
         * A sensible width for a column in a spreadsheet, in characters: its longest header or cell text among the
         * first 500 rows, between 8 and 50.
         */
        public int characters(int column) {
            int max = columns.get(column).header().length();
            for (int r = 0; r < rows.size() && r < 500; r++) {
                List<Cell> cells = rows.get(r).cells();
                if (column < cells.size()) {
                    max = Math.max(max, cells.get(column).text().length());
                }
            }
            return Math.max(8, Math.min(50, max + 2));
        }

        /** False when every header is blank (a table of label–value pairs): no header row is printed. */
        public boolean hasHeader() {
            return columns.stream().anyMatch(c -> !c.header().isBlank());
        }
    }

    /** A column: its header, its relative width, and whether its cells are figures (aligned right). */
    public record Column(String header, float width, boolean numeric) {
    }

    /** A row; a bold row is a group or a total. */
    public record Row(List<Cell> cells, boolean bold) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A cell: the text printed in documents, and for spreadsheets the value it stands for (a {@link Money}, a
     * percentage as a fraction in a {@link Percent}, a {@link LocalDate}, a {@link Number}), or null for text.
     */
    public record Cell(String text, Object value) {
        public static Cell text(String text) {
            return new Cell(text == null ? "" : text, null);
        }

        public static Cell money(Money m) {
            return m == null ? text("") : new Cell(m.number(), m);
        }

        /** A whole number, shown with French grouping. */
        public static Cell count(long n) {
            return new Cell(org.campuspilot.shared.FrenchFormats.integer(n), n);
        }

        /** A date shown {@code dd/MM/yyyy}, a real date in spreadsheets; empty when null. */
        public static Cell date(LocalDate d) {
            return d == null ? text("") : new Cell(org.campuspilot.shared.FrenchFormats.date(d), d);
        }

        /** A decimal number (hours), shown with up to two decimals. */
        public static Cell decimal(double v) {
            return new Cell(org.campuspilot.shared.FrenchFormats.decimal(v), v);
        }

        /** A percentage given in per cent (15.2 for 15,2 %); empty when null. */
        public static Cell percent(Double perCent) {
            if (perCent == null) {
                return text("");
            }
            return new Cell(org.campuspilot.shared.FrenchFormats.percent(perCent), new Percent(perCent / 100.0));
        }
    }

    /**
     * A bar chart: groups of bars (one per category: a level, a month), one bar per series in each group (this year,
     * last year). Drawn as an image in documents ({@link ChartImage}), as a chart on screen.
     */
    public record Chart(String title, List<String> series, List<Bar> bars, String unit) implements Block {
        public Chart {
            series = List.copyOf(series);
            bars = List.copyOf(bars);
        }
    }

    /** One category of a chart and its value in each series. */
    public record Bar(String label, List<Double> values) {
        public Bar {
            values = List.copyOf(values);
        }
    }

    /** The table of contents: the headings of level 1 and 2 with their page, where the block stands. */
    public record Contents(String title) implements Block {
    }

    /**
     * A title page, first in the document: a line above (the campus), the title, then lines under it (the period,
     * the association). The document's title and subtitle are not printed again above what follows.
     */
    public record Cover(String kicker, String title, List<String> lines, Picture logo) implements Block {
        public Cover {
            lines = List.copyOf(lines);
        }
    }

    /** An image printed as it is (the campus's logo): a PNG and its size in pixels. */
    public record Picture(byte[] png, int width, int height) {
        /** Its height over its width (1 for an image without a size). */
        public double aspect() {
            return width <= 0 || height <= 0 ? 1 : (double) height / width;
        }
    }

    /** The period's big numbers, each with the previous period's and the change, on a page of their own. */
    public record KeyFigures(List<KeyFigure> figures) implements Block {
        public KeyFigures {
            figures = List.copyOf(figures);
        }
    }

    /** One big number: what it counts, its value, and the previous period's with the change. */
    public record KeyFigure(String label, String value, String comparison) {
    }

    /** A share as a fraction (0.152 for 15,2 %). */
    public record Percent(double fraction) {
    }

    private final String title;
    private final String subtitle;
    private final List<Block> blocks = new ArrayList<>();

    public DocumentModel(String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle;
    }

    public DocumentModel heading(int level, String text) {
        blocks.add(new Heading(level, text));
        return this;
    }

    public DocumentModel paragraph(String text) {
        blocks.add(new Paragraph(text == null ? "" : text, false));
        return this;
    }

    public DocumentModel note(String text) {
        blocks.add(new Paragraph(text, true));
        return this;
    }

    public DocumentModel chart(Chart chart) {
        blocks.add(chart);
        return this;
    }

    public DocumentModel cover(String kicker, String coverTitle, List<String> lines) {
        return cover(kicker, coverTitle, lines, null);
    }

    /** A title page with a logo above its title ({@code logo} null: none). */
    public DocumentModel cover(String kicker, String coverTitle, List<String> lines, Picture logo) {
        blocks.add(new Cover(kicker, coverTitle, lines, logo));
        return this;
    }

    public DocumentModel keyFigures(List<KeyFigure> figures) {
        blocks.add(new KeyFigures(figures));
        return this;
    }

    /** True when the document opens on a title page (its title is then on it, not above the first block). */
    public boolean hasCover() {
        return !blocks.isEmpty() && blocks.get(0) instanceof Cover;
    }

    public DocumentModel contents(String contentsTitle) {
        blocks.add(new Contents(contentsTitle));
        return this;
    }

    public DocumentModel table(Table table) {
        blocks.add(table);
        return this;
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    public List<Table> tables() {
        return blocks.stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
    }
}
