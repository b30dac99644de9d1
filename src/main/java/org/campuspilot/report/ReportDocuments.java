package org.campuspilot.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.campuspilot.action.ActionRepository;
import org.campuspilot.campus.Campus;
import org.campuspilot.campus.CampusRepository;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.document.CsvProfile;
import org.campuspilot.document.CsvRenderer;
import org.campuspilot.document.DocumentFiles;
import org.campuspilot.document.DocumentModel;
import org.campuspilot.document.DocumentModel.Cell;
import org.campuspilot.document.DocumentModel.Column;
import org.campuspilot.document.DocumentModel.Row;
import org.campuspilot.document.RecordTable;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.establishment.EstablishmentRepository;
import org.campuspilot.event.EventRepository;
import org.campuspilot.grant.BudgetFollowUp;
import org.campuspilot.grant.EntryRepository;
import org.campuspilot.grant.GrantDocuments;
import org.campuspilot.grant.GrantFigures;
import org.campuspilot.grant.GrantRepository;
import org.campuspilot.shared.TrainingLevel;
import org.campuspilot.store.Stores;
import org.campuspilot.ui.Messages;
import org.campuspilot.action.ActionTable;
import org.campuspilot.company.CompanyTable;
import org.campuspilot.contact.ContactTable;
import org.campuspilot.establishment.EstablishmentTable;
import org.campuspilot.event.EventTable;
import org.campuspilot.grant.GrantTable;

/**
 * The reports feature's documents, for the screens and the command line alike: the rapport d'activité of a period,
 * the Région workbook of a year, and every list as a table for CSV; and the writing of each in its formats.
 */
public final class ReportDocuments {
    private final ReportService service;
    private final ReportTexts texts;
    private final CampusRepository campus;
    private final EstablishmentRepository establishments;
    private final CompanyRepository companies;
    private final ContactRepository contacts;
    private final EventRepository events;
    private final ActionRepository actions;
    private final GrantRepository grants;
    private final EntryRepository entries;
    private final GrantFigures grantFigures;
    private final Messages messages;

    public ReportDocuments(Stores stores, Messages messages) {
        this.messages = messages;
        this.campus = stores.campus();
        this.establishments = stores.establishments();
        this.companies = stores.companies();
        this.contacts = stores.contacts();
        this.events = stores.events();
        this.actions = stores.actions();
        this.grants = stores.grants();
        this.entries = stores.entries();
        this.grantFigures = new GrantFigures(grants, stores.budgets(), entries, stores.projects());
        this.service = new ReportService(stores.database(), grantFigures);
        this.texts = new ReportTexts(stores.database());
    }

    public ReportService service() {
        return service;
    }

    public ReportTexts texts() {
        return texts;
    }

    /** The rapport d'activité of the period, compared with the one before, with the director's texts. */
    public DocumentModel activityReport(ReportPeriod period) {
        return activityReport(period, texts.of(period));
    }

    /** The same with texts not saved yet (the preview while the director writes). */
    public DocumentModel activityReport(ReportPeriod period, Map<ReportTexts.Section, String> sections) {
        Campus c = campus.find().orElse(null);
        String support = establishments.findSupport().map(Establishment::name).orElse("");
        return new ActivityReport(messages).build(new ActivityReport.Input(c, support, service.compare(period),
                sections, c == null ? null : campus.logo().orElse(null)));
    }

    /**
     * The sections of the report that will be empty, so left out, by their titles: the campus without an identity,
     * the texts the director has not written. Reads the campus: not on the FX thread.
     */
    public List<String> emptySections(Map<ReportTexts.Section, String> sections) {
        List<String> out = new ArrayList<>();
        if (campus.find().isEmpty()) {
            out.add(messages.get("report.campus"));
        }
        ActivityReport.emptySections(sections).forEach(s -> out.add(messages.get(s.messageKey())));
        return out;
    }

    /**
     * The Région workbook of a civil year: one sheet per theme — the campus and its key figures, the member
     * establishments of the year, the companies, the events of the year, the actions by level, the budget
     * execution line by line, the grants of the year.
     */
    public DocumentModel regionWorkbook(int year) {
        ReportPeriod p = ReportPeriod.civil(year);
        ReportFigures f = service.figures(p);
        Campus c = campus.find().orElse(null);
        DocumentModel doc = new DocumentModel(messages.get("region.title", String.valueOf(year)),
                c == null ? "" : c.name());
        doc.table(campusSheet(c, f));
        doc.table(EstablishmentTable.of(messages, establishments.findAll().stream()
                .filter(e -> e.role().inNetwork() && (e.memberSince() == null || !e.memberSince().isAfter(p.last()))
                        && (e.memberUntil() == null || !e.memberUntil().isBefore(p.first()))).toList()));
        doc.table(CompanyTable.of(messages, companies.findAll()));
        doc.table(EventTable.of(messages, events.findTouching(p.first(), p.last()).stream()
                .filter(e -> !e.timing().startDate().isBefore(p.first())).toList()));
        doc.table(levelSheet(f));
        doc.table(budgetSheet(grantFigures.followUp(year)));
        doc.table(GrantTable.grants(messages, grants.findByYear(year)));
        return doc;
    }

    private DocumentModel.Table campusSheet(Campus c, ReportFigures f) {
        List<Row> rows = new ArrayList<>();
        if (c != null) {
            rows.add(pair("report.campus.name", Cell.text(c.name())));
            rows.add(pair("report.campus.sector", Cell.text(messages.get(c.sector().messageKey()))));
            rows.add(pair("report.campus.academie", Cell.text(c.academie())));
            rows.add(pair("report.campus.region", Cell.text(c.region())));
            rows.add(pair("region.labelStart", Cell.date(c.labelStart())));
            rows.add(pair("region.labelEnd", Cell.date(c.labelEnd())));
            rows.add(pair("region.excellence", Cell.text(messages.get(c.excellence() ? "region.yes" : "region.no"))));
            rows.add(pair("report.campus.support", Cell.text(establishments.findSupport().map(Establishment::name)
                    .orElse(""))));
            rows.add(pair("report.campus.association", Cell.text(c.associationName())));
            rows.add(pair("region.associationSiret", Cell.text(c.associationSiret() == null ? ""
                    : c.associationSiret().code())));
        }
        rows.add(pair("report.network.members", Cell.count(f.network().members())));
        rows.add(pair("report.network.territory", Cell.count(f.network().territory())));
        rows.add(pair("report.network.partners", Cell.count(f.network().partnerCompanies())));
        rows.add(pair("report.events.count", Cell.count(f.events().count())));
        rows.add(pair("report.events.attendance", Cell.count(f.events().attendance())));
        rows.add(pair("report.actions.count", Cell.count(f.actions().count())));
        rows.add(pair("report.actions.beneficiaries", Cell.count(f.actions().beneficiaries())));
        rows.add(pair("report.actions.hours", Cell.decimal(f.actions().hours().hundredths() / 100.0)));
        rows.add(pair("report.finance.awarded", Cell.money(f.finance().awarded())));
        rows.add(pair("report.finance.received", Cell.money(f.finance().received())));
        rows.add(pair("report.finance.execution", Cell.percent(f.finance().executionRate())));
        return new DocumentModel.Table(messages.get("region.sheet.campus"), List.of(
                new Column(messages.get("region.col.item"), 5, false),
                new Column(messages.get("region.col.value", String.valueOf(f.period().year())), 5, false)), rows);
    }

    private Row pair(String key, Cell value) {
        return new Row(List.of(Cell.text(messages.get(key)), value), false);
    }

    private DocumentModel.Table levelSheet(ReportFigures f) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<TrainingLevel, ReportFigures.LevelLine> e : f.actions().byLevel().entrySet()) {
            TrainingLevel l = e.getKey();
            rows.add(new Row(List.of(Cell.count(l.national()), Cell.text(l.old() == null ? "" : l.old()),
                    Cell.count(e.getValue().actions()), Cell.count(e.getValue().beneficiaries()),
                    Cell.decimal(e.getValue().hours().hundredths() / 100.0)), false));
        }
        rows.add(new Row(List.of(Cell.text(messages.get("report.total.once")), Cell.text(""),
                Cell.count(f.actions().count()), Cell.count(f.actions().beneficiaries()),
                Cell.decimal(f.actions().hours().hundredths() / 100.0)), true));
        return new DocumentModel.Table(messages.get("region.sheet.levels"), List.of(
                new Column(messages.get("region.col.level"), 2, true),
                new Column(messages.get("region.col.oldLevel"), 2, false),
                new Column(messages.get("report.actions.count"), 2, true),
                new Column(messages.get("report.actions.beneficiaries"), 2, true),
                new Column(messages.get("report.actions.hours"), 2, true)), rows);
    }

    private DocumentModel.Table budgetSheet(BudgetFollowUp f) {
        GrantDocuments labels = new GrantDocuments(messages);
        List<Row> rows = new ArrayList<>();
        for (BudgetFollowUp.Row r : f.rows()) {
            if (r.isEmpty() && !r.isGroup()) {
                continue;
            }
            rows.add(new Row(List.of(Cell.text(r.line().code()), Cell.text(labels.lineLabel(r.line())),
                    Cell.text(messages.get("region.side." + r.line().side().name().toLowerCase(java.util.Locale.ROOT))), Cell.money(r.forecast()),
                    Cell.money(r.committed()), Cell.money(r.paid()), Cell.money(r.gap()),
                    Cell.percent(r.gapPercent())), r.isGroup()));
        }
        return new DocumentModel.Table(messages.get("region.sheet.budget"), List.of(
                new Column(messages.get("region.col.code"), 1.5f, false),
                new Column(messages.get("region.col.line"), 6, false),
                new Column(messages.get("region.col.side"), 3, false),
                new Column(messages.get("region.col.forecast"), 2.5f, true),
                new Column(messages.get("region.col.committed"), 2.5f, true),
                new Column(messages.get("region.col.paid"), 2.5f, true),
                new Column(messages.get("region.col.gap"), 2.5f, true),
                new Column(messages.get("region.col.gapPercent"), 2, true)), rows);
    }

    /** Every record of a list as a table (what {@code export csv} writes). */
    public DocumentModel.Table list(ListKind kind) {
        return switch (kind) {
            case ESTABLISHMENTS -> EstablishmentTable.of(messages, establishments.findAll());
            case COMPANIES -> CompanyTable.of(messages, companies.findAll());
            case CONTACTS -> ContactTable.of(messages, contacts.findAll().stream().filter(x -> x.anonymisedOn() == null)
                    .toList());
            case EVENTS -> EventTable.of(messages, events.findAll());
            case ACTIONS -> ActionTable.of(messages, actions.findAll());
            case GRANTS -> GrantTable.grants(messages, grants.findAll());
            case EXPENSES -> GrantTable.expenses(messages, entries.findAll());
        };
    }

    /** Writes a document (the report or the workbook) whole or not at all. */
    public void write(DocumentModel model, DocumentFiles.Format format, Path out) throws IOException {
        new DocumentFiles(messages.get("document.page")).write(model, format, out, false);
    }

    /** Writes every record of a list as CSV, whole or not at all (what {@code export csv} writes); returns the rows. */
    public int writeCsv(ListKind kind, CsvProfile profile, Path out) throws IOException {
        if (kind == ListKind.ACTIONS) {
            // The largest list of a ten-year campus: streamed, from the database to the file, one action at a time.
            return writeCsv(ActionTable.columns(messages), actions::forEach, profile, out);
        }
        DocumentModel.Table table = list(kind);
        writeCsv(table, profile, out);
        return table.rows().size();
    }

    /** Writes the records {@code source} hands over one at a time, as CSV, whole or not at all; returns the rows. */
    private static <T> int writeCsv(RecordTable<T> table, Consumer<Consumer<T>> source, CsvProfile profile,
            Path out) throws IOException {
        int[] rows = {0};
        try {
            DocumentFiles.writeWhole(out, o -> {
                CsvRenderer.Rows csv = new CsvRenderer(profile).start(table.columns(), o);
                source.accept(record -> {
                    try {
                        csv.write(table.cells(record));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    rows[0]++;
                });
                csv.finish();
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rows[0];
    }

    /** Writes a table as CSV whole or not at all. */
    public static void writeCsv(DocumentModel.Table table, CsvProfile profile, Path out) throws IOException {
        DocumentFiles.writeWhole(out, o -> new CsvRenderer(profile).write(table, o));
    }

    /** « du 01/01/2025 au 31/12/2025 ». */
    public String periodText(ReportPeriod p) {
        return new ActivityReport(messages).periodText(p);
    }

}
