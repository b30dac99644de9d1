package org.campuspilot.action;

import org.campuspilot.shared.Text;

/** One action in the list: the record and its search key (title, partners, speakers). */
public record ActionRow(Action action, String searchKey) {

    public static ActionRow of(Action a) {
        StringBuilder key = new StringBuilder(a.title());
        a.establishments().forEach(o -> key.append('\n').append(o.name()));
        a.companies().forEach(o -> key.append('\n').append(o.name()));
        a.contacts().forEach(n -> key.append('\n').append(n == null ? "" : n));
        if (a.mobility() != null && a.mobility().country() != null) {
            key.append('\n').append(a.mobility().country());
        }
        return new ActionRow(a, Text.searchKey(key.toString()));
    }

    public boolean matches(String normalisedQuery) {
        return normalisedQuery.isEmpty() || searchKey.contains(normalisedQuery);
    }
}
