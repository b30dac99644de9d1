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
 * The bilan du label as a document (issue 25): for the committee, PDF and ODT (one section per theme: a table of
 * every objective's figure per school year beside its target, the gap and the trend, and a chart of its trajectory);
 * for the Région, the same tables as a workbook (ODS, XLSX: one sheet per theme, one column per school year). The
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
        doc.paragraph(messages.get(b.kind() == org.campuspilot.report.ReportPeriod.Kind.CIVIL ? "label.bilan.introCivil"
                : "label.bilan.intro", year(b, b.years().get(0)), year(b, b.years().get(b.years().size() - 1)),
                year(b, b.lastDone())));
        written(doc, b, org.campuspilot.report.ReportTexts.Section.INTRODUCTION, "label.section.synthesis");
        written(doc, b, org.campuspilot.report.ReportTexts.Section.HIGHLIGHTS, "label.section.highlights");
        doc.heading(1, messages.get("label.theme.network"));
        doc.table(growth(b));
        for (LabelIndicator.Theme theme : LabelIndicator.Theme.values()) {
            List<LabelBilan.Line> lines = b.lines().stream().filter(l -> l.objective().indicator().theme() == theme)
                    .toList();
            if (lines.isEmpty()) {
                continue;
            }
            if (theme != LabelIndicator.Theme.NETWORK) {
                doc.heading(1, messages.get(theme.messageKey()));
            }
            doc.table(objectives(messages.get(theme.messageKey()), b, lines));
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
            for (String para : text.strip().split("\\n\\s*\\n")) {
                doc.paragraph(para.strip());
            }
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

    /** The network year by year: members at the year's end, those who joined, those who left. */
    private DocumentModel.Table growth(LabelBilan b) {
        List<Row> rows = new ArrayList<>();
        rows.add(countRow(messages.get("label.growth.members"), b.members()));
        rows.add(countRow(messages.get("label.growth.joined"), b.joined()));
        rows.add(countRow(messages.get("label.growth.left"), b.left()));
        return new DocumentModel.Table(messages.get("label.growth.title"), yearColumns(b,
                messages.get("label.column.indicator"), 4), rows);
    }

    private static Row countRow(String label, List<Integer> values) {
        List<Cell> cells = new ArrayList<>(List.of(Cell.text(label)));
        values.forEach(v -> cells.add(v == null ? Cell.text("") : Cell.count(v)));
        return new Row(cells, false);
    }

    private DocumentModel.Table objectives(String title, LabelBilan b, List<LabelBilan.Line> lines) {
        List<Column> columns = yearColumns(b, messages.get("label.column.objective"), 4);
        columns.add(new Column(messages.get("label.column.target"), 1.8f, true));
        columns.add(new Column(messages.get("label.column.gap"), 1.8f, true));
        columns.add(new Column(messages.get("label.column.trend"), 2.2f, false));
        List<Row> rows = new ArrayList<>();
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
