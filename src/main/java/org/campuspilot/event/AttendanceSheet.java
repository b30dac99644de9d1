package org.campuspilot.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campuspilot.shared.NameKey;
import org.campuspilot.shared.Problem;

/**
 * The people of an event and where each stands, with the ways a director records who came after the day: everyone
 * registered was present (then untick the absent), or a list of names pasted from a sign-in sheet.
 */
final class AttendanceSheet {
    /** The people taking part, in the order they were added. */
    final ObservableList<Attendee> people = FXCollections.observableArrayList();
    /** Everyone of the directory who may be added. */
    final ObservableList<Attendee> directory = FXCollections.observableArrayList();
    /** What the last pasted list of names left unrecognised; null when all were found. */
    final ObjectProperty<Problem> pasteProblem = new SimpleObjectProperty<>();

    /** Adds a person, invited, unless already there. */
    void add(Attendee person) {
        if (person != null && indexOf(person.contactId()) < 0) {
            people.add(person.withPresence(Presence.INVITE));
        }
    }

    void setPresence(Attendee a, Presence p) {
        int i = indexOf(a.contactId());
        if (i >= 0 && people.get(i).presence() != p) {
            people.set(i, people.get(i).withPresence(p));
        }
    }

    private int indexOf(long contactId) {
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).contactId() == contactId) {
                return i;
            }
        }
        return -1;
    }

    /** Every registered person becomes present; the absent are then unticked one by one. */
    void allRegisteredPresent() {
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).presence() == Presence.INSCRIT) {
                people.set(i, people.get(i).withPresence(Presence.PRESENT));
            }
        }
    }

    /**
     * Marks present every person named in a pasted list (one name per line, or separated by commas or semicolons;
     * « Prénom Nom » or « Nom Prénom », accents and case ignored). People of the directory not yet taking part are
     * added as present; names found nowhere are reported and nothing else changes for them.
     */
    void markPresent(String pasted) {
        List<String> unknown = new ArrayList<>();
        for (String raw : pasted.split("[\\n;,\\t]+")) {
            String name = raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            Optional<Attendee> match = find(people, name).or(() -> find(directory, name));
            if (match.isEmpty()) {
                unknown.add(name);
            } else if (indexOf(match.get().contactId()) < 0) {
                people.add(match.get().withPresence(Presence.PRESENT));
            } else {
                setPresence(match.get(), Presence.PRESENT);
            }
        }
        pasteProblem.set(unknown.isEmpty() ? null
                : Problem.of("event.paste.unknown", unknown.size(), String.join(", ", unknown)));
    }

    private static Optional<Attendee> find(List<Attendee> candidates, String name) {
        return candidates.stream().filter(a -> a.name() != null && (NameKey.similar(a.name(), name)
                || NameKey.similar(reversed(a.name()), name))).findFirst();
    }

    private static String reversed(String fullName) {
        int space = fullName.indexOf(' ');
        return space < 0 ? fullName : fullName.substring(space + 1) + " " + fullName.substring(0, space);
    }
}
