package org.campuspilot.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.campuspilot.contact.Contact;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.shared.EmailAddress;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.NameKey;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.PhoneNumber;
import org.campuspilot.shared.Text;

/** A spreadsheet row of contacts; the organisation is found by UAI, SIRET or name, or kept as another body. */
final class ContactSheet implements SheetTypes.SheetType<Contact> {
    private final ContactRepository repository;
    private final SheetDirectory directory;
    private final Clock clock;
    private final List<SheetField<Contact>> fields = List.of(
            SheetField.of("firstName", Contact::firstName),
            SheetField.of("lastName", Contact::lastName),
            SheetField.of("role", Contact::role),
            SheetField.of("email", c -> SheetField.text(c.email())),
            SheetField.of("phone", c -> SheetField.text(c.phone())),
            SheetField.of("organisation", c -> c.organisation() == null ? null : c.organisation().name()),
            SheetField.of("lastContactOn", c -> c.lastContactOn() == null ? null
                    : FrenchFormats.date(c.lastContactOn())),
            SheetField.of("notes", Contact::notes));

    ContactSheet(ContactRepository repository, SheetDirectory directory, Clock clock) {
        this.repository = repository;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public Contact read(SheetRow row) {
        String last = row.required("lastName");
        EmailAddress email = row.checked("email", EmailAddress::check);
        PhoneNumber phone = row.checked("phone", PhoneNumber::check);
        String org = row.text("organisation");
        Organisation organisation = org == null ? null : directory.organisation(row, "organisation", org);
        LocalDate lastContact = row.checked("lastContactOn", FrenchFormats::parseDate);
        if (!row.ok()) {
            return null;
        }
        return new Contact(null, Text.blankToNull(row.text("firstName")), last, row.text("role"), email, phone,
                organisation, lastContact, row.text("notes"), LocalDate.now(clock), null, null);
    }

    @Override
    public String key(Contact c) {
        return c.email() != null ? c.email().address().toLowerCase(Locale.ROOT) : nameKey(c);
    }

    /** The person's name and organisation, ignoring case, accents and punctuation. */
    private static String nameKey(Contact c) {
        return NameKey.of(c.fullName()) + "|" + (c.organisation() == null ? "" : NameKey.of(c.organisation()
                .name()));
    }

    @Override
    public String label(Contact c) {
        return c.fullName() + (c.organisation() == null ? "" : " — " + c.organisation().name());
    }

    /** The people on record; an anonymised one is no longer a person a file could name. */
    @Override
    public List<Contact> stored() {
        return repository.findAll().stream().filter(c -> !c.isAnonymised()).toList();
    }

    @Override
    public List<String> keysOf(Contact c) {
        List<String> keys = new ArrayList<>(List.of(key(c)));
        // A person recorded with an e-mail is also found by name, for a file without e-mails.
        if (c.email() != null) {
            keys.add(nameKey(c));
        }
        return keys;
    }

    @Override
    public long id(Contact c) {
        return c.id();
    }

    @Override
    public Optional<Contact> find(long id) {
        return repository.findById(id);
    }

    @Override
    public void insert(Contact c) {
        repository.insert(c);
    }

    @Override
    public List<SheetField<Contact>> fields() {
        return fields;
    }

    @Override
    public Contact merge(Contact s, Contact r, Set<String> f) {
        return new Contact(s.id(),
                f.contains("firstName") ? r.firstName() : s.firstName(),
                f.contains("lastName") ? r.lastName() : s.lastName(),
                f.contains("role") ? r.role() : s.role(),
                f.contains("email") ? r.email() : s.email(),
                f.contains("phone") ? r.phone() : s.phone(),
                f.contains("organisation") ? r.organisation() : s.organisation(),
                f.contains("lastContactOn") ? r.lastContactOn() : s.lastContactOn(),
                f.contains("notes") ? r.notes() : s.notes(),
                s.createdOn(), s.reviewedOn(), s.anonymisedOn());
    }

    @Override
    public void update(Contact c) {
        repository.update(c);
    }
}
