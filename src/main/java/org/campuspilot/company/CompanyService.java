package org.campuspilot.company;

import java.util.List;
import java.util.Optional;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.shared.Organisation;
import org.campuspilot.db.DataAccessException;
import org.campuspilot.db.Database;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.NameKey;
import org.campuspilot.shared.Problem;

/** The rules around partner companies: one record per SIRET, near-duplicate names, safe deletes, merges. */
public final class CompanyService {
    private final Database database;
    private final CompanyRepository repository;
    private final ContactRepository contacts;

    public CompanyService(Database database, CompanyRepository repository, ContactRepository contacts) {
        this.database = database;
        this.repository = repository;
        this.contacts = contacts;
    }

    /**
     * Inserts or updates the company. A SIRET (or a lone SIREN) already used by another record is refused with a
     * problem naming that record and carrying its id.
     */
    public Checked<Company> save(Company c) {
        return database.inTransaction(connection -> {
            Optional<Company> same = repository.findByNumber(c.number()).filter(other -> !other.id().equals(c.id()));
            if (same.isPresent()) {
                return Checked.fail(Problem.duplicate(same.get().id(), "company.error.duplicateNumber",
                        c.number().display(), same.get().name()));
            }
            if (c.id() == null) {
                return Checked.ok(repository.insert(c));
            }
            repository.update(c);
            return Checked.ok(c);
        });
    }

    /**
     * Saves a company edited in a form that was filled with {@code base}: refused with an
     * {@link org.campuspilot.db.EditConflict} when someone else changed or deleted it meanwhile (decision 0043).
     */
    public Checked<Company> save(Company c, Company base) {
        return database.inTransaction(connection -> {
            org.campuspilot.db.EditConflict.check(connection, "company", c.id(), base, repository::findById);
            return save(c);
        });
    }

    /** Other companies of the same city whose name is the same or nearly (see {@link NameKey}). */
    public List<Company> similar(Company c) {
        if (c.city() == null || c.city().isBlank()) {
            return List.of();
        }
        return repository.findInCity(c.city()).stream()
                .filter(other -> !other.id().equals(c.id()) && NameKey.similar(other.name(), c.name()))
                .toList();
    }

    /** Deletes the company unless contacts still belong to it; then returns why, and nothing is deleted. */
    public Optional<Problem> delete(Company c) {
        return database.inTransaction(connection -> {
            long attached = contacts.countByOrganisation(Organisation.company(c.id(), c.name()));
            if (attached > 0) {
                return Optional.of(Problem.of("company.delete.refused.contacts", c.name(), attached));
            }
            try {
                repository.delete(c.id());
            } catch (DataAccessException e) {
                if (e.isForeignKeyViolation()) {
                    return Optional.of(Problem.of("company.delete.refused.referenced", c.name()));
                }
                throw e;
            }
            return Optional.<Problem>empty();
        });
    }

    /**
     * Merges two companies into one: {@code kept} holds the values chosen field by field and the id of the record
     * that stays; every reference to {@code removedId} (contacts, and the records of later features) moves to it,
     * then the other record is deleted. One transaction: all or nothing.
     */
    public Company merge(Company kept, long removedId) {
        return database.inTransaction(connection -> {
            repository.moveReferences(removedId, kept.id());
            repository.delete(removedId);
            repository.update(kept);
            return kept;
        });
    }
}
