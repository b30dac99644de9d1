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
 * @param establishmentPresence where each establishment taking part stands, by id (invited, registered, present);
 *     one not in it stands as {@link #defaultPresence}
 * @param companyPresence the same for the companies
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
        Instant updatedAt,
        Map<Long, Presence> establishmentPresence,
        Map<Long, Presence> companyPresence) {

    /** An event whose organisations stand as {@link #defaultPresence}. */
    public Event(Long id, String uid, String title, EventType type, EventTiming timing, String place,
            Organisation placeEstablishment, Organisation organiser, String description, EventStatus status,
            Integer expected, Map<Audience, Integer> attendance, List<Organisation> establishments,
            List<Organisation> companies, List<Attendee> contacts, Instant updatedAt) {
        this(id, uid, title, type, timing, place, placeEstablishment, organiser, description, status, expected,
                attendance, establishments, companies, contacts, updatedAt, Map.of(), Map.of());
    }

    public Event {
        establishmentPresence = establishmentPresence == null ? Map.of() : Map.copyOf(establishmentPresence);
        companyPresence = companyPresence == null ? Map.of() : Map.copyOf(companyPresence);
        attendance = attendance == null || attendance.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(attendance));
        establishments = List.copyOf(establishments == null ? List.of() : establishments);
        companies = List.copyOf(companies == null ? List.of() : companies);
        contacts = List.copyOf(contacts == null ? List.of() : contacts);
    }

    public Event withIdentity(long newId, String newUid, Instant at) {
        return new Event(newId, newUid, title, type, timing, place, placeEstablishment, organiser, description,
                status, expected, attendance, establishments, companies, contacts, at, establishmentPresence,
                companyPresence);
    }

    /** Where an organisation taking part stands when nobody said: present once the event was held, else registered. */
    public Presence defaultPresence() {
        return status == EventStatus.REALISE ? Presence.PRESENT : Presence.INSCRIT;
    }

    /** Where an establishment or a company taking part stands. */
    public Presence presenceOf(Organisation o) {
        Map<Long, Presence> of = o.kind() == Organisation.Kind.COMPANY ? companyPresence : establishmentPresence;
        return of.getOrDefault(o.id(), defaultPresence());
    }

    /** How many of the establishments or companies taking part stand so. */
    public long count(Organisation.Kind kind, Presence p) {
        return (kind == Organisation.Kind.COMPANY ? companies : establishments).stream()
                .filter(o -> presenceOf(o) == p).count();
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
