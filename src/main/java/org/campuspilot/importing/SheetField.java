package org.campuspilot.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campuspilot.shared.Organisation;

/**
 * One field of a record that a spreadsheet row may update: its name (the column's field, {@code
 * import.column.<kind>.<name>} names it in the preview), the columns that give it a value (a row leaves the field
 * alone unless one of them holds a non-empty cell), and how the field reads as text, to compare and to show.
 */
record SheetField<T>(String name, List<String> columns, Function<T, String> shown) {

    /** A field given by its own column, and by {@code others} too. */
    static <T> SheetField<T> of(String name, Function<T, String> shown, String... others) {
        List<String> columns = new ArrayList<>();
        columns.add(name);
        columns.addAll(List.of(others));
        return new SheetField<>(name, List.copyOf(columns), shown);
    }

    /** « Lycée Bréquigny, Lycée Jean Jaurès »: the names in alphabetical order (the order in a cell means nothing). */
    static String names(Collection<Organisation> organisations) {
        return organisations.isEmpty() ? null : organisations.stream().map(Organisation::name).sorted()
                .collect(Collectors.joining(", "));
    }

    /** The value's text, null for none. */
    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
