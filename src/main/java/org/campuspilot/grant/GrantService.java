package org.campuspilot.grant;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.campuspilot.db.Database;
import org.campuspilot.shared.Money;

/** Saves and deletes grants, expenses and income, and a year's budget prévisionnel, each in one transaction. */
public final class GrantService {
    private final Database database;
    private final GrantRepository grants;
    private final BudgetRepository budgets;
    private final EntryRepository entries;
    private final Clock clock;

    public GrantService(Database database, GrantRepository grants, BudgetRepository budgets, EntryRepository entries,
            Clock clock) {
        this.database = database;
        this.grants = grants;
        this.budgets = budgets;
        this.entries = entries;
        this.clock = clock;
    }

    public Grant save(Grant g) {
        return database.inTransaction(c -> grants.save(g, Instant.now(clock)));
    }

    /**
     * Saves a grant edited in a form that was filled with {@code base}: refused with an
     * {@link org.campuspilot.db.EditConflict} when someone else changed or deleted it meanwhile (decision 0043).
     */
    public Grant save(Grant g, Grant base) {
        return database.inTransaction(c -> {
            org.campuspilot.db.EditConflict.check(c, "grant_award", g.id(), base, grants::findById);
            return grants.save(g, Instant.now(clock));
        });
    }

    /** Deletes the grant with its schedule; the expenses it financed stay, no longer linked to it. */
    public void delete(Grant g) {
        database.inTransaction(c -> {
            grants.delete(g.id());
            return null;
        });
    }

    public FinanceEntry save(FinanceEntry f) {
        return database.inTransaction(c -> entries.save(f, Instant.now(clock)));
    }

    /**
     * Saves an expense or income edited in a form that was filled with {@code base}: refused with an
     * {@link org.campuspilot.db.EditConflict} when someone else changed or deleted it meanwhile (decision 0043).
     */
    public FinanceEntry save(FinanceEntry f, FinanceEntry base) {
        return database.inTransaction(c -> {
            org.campuspilot.db.EditConflict.check(c, "finance_entry", f.id(), base, entries::findById);
            return entries.save(f, Instant.now(clock));
        });
    }

    public void delete(FinanceEntry f) {
        database.inTransaction(c -> {
            entries.delete(f.id());
            return null;
        });
    }

    /** Replaces the budget prévisionnel of a year, all lines at once. */
    public void saveForecast(int year, Map<String, Money> amounts) {
        database.inTransaction(c -> {
            budgets.replaceForecast(year, amounts);
            return null;
        });
    }
}
