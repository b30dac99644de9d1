package org.campuspilot.contact;

import java.time.LocalDate;
import java.util.List;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.ui.Messages;

/**
 * Everything the campus holds about one person, as a plain text a person can read (the right of access of the
 * RGPD): identity, organisation, dates, notes, and the records that name the person.
 */
public final class PersonalDataExport {
    private final Messages messages;

    public PersonalDataExport(Messages messages) {
        this.messages = messages;
    }

    /** The text of the export; {@code mainContactOf} names the companies whose main contact the person is. */
    public String text(Contact c, List<String> mainContactOf, List<String[]> events, List<String[]> actions,
            String campusName, LocalDate today) {
        StringBuilder sb = new StringBuilder();
        sb.append(messages.get("contact.export.heading", c.fullName())).append('\n');
        sb.append(messages.get("contact.export.intro", campusName == null ? "" : campusName,
                FrenchFormats.date(today))).append("\n\n");
        line(sb, "contact.form.firstName.label", c.firstName());
        line(sb, "contact.form.lastName.label", c.lastName());
        line(sb, "contact.form.role.label", c.role());
        line(sb, "contact.form.email.label", c.email() == null ? null : c.email().address());
        line(sb, "contact.form.phone.label", c.phone() == null ? null : c.phone().display());
        line(sb, "contact.form.organisation.label", c.organisation() == null ? null
                : c.organisation().name() + " (" + messages.get(c.organisation().kind().messageKey()) + ")");
        line(sb, "contact.form.lastContactOn.label", FrenchFormats.date(c.lastContactOn()));
        line(sb, "contact.export.createdOn", FrenchFormats.date(c.createdOn()));
        line(sb, "contact.export.reviewedOn", FrenchFormats.date(c.reviewedOn()));
        line(sb, "contact.export.anonymisedOn", FrenchFormats.date(c.anonymisedOn()));
        line(sb, "contact.form.notes.label", c.notes());
        sb.append('\n').append(messages.get("contact.export.references")).append('\n');
        if (mainContactOf.isEmpty() && events.isEmpty() && actions.isEmpty()) {
            sb.append("  ").append(messages.get("contact.export.noReference")).append('\n');
        }
        for (String company : mainContactOf) {
            sb.append("  - ").append(messages.get("contact.export.mainContactOf", company)).append('\n');
        }
        for (String[] e : events) {
            sb.append("  - ").append(messages.get("contact.export.event", FrenchFormats.date(LocalDate.parse(e[0])),
                    e[1], messages.get("event.presence." + e[2].toLowerCase(java.util.Locale.ROOT)))).append('\n');
        }
        for (String[] a : actions) {
            int year = Integer.parseInt(a[0]);
            sb.append("  - ").append(messages.get("contact.export.action", year + "-" + (year + 1), a[1]))
                    .append('\n');
        }
        sb.append('\n').append(messages.get("contact.export.rights")).append('\n');
        return sb.toString();
    }

    private void line(StringBuilder sb, String labelKey, String value) {
        String v = value == null || value.isBlank() ? messages.get("contact.export.none") : value;
        sb.append(messages.get(labelKey)).append(" : ").append(v.replace("\n", "\n    ")).append('\n');
    }
}
