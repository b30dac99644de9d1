package org.campuspilot.establishment;

import java.time.LocalDate;
import org.campuspilot.shared.EmailAddress;
import org.campuspilot.shared.PhoneNumber;
import org.campuspilot.shared.PostalCode;
import org.campuspilot.shared.Siret;
import org.campuspilot.shared.Uai;

/** A member establishment of the campus network. {@code id} is null until it is saved. */
public record Establishment(
        Long id,
        Uai uai,
        String name,
        EstablishmentKind kind,
        Ownership ownership,
        Siret siret,
        String street,
        PostalCode postalCode,
        String city,
        PhoneNumber phone,
        EmailAddress email,
        String website,
        NetworkRole role,
        LocalDate memberSince,
        LocalDate memberUntil,
        LocalDate conventionSignedOn,
        String notes) {

    /**
     * A member is current when it belongs to the network (not only to its territory), has joined (or has no join
     * date) and has not left by the given day.
     */
    public boolean isCurrentMember(LocalDate today) {
        return role.inNetwork() && (memberSince == null || !memberSince.isAfter(today))
                && (memberUntil == null || !memberUntil.isBefore(today));
    }

    public Establishment withId(long newId) {
        return new Establishment(newId, uai, name, kind, ownership, siret, street, postalCode, city, phone, email,
                website, role, memberSince, memberUntil, conventionSignedOn, notes);
    }

    /** The establishment in the network with {@code newRole} from {@code since}, everything else kept. */
    public Establishment withMembership(NetworkRole newRole, LocalDate since) {
        return new Establishment(id, uai, name, kind, ownership, siret, street, postalCode, city, phone, email,
                website, newRole, since, memberUntil, conventionSignedOn, notes);
    }

    public Establishment withRole(NetworkRole newRole) {
        return withMembership(newRole, memberSince);
    }
}
