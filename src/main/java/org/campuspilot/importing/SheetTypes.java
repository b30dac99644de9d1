package org.campuspilot.importing;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.campuspilot.shared.Problem;
import org.campuspilot.store.Stores;
import org.campuspilot.ui.Messages;

/**
 * How each kind of record is read from a spreadsheet row (with the same checks as its form), recognised as already
 * present (its duplicate key), named in the preview, compared field by field with the stored record, and written.
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

        /** The stored records. */
        List<T> stored();

        /** The keys a stored record is found by: its key (a contact with an e-mail also by name). */
        default List<String> keysOf(T stored) {
            return List.of(key(stored));
        }

        /** The stored record's id. */
        long id(T stored);

        /** The stored record as it is now, when it still exists. */
        Optional<T> find(long id);

        /** Writes a new record; called inside the import's transaction. */
        void insert(T record);

        /** Why a row that reads well may still not be added (an international mobility), or null. */
        default Problem refusedAsNew(T record, SheetRow row) {
            return null;
        }

        /** The fields an update compares and may change, in the order the preview lists them. */
        List<SheetField<T>> fields();

        /** The stored record with the named {@linkplain #fields fields} taken from the row's record. */
        T merge(T stored, T read, Set<String> fields);

        /**
         * Why the stored record with these fields taken from the row's record would not be valid (an end now before
         * the start), or null. Called before {@link #merge}, which may assume a valid result.
         */
        default Problem check(T stored, T read, Set<String> fields) {
            return null;
        }

        /** Writes the updated record; called inside the import's transaction. */
        void update(T merged);
    }

    private SheetTypes() {
    }

    static SheetType<?> of(SheetKind kind, Stores stores, Clock clock, Messages messages) {
        SheetDirectory directory = new SheetDirectory(stores);
        return switch (kind) {
            case COMPANIES -> new CompanySheet(stores.companies(), clock, messages);
            case CONTACTS -> new ContactSheet(stores.contacts(), directory, clock);
            case EVENTS -> new EventSheet(stores.events(), directory, clock, messages);
            case ACTIONS -> new ActionSheet(stores.actions(), directory, clock, messages);
            case EXPENSES -> new EntrySheet(stores.entries(), clock, messages);
        };
    }
}
