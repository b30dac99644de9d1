package org.campuspilot.label;

import java.util.ArrayList;
import java.util.List;
import org.campuspilot.document.DocumentModel;
import org.campuspilot.document.DocumentModel.Cell;
import org.campuspilot.document.DocumentModel.Column;
import org.campuspilot.document.DocumentModel.Row;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Money;
import org.campuspilot.ui.Messages;

/**
 * The bilan du label as a document (issue 25): for the committee, PDF and ODT (one section per theme: the director's
 * comment, a table of every objective's figure per year beside its target, the gap and the trend, then every figure
 * of the theme year by year, and a chart of each objective's trajectory); for the Région, the same tables as a
 * workbook (ODS, XLSX: one sheet per theme, one column per year). The
 * figures come from {@link LabelBilan}; nothing is computed here but the layout.
 */
public final class LabelDocuments {
    private final Messages messages;

    public LabelDocuments(Messages messages) {
        this.messages = messages;
    }

    /** Writes the bilan: PDF and ODT in landscape (a column per school year), ODS and XLSX a sheet per theme. */
    public void write(LabelBilan b, org.campuspilot.document.DocumentFiles.Format format, java.nio.file.Path out)
            throws java.io.IOException {
        new org.campuspilot.document.DocumentFiles(messages.get("document.page")).write(document(b), format, out,
                true);
    }

    public DocumentModel document(LabelBilan b) {
        String period = messages.get("label.bilan.period", FrenchFormats.date(b.labelStart()),
                FrenchFormats.date(b.labelEnd()));
        DocumentModel doc = new DocumentModel(messages.get("label.bilan.title"), b.campusName() + " \u2014 " + period);
        boolean civil = b.kind() == org.campuspilot.report.ReportPeriod.Kind.CIVIL;
        String first = year(b, b.years().get(0));
        String last = year(b, b.years().get(b.years().size() - 1));
        if (b.ended()) {
            doc.paragraph(messages.get("label.bilan.introEnded", first, last, messages.get(civil
                    ? "label.bilan.yearCivil" : "label.bilan.yearSchool")));
        } else {
            doc.paragraph(messages.get(civil ? "label.bilan.introCivil" : "label.bilan.intro", first, last,
                    year(b, b.lastDone())));
        }
        written(doc, b, org.campuspilot.report.ReportTexts.Section.INTRODUCTION, "label.section.synthesis");
        written(doc, b, org.campuspilot.report.ReportTexts.Section.HIGHLIGHTS, "label.section.highlights");
        for (LabelIndicator.Theme theme : LabelIndicator.Theme.values()) {
            List<LabelBilan.Line> lines = b.lines().stream().filter(l -> l.objective().indicator().theme() == theme)
                    .toList();
            List<Row> figures = figures(b, theme);
            String comment = b.themeTexts().get(theme);
            boolean commented = comment != null && !comment.isBlank();
            if (lines.isEmpty() && figures.isEmpty() && !commented) {
                continue;
            }
            doc.heading(1, messages.get(theme.messageKey()));
            if (commented) {
                paragraphs(doc, comment);
            }
            if (!lines.isEmpty() || !figures.isEmpty()) {
                doc.table(themeTable(messages.get(theme.messageKey()), b, lines, figures));
            }
            if (theme == LabelIndicator.Theme.FINANCE && b.kind() == org.campuspilot.report.ReportPeriod.Kind.SCHOOL) {
                int y = b.years().get(b.years().size() - 1);
                doc.note(messages.get("label.bilan.financeYear", String.valueOf(y + 1), year(b, y)));
            }
            for (LabelBilan.Line l : lines) {
                doc.chart(trajectory(b, l));
            }
        }
        if (b.lines().isEmpty()) {
            doc.paragraph(messages.get("label.bilan.noObjective"));
        }
        written(doc, b, org.campuspilot.report.ReportTexts.Section.OUTLOOK, "label.section.outlook");
        doc.note(messages.get("label.bilan.note"));
        return doc;
    }

    /** A section the director wrote; one not written is left out (a document never asks its reader to write). */
    private void written(DocumentModel doc, LabelBilan b, org.campuspilot.report.ReportTexts.Section s, String title) {
        String text = b.texts().get(s);
        if (text != null && !text.isBlank()) {
            doc.heading(1, messages.get(title));
            paragraphs(doc, text);
        }
    }

    /** A text as typed, a paragraph per blank line. */
    private static void paragraphs(DocumentModel doc, String text) {
        for (String para : text.strip().split("\\n\\s*\\n")) {
            doc.paragraph(para.strip());
        }
    }

    /** « 2022-2023 » for a school year, « 2022 » for a civil one. */
    private static String year(LabelBilan b, int y) {
        return b.kind() == org.campuspilot.report.ReportPeriod.Kind.CIVIL ? String.valueOf(y) : y + "-" + (y + 1);
    }

    private List<Column> yearColumns(LabelBilan b, String first, float firstWidth) {
        List<Column> columns = new ArrayList<>(List.of(new Column(first, firstWidth, false)));
        for (int y : b.years()) {
            columns.add(new Column(year(b, y), 1.8f, true));
        }
        return columns;
    }

    /** Indicators a theme's figures do not list again: the network's growth has its own rows, two are shortcuts. */
    private static final java.util.Set<LabelIndicator> NOT_LISTED = java.util.EnumSet.of(LabelIndicator.MEMBERS,
            LabelIndicator.MEMBERS_JOINED, LabelIndicator.APPRENTICE_SHARE, LabelIndicator.WOMEN_SHARE,
            LabelIndicator.MANUAL);

    /**
     * Every figure of a theme, year by year, whether an objective counts it or not: the network's growth (members at
     * the year's end, joined, left) first; an indicator counted by one value of a list has a row per value that is
     * not zero in some year (the members of each kind, the people of each public, the beneficiaries at each level).
     */
    private List<Row> figures(LabelBilan b, LabelIndicator.Theme theme) {
        List<Row> rows = new ArrayList<>();
        if (theme == LabelIndicator.Theme.NETWORK) {
            rows.add(countRow(messages.get("label.growth.members"), b.members()));
            rows.add(countRow(messages.get("label.growth.joined"), b.joined()));
            rows.add(countRow(messages.get("label.growth.left"), b.left()));
        }
        for (LabelIndicator indicator : LabelIndicator.values()) {
            if (indicator.theme() != theme || NOT_LISTED.contains(indicator)) {
                continue;
            }
            if (!indicator.detailed()) {
                rows.add(figureRow(messages.get(indicator.messageKey()), b, indicator, null));
                continue;
            }
            for (Enum<?> d : indicator.details()) {
                boolean some = b.figures().stream().filter(java.util.Objects::nonNull).map(f -> indicator.of(f, d))
                        .anyMatch(v -> v != null && v != 0);
                if (some) {
                    rows.add(figureRow(messages.get(indicator.messageKey() + ".of", messages.get(LabelIndicator
                            .detailKey(d))), b, indicator, d));
                }
            }
        }
        return rows;
    }

    private Row figureRow(String label, LabelBilan b, LabelIndicator indicator, Enum<?> detail) {
        List<Cell> cells = new ArrayList<>(List.of(Cell.text(label)));
        for (org.campuspilot.report.ReportFigures f : b.figures()) {
            cells.add(cell(indicator.unit(), f == null ? null : indicator.of(f, detail)));
        }
        return new Row(cells, false);
    }

    /** A row of counts, a year per cell. */
    private static Row countRow(String label, List<Integer> values) {
        List<Cell> cells = new ArrayList<>(List.of(Cell.text(label)));
        values.forEach(v -> cells.add(v == null ? Cell.text("") : Cell.count(v)));
        return new Row(cells, false);
    }

    /** A group's bold title row across the table. */
    private static Row group(String title, int width) {
        List<Cell> cells = new ArrayList<>(List.of(Cell.text(title)));
        for (int i = 1; i < width; i++) {
            cells.add(Cell.text(""));
        }
        return new Row(cells, true);
    }

    /**
     * A theme's table (a sheet of the workbook): its objectives, each year's figure beside the target, the gap and
     * the trend; then every figure of the theme year by year.
     */
    private DocumentModel.Table themeTable(String title, LabelBilan b, List<LabelBilan.Line> lines, List<Row> figures) {
        List<Column> columns = yearColumns(b, messages.get("label.column.indicator"), 5.5f);
        if (!lines.isEmpty()) {
            columns.add(new Column(messages.get("label.column.target"), 1.8f, true));
            columns.add(new Column(messages.get("label.column.gap"), 1.8f, true));
            columns.add(new Column(messages.get("label.column.trend"), 2.8f, false));
        }
        List<Row> rows = new ArrayList<>();
        if (!lines.isEmpty()) {
            rows.add(group(messages.get("label.group.objectives"), columns.size()));
        }
        for (LabelBilan.Line l : lines) {
            LabelObjective o = l.objective();
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(o.label() + " (" + messages.get(o.scope()
                    .messageKey()) + ")")));
            l.values().forEach(v -> cells.add(cell(o.indicator().unit(), v)));
            cells.add(cell(o.indicator().unit(), (double) o.target()));
            cells.add(cell(o.indicator().unit(), l.gap()));
            cells.add(Cell.text(messages.get(l.trend().messageKey()) + (l.reached()
                    ? " \u00b7 " + messages.get("label.reached") : "")));
            rows.add(new Row(cells, false));
        }
        if (!figures.isEmpty()) {
            rows.add(group(messages.get("label.group.figures"), columns.size()));
            for (Row r : figures) {
                List<Cell> cells = new ArrayList<>(r.cells());
                while (cells.size() < columns.size()) {
                    cells.add(Cell.text(""));
                }
                rows.add(new Row(cells, false));
            }
        }
        return new DocumentModel.Table(title, columns, rows);
    }

    /** A figure as its unit shows it; empty for none. A negative gap keeps its sign. */
    private static Cell cell(LabelIndicator.Unit unit, Double v) {
        if (v == null) {
            return Cell.text("");
        }
        return switch (unit) {
            case PERCENT -> Cell.percent(v);
            case EUROS -> Cell.money(new Money(Math.round(v * 100)));
            case COUNT -> Cell.count(Math.round(v));
        };
    }

    /** The objective's figure per school year beside its target. */
    private DocumentModel.Chart trajectory(LabelBilan b, LabelBilan.Line l) {
        List<DocumentModel.Bar> bars = new ArrayList<>();
        for (int i = 0; i < b.years().size(); i++) {
            Double v = l.values().get(i);
            bars.add(new DocumentModel.Bar(year(b, b.years().get(i)), List.of(v == null ? 0.0 : v,
                    (double) l.objective().target())));
        }
        return new DocumentModel.Chart(l.objective().label(), List.of(messages.get("label.chart.actual"),
                messages.get("label.chart.target")), bars, messages.get(l.objective().indicator().unit()
                        .messageKey()));
    }
}
