package org.campuspilot.event;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.campuspilot.shared.Organisation;

/**
 * An event of the campus: what, when (Europe/Paris), where, who organises it, who takes part and who came.
 *
 * @param uid the iCalendar UID, fixed at creation so that a calendar updates the same event on a new export
 * @param placeEstablishment the establishment where it takes place, or null (then {@code place} is free text)
 * @param organiser the establishment or company that organises it; null: the campus itself
 * @param expected the number of people expected, if known
 * @param attendance the number of people present by public; absent publics count zero
 * @param establishments the establishments taking part
 * @param companies the companies taking part
 * @param contacts the people invited, registered or present
 * @param updatedAt when the record last changed (the iCalendar LAST-MODIFIED)
 */
public record Event(
        Long id,
        String uid,
        String title,
        EventType type,
        EventTiming timing,
        String place,
        Organisation placeEstablishment,
        Organisation organiser,
        String description,
        EventStatus status,
        Integer expected,
        Map<Audience, Integer> attendance,
        List<Organisation> establishments,
        List<Organisation> companies,
        List<Attendee> contacts,
        Instant updatedAt) {

    public Event {
        attendance = attendance == null || attendance.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(attendance));
        establishments = List.copyOf(establishments == null ? List.of() : establishments);
        companies = List.copyOf(companies == null ? List.of() : companies);
        contacts = List.copyOf(contacts == null ? List.of() : contacts);
    }

    public Event withIdentity(long newId, String newUid, Instant at) {
        return new Event(newId, newUid, title, type, timing, place, placeEstablishment, organiser, description,
                status, expected, attendance, establishments, companies, contacts, at);
    }

    /** Everyone counted present, all publics together. */
    public int totalPresent() {
        return attendance.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Where it takes place, as shown: the establishment's name or the free text. */
    public String placeText() {
        return placeEstablishment != null ? placeEstablishment.name() : place;
    }
}
