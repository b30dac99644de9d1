package org.campuspilot.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Money;
import org.campuspilot.ui.Messages;

/** How the history reads to the user: kinds of record, fields, operations and values in French (or English). */
public final class HistoryTexts {
    private static final Set<String> YES_NO = Set.of("all_day", "excellence");

    /** Columns holding the number of another record: shown by that record's name. */
    private static final java.util.Map<String, String> REFERENCES = java.util.Map.ofEntries(
            java.util.Map.entry("main_contact_id", "contact"), java.util.Map.entry("contact_id", "contact"),
            java.util.Map.entry("company_id", "company"), java.util.Map.entry("organiser_company_id", "company"),
            java.util.Map.entry("establishment_id", "establishment"),
            java.util.Map.entry("place_establishment_id", "establishment"),
            java.util.Map.entry("organiser_establishment_id", "establishment"),
            java.util.Map.entry("event_id", "event"), java.util.Map.entry("action_id", "action"),
            java.util.Map.entry("grant_id", "grant_award"),
            java.util.Map.entry("project_id", "analytic_project"));

    private final Messages messages;
    private final java.util.function.BiFunction<String, String, String> labelOf;

    /** Texts that show a linked record by its number. */
    /**
     * Where the names of a column's values are in the message bundle (each value's key is the prefix and the value
     * in lower case), by {@code table:column}: « Engagée → Payée », not {@code ENGAGEE → PAYEE}. An expense's and an
     * income's statuses are named alike here (the history line does not carry the entry's kind).
     */
    private static final java.util.Map<String, List<String>> VALUE_NAMES = java.util.Map.ofEntries(
            java.util.Map.entry("company_partnership:kind", List.of("company.partnership.")),
            java.util.Map.entry("event_attendance:audience", List.of("event.audience.")),
            java.util.Map.entry("event_contact:presence", List.of("event.presence.")),
            java.util.Map.entry("event_establishment:presence", List.of("event.presence.")),
            java.util.Map.entry("event_company:presence", List.of("event.presence.")),
            java.util.Map.entry("action_beneficiary:category", List.of("action.learner.", "action.sex.")),
            java.util.Map.entry("action:type", List.of("action.type.")),
            java.util.Map.entry("action:status", List.of("action.status.")),
            java.util.Map.entry("action:mobility_direction", List.of("action.mobility.direction.")),
            java.util.Map.entry("action:mobility_programme", List.of("action.mobility.programme.")),
            java.util.Map.entry("campus:sector", List.of("sector.")),
            java.util.Map.entry("company:naf_version", List.of("naf.version.")),
            java.util.Map.entry("company:size_band", List.of("company.size.")),
            java.util.Map.entry("company:convention_status", List.of("company.convention.")),
            java.util.Map.entry("establishment:kind", List.of("establishment.kind.")),
            java.util.Map.entry("establishment:ownership", List.of("establishment.ownership.")),
            java.util.Map.entry("establishment:network_role", List.of("establishment.role.")),
            java.util.Map.entry("event:type", List.of("event.type.")),
            java.util.Map.entry("event:status", List.of("event.status.")),
            java.util.Map.entry("finance_entry:kind", List.of("grant.entry.kind.")),
            java.util.Map.entry("finance_entry:status", List.of("grant.entry.status.expense.")),
            java.util.Map.entry("grant_award:funder", List.of("grant.funder.")),
            java.util.Map.entry("grant_award:status", List.of("grant.status.")),
            java.util.Map.entry("grant_instalment:kind", List.of("grant.instalment.kind.")),
            java.util.Map.entry("label_objective:indicator", List.of("label.indicator.")),
            java.util.Map.entry("label_objective:scope", List.of("label.scope.")),
            java.util.Map.entry("label_objective:detail", List.of("establishment.kind.", "event.type.",
                    "event.audience.", "action.learner.", "action.sex.", "label.detail.")),
            java.util.Map.entry("label_text:theme", List.of("label.theme.")));

    public HistoryTexts(Messages messages) {
        this(messages, (table, id) -> "n° " + id);
    }

    /** Texts that show a linked record by its name, as {@code labelOf(table, id)} gives it (a database read). */
    public HistoryTexts(Messages messages, java.util.function.BiFunction<String, String, String> labelOf) {
        this.messages = messages;
        this.labelOf = labelOf;
    }

    /** The kind of record a column points to, or null. */
    public static String referencedTable(String column) {
        return REFERENCES.get(column);
    }

    /** The record's own number is not a change the user made: it is left out of the fields shown. */
    public static boolean shown(FieldChange change) {
        return !"id".equals(change.column());
    }

    public String kind(String table) {
        return messages.get("history.table." + table);
    }

    public String field(String column) {
        return messages.get("history.field." + column);
    }

    public String operation(AuditEntry e) {
        if (e.isRevert()) {
            return messages.get("history.op.revert");
        }
        return messages.get("history.op." + e.operation().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Who made the change (the database user on a server, the system's user for a file); blank when unknown. */
    static String by(AuditEntry e) {
        return e.madeBy() == null ? "" : e.madeBy();
    }

    public String when(Instant at) {
        return FrenchFormats.DATE_TIME.format(at.atZone(ZoneId.systemDefault()));
    }

    /**
     * A stored value of {@code table} as the user chose it: the French name of a kind or a status (« Engagée »), else
     * as {@link #value(String, String)} says.
     */
    public String value(String table, String column, String raw) {
        List<String> prefixes = VALUE_NAMES.get(table + ":" + column);
        if (prefixes != null && raw != null && raw.matches("[A-Z][A-Z0-9_]*")) {
            for (String prefix : prefixes) {
                String key = prefix + raw.toLowerCase(java.util.Locale.ROOT);
                if (messages.has(key)) {
                    return messages.get(key);
                }
            }
        }
        return value(column, raw);
    }

    /** A stored value as the user typed it: euros for amounts, French dates, « oui »/« non », « — » for nothing. */
    public String value(String column, String raw) {
        if (raw == null || raw.isBlank()) {
            return "—";
        }
        if (column.endsWith("_cents")) {
            try {
                return new Money(Long.parseLong(raw)).display();
            } catch (NumberFormatException e) {
                return raw;
            }
        }
        if (REFERENCES.containsKey(column)) {
            return labelOf.apply(REFERENCES.get(column), raw);
        }
        if (YES_NO.contains(column)) {
            // 0 or 1 in a file, false or true on a server.
            return messages.get("0".equals(raw) || "false".equals(raw) ? "history.value.no" : "history.value.yes");
        }
        if (raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return FrenchFormats.date(LocalDate.parse(raw));
        }
        return raw;
    }

    /** « Ville : Bruz → Rennes ; Site web : — → www.x.fr » (the first three fields, then « … »). */
    public String summary(AuditEntry e, List<FieldChange> changes) {
        if (e.operation() != AuditEntry.Operation.UPDATE) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(3, changes.size()); i++) {
            FieldChange c = changes.get(i);
            if (out.length() > 0) {
                out.append(" ; ");
            }
            out.append(field(c.column())).append(" : ").append(value(e.table(), c.column(), c.before()))
                    .append(" → ").append(value(e.table(), c.column(), c.after()));
        }
        if (changes.size() > 3) {
            out.append(" ; …");
        }
        return out.toString();
    }
}
