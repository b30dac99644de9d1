package org.campuspilot.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Money;
import org.campuspilot.ui.Messages;

/** How the history reads to the user: kinds of record, fields, operations and values in French (or English). */
public final class HistoryTexts {
    private static final Set<String> YES_NO = Set.of("all_day", "excellence");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private final Messages messages;

    public HistoryTexts(Messages messages) {
        this.messages = messages;
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

    public String when(Instant at) {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
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
        if (YES_NO.contains(column)) {
            return messages.get("0".equals(raw) ? "history.value.no" : "history.value.yes");
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
            out.append(field(c.column())).append(" : ").append(value(c.column(), c.before())).append(" → ")
                    .append(value(c.column(), c.after()));
        }
        if (changes.size() > 3) {
            out.append(" ; …");
        }
        return out.toString();
    }
}
