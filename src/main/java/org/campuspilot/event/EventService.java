package org.campuspilot.event;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.campuspilot.db.Database;

/** Saves and deletes events with their participants and attendance, each in one transaction. */
public final class EventService {
    private final Database database;
    private final EventRepository repository;
    private final Clock clock;

    public EventService(Database database, EventRepository repository, Clock clock) {
        this.database = database;
        this.repository = repository;
        this.clock = clock;
    }

    public Event save(Event e) {
        return database.inTransaction(c -> repository.save(e, Instant.now(clock)));
    }

    /**
     * Saves an event edited in a form that was filled with {@code base}: refused with an
     * {@link org.campuspilot.db.EditConflict} when someone else changed or deleted it meanwhile (decision 0043).
     */
    public Event save(Event e, Event base) {
        return database.inTransaction(c -> {
            org.campuspilot.db.EditConflict.check(c, "event", e.id(), base, repository::findById);
            return repository.save(e, Instant.now(clock));
        });
    }

    public void delete(Event e) {
        database.inTransaction(c -> {
            repository.delete(e.id());
            return null;
        });
    }

    /** The events of the coming days, today included, by start. */
    public List<Event> upcoming(int days) {
        LocalDate today = LocalDate.now(clock.withZone(EventTiming.PARIS));
        return repository.findTouching(today, today.plusDays(days)).stream()
                .filter(e -> e.status() != EventStatus.ANNULE).toList();
    }
}
