package org.campuspilot.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.shared.Text;

/**
 * Every record a director looks for by name, of every kind, read in one pass (names and what tells two apart
 * only, not whole records: a ten-year campus has 90,000), searched in memory with accents and case ignored. Read
 * again only when the campus was written since ({@link Database#writes()}). The queries read the tables directly:
 * the repositories load whole records, which a search of names does not need (decision 0044).
 */
public final class SearchIndex {
    /** What a result is, in the order results are shown. */
    public enum Kind {
        ESTABLISHMENT, COMPANY, CONTACT, EVENT, ACTION, GRANT;

        public String messageKey() {
            return "search.kind." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One record: its kind, id, name, what tells it apart (city and code, organisation, date), and the search keys of
     * its name and of both.
     */
    public record Entry(Kind kind, long id, String label, String detail, String labelKey, String key) {
    }

    private static final int LIMIT = 50;

    private final Database database;
    private volatile List<Entry> entries;
    private volatile long readAt = Long.MIN_VALUE;

    public SearchIndex(Database database) {
        this.database = database;
    }

    /**
     * The records whose name or details contain every word of the query, names that begin with it first, at most
     * fifty. Reads the campus when it changed since (call off the FX thread).
     */
    public List<Entry> search(String query) {
        String[] words = Text.searchKey(query == null ? "" : query).strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return List.of();
        }
        List<Entry> found = new ArrayList<>();
        for (Entry e : entries()) {
            boolean all = true;
            for (String w : words) {
                if (!e.key().contains(w)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                found.add(e);
            }
        }
        String first = words[0];
        found.sort(Comparator.comparing((Entry e) -> !e.labelKey().startsWith(first))
                .thenComparing(Entry::kind).thenComparing(Entry::labelKey));
        return found.size() > LIMIT ? List.copyOf(found.subList(0, LIMIT)) : List.copyOf(found);
    }

    private List<Entry> entries() {
        long writes = database.writes();
        List<Entry> current = entries;
        if (current == null || writes != readAt || database.readOnly()) {
            current = read();
            entries = current;
            readAt = writes;
        }
        return current;
    }

    private List<Entry> read() {
        Jdbc jdbc = new Jdbc(database);
        List<Entry> out = new ArrayList<>();
        out.addAll(jdbc.list("SELECT id, name, city, uai FROM establishment", rs -> entry(Kind.ESTABLISHMENT,
                rs.getLong(1), rs.getString(2), join(rs.getString(3), rs.getString(4)))));
        out.addAll(jdbc.list("SELECT id, name, city, siret FROM company", rs -> entry(Kind.COMPANY, rs.getLong(1),
                rs.getString(2), join(rs.getString(3), rs.getString(4)))));
        out.addAll(jdbc.list("""
                SELECT c.id, c.first_name, c.last_name, COALESCE(e.name, co.name, c.other_body), c.role
                FROM contact c LEFT JOIN establishment e ON e.id = c.establishment_id
                LEFT JOIN company co ON co.id = c.company_id WHERE c.anonymised_on IS NULL""",
                rs -> entry(Kind.CONTACT, rs.getLong(1), join(rs.getString(2), rs.getString(3), " "),
                        join(rs.getString(4), rs.getString(5)))));
        out.addAll(jdbc.list("SELECT id, title, start_date, place FROM event", rs -> entry(Kind.EVENT, rs.getLong(1),
                rs.getString(2), join(frenchDate(rs.getString(3)), rs.getString(4)))));
        out.addAll(jdbc.list("SELECT id, title, school_year FROM action", rs -> entry(Kind.ACTION, rs.getLong(1),
                rs.getString(2), rs.getInt(3) + "-" + (rs.getInt(3) + 1))));
        out.addAll(jdbc.list("SELECT id, funder_name, object, financial_year FROM grant_award", rs -> entry(Kind.GRANT,
                rs.getLong(1), rs.getString(2) + " — " + rs.getString(3), String.valueOf(rs.getInt(4)))));
        return List.copyOf(out);
    }

    private static Entry entry(Kind kind, long id, String label, String detail) {
        return new Entry(kind, id, label, detail, Text.searchKey(label), Text.searchKey(label + " " + detail));
    }

    private static String join(String a, String b) {
        return join(a, b, " · ");
    }

    private static String join(String a, String b, String separator) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        return hasA && hasB ? a.strip() + separator + b.strip() : hasA ? a.strip() : hasB ? b.strip() : "";
    }

    private static String frenchDate(String iso) {
        try {
            return iso == null ? null : org.campuspilot.shared.FrenchFormats.date(java.time.LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }
}
