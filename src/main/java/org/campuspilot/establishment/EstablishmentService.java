package org.campuspilot.establishment;

import java.util.List;
import java.util.Optional;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.db.DataAccessException;
import org.campuspilot.db.Database;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.NameKey;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.Problem;

/** The rules around saving and deleting establishments: unique UAI, one établissement support, safe deletes. */
public final class EstablishmentService {
    private final Database database;
    private final EstablishmentRepository repository;

    private final ContactRepository contacts;

    public EstablishmentService(Database database, EstablishmentRepository repository, ContactRepository contacts) {
        this.database = database;
        this.repository = repository;
        this.contacts = contacts;
    }

    /**
     * Inserts or updates the establishment. A UAI already used by another record is refused with a problem naming
     * that record; choosing the role « établissement support » demotes the previous one in the same transaction.
     */
    /** The problem of a UAI already used by another record than {@code id} (null for a new one), if it is. */
    public Optional<Problem> duplicateUai(org.campuspilot.shared.Uai uai, Long id) {
        return repository.findByUai(uai).filter(other -> !other.id().equals(id)).map(other -> Problem.duplicate(
                other.id(), "establishment.error.duplicateUai", uai.code(), other.name()));
    }

    public Checked<Establishment> save(Establishment e) {
        return database.inTransaction(c -> {
            Optional<Problem> sameUai = duplicateUai(e.uai(), e.id());
            if (sameUai.isPresent()) {
                return Checked.fail(sameUai.get());
            }
            if (e.role() == NetworkRole.SUPPORT) {
                repository.demoteSupportOtherThan(e.id());
            }
            if (e.id() == null) {
                return Checked.ok(repository.insert(e));
            }
            repository.update(e);
            return Checked.ok(e);
        });
    }

    /**
     * Saves an establishment edited in a form that was filled with {@code base}: refused with an
     * {@link org.campuspilot.db.EditConflict} when someone else changed or deleted it meanwhile (decision 0043).
     */
    public Checked<Establishment> save(Establishment e, Establishment base) {
        return database.inTransaction(c -> {
            org.campuspilot.db.EditConflict.check(c, "establishment", e.id(), base, repository::findById);
            return save(e);
        });
    }

    /** Why the establishment cannot be deleted now, if anything prevents it. */
    public Optional<Problem> deleteRefusal(Establishment e) {
        if (e.role() == NetworkRole.SUPPORT) {
            return Optional.of(Problem.of("establishment.delete.refused.support", e.name()));
        }
        if (e.id() != null) {
            long attached = contacts.countByOrganisation(Organisation.establishment(e.id(), e.name()));
            if (attached > 0) {
                return Optional.of(Problem.of("establishment.delete.refused.contacts", e.name(), attached));
            }
        }
        return Optional.empty();
    }

    /** Other establishments of the same city whose name is the same or nearly (see {@link NameKey}). */
    public List<Establishment> similar(Establishment e) {
        if (e.city() == null || e.city().isBlank()) {
            return List.of();
        }
        return repository.findInCity(e.city()).stream()
                .filter(o -> !o.id().equals(e.id()) && NameKey.similar(o.name(), e.name()))
                .toList();
    }

    /** Deletes unless something refers to the establishment; then returns why, and nothing is deleted. */
    public Optional<Problem> delete(Establishment e) {
        Optional<Problem> refusal = deleteRefusal(e);
        if (refusal.isPresent()) {
            return refusal;
        }
        try {
            repository.delete(e.id());
            return Optional.empty();
        } catch (DataAccessException ex) {
            if (ex.isForeignKeyViolation()) {
                return Optional.of(Problem.of("establishment.delete.refused.referenced", e.name()));
            }
            throw ex;
        }
    }
}
