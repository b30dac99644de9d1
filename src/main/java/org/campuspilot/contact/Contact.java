package org.campuspilot.contact;

import org.campuspilot.shared.Organisation;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.campuspilot.shared.EmailAddress;
import org.campuspilot.shared.PhoneNumber;

/**
 * A person the campus deals with. Personal data: the date of last contact is kept, and a person with no contact for
 * {@value #REVIEW_AFTER_YEARS} years comes up for review (keep, anonymise or delete). An anonymised contact keeps
 * only its organisation and dates, so that counts stay right.
 *
 * @param organisation null when the person belongs to no organisation
 * @param createdOn the day the record was created
 * @param reviewedOn the last day the director chose to keep the record after a review
 */
public record Contact(
        Long id,
        String firstName,
        String lastName,
        String role,
        EmailAddress email,
        PhoneNumber phone,
        Organisation organisation,
        LocalDate lastContactOn,
        String notes,
        LocalDate createdOn,
        LocalDate reviewedOn,
        LocalDate anonymisedOn) {

    public static final int REVIEW_AFTER_YEARS = 3;

    public Contact withId(long newId) {
        return new Contact(newId, firstName, lastName, role, email, phone, organisation, lastContactOn, notes,
                createdOn, reviewedOn, anonymisedOn);
    }

    /** "Prénom Nom", or the last name alone. */
    public String fullName() {
        return firstName == null || firstName.isBlank() ? lastName : firstName + " " + lastName;
    }

    public boolean isAnonymised() {
        return anonymisedOn != null;
    }

    /** The latest sign that the record is still wanted: last contact, creation or last review. */
    public LocalDate lastSign() {
        return Stream.of(lastContactOn, createdOn, reviewedOn).filter(d -> d != null).max(LocalDate::compareTo)
                .orElse(LocalDate.MIN);
    }

    /** True when the person has had no contact for three years and was not anonymised: time to review. */
    public boolean reviewDue(LocalDate today) {
        return !isAnonymised() && lastSign().isBefore(today.minusYears(REVIEW_AFTER_YEARS));
    }
}
