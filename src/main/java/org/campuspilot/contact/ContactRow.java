package org.campuspilot.contact;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.campuspilot.shared.Text;

/** One line of the contact list: the record and its search key (names, role, organisation, e-mail, phone). */
public record ContactRow(Contact contact, String searchKey) {

    public static ContactRow of(Contact c) {
        String key = Stream.of(c.firstName(), c.lastName(), c.role(),
                        c.organisation() == null ? null : c.organisation().name(),
                        c.email() == null ? null : c.email().address(), c.phone() == null ? null : c.phone().digits())
                .filter(s -> s != null).map(Text::searchKey).collect(Collectors.joining("\n"));
        return new ContactRow(c, key);
    }

    public boolean matches(String normalisedQuery) {
        return normalisedQuery.isEmpty() || searchKey.contains(normalisedQuery)
                || searchKey.contains(normalisedQuery.replace(" ", ""));
    }
}
