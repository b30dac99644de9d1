package org.campuspilot.grant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campuspilot.campus.Campus;
import org.campuspilot.document.DocumentModel;
import org.campuspilot.document.DocumentModel.Cell;
import org.campuspilot.document.DocumentModel.Column;
import org.campuspilot.document.DocumentModel.Row;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Money;
import org.campuspilot.ui.Messages;

/**
 * The grant's documents as {@link DocumentModel}s, laid out like the forms: the compte rendu financier (Cerfa 15059:
 * the qualitative review, the table of charges and produits with forecast, actual and gaps, the explanatory annex)
 * and the budget prévisionnel (Cerfa 12156). The figures come from {@link BudgetFollowUp}; nothing is computed here
 * but the layout.
 */
public final class GrantDocuments {
    private final Messages messages;

    public GrantDocuments(Messages messages) {
        this.messages = messages;
    }

    /** A line as the tables name it: « 60 – Achats » for a group, « 604 – Prestations de services » below it. */
    public String lineLabel(BudgetLine line) {
        String label = messages.get(line.messageKey());
        if (line.parent() == null || !line.code().chars().allMatch(Character::isDigit)) {
            return label;
        }
        return line.code() + " – " + label;
    }

    public DocumentModel financialReport(FinancialReport r) {
        Grant g = r.grant();
        BudgetFollowUp f = r.figures();
        DocumentModel doc = new DocumentModel(messages.get("grant.cerfa15059.title"),
                r.campusName().isBlank() ? messages.get("grant.cerfa15059.subtitle.noCampus", g.label(),
                        String.valueOf(g.year())) : messages.get("grant.cerfa15059.subtitle", r.campusName(),
                                g.label(), String.valueOf(g.year())));
        if (!g.status().isAwarded()) {
            // Said on the document itself: a compte rendu of money never awarded must not pass for one.
            doc.paragraph(messages.get("grant.cerfa15059.notAwarded", messages.get(g.status().messageKey())));
        }
        doc.heading(1, messages.get("grant.cerfa15059.identification"));
        doc.table(new DocumentModel.Table(messages.get("grant.cerfa15059.identification"),
                List.of(new Column("", 3, false), new Column("", 5, false)), List.of(
                        association(r.campus()), siret(r.campus()),
                        pair("grant.cerfa.funder", messages.get(g.funder().messageKey()) + " — " + g.funderName()),
                        pair("grant.cerfa.object", g.object()),
                        pair("grant.cerfa.project", projectName(r.project())),
                        pair("grant.cerfa.year", String.valueOf(g.year())),
                        pair("grant.cerfa.convention", conventionText(g)),
                        pair("grant.cerfa.awarded", amount(g.awarded())),
                        pair("grant.progress.received", amount(r.progress().received())),
                        pair("grant.progress.spent", amount(r.progress().committed())))));
        // A part the director has not written is left out, never printed « to complete » (see missing()).
        String review = ReviewText.written(g.review());
        if (!blank(review)) {
            doc.heading(1, messages.get("grant.cerfa15059.part1"));
            doc.paragraph(review);
        }
        doc.heading(1, messages.get("grant.cerfa15059.part2"));
        doc.heading(2, messages.get("grant.cerfa.charges"));
        doc.table(gapTable(messages.get("grant.cerfa.charges"), f, BudgetLine.Side.CHARGE, "grant.cerfa.totalCharges"));
        doc.heading(2, messages.get("grant.cerfa.produits"));
        doc.table(gapTable(messages.get("grant.cerfa.produits"), f, BudgetLine.Side.PRODUIT,
                "grant.cerfa.totalProduits"));
        doc.paragraph(resultSentence(f.forecastTotals(), f.actualTotals()));
        doc.heading(2, messages.get("grant.cerfa.contributions"));
        doc.table(gapTable(messages.get("grant.cerfa.contributions"), f, BudgetLine.Side.CONTRIBUTION_EMPLOI, null,
                BudgetLine.Side.CONTRIBUTION_RESSOURCE));
        doc.note(messages.get("grant.cerfa15059.actualNote", String.valueOf(g.year())));
        doc.heading(1, messages.get("grant.cerfa15059.part3"));
        doc.heading(2, messages.get("grant.cerfa15059.indirect"));
        BudgetFollowUp.Row ci = f.row("CI");
        doc.paragraph(messages.get("grant.cerfa15059.indirectAmounts", ci.forecast().display(),
                ci.committed().display()));
        paragraphIfWritten(doc, g.indirectCosts());
        doc.heading(2, messages.get("grant.cerfa15059.gaps", BudgetFollowUp.SIGNIFICANT_GAP_PERCENT));
        List<BudgetFollowUp.Row> gaps = f.significantGaps();
        if (gaps.isEmpty()) {
            doc.paragraph(messages.get("grant.cerfa15059.noGap"));
        } else {
            List<Row> rows = new ArrayList<>();
            for (BudgetFollowUp.Row row : gaps) {
                rows.add(new Row(List.of(Cell.text(lineLabel(row.line())), Cell.money(row.forecast()),
                        Cell.money(row.committed()), Cell.money(row.gap()), Cell.percent(row.gapPercent()),
                        Cell.text(g.gapExplanations().getOrDefault(row.line().code(), ""))), false));
            }
            doc.table(new DocumentModel.Table(messages.get("grant.cerfa15059.gapsSheet"), List.of(
                    // « Réalisation » whole on one line in LibreOffice too (it wrapped as « Réalisati on »).
                    new Column(messages.get("grant.column.line"), 4.2f, false),
                    new Column(messages.get("grant.column.forecast"), 2.6f, true),
                    new Column(messages.get("grant.column.actual"), 2.8f, true),
                    new Column(messages.get("grant.column.gap"), 2.6f, true),
                    new Column(messages.get("grant.column.gapPercent"), 2.2f, true),
                    new Column(messages.get("grant.column.explanation"), 5, false)), rows));
        }
        doc.heading(2, messages.get("grant.cerfa15059.inKind"));
        doc.paragraph(messages.get("grant.cerfa15059.inKindAmounts", f.actualTotals().contributionEmplois().display(),
                f.actualTotals().contributionRessources().display()));
        paragraphIfWritten(doc, g.contributions());
        doc.heading(1, messages.get("grant.cerfa15059.attestation.title"));
        doc.paragraph(messages.get("grant.cerfa15059.attestation"));
        return doc;
    }

    /** The budget prévisionnel of a year in the layout of Cerfa 12156, the association's. */
    public DocumentModel budgetForecast(Campus campus, int year, Map<String, Money> forecast) {
        return budgetForecast(campus, year, forecast, null);
    }

    /** The budget prévisionnel of a project's year (« budget prévisionnel de l'action »), or the association's. */
    public DocumentModel budgetForecast(Campus campus, int year, Map<String, Money> forecast,
            AnalyticProject project) {
        BudgetTotals totals = BudgetTotals.of(forecast);
        String subtitle = campus == null || blank(campus.name()) ? messages.get("grant.cerfa12156.subtitle.noCampus",
                String.valueOf(year)) : messages.get("grant.cerfa12156.subtitle", campus.name(), String.valueOf(year));
        DocumentModel doc = project == null ? new DocumentModel(messages.get("grant.cerfa12156.title"), subtitle)
                : new DocumentModel(messages.get("grant.cerfa12156.titleProject"), project.name() + " \u2014 "
                        + subtitle);
        doc.heading(1, messages.get("grant.cerfa12156.identification"));
        doc.table(new DocumentModel.Table(messages.get("grant.cerfa12156.identification"),
                List.of(new Column("", 3, false), new Column("", 5, false)), List.of(association(campus),
                        siret(campus), pair("grant.cerfa.project", projectName(project)),
                        pair("grant.cerfa.year", String.valueOf(year)))));
        doc.heading(1, messages.get("grant.cerfa.charges"));
        doc.table(amountTable(messages.get("grant.cerfa.charges"), forecast, BudgetLine.Side.CHARGE,
                "grant.cerfa.totalCharges", totals.charges()));
        doc.heading(1, messages.get("grant.cerfa.produits"));
        doc.table(amountTable(messages.get("grant.cerfa.produits"), forecast, BudgetLine.Side.PRODUIT,
                "grant.cerfa.totalProduits", totals.produits()));
        doc.heading(1, messages.get("grant.cerfa.contributions"));
        doc.table(amountTable(messages.get("grant.cerfa.contributions"), forecast,
                BudgetLine.Side.CONTRIBUTION_EMPLOI, null, null));
        doc.table(amountTable(messages.get("grant.cerfa.contributionsResources"), forecast,
                BudgetLine.Side.CONTRIBUTION_RESSOURCE, null, null));
        if (totals.warnings().isEmpty()) {
            doc.paragraph(messages.get("grant.cerfa12156.balanced", totals.charges().display()));
        } else {
            totals.warnings().forEach(p -> doc.paragraph(messages.get(p)));
        }
        doc.note(messages.get("grant.cerfa12156.note"));
        return doc;
    }

    private DocumentModel.Table amountTable(String title, Map<String, Money> amounts, BudgetLine.Side side,
            String totalKey, Money total) {
        List<Row> rows = new ArrayList<>();
        for (BudgetLine line : BudgetLine.ALL) {
            if (line.side() == side) {
                rows.add(new Row(List.of(Cell.text(lineLabel(line)),
                        Cell.money(BudgetTotals.lineTotal(line, amounts))), line.parent() == null));
            }
        }
        if (totalKey != null) {
            rows.add(new Row(List.of(Cell.text(messages.get(totalKey)), Cell.money(total)), true));
        }
        return new DocumentModel.Table(title, List.of(new Column(messages.get("grant.column.line"), 8, false),
                new Column(messages.get("grant.column.amount"), 2.5f, true)), rows);
    }

    private DocumentModel.Table gapTable(String title, BudgetFollowUp f, BudgetLine.Side side, String totalKey,
            BudgetLine.Side... more) {
        List<Row> rows = new ArrayList<>();
        List<BudgetLine.Side> sides = new ArrayList<>(List.of(side));
        sides.addAll(List.of(more));
        for (BudgetLine.Side s : sides) {
            for (BudgetFollowUp.Row row : f.side(s)) {
                rows.add(gapRow(lineLabel(row.line()), row.forecast(), row.committed(), row.parentless()));
            }
        }
        if (totalKey != null) {
            Money forecast = side == BudgetLine.Side.CHARGE ? f.forecastTotals().charges() : f.forecastTotals()
                    .produits();
            Money actual = side == BudgetLine.Side.CHARGE ? f.actualTotals().charges() : f.actualTotals().produits();
            rows.add(gapRow(messages.get(totalKey), forecast, actual, true));
        }
        return new DocumentModel.Table(title, List.of(
                new Column(messages.get("grant.column.line"), 7, false),
                new Column(messages.get("grant.column.forecast"), 2.2f, true),
                new Column(messages.get("grant.column.actual"), 2.2f, true),
                new Column(messages.get("grant.column.gap"), 2.2f, true),
                new Column(messages.get("grant.column.gapPercent"), 1.9f, true)), rows);
    }

    private static Row gapRow(String label, Money forecast, Money actual, boolean bold) {
        Money gap = actual.minus(forecast);
        return new Row(List.of(Cell.text(label), Cell.money(forecast), Cell.money(actual), Cell.money(gap),
                Cell.percent(gap.percentOf(forecast))), bold);
    }

    private String resultSentence(BudgetTotals forecast, BudgetTotals actual) {
        return messages.get("grant.cerfa15059.result", describe(forecast.result()), describe(actual.result()));
    }

    /** « excédent de 1 234,00 € », « insuffisance de … » or « équilibre ». */
    public String describe(Money result) {
        if (result.cents() > 0) {
            return messages.get("grant.result.excedent", result.display());
        }
        if (result.cents() < 0) {
            return messages.get("grant.result.insuffisance", new Money(-result.cents()).display());
        }
        return messages.get("grant.result.balanced");
    }

    /** The project a document reports, or « the association's operation as a whole ». */
    private String projectName(AnalyticProject project) {
        return project == null ? messages.get("grant.project.whole") : project.name();
    }

    private Row pair(String key, String value) {
        return pair(key, Cell.text(value));
    }

    private Row pair(String key, Cell value) {
        return new Row(List.of(Cell.text(messages.get(key)), value), false);
    }

    /** The association that applies or reports (the campus's identity), « — » when not filled in. */
    private Row association(Campus campus) {
        String name = campus == null ? null : campus.associationName();
        return pair("grant.cerfa.association", name == null || name.isBlank() ? "—" : name);
    }

    /** Its SIRET, grouped as usual (« 824 517 395 00011 »), « — » when not filled in. */
    private Row siret(Campus campus) {
        return pair("grant.cerfa.siret", campus == null || campus.associationSiret() == null ? "—"
                : campus.associationSiret().display());
    }

    /** An amount with its euro sign in documents, an amount in euros in a spreadsheet; « — » for none. */
    private static Cell amount(Money m) {
        return m == null ? Cell.text("—") : new Cell(m.display(), m);
    }

    private String conventionText(Grant g) {
        if (g.conventionRef() == null && g.conventionSignedOn() == null) {
            return "—";
        }
        String ref = g.conventionRef() == null ? "" : g.conventionRef();
        return g.conventionSignedOn() == null ? ref
                : messages.get("grant.cerfa15059.conventionSigned", ref, FrenchFormats.date(g.conventionSignedOn()))
                        .strip();
    }

    private static void paragraphIfWritten(DocumentModel doc, String text) {
        if (!blank(text)) {
            doc.paragraph(text);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * What the compte rendu will be written without, as the export says before writing it: the association's name
     * and SIRET (campus identity), the qualitative review, the allocation of indirect costs and the comment on
     * contributions in kind when there are some, the explanation of each significant gap. Empty when complete.
     */
    public List<String> missing(FinancialReport r) {
        List<String> out = new ArrayList<>(missingIdentity(r.campus()));
        Grant g = r.grant();
        BudgetFollowUp f = r.figures();
        if (!g.status().isAwarded()) {
            out.add(messages.get("grant.missing.notAwarded", messages.get(g.status().messageKey())));
        }
        if (f.actualTotals().charges().cents() == 0) {
            out.add(r.project() == null ? messages.get("grant.missing.noExpense", String.valueOf(g.year()))
                    : messages.get("grant.missing.noProjectExpense", r.project().name(), String.valueOf(g.year())));
        }
        if (blank(ReviewText.written(g.review()))) {
            out.add(messages.get("grant.missing.review"));
        } else if (!ReviewText.unfilled(g.review()).isEmpty()) {
            out.add(messages.get("grant.missing.reviewParts", String.join(", ", ReviewText.unfilled(g.review()))));
        }
        BudgetFollowUp.Row ci = f.row("CI");
        if (blank(g.indirectCosts()) && (ci.forecast().cents() != 0 || ci.committed().cents() != 0)) {
            out.add(messages.get("grant.missing.indirect"));
        }
        List<String> unexplained = f.significantGaps().stream()
                .filter(row -> blank(g.gapExplanations().get(row.line().code()))).map(row -> shortName(row.line()))
                .toList();
        if (!unexplained.isEmpty()) {
            out.add(messages.get("grant.missing.gaps", String.join(", ", unexplained)));
        }
        boolean inKind = f.side(BudgetLine.Side.CONTRIBUTION_EMPLOI).stream().anyMatch(row -> !row.isEmpty())
                || f.side(BudgetLine.Side.CONTRIBUTION_RESSOURCE).stream().anyMatch(row -> !row.isEmpty());
        if (blank(g.contributions()) && inKind) {
            out.add(messages.get("grant.missing.inKind"));
        }
        return out;
    }

    /** « 604 », or the label of a line without a number of its own (« Fonds européens »). */
    private String shortName(BudgetLine line) {
        return line.code().chars().allMatch(Character::isDigit) ? line.code() : messages.get(line.messageKey());
    }

    /** The identity the Cerfa forms name and the campus lacks: the association's name, its SIRET. */
    public List<String> missingIdentity(Campus campus) {
        List<String> out = new ArrayList<>();
        if (campus == null || blank(campus.associationName())) {
            out.add(messages.get("grant.missing.association"));
        }
        if (campus == null || campus.associationSiret() == null) {
            out.add(messages.get("grant.missing.siret"));
        }
        return out;
    }
}
