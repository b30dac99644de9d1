package org.campuspilot.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campuspilot.action.Action;
import org.campuspilot.action.LearnerStatus;
import org.campuspilot.action.Sex;
import org.campuspilot.company.Company;
import org.campuspilot.contact.Contact;
import org.campuspilot.document.DocumentModel;
import org.campuspilot.document.DocumentModel.Cell;
import org.campuspilot.document.DocumentModel.Column;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.event.Event;
import org.campuspilot.grant.FinanceEntry;
import org.campuspilot.grant.Grant;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.TrainingLevel;
import org.campuspilot.ui.Messages;

/**
 * Every list of the application as a table of typed cells (text, whole numbers, amounts, dates): what « Exporter »
 * writes as CSV from a list screen (the rows shown), what {@code export csv} writes from the command line (every
 * row), and the Région workbook's sheets of records. One definition per list, so the three agree.
 */
public final class ListTables {
    /** The lists that can be exported, by their command-line name. */
    public enum Kind {
        ESTABLISHMENTS,
        COMPANIES,
        CONTACTS,
        EVENTS,
        ACTIONS,
        GRANTS,
        EXPENSES;

        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String messageKey() {
            return "export.list." + cliName();
        }

        /** « companies » → COMPANIES; null for anything else. */
        public static Kind parse(String s) {
            for (Kind k : values()) {
                if (k.cliName().equalsIgnoreCase(s == null ? "" : s.strip())) {
                    return k;
                }
            }
            return null;
        }
    }

    private final Messages messages;

    public ListTables(Messages messages) {
        this.messages = messages;
    }

    /** One column: its header key, relative width, whether it holds figures, and how a record fills it. */
    private record Col<T>(String key, float width, boolean numeric, Function<T, Cell> cell) {
    }

    private static <T> Col<T> text(String key, float width, Function<T, String> value) {
        return new Col<>(key, width, false, r -> Cell.text(value.apply(r)));
    }

    private static <T> Col<T> cell(String key, float width, Function<T, Cell> value) {
        return new Col<>(key, width, true, value);
    }

    private <T> DocumentModel.Table table(Kind kind, List<T> records, List<Col<T>> columns) {
        List<Column> cols = columns.stream().map(c -> new Column(messages.get(c.key()), c.width(), c.numeric()))
                .toList();
        List<DocumentModel.Row> rows = new ArrayList<>(records.size());
        for (T r : records) {
            List<Cell> cells = new ArrayList<>(columns.size());
            for (Col<T> c : columns) {
                cells.add(c.cell().apply(r));
            }
            rows.add(new DocumentModel.Row(cells, false));
        }
        return new DocumentModel.Table(messages.get(kind.messageKey()), cols, rows);
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String org(Organisation o) {
        return o == null ? "" : o.name();
    }

    public DocumentModel.Table establishments(List<Establishment> list) {
        return table(Kind.ESTABLISHMENTS, list, List.of(
                text("export.col.uai", 2, e -> e.uai().code()),
                text("export.col.name", 6, Establishment::name),
                text("export.col.kind", 3, e -> messages.get(e.kind().messageKey())),
                text("export.col.ownership", 2, e -> messages.get(e.ownership().messageKey())),
                text("export.col.role", 2, e -> messages.get(e.role().messageKey())),
                text("export.col.siret", 3, e -> e.siret() == null ? "" : e.siret().code()),
                text("export.col.street", 4, Establishment::street),
                text("export.col.postalCode", 2, e -> str(e.postalCode())),
                text("export.col.city", 3, Establishment::city),
                text("export.col.phone", 3, e -> str(e.phone())),
                text("export.col.email", 4, e -> str(e.email())),
                text("export.col.website", 4, Establishment::website),
                cell("export.col.memberSince", 2, e -> Cell.date(e.memberSince())),
                cell("export.col.memberUntil", 2, e -> Cell.date(e.memberUntil())),
                cell("export.col.conventionSigned", 2, e -> Cell.date(e.conventionSignedOn()))));
    }

    public DocumentModel.Table companies(List<Company> list) {
        return table(Kind.COMPANIES, list, List.of(
                text("export.col.siret", 3, c -> c.number().code()),
                text("export.col.name", 6, Company::name),
                text("export.col.naf", 2, c -> c.naf() == null ? "" : c.naf().code()),
                text("export.col.size", 2, c -> c.size() == null ? "" : messages.get(c.size().messageKey())),
                text("export.col.activity", 5, Company::activity),
                text("export.col.street", 4, Company::street),
                text("export.col.postalCode", 2, c -> str(c.postalCode())),
                text("export.col.city", 3, Company::city),
                text("export.col.website", 4, Company::website),
                text("export.col.partnerships", 5, c -> c.partnerships().stream()
                        .map(k -> messages.get(k.messageKey())).collect(Collectors.joining(", "))),
                cell("export.col.conventionSigned", 2, c -> Cell.date(c.conventionSignedOn())),
                cell("export.col.conventionEnds", 2, c -> Cell.date(c.conventionEndsOn()))));
    }

    public DocumentModel.Table contacts(List<Contact> list) {
        return table(Kind.CONTACTS, list, List.of(
                text("export.col.lastName", 3, Contact::lastName),
                text("export.col.firstName", 3, Contact::firstName),
                text("export.col.role", 3, Contact::role),
                text("export.col.organisation", 5, c -> org(c.organisation())),
                text("export.col.email", 4, c -> str(c.email())),
                text("export.col.phone", 3, c -> str(c.phone())),
                cell("export.col.lastContact", 2, c -> Cell.date(c.lastContactOn()))));
    }

    public DocumentModel.Table events(List<Event> list) {
        return table(Kind.EVENTS, list, List.of(
                cell("export.col.startDate", 2, e -> Cell.date(e.timing().startDate())),
                text("export.col.startTime", 1.5f, e -> e.timing().allDay() ? "" : str(e.timing().startTime())),
                cell("export.col.endDate", 2, e -> Cell.date(e.timing().endDate())),
                text("export.col.title", 6, Event::title),
                text("export.col.type", 3, e -> messages.get(e.type().messageKey())),
                text("export.col.status", 2, e -> messages.get(e.status().messageKey())),
                text("export.col.place", 4, Event::placeText),
                text("export.col.organiser", 4, e -> org(e.organiser())),
                cell("export.col.expected", 2, e -> e.expected() == null ? Cell.text("") : Cell.count(e.expected())),
                cell("export.col.present", 2, e -> Cell.count(e.totalPresent()))));
    }

    public DocumentModel.Table actions(List<Action> list) {
        List<Col<Action>> cols = new ArrayList<>(List.of(
                text("export.col.title", 6, Action::title),
                text("export.col.type", 3, a -> messages.get(a.type().messageKey())),
                text("export.col.schoolYear", 2, a -> a.schoolYear().toString()),
                text("export.col.levels", 3, a -> a.levels().stream().map(TrainingLevel::shortLabel)
                        .collect(Collectors.joining(", "))),
                cell("export.col.startDate", 2, a -> Cell.date(a.startDate())),
                cell("export.col.endDate", 2, a -> Cell.date(a.endDate())),
                text("export.col.status", 2, a -> messages.get(a.status().messageKey())),
                text("export.col.establishments", 5, a -> a.establishments().stream().map(Organisation::name)
                        .collect(Collectors.joining(", "))),
                text("export.col.companies", 5, a -> a.companies().stream().map(Organisation::name)
                        .collect(Collectors.joining(", "))),
                cell("export.col.beneficiaries", 2, a -> Cell.count(a.beneficiaries().actualTotal()))));
        for (LearnerStatus s : LearnerStatus.values()) {
            cols.add(new Col<>(s.messageKey(), 2, true, a -> Cell.count(a.beneficiaries().actual(s))));
        }
        for (Sex s : Sex.values()) {
            cols.add(new Col<>(s.messageKey(), 2, true, a -> Cell.count(a.beneficiaries().actual(s))));
        }
        cols.add(cell("export.col.hours", 2, a -> Cell.decimal(a.hoursDelivered().hundredths() / 100.0)));
        cols.add(text("export.col.country", 3, a -> a.mobility() == null ? "" : str(a.mobility().country())));
        return table(Kind.ACTIONS, list, cols);
    }

    public DocumentModel.Table grants(List<Grant> list) {
        return table(Kind.GRANTS, list, List.of(
                text("export.col.funder", 3, g -> messages.get(g.funder().messageKey())),
                text("export.col.funderName", 4, Grant::funderName),
                cell("export.col.year", 1.5f, g -> new Cell(String.valueOf(g.year()), g.year())),
                text("export.col.object", 5, Grant::object),
                text("export.col.status", 2, g -> messages.get(g.status().messageKey())),
                cell("export.col.requested", 2.5f, g -> Cell.money(g.requested())),
                cell("export.col.awarded", 2.5f, g -> Cell.money(g.awarded())),
                cell("export.col.received", 2.5f, g -> Cell.money(g.received())),
                cell("export.col.decisionDate", 2, g -> Cell.date(g.decisionDate())),
                text("export.col.conventionRef", 3, Grant::conventionRef),
                cell("export.col.reportDue", 2, g -> Cell.date(g.reportDue())),
                cell("export.col.reportSent", 2, g -> Cell.date(g.reportSentOn()))));
    }

    public DocumentModel.Table expenses(List<FinanceEntry> list) {
        return table(Kind.EXPENSES, list, List.of(
                cell("export.col.date", 2, f -> Cell.date(f.date())),
                text("export.col.entryKind", 2, f -> messages.get(f.kind().messageKey())),
                text("export.col.party", 4, FinanceEntry::party),
                text("export.col.description", 6, FinanceEntry::description),
                cell("export.col.amount", 2.5f, f -> Cell.money(f.amount())),
                text("export.col.line", 1.5f, FinanceEntry::lineCode),
                text("export.col.status", 2, f -> messages.get(f.status().messageKey(f.kind()))),
                cell("export.col.paidOn", 2, f -> Cell.date(f.paidOn())),
                text("export.col.reference", 3, FinanceEntry::reference),
                text("export.col.action", 4, FinanceEntry::actionTitle),
                text("export.col.event", 4, FinanceEntry::eventTitle),
                text("export.col.grant", 4, FinanceEntry::grantLabel)));
    }
}
