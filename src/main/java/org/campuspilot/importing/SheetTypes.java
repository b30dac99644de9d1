package org.campuspilot.importing;

import java.time.Clock;
import java.util.Map;
import org.campuspilot.store.Stores;

/**
 * How each kind of record is read from a spreadsheet row (with the same checks as its form), recognised as already
 * present (its duplicate key), named in the preview, and written.
 */
final class SheetTypes {

    /** One kind of record. */
    interface SheetType<T> {
        /** The record of the row, or null when the row failed (its problem is on the row). */
        T read(SheetRow row);

        /** What makes two records the same one: a SIRET, an e-mail, a title and a date. */
        String key(T record);

        /** How the preview names the record. */
        String label(T record);

        /** The keys of the stored records, each with its label. */
        Map<String, String> existing();

        /** Writes the record; called inside the import's transaction. */
        void insert(T record);
    }

    private SheetTypes() {
    }

    static SheetType<?> of(SheetKind kind, Stores stores, Clock clock) {
        SheetDirectory directory = new SheetDirectory(stores);
        return switch (kind) {
            case COMPANIES -> new CompanySheet(stores.companies(), clock);
            case CONTACTS -> new ContactSheet(stores.contacts(), directory, clock);
            case EVENTS -> new EventSheet(stores.events(), directory, clock);
            case ACTIONS -> new ActionSheet(stores.actions(), directory, clock);
            case EXPENSES -> new EntrySheet(stores.entries(), clock);
        };
    }
}
