package org.campuspilot.importing;

import java.time.Clock;
import java.util.Map;
import org.campuspilot.db.Database;

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

    static SheetType<?> of(SheetKind kind, Database database, Clock clock) {
        SheetDirectory directory = new SheetDirectory(database);
        return switch (kind) {
            case COMPANIES -> new CompanySheet(database, clock);
            case CONTACTS -> new ContactSheet(database, directory, clock);
            case EVENTS -> new EventSheet(database, directory, clock);
            case ACTIONS -> new ActionSheet(database, directory, clock);
            case EXPENSES -> new EntrySheet(database, clock);
        };
    }
}
