package org.campuspilot.grant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.shared.Money;

/** The budget prévisionnel of each financial year: one amount per line that takes amounts. */
public final class BudgetRepository {
    private final Jdbc jdbc;

    public BudgetRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    public Map<String, Money> forecast(int year) {
        Map<String, Money> out = new HashMap<>();
        jdbc.list("SELECT line_code, amount_cents FROM budget_forecast WHERE year = ?", rs -> {
            out.put(rs.getString(1), new Money(rs.getLong(2)));
            return null;
        }, year);
        return out;
    }

    /** Replaces the year's forecast (call inside a transaction); zero amounts are not kept. */
    public void replaceForecast(int year, Map<String, Money> amounts) {
        jdbc.update("DELETE FROM budget_forecast WHERE year = ?", year);
        for (Map.Entry<String, Money> e : amounts.entrySet()) {
            if (e.getValue() != null && e.getValue().cents() != 0) {
                jdbc.update("INSERT INTO budget_forecast (year, line_code, amount_cents) VALUES (?, ?, ?)", year,
                        e.getKey(), e.getValue().cents());
            }
        }
    }

    /** The financial years that hold a forecast, a grant or an entry, most recent first. */
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(jdbc.list("""
                SELECT year FROM budget_forecast
                UNION SELECT financial_year FROM grant_award
                UNION SELECT CAST(substr(entry_date, 1, 4) AS INTEGER) FROM finance_entry""", rs -> rs.getInt(1)));
        return List.copyOf(years.descendingSet());
    }
}
