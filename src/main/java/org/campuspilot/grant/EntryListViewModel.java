package org.campuspilot.grant;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import org.campuspilot.shared.Money;
import org.campuspilot.shared.Problem;
import org.campuspilot.shared.Text;
import org.campuspilot.ui.BackgroundList;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.TaskRunner;

/**
 * Expenses and income: searched (supplier, what, reference, amount) and filtered (year, kind, line, status) in the
 * background, with the total of the rows shown.
 */
public final class EntryListViewModel {
    public static final Comparator<FinanceEntry> NEWEST_FIRST = Comparator.comparing(FinanceEntry::date)
            .thenComparing(FinanceEntry::id).reversed();

    final BackgroundList<FinanceEntry> rows;
    final StringProperty search = new SimpleStringProperty("");
    final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    final ObjectProperty<EntryKind> kind = new SimpleObjectProperty<>();
    final ObjectProperty<BudgetLine> line = new SimpleObjectProperty<>();
    final ObjectProperty<EntryStatus> status = new SimpleObjectProperty<>();
    final StringProperty totals = new SimpleStringProperty("");
    private final Messages messages;

    public EntryListViewModel(EntryRepository repository, TaskRunner tasks, Messages messages) {
        this.messages = messages;
        this.rows = new BackgroundList<>(tasks, repository::findAll, this::filter, NEWEST_FIRST,
                Problem.of("grant.entry.list.loadFailed"));
        for (javafx.beans.Observable o : List.of(search, year, kind, line, status)) {
            o.addListener(x -> rows.refilter());
        }
        rows.visible().addListener((ListChangeListener<FinanceEntry>) c -> totals.set(totalsText()));
    }

    private Predicate<FinanceEntry> filter() {
        String query = Text.searchKey(search.get()).strip();
        String digits = search.get() == null ? "" : search.get().replaceAll("[^0-9,]", "");
        Integer y = year.get();
        EntryKind k = kind.get();
        BudgetLine l = line.get();
        EntryStatus s = status.get();
        return f -> (query.isEmpty() || matches(f, query, digits))
                && (y == null || f.year() == y)
                && (k == null || f.kind() == k)
                && (l == null || f.lineCode().equals(l.code()) || l.code().equals(parentOf(f.lineCode())))
                && (s == null || f.status() == s);
    }

    private static String parentOf(String code) {
        return BudgetLine.of(code).map(BudgetLine::parent).orElse(null);
    }

    private static boolean matches(FinanceEntry f, String query, String digits) {
        String text = Text.searchKey(String.join(" ", nz(f.party()), nz(f.description()), nz(f.reference()),
                nz(f.actionTitle()), nz(f.eventTitle())));
        if (text.contains(query)) {
            return true;
        }
        return !digits.isEmpty() && f.amount().number().replace("\u202F", "").startsWith(digits);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** « 152 lignes : dépenses 84 310,00 € (dont payées …), recettes … ». */
    private String totalsText() {
        Money expenses = Money.ZERO;
        Money paid = Money.ZERO;
        Money income = Money.ZERO;
        for (FinanceEntry f : rows.visible()) {
            if (f.kind() == EntryKind.EXPENSE) {
                expenses = expenses.plus(f.amount());
                if (f.status() == EntryStatus.PAYEE) {
                    paid = paid.plus(f.amount());
                }
            } else {
                income = income.plus(f.amount());
            }
        }
        return messages.get("grant.entry.list.totals", expenses.display(), paid.display(), income.display());
    }

    public void load(Consumer<List<FinanceEntry>> afterLoad) {
        rows.load(afterLoad);
    }

    public void clearFilters() {
        search.set("");
        year.set(null);
        kind.set(null);
        line.set(null);
        status.set(null);
    }
}
