package org.campuspilot.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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

    @Override
    public Map<String, String> existing() {
        Map<String, String> out = new HashMap<>();
        for (Contact c : repository.findAll()) {
            out.put(key(c), label(c));
            // A person recorded with an e-mail is also found by name, for a file without e-mails.
            if (c.email() != null) {
                out.put(nameKey(c), label(c));
            }
        }
        return out;
    }

    @Override
    public void insert(Contact c) {
        repository.insert(c);
    }
}
