package org.campuspilot.establishment;

import java.time.LocalDate;
import org.campuspilot.shared.Text;

/**
 * One line of the establishment list: the record and its search key, computed once so that a keystroke in the
 * search box only compares prepared strings.
 */
public record EstablishmentRow(Establishment establishment, String searchKey) {

    public static EstablishmentRow of(Establishment e) {
        String key = Text.searchKey(e.name() + "\n" + e.uai().code() + "\n" + (e.city() == null ? "" : e.city()));
        return new EstablishmentRow(e, key);
    }

    public boolean matches(String normalisedQuery) {
        return normalisedQuery.isEmpty() || searchKey.contains(normalisedQuery);
    }

    public boolean isCurrentMember(LocalDate today) {
        return establishment.isCurrentMember(today);
    }
}
