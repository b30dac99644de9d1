package org.campuspilot.grant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.shared.Money;

/** Plain JDBC access to expenses and other income, and their sums by budget line. */
public final class EntryRepository {
    private static final String SELECT = """
            SELECT f.id, f.kind, f.entry_date, f.party, f.description, f.amount_cents, f.line_code, f.status,
                f.paid_on, f.reference, f.document_path, f.action_id, a.title AS action_title, f.event_id,
                e.title AS event_title, f.grant_id, g.funder_name || ' ' || g.financial_year || ' — ' || g.object
                    AS grant_label, f.updated_at, f.project_id, p.name AS project_name, f.project_percent
            FROM finance_entry f
            LEFT JOIN analytic_project p ON p.id = f.project_id
            LEFT JOIN action a ON a.id = f.action_id
            LEFT JOIN event e ON e.id = f.event_id
            LEFT JOIN grant_award g ON g.id = f.grant_id""";

    /** A record an entry may be linked to: an action, an event or a grant. */
    public record Choice(long id, String label) {
    }

    /** Sums of one year by line code: everything recorded, and what is paid or received. */
    public record LineSums(Map<String, Money> committed, Map<String, Money> paid) {
    }

    private final Jdbc jdbc;

    public EntryRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    /** Every entry, the most recent first. */
    public List<FinanceEntry> findAll() {
        return jdbc.list(SELECT + " ORDER BY f.entry_date DESC, f.id DESC", EntryRepository::map);
    }

    public List<FinanceEntry> findByYear(int year) {
        return jdbc.list(SELECT + " WHERE f.entry_date >= ? AND f.entry_date < ? ORDER BY f.entry_date, f.id",
                EntryRepository::map, year + "-01-01", (year + 1) + "-01-01");
    }

    /** The entries a grant finances, in the order of their dates. */
    public List<FinanceEntry> findByGrant(long grantId) {
        return jdbc.list(SELECT + " WHERE f.grant_id = ? ORDER BY f.entry_date, f.id", EntryRepository::map, grantId);
    }

    /** The entries a grant finances, and those of a project in a year, in the order of their dates. */
    public List<FinanceEntry> findByGrantOrProject(long grantId, long projectId, int year) {
        return jdbc.list(SELECT + " WHERE f.grant_id = ? OR (f.project_id = ? AND f.entry_date >= ?"
                + " AND f.entry_date < ?) ORDER BY f.entry_date, f.id", EntryRepository::map, grantId, projectId,
                year + "-01-01", (year + 1) + "-01-01");
    }

    public Optional<FinanceEntry> findById(long id) {
        return jdbc.one(SELECT + " WHERE f.id = ?", EntryRepository::map, id);
    }

    public long count() {
        return jdbc.count("SELECT COUNT(*) FROM finance_entry");
    }

    public LineSums sums(int year) {
        Map<String, Money> committed = new HashMap<>();
        Map<String, Money> paid = new HashMap<>();
        jdbc.list("""
                SELECT line_code, SUM(amount_cents), SUM(CASE WHEN status = 'PAYEE' THEN amount_cents ELSE 0 END)
                FROM finance_entry WHERE entry_date >= ? AND entry_date < ? GROUP BY line_code""", rs -> {
            committed.put(rs.getString(1), new Money(rs.getLong(2)));
            paid.put(rs.getString(1), new Money(rs.getLong(3)));
            return null;
        }, year + "-01-01", (year + 1) + "-01-01");
        return new LineSums(committed, paid);
    }

    /**
     * Sums of one year by line code for one project: each entry's share of its amount (half a cent rounded up, as
     * {@link FinanceEntry#shareOf}).
     */
    public LineSums sums(int year, long projectId) {
        Map<String, Money> committed = new HashMap<>();
        Map<String, Money> paid = new HashMap<>();
        jdbc.list("""
                SELECT line_code, SUM(share), SUM(CASE WHEN status = 'PAYEE' THEN share ELSE 0 END)
                FROM (SELECT line_code, status, (amount_cents * project_percent + 50) / 100 AS share
                    FROM finance_entry WHERE project_id = ? AND entry_date >= ? AND entry_date < ?) x
                GROUP BY line_code""", rs -> {
            committed.put(rs.getString(1), new Money(rs.getLong(2)));
            paid.put(rs.getString(1), new Money(rs.getLong(3)));
            return null;
        }, projectId, year + "-01-01", (year + 1) + "-01-01");
        return new LineSums(committed, paid);
    }

    /** The expenses a grant finances: committed and paid. */
    public Money[] expensesOfGrant(long grantId) {
        return jdbc.one("""
                SELECT COALESCE(SUM(amount_cents), 0),
                    COALESCE(SUM(CASE WHEN status = 'PAYEE' THEN amount_cents ELSE 0 END), 0)
                FROM finance_entry WHERE grant_id = ? AND kind = 'EXPENSE'""",
                rs -> new Money[] {new Money(rs.getLong(1)), new Money(rs.getLong(2))}, grantId).orElseThrow();
    }

    public List<Choice> actionChoices() {
        return jdbc.list("""
                SELECT id, title || ' (' || school_year || '-' || (school_year + 1) || ')' FROM action
                ORDER BY school_year DESC, title""", rs -> new Choice(rs.getLong(1), rs.getString(2)));
    }

    public List<Choice> eventChoices() {
        return jdbc.list("""
                SELECT id, title || ' (' || substr(start_date, 9, 2) || '/' || substr(start_date, 6, 2) || '/'
                    || substr(start_date, 1, 4) || ')' FROM event ORDER BY start_date DESC, title""",
                rs -> new Choice(rs.getLong(1), rs.getString(2)));
    }

    public List<Choice> grantChoices() {
        return jdbc.list("""
                SELECT id, funder_name || ' ' || financial_year || ' — ' || object FROM grant_award
                ORDER BY financial_year DESC, funder_name""", rs -> new Choice(rs.getLong(1), rs.getString(2)));
    }

    public List<Choice> projectChoices() {
        return jdbc.list("SELECT id, name FROM analytic_project ORDER BY name, id",
                rs -> new Choice(rs.getLong(1), rs.getString(2)));
    }

    /** Inserts or updates the entry (call inside a transaction). */
    public FinanceEntry save(FinanceEntry f, Instant now) {
        Object[] values = {f.kind(), f.date(), f.party(), f.description(), f.amount().cents(), f.lineCode(),
            f.status(), f.paidOn(), f.reference(), f.document(), f.actionId(), f.eventId(), f.grantId(),
            f.projectId(), f.projectId() == null ? null : f.projectPercent() == null ? 100 : f.projectPercent(),
            now.toString()};
        long id;
        if (f.id() == null) {
            id = jdbc.insert("""
                    INSERT INTO finance_entry (kind, entry_date, party, description, amount_cents, line_code, status,
                        paid_on, reference, document_path, action_id, event_id, grant_id, project_id, project_percent,
                        updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", values);
        } else {
            id = f.id();
            List<Object> params = new ArrayList<>(Arrays.asList(values));
            params.add(id);
            jdbc.update("""
                    UPDATE finance_entry SET kind = ?, entry_date = ?, party = ?, description = ?, amount_cents = ?,
                        line_code = ?, status = ?, paid_on = ?, reference = ?, document_path = ?, action_id = ?,
                        event_id = ?, grant_id = ?, project_id = ?, project_percent = ?, updated_at = ?
                    WHERE id = ?""", params.toArray());
        }
        return findById(id).orElseThrow();
    }

    public void delete(long id) {
        jdbc.update("DELETE FROM finance_entry WHERE id = ?", id);
    }

    private static FinanceEntry map(ResultSet rs) throws SQLException {
        return new FinanceEntry(rs.getLong("id"), Jdbc.enumValue(rs, "kind", EntryKind.class),
                Jdbc.date(rs, "entry_date"), rs.getString("party"), rs.getString("description"),
                new Money(rs.getLong("amount_cents")), rs.getString("line_code"),
                Jdbc.enumValue(rs, "status", EntryStatus.class), Jdbc.date(rs, "paid_on"), rs.getString("reference"),
                rs.getString("document_path"), Jdbc.nullableLong(rs, "action_id"), rs.getString("action_title"),
                Jdbc.nullableLong(rs, "event_id"), rs.getString("event_title"), Jdbc.nullableLong(rs, "grant_id"),
                rs.getString("grant_label"), Instant.parse(rs.getString("updated_at")),
                Jdbc.nullableLong(rs, "project_id"), rs.getString("project_name"),
                rs.getObject("project_percent") == null ? null : rs.getInt("project_percent"));
    }
}
