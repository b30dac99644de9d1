package org.campuspilot.report;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campuspilot.action.ActionType;
import org.campuspilot.action.LearnerStatus;
import org.campuspilot.action.Sex;
import org.campuspilot.campus.Campus;
import org.campuspilot.company.SizeBand;
import org.campuspilot.document.DocumentModel;
import org.campuspilot.document.DocumentModel.Cell;
import org.campuspilot.document.DocumentModel.Column;
import org.campuspilot.document.DocumentModel.Row;
import org.campuspilot.establishment.EstablishmentKind;
import org.campuspilot.event.EventType;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Hours;
import org.campuspilot.shared.Money;
import org.campuspilot.shared.TrainingLevel;
import org.campuspilot.ui.Messages;

/**
 * The rapport d'activité for the association's board, as a {@link DocumentModel}: the campus, the network, the
 * events, the actions by level, international mobility and the money, each figure beside the previous period's with
 * the change, charts, and the texts the director wrote for the period. Every figure comes from
 * {@link ReportService}; this class only lays them out.
 */
public final class ActivityReport {
    private final Messages messages;
    private final ComparedRows t;

    public ActivityReport(Messages messages) {
        this.messages = messages;
        this.t = new ComparedRows(messages);
    }

    /** What the report needs besides the figures. */
    public record Input(Campus campus, String supportName, ReportService.Comparison figures,
            Map<ReportTexts.Section, String> texts, org.campuspilot.campus.CampusLogo logo) {
        /** Without a logo. */
        public Input(Campus campus, String supportName, ReportService.Comparison figures,
                Map<ReportTexts.Section, String> texts) {
            this(campus, supportName, figures, texts, null);
        }
    }

    public DocumentModel build(Input in) {
        ReportFigures now = in.figures().current();
        ReportFigures before = in.figures().previous();
        ReportPeriod p = now.period();
        DocumentModel doc = new DocumentModel(messages.get("report.title", p.label()), in.campus() == null
                ? messages.get("report.subtitle.noCampus", periodText(p), before.period().label())
                : messages.get("report.subtitle", in.campus().name(), periodText(p), before.period().label()));
        if (in.campus() != null) {
            doc.cover(messages.get("report.title", p.label()), in.campus().name(), coverLines(in.campus(), p),
                    in.logo() == null ? null : new DocumentModel.Picture(in.logo().png(), in.logo().width(),
                            in.logo().height()));
        }
        doc.contents(messages.get("report.contents"));
        keyFigures(doc, now, before);
        text(doc, in.texts(), ReportTexts.Section.INTRODUCTION);
        campus(doc, in);
        network(doc, now, before);
        events(doc, now, before);
        actions(doc, now, before);
        mobility(doc, now, before);
        finance(doc, now, before);
        text(doc, in.texts(), ReportTexts.Section.HIGHLIGHTS);
        text(doc, in.texts(), ReportTexts.Section.OUTLOOK);
        doc.note(messages.get("report.note", periodText(p)));
        return doc;
    }

    /** Under the campus's name on the cover: the period, the kind of campus, the association, what it is compared to. */
    private List<String> coverLines(Campus c, ReportPeriod p) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get(p.kind() == ReportPeriod.Kind.CIVIL ? "report.cover.civil" : "report.cover.school",
                p.label(), FrenchFormats.date(p.first()), FrenchFormats.date(p.last())));
        lines.add(messages.get(c.sector().messageKey()) + (c.excellence() ? " \u00b7 "
                + messages.get("dashboard.excellence") : ""));
        if (c.associationName() != null && !c.associationName().isBlank()) {
            lines.add(c.associationName());
        }
        lines.add(messages.get("report.cover.compared", p.previous().label()));
        return lines;
    }

    /**
     * The big numbers of the period on a page of their own, each beside the previous period's, as the tableau de
     * bord shows them; the same rows as the sections below, so a figure is the same everywhere.
     */
    private void keyFigures(DocumentModel doc, ReportFigures now, ReportFigures before) {
        ReportFigures.Network n = now.network();
        ReportFigures.Network nb = before.network();
        ReportFigures.Events e = now.events();
        ReportFigures.Events eb = before.events();
        ReportFigures.Actions a = now.actions();
        ReportFigures.Actions ab = before.actions();
        ReportFigures.Finance f = now.finance();
        ReportFigures.Finance fb = before.finance();
        String previous = before.period().label();
        List<DocumentModel.KeyFigure> figures = new ArrayList<>();
        for (Row r : List.of(t.counts("report.network.members", n.members(), nb.members()),
                t.counts("report.network.partners", n.partnerCompanies(), nb.partnerCompanies()),
                t.counts("report.events.count", e.count(), eb.count()),
                t.counts("report.events.attendance", e.attendance(), eb.attendance()),
                t.counts("report.actions.count", a.count(), ab.count()),
                t.counts("report.actions.beneficiaries", a.beneficiaries(), ab.beneficiaries()),
                t.hours("report.actions.hours", a.hours(), ab.hours()))) {
            figures.add(figure(r, previous));
        }
        // Money with its euro sign: a big number alone reads as a count.
        Row awarded = t.money("report.finance.awarded", f.awarded(), fb.awarded());
        figures.add(figure(new Row(List.of(Cell.text(messages.get("report.finance.awardedYear",
                String.valueOf(f.year()))), Cell.text(f.awarded().display()), Cell.text(fb.awarded().display()),
                awarded.cells().get(3)), false), String.valueOf(fb.year())));
        figures.add(figure(new Row(List.of(Cell.text(messages.get("report.finance.executionYear",
                String.valueOf(f.year()))), Cell.percent(f.executionRate()), Cell.percent(fb.executionRate()),
                Cell.text(t.pointsChange(f.executionRate(), fb.executionRate()))), false), String.valueOf(fb.year())));
        doc.heading(1, messages.get("report.keyFigures"));
        doc.keyFigures(figures);
    }

    private DocumentModel.KeyFigure figure(Row r, String previousLabel) {
        String value = r.cells().get(1).text();
        String before = r.cells().get(2).text();
        String change = r.cells().get(3).text();
        return new DocumentModel.KeyFigure(r.cells().get(0).text(), value.isEmpty() ? "\u2014" : value,
                change.isBlank() ? messages.get("report.keyFigures.beforeAlone", previousLabel,
                        before.isEmpty() ? "\u2014" : before)
                        : messages.get("report.keyFigures.before", previousLabel, before, change));
    }

    /** « l'année civile 2025 (du 01/01/2025 au 31/12/2025) » or the school year's. */
    public String periodText(ReportPeriod p) {
        return messages.get(p.kind() == ReportPeriod.Kind.CIVIL ? "report.period.civil" : "report.period.school",
                p.label(), FrenchFormats.date(p.first()), FrenchFormats.date(p.last()));
    }

    /** A section the director wrote; one left blank is not in the document (a board never reads « to write »). */
    private void text(DocumentModel doc, Map<ReportTexts.Section, String> texts, ReportTexts.Section s) {
        String body = texts.getOrDefault(s, "");
        if (!body.isBlank()) {
            doc.heading(1, messages.get(s.messageKey()));
            doc.paragraph(body);
        }
    }

    /** The sections the director has not written, in the report's order: the report leaves them out. */
    public static List<ReportTexts.Section> emptySections(Map<ReportTexts.Section, String> texts) {
        return java.util.Arrays.stream(ReportTexts.Section.values())
                .filter(s -> texts.getOrDefault(s, "").isBlank()).toList();
    }

    private void campus(DocumentModel doc, Input in) {
        Campus c = in.campus();
        if (c == null) {
            return; // No identity yet: the section is left out, and the export says so first.
        }
        doc.heading(1, messages.get("report.campus"));
        List<Row> rows = new ArrayList<>();
        rows.add(pair("report.campus.name", c.name()));
        rows.add(pair("report.campus.sector", messages.get(c.sector().messageKey())
                + (c.excellence() ? " · " + messages.get("dashboard.excellence") : "")));
        rows.add(pair("report.campus.academie", c.academie()));
        rows.add(pair("report.campus.region", c.region()));
        rows.add(pair("report.campus.label", c.labelStart() == null && c.labelEnd() == null ? ""
                : messages.get("report.campus.labelDates", FrenchFormats.date(c.labelStart()),
                        FrenchFormats.date(c.labelEnd()))));
        rows.add(pair("report.campus.support", in.supportName()));
        rows.add(pair("report.campus.association", c.associationName()));
        doc.table(new DocumentModel.Table(messages.get("report.campus"),
                List.of(new Column("", 3, false), new Column("", 6, false)), rows));
    }

    private Row pair(String key, String value) {
        return new Row(List.of(Cell.text(messages.get(key)), Cell.text(value == null ? "" : value)), false);
    }

    private void network(DocumentModel doc, ReportFigures now, ReportFigures before) {
        ReportFigures.Network n = now.network();
        ReportFigures.Network b = before.network();
        doc.heading(1, messages.get("report.network"));
        doc.table(t.compared(messages.get("report.network"), now, before, List.of(
                t.counts("report.network.members", n.members(), b.members()),
                t.counts("report.network.joined", n.joined(), b.joined()),
                t.counts("report.network.left", n.left(), b.left()),
                t.counts("report.network.partners", n.partnerCompanies(), b.partnerCompanies()),
                t.counts("report.network.newPartnerships", n.newPartnerships(), b.newPartnerships()))));
        doc.note(messages.get("report.network.note", FrenchFormats.date(now.period().last()),
                FrenchFormats.date(before.period().last())));
        if (n.territory() > 0) {
            doc.note(messages.get("report.network.territoryNote", FrenchFormats.integer(n.territory())));
        }
        doc.heading(2, messages.get("report.network.byKind"));
        doc.table(t.byKey(messages.get("report.network.byKind"), now, before, EstablishmentKind.class,
                n.membersByKind(), b.membersByKind(), k -> messages.get(k.messageKey()), true));
        doc.chart(t.chart(messages.get("report.network.byKind"), now, before, ComparedRows.union(
                n.membersByKind().keySet(), b.membersByKind().keySet()), k -> messages.get(k.messageKey()),
                n.membersByKind(), b.membersByKind()));
        doc.heading(2, messages.get("report.network.companies"));
        List<Row> rows = new ArrayList<>();
        for (SizeBand s : SizeBand.values()) {
            rows.add(new Row(List.of(Cell.text(messages.get(s.messageKey())), Cell.count(
                    n.companiesBySize().getOrDefault(s, 0))), false));
        }
        rows.add(new Row(List.of(Cell.text(messages.get("report.network.sizeUnknown")),
                Cell.count(n.companiesSizeUnknown())), false));
        rows.add(new Row(List.of(Cell.text(messages.get("report.total")), Cell.count(n.companies())), true));
        doc.table(new DocumentModel.Table(messages.get("report.network.companies"), List.of(
                new Column(messages.get("report.network.size"), 5, false),
                new Column(messages.get("report.network.companiesCount"), 2, true)), rows));
        List<Row> divisions = new ArrayList<>();
        n.companiesByDivision().entrySet().stream().limit(12).forEach(e -> divisions.add(new Row(List.of(
                Cell.text(org.campuspilot.shared.NafDivisions.label(e.getKey())
                        .map(label -> messages.get("report.network.division", e.getKey(), label))
                        .orElse(messages.get("report.network.divisionUnknown", e.getKey()))),
                Cell.count(e.getValue())), false)));
        if (!divisions.isEmpty()) {
            doc.table(new DocumentModel.Table(messages.get("report.network.activity"), List.of(
                    new Column(messages.get("report.network.activityColumn"), 5, false),
                    new Column(messages.get("report.network.companiesCount"), 2, true)), divisions));
        }
        doc.note(messages.get("report.network.directoryNote", FrenchFormats.integer(n.companies()),
                FrenchFormats.integer(n.contacts())));
    }

    private void events(DocumentModel doc, ReportFigures now, ReportFigures before) {
        ReportFigures.Events e = now.events();
        ReportFigures.Events b = before.events();
        doc.heading(1, messages.get("report.events"));
        doc.table(t.compared(messages.get("report.events"), now, before, List.of(
                t.counts("report.events.count", e.count(), b.count()),
                t.counts("report.events.attendance", e.attendance(), b.attendance()))));
        if (e.planned() > 0) {
            doc.note(messages.get("report.events.plannedNote", FrenchFormats.integer(e.planned())));
        }
        doc.heading(2, messages.get("report.events.byType"));
        doc.table(t.byKey(messages.get("report.events.byType"), now, before, EventType.class, e.byType(), b.byType(),
                t -> messages.get(t.messageKey()), true));
        List<DocumentModel.Bar> months = new ArrayList<>();
        List<Integer> previous = new ArrayList<>(b.byMonth().values());
        int i = 0;
        for (Map.Entry<YearMonth, Integer> m : e.byMonth().entrySet()) {
            months.add(new DocumentModel.Bar(month(m.getKey()), List.of((double) m.getValue(),
                    (double) (i < previous.size() ? previous.get(i) : 0))));
            i++;
        }
        doc.chart(new DocumentModel.Chart(messages.get("report.events.byMonth"), t.series(now, before), months, ""));
        doc.heading(2, messages.get("report.events.list"));
        List<Row> rows = new ArrayList<>();
        for (ReportFigures.EventLine l : e.list()) {
            rows.add(new Row(List.of(Cell.date(l.date()), Cell.text(l.title()),
                    Cell.text(messages.get(l.type().messageKey())), Cell.count(l.present())), false));
        }
        if (rows.isEmpty()) {
            doc.note(messages.get("report.events.none"));
        } else {
            doc.table(new DocumentModel.Table(messages.get("report.events.list"), List.of(
                    new Column(messages.get("report.column.date"), 2, false),
                    new Column(messages.get("report.column.title"), 7, false),
                    new Column(messages.get("report.column.type"), 3, false),
                    new Column(messages.get("report.column.present"), 2, true)), rows));
        }
    }

    /** « janv. 2026 ». */
    private String month(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.SHORT, messages.locale()) + " " + m.getYear() % 100;
    }

    private void actions(DocumentModel doc, ReportFigures now, ReportFigures before) {
        ReportFigures.Actions a = now.actions();
        ReportFigures.Actions b = before.actions();
        doc.heading(1, messages.get("report.actions"));
        doc.table(t.compared(messages.get("report.actions"), now, before, List.of(
                t.counts("report.actions.count", a.count(), b.count()),
                t.counts("report.actions.beneficiaries", a.beneficiaries(), b.beneficiaries()),
                t.hours("report.actions.hours", a.hours(), b.hours()))));
        if (a.planned() > 0) {
            doc.note(messages.get("report.actions.plannedNote", FrenchFormats.integer(a.planned())));
        }
        doc.heading(2, messages.get("report.actions.byLevel"));
        List<Row> rows = new ArrayList<>();
        Set<TrainingLevel> levels = ComparedRows.union(a.byLevel().keySet(), b.byLevel().keySet());
        ReportFigures.LevelLine none = new ReportFigures.LevelLine(0, 0, Hours.ZERO);
        for (TrainingLevel level : levels) {
            ReportFigures.LevelLine l = a.byLevel().getOrDefault(level, none);
            ReportFigures.LevelLine lb = b.byLevel().getOrDefault(level, none);
            rows.add(new Row(List.of(Cell.text(levelLabel(level)), Cell.count(l.actions()), Cell.count(lb.actions()),
                    Cell.count(l.beneficiaries()), Cell.count(lb.beneficiaries()),
                    Cell.decimal(ComparedRows.value(l.hours())),
                    Cell.text(ComparedRows.change(l.beneficiaries(), lb.beneficiaries()))), false));
        }
        rows.add(new Row(List.of(Cell.text(messages.get("report.total.once")), Cell.count(a.count()),
                Cell.count(b.count()), Cell.count(a.beneficiaries()), Cell.count(b.beneficiaries()),
                Cell.decimal(ComparedRows.value(a.hours())),
                Cell.text(ComparedRows.change(a.beneficiaries(), b.beneficiaries()))), true));
        String cur = now.period().label();
        String prev = before.period().label();
        doc.table(new DocumentModel.Table(messages.get("report.actions.byLevel"), List.of(
                new Column(messages.get("report.column.level"), 4, false),
                new Column(messages.get("report.column.actionsIn", cur), 2, true),
                new Column(messages.get("report.column.actionsIn", prev), 2, true),
                new Column(messages.get("report.column.beneficiariesIn", cur), 2.4f, true),
                new Column(messages.get("report.column.beneficiariesIn", prev), 2.4f, true),
                new Column(messages.get("report.column.hoursIn", cur), 2, true),
                new Column(messages.get("report.column.change"), 2.6f, true)), rows));
        doc.note(messages.get("report.actions.levelNote"));
        List<DocumentModel.Bar> bars = new ArrayList<>();
        for (TrainingLevel level : levels) {
            bars.add(new DocumentModel.Bar(messages.get("report.level.short", level.shortLabel()), List.of(
                    (double) a.byLevel().getOrDefault(level, none).beneficiaries(),
                    (double) b.byLevel().getOrDefault(level, none).beneficiaries())));
        }
        doc.chart(new DocumentModel.Chart(messages.get("report.actions.chart"), t.series(now, before), bars, ""));
        doc.heading(2, messages.get("report.actions.byStatus"));
        doc.table(t.byKey(messages.get("report.actions.byStatus"), now, before, LearnerStatus.class, a.byStatus(),
                b.byStatus(), s -> messages.get(s.messageKey()), true));
        doc.heading(2, messages.get("report.actions.bySex"));
        doc.table(t.byKey(messages.get("report.actions.bySex"), now, before, Sex.class, a.bySex(), b.bySex(),
                s -> messages.get(s.messageKey()), true));
        doc.heading(2, messages.get("report.actions.byType"));
        doc.table(t.byKey(messages.get("report.actions.byType"), now, before, ActionType.class, a.byType(),
                b.byType(), t -> messages.get(t.messageKey()), true));
    }

    /** « Niveau 4 (IV) ». */
    public String levelLabel(TrainingLevel level) {
        return messages.get("report.level", String.valueOf(level.national()), level.old() == null ? ""
                : " (" + level.old() + ")");
    }

    private void mobility(DocumentModel doc, ReportFigures now, ReportFigures before) {
        ReportFigures.Mobility m = now.mobility();
        ReportFigures.Mobility b = before.mobility();
        doc.heading(1, messages.get("report.mobility"));
        doc.table(t.compared(messages.get("report.mobility"), now, before, List.of(
                t.counts("report.mobility.actions", m.actions(), b.actions()),
                t.counts("report.mobility.beneficiaries", m.beneficiaries(), b.beneficiaries()),
                t.counts("report.mobility.outgoing", m.outgoing(), b.outgoing()),
                t.counts("report.mobility.incoming", m.incoming(), b.incoming()))));
        if (!m.byCountry().isEmpty()) {
            List<Row> rows = new ArrayList<>();
            m.byCountry().forEach((country, n) -> rows.add(new Row(List.of(Cell.text(country), Cell.count(n)), false)));
            doc.table(new DocumentModel.Table(messages.get("report.mobility.countries"), List.of(
                    new Column(messages.get("report.mobility.country"), 5, false),
                    new Column(messages.get("report.mobility.actions"), 2, true)), rows));
        }
    }

    private void finance(DocumentModel doc, ReportFigures now, ReportFigures before) {
        ReportFigures.Finance f = now.finance();
        ReportFigures.Finance b = before.finance();
        doc.heading(1, messages.get("report.finance", String.valueOf(f.year())));
        List<Row> rows = List.of(
                t.money("report.finance.awarded", f.awarded(), b.awarded()),
                t.money("report.finance.received", f.received(), b.received()),
                t.money("report.finance.forecast", f.forecastCharges(), b.forecastCharges()),
                t.money("report.finance.committed", f.committedCharges(), b.committedCharges()),
                t.money("report.finance.paid", f.paidCharges(), b.paidCharges()),
                new Row(List.of(Cell.text(messages.get("report.finance.execution")), Cell.percent(f.executionRate()),
                        Cell.percent(b.executionRate()), Cell.text(t.pointsChange(f.executionRate(),
                                b.executionRate()))), false));
        doc.table(new DocumentModel.Table(messages.get("report.finance", String.valueOf(f.year())), List.of(
                new Column("", 5, false), new Column(String.valueOf(f.year()), 2.5f, true),
                new Column(String.valueOf(b.year()), 2.5f, true),
                new Column(messages.get("report.column.change"), 2.5f, true)), rows));
        doc.chart(new DocumentModel.Chart(messages.get("report.finance.chart", String.valueOf(f.year())),
                List.of(String.valueOf(f.year()), String.valueOf(b.year())), List.of(
                        euros("report.finance.forecast.short", f.forecastCharges(), b.forecastCharges()),
                        euros("report.finance.committed.short", f.committedCharges(), b.committedCharges()),
                        euros("report.finance.paid.short", f.paidCharges(), b.paidCharges()),
                        euros("report.finance.awarded.short", f.awarded(), b.awarded()),
                        euros("report.finance.received.short", f.received(), b.received())), "€"));
        doc.note(messages.get("report.finance.note", String.valueOf(f.year()), String.valueOf(f.grants())));
    }

    private DocumentModel.Bar euros(String key, Money now, Money before) {
        return new DocumentModel.Bar(messages.get(key), List.of(now.cents() / 100.0, before.cents() / 100.0));
    }
}
