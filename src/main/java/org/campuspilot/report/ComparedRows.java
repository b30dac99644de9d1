package org.campuspilot.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.campuspilot.document.DocumentModel;
import org.campuspilot.document.DocumentModel.Cell;
import org.campuspilot.document.DocumentModel.Column;
import org.campuspilot.document.DocumentModel.Row;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Hours;
import org.campuspilot.shared.Money;
import org.campuspilot.ui.Messages;

/**
 * The rapport d'activité's comparison tables and charts: a figure of the period beside the previous period's, with
 * the change (« +3 (+12,5 %) », « −2 », « = »); the layout {@link ActivityReport} uses for every section.
 */
final class ComparedRows {
    private final Messages messages;

    ComparedRows(Messages messages) {
        this.messages = messages;
    }

    List<String> series(ReportFigures now, ReportFigures before) {
        return List.of(now.period().label(), before.period().label());
    }

    DocumentModel.Table compared(String title, ReportFigures now, ReportFigures before, List<Row> rows) {
        return new DocumentModel.Table(title, List.of(new Column("", 5, false),
                new Column(now.period().label(), 2.5f, true), new Column(before.period().label(), 2.5f, true),
                new Column(messages.get("report.column.change"), 2.5f, true)), rows);
    }

    Row counts(String key, int now, int before) {
        return new Row(List.of(Cell.text(messages.get(key)), Cell.count(now), Cell.count(before),
                Cell.text(change(now, before))), false);
    }

    Row hours(String key, Hours now, Hours before) {
        return new Row(List.of(Cell.text(messages.get(key)), Cell.decimal(value(now)), Cell.decimal(value(before)),
                Cell.text(change(value(now), value(before)))), false);
    }

    Row money(String key, Money now, Money before) {
        Money diff = now.minus(before);
        String text = diff.cents() == 0 ? "=" : (diff.isNegative() ? "" : "+") + diff.display();
        return new Row(List.of(Cell.text(messages.get(key)), Cell.money(now), Cell.money(before),
                Cell.text(text)), false);
    }

    <K extends Enum<K>> DocumentModel.Table byKey(String title, ReportFigures now, ReportFigures before,
            Class<K> type, Map<K, Integer> current, Map<K, Integer> previous, Function<K, String> label,
            boolean total) {
        List<Row> rows = new ArrayList<>();
        int sumNow = 0;
        int sumBefore = 0;
        for (K k : union(current.keySet(), previous.keySet())) {
            int a = current.getOrDefault(k, 0);
            int b = previous.getOrDefault(k, 0);
            sumNow += a;
            sumBefore += b;
            rows.add(new Row(List.of(Cell.text(label.apply(k)), Cell.count(a), Cell.count(b),
                    Cell.text(change(a, b))), false));
        }
        if (total) {
            rows.add(new Row(List.of(Cell.text(messages.get("report.total")), Cell.count(sumNow),
                    Cell.count(sumBefore), Cell.text(change(sumNow, sumBefore))), true));
        }
        return compared(title, now, before, rows);
    }

    <K extends Enum<K>> DocumentModel.Chart chart(String title, ReportFigures now, ReportFigures before,
            Set<K> keys, Function<K, String> label, Map<K, Integer> current, Map<K, Integer> previous) {
        List<DocumentModel.Bar> bars = new ArrayList<>();
        for (K k : keys) {
            bars.add(new DocumentModel.Bar(label.apply(k), List.of((double) current.getOrDefault(k, 0),
                    (double) previous.getOrDefault(k, 0))));
        }
        return new DocumentModel.Chart(title, series(now, before), bars, "");
    }

    /** The keys of both periods, in the enum's order. */
    static <K extends Comparable<K>> Set<K> union(Set<K> a, Set<K> b) {
        Set<K> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return new LinkedHashSet<>(all);
    }

    static double value(Hours h) {
        return h.hundredths() / 100.0;
    }

    /** « +3 (+12,5 %) », « −2 (−40,0 %) », « = », or « +3 » when there was nothing before. */
    public static String change(double now, double before) {
        double diff = now - before;
        if (diff == 0) {
            return "=";
        }
        String sign = diff > 0 ? "+" : "\u2212";
        String text = sign + FrenchFormats.decimal(Math.abs(diff));
        return before == 0 ? text : text + " (" + sign + FrenchFormats.percent(Math.abs(diff) / before * 100) + ")";
    }

    /** The change of a rate, in points: « +4,2 pts ». */
    String pointsChange(Double now, Double before) {
        if (now == null || before == null) {
            return "";
        }
        double diff = now - before;
        return diff == 0 ? "=" : messages.get("report.points", (diff > 0 ? "+" : "\u2212")
                + String.format(messages.locale(), "%.1f", Math.abs(diff)));
    }
}
