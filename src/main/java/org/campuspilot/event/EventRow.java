package org.campuspilot.event;

import java.time.ZonedDateTime;
import org.campuspilot.shared.Text;

/**
 * One event in the list and the calendar: the record, its search key (title, place, organiser, participants) and
 * whether it needs the director's attention (over, and still marked « prévu »).
 */
public record EventRow(Event event, String searchKey, boolean toComplete) {

    public static EventRow of(Event e, ZonedDateTime now) {
        StringBuilder key = new StringBuilder(e.title());
        if (e.placeText() != null) {
            key.append('\n').append(e.placeText());
        }
        if (e.organiser() != null) {
            key.append('\n').append(e.organiser().name());
        }
        e.establishments().forEach(o -> key.append('\n').append(o.name()));
        e.companies().forEach(o -> key.append('\n').append(o.name()));
        e.contacts().forEach(a -> key.append('\n').append(a.name() == null ? "" : a.name()));
        return new EventRow(e, Text.searchKey(key.toString()),
                e.status() == EventStatus.PREVU && e.timing().isOverAt(now));
    }

    public boolean matches(String normalisedQuery) {
        return normalisedQuery.isEmpty() || searchKey.contains(normalisedQuery);
    }
}
