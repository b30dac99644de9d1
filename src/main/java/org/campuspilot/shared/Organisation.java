package org.campuspilot.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a contact works: a member establishment, a partner company (both by id), or another body named in full
 * (Région, rectorat, chambre consulaire, ...).
 *
 * @param id null for another body
 * @param name the establishment's or company's name as last read, or the other body's name
 */
public record Organisation(Kind kind, Long id, String name) {

    /** The three kinds of organisation a contact may belong to. */
    public enum Kind {
        ESTABLISHMENT,
        COMPANY,
        OTHER;

        public String messageKey() {
            return "contact.organisation.kind." + name().toLowerCase(Locale.ROOT);
        }
    }

    public Organisation {
        Objects.requireNonNull(kind);
        if ((kind == Kind.OTHER) != (id == null)) {
            throw new IllegalArgumentException("An establishment or company needs an id, another body none");
        }
    }

    public static Organisation establishment(long id, String name) {
        return new Organisation(Kind.ESTABLISHMENT, id, name);
    }

    public static Organisation company(long id, String name) {
        return new Organisation(Kind.COMPANY, id, name);
    }

    public static Organisation other(String name) {
        return new Organisation(Kind.OTHER, null, name);
    }

    /** Same organisation: same kind and id (names may have changed), or the same other body's name. */
    public boolean sameAs(Organisation o) {
        return o != null && kind == o.kind
                && (kind == Kind.OTHER ? name.equalsIgnoreCase(o.name) : id.equals(o.id));
    }

    @Override
    public String toString() {
        return name;
    }

    /** The key of an organisation in a map of what tells organisations apart (city and UAI or SIRET). */
    public static String detailKey(Kind kind, long id) {
        return kind + ":" + id;
    }
}
