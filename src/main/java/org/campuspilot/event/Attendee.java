package org.campuspilot.event;

/** A contact taking part in an event, with their name and organisation as last read, and where they stand. */
public record Attendee(long contactId, String name, String organisation, Presence presence) {

    public Attendee withPresence(Presence p) {
        return new Attendee(contactId, name, organisation, p);
    }
}
