package org.campuspilot.company;

import java.time.LocalDate;
import java.util.Set;
import org.campuspilot.shared.CompanyNumber;
import org.campuspilot.shared.Naf;
import org.campuspilot.shared.OrderedSets;
import org.campuspilot.shared.PostalCode;

/**
 * A partner company of the campus. {@code id} is null until it is saved; {@code mainContactId} is the person the
 * campus deals with first, one of the company's contacts.
 */
public record Company(
        Long id,
        CompanyNumber number,
        String name,
        Naf naf,
        SizeBand size,
        String activity,
        String street,
        PostalCode postalCode,
        String city,
        String website,
        Set<PartnershipKind> partnerships,
        LocalDate conventionSignedOn,
        LocalDate conventionEndsOn,
        Long mainContactId,
        String notes) {

    public Company {
        partnerships = OrderedSets.of(PartnershipKind.class, partnerships);
    }

    public Company withId(long newId) {
        return new Company(newId, number, name, naf, size, activity, street, postalCode, city, website, partnerships,
                conventionSignedOn, conventionEndsOn, mainContactId, notes);
    }

    public ConventionStatus conventionOn(LocalDate day) {
        return ConventionStatus.of(conventionSignedOn, conventionEndsOn, day);
    }
}
