package org.campuspilot.company;

import org.campuspilot.shared.Text;

/** One line of the company list: the record and its search key (name, SIRET, city, activity, NAF), computed once. */
public record CompanyRow(Company company, String searchKey) {

    public static CompanyRow of(Company c) {
        String key = Text.searchKey(String.join("\n", c.name(), c.number().code(), nullToEmpty(c.city()),
                nullToEmpty(c.activity()), c.naf() == null ? "" : c.naf().code()));
        return new CompanyRow(c, key);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public boolean matches(String normalisedQuery) {
        return normalisedQuery.isEmpty() || searchKey.contains(normalisedQuery)
                || searchKey.contains(normalisedQuery.replace(" ", ""));
    }
}
