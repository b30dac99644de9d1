package org.campuspilot.contact;

import org.campuspilot.shared.Organisation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.campuspilot.db.Database;
import org.campuspilot.shared.NameKey;

/** The rules around contacts: near-duplicate names, merges, and the personal-data duties (review, anonymise). */
public final class ContactService {
    /** The name an anonymised person keeps, so that lists and counts still show a line. */
    public static final String ANONYMOUS = "—";

    private final Database database;
    private final ContactRepository repository;
    private final Clock clock;

    public ContactService(Database database, ContactRepository repository, Clock clock) {
        this.database = database;
        this.repository = repository;
        this.clock = clock;
    }

    /** Inserts (dated today) or updates the contact. */
    public Contact save(Contact c) {
        return database.inTransaction(connection -> {
            if (c.id() == null) {
                LocalDate today = LocalDate.now(clock);
                return repository.insert(new Contact(null, c.firstName(), c.lastName(), c.role(), c.email(),
                        c.phone(), c.organisation(), c.lastContactOn(), c.notes(),
                        c.createdOn() == null ? today : c.createdOn(), c.reviewedOn(), c.anonymisedOn()));
            }
            repository.update(c);
            return c;
        });
    }

    /**
     * Saves a person edited in a form that was filled with {@code base}: refused with an
     * {@link org.campuspilot.db.EditConflict} when someone else changed or deleted them meanwhile (decision 0043).
     */
    public Contact save(Contact c, Contact base) {
        return database.inTransaction(connection -> {
            org.campuspilot.db.EditConflict.check(connection, "contact", c.id(), base, repository::findById);
            return save(c);
        });
    }

    /** Other people whose full name is the same or nearly (see {@link NameKey}). */
    public List<Contact> similar(Contact c) {
        String name = c.fullName();
        return repository.findAll().stream()
                .filter(o -> !o.id().equals(c.id()) && !o.isAnonymised() && NameKey.similar(o.fullName(), name))
                .toList();
    }

    public void delete(Contact c) {
        database.inTransaction(connection -> {
            repository.delete(c.id());
            return null;
        });
    }

    /**
     * Removes the person's identity and keeps the record, so that every count (contacts of an organisation,
     * participants) stays right: names, role, e-mail, phone and notes go, from the record, from its history and from
     * those of the duplicates merged into it, and from the file's freed pages ({@link IdentityErasure}, {@link Database#shrink}); the
     * organisation and dates stay.
     */
    public Contact anonymise(Contact c) {
        Contact anonymous = new Contact(c.id(), null, ANONYMOUS, null, null, null, c.organisation(),
                c.lastContactOn(), null, c.createdOn(), c.reviewedOn(), LocalDate.now(clock));
        Contact saved = database.inTransaction(conn -> {
            Contact written = save(anonymous);
            IdentityErasure.eraseHistory(conn, c.id(), ANONYMOUS);
            return written;
        });
        database.shrink(); // no freed page of the file or its -wal keeps the identity
        return saved;
    }

    /** The director keeps the person after a review: the record leaves the review list for three more years. */
    public Contact keep(Contact c) {
        return save(new Contact(c.id(), c.firstName(), c.lastName(), c.role(), c.email(), c.phone(),
                c.organisation(), c.lastContactOn(), c.notes(), c.createdOn(), LocalDate.now(clock),
                c.anonymisedOn()));
    }

    /** The people with no contact for three years: the review list. */
    public List<Contact> reviewList() {
        LocalDate today = LocalDate.now(clock);
        return repository.findAll().stream().filter(c -> c.reviewDue(today)).toList();
    }

    /**
     * Merges two contacts into one: {@code kept} holds the values chosen field by field and the id of the record
     * that stays; every reference to {@code removedId} moves to it, then the other record is deleted. One
     * transaction: all or nothing.
     */
    public Contact merge(Contact kept, long removedId) {
        return database.inTransaction(connection -> {
            repository.moveReferences(removedId, kept.id());
            repository.delete(removedId);
            try (java.sql.PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO contact_merge (removed_id, kept_id, merged_at) VALUES (?, ?, ?)")) {
                ps.setLong(1, removedId);
                ps.setLong(2, kept.id());
                ps.setString(3, java.time.Instant.now(clock).toString());
                ps.executeUpdate();
            }
            repository.update(kept);
            return kept;
        });
    }
}
