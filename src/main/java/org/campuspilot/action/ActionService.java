package org.campuspilot.action;

import java.time.Clock;
import java.time.Instant;
import org.campuspilot.db.Database;

/** Saves and deletes actions with everything they hold, each in one transaction. */
public final class ActionService {
    private final Database database;
    private final ActionRepository repository;
    private final Clock clock;

    public ActionService(Database database, ActionRepository repository, Clock clock) {
        this.database = database;
        this.repository = repository;
        this.clock = clock;
    }

    public Action save(Action a) {
        return database.inTransaction(c -> repository.save(a, Instant.now(clock)));
    }

    /**
     * Saves an action edited in a form that was filled with {@code base}: refused with an
     * {@link org.campuspilot.db.EditConflict} when someone else changed or deleted it meanwhile (decision 0043).
     */
    public Action save(Action a, Action base) {
        return database.inTransaction(c -> {
            org.campuspilot.db.EditConflict.check(c, "action", a.id(), base, repository::findById);
            return repository.save(a, Instant.now(clock));
        });
    }

    public void delete(Action a) {
        database.inTransaction(c -> {
            repository.delete(a.id());
            return null;
        });
    }
}
