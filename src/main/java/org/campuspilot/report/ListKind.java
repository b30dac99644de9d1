package org.campuspilot.report;

import java.util.Locale;

/** The lists that can be exported whole ({@code export csv}), by their command-line name. */
public enum ListKind {
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

    /** The list's title (the table's title in every export). */
    public String messageKey() {
        return "export.list." + cliName();
    }

    /** « companies » → COMPANIES; null for anything else. */
    public static ListKind parse(String s) {
        for (ListKind k : values()) {
            if (k.cliName().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return k;
            }
        }
        return null;
    }
}
