package org.campuspilot.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.Problem;
import org.campuspilot.ui.Messages;

/**
 * One row of a director's spreadsheet read field by field through the mapping. A check that fails keeps the first
 * problem, named with the column's title as it is in the file (« SIRET : le numéro 123 compte 3 chiffres… »), so
 * that the line's reason reads in plain French.
 */
final class SheetRow {
    private final SheetKind kind;
    private final TableFile.Row row;
    private final List<String> header;
    private final Map<String, Integer> mapping;
    private final Messages messages;
    private Problem problem;

    SheetRow(SheetKind kind, TableFile.Row row, List<String> header, Map<String, Integer> mapping,
            Messages messages) {
        this.kind = kind;
        this.row = row;
        this.header = header;
        this.mapping = mapping;
        this.messages = messages;
    }

    int line() {
        return row.line();
    }

    /** The first problem found, or null. */
    Problem problem() {
        return problem;
    }

    boolean ok() {
        return problem == null;
    }

    /** Fails the row with this problem unless an earlier one was found. */
    void fail(Problem p) {
        if (problem == null) {
            problem = p;
        }
    }

    /** Fails the row with a problem about one field, named by its column. */
    void fail(String field, Problem p) {
        fail(Problem.of("import.sheet.cell", title(field), p));
    }

    /** The column's title in the file, or the template's title when the field has no column. */
    String title(String field) {
        Integer index = mapping.get(field);
        return index != null && index < header.size() ? header.get(index) : messages.get(kind.columnKey(field));
    }

    /** The cell's text, stripped; null when blank or when the field has no column. */
    String text(String field) {
        Integer index = mapping.get(field);
        if (index == null) {
            return null;
        }
        String s = row.cell(index).strip();
        return s.isEmpty() ? null : s;
    }

    /** The text, failing the row when it is blank. */
    String required(String field) {
        String s = text(field);
        if (s == null) {
            fail(Problem.of("import.sheet.required", title(field)));
        }
        return s;
    }

    /** The value checked by {@code check}; null when blank or when the check fails (the row then fails). */
    <T> T checked(String field, Function<String, Checked<T>> check) {
        String s = text(field);
        if (s == null) {
            return null;
        }
        Checked<T> c = check.apply(s);
        if (!c.isOk()) {
            fail(field, c.problem().orElseThrow());
            return null;
        }
        return c.value();
    }

    /** As {@link #checked}, failing the row when the cell is blank. */
    <T> T requiredChecked(String field, Function<String, Checked<T>> check) {
        if (text(field) == null) {
            required(field);
            return null;
        }
        return checked(field, check);
    }

    /** The values of a list cell: « 0350031U, 0350795Z » or « STAGES|VISITES »; none when blank. */
    List<String> list(String field) {
        String s = text(field);
        if (s == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : s.split("[|;,/\\n]+|\\s+et\\s+")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /**
     * The enum value the cell names: by its label in French or English (« Forum, salon »), or by its code
     * (FORUM_SALON), ignoring case and accents. An unknown value fails the row listing the accepted labels.
     */
    <E extends Enum<E>> E choice(String field, Class<E> type, Function<E, String> labelKey) {
        String s = text(field);
        return s == null ? null : choice(field, s, type, labelKey);
    }

    <E extends Enum<E>> E choice(String field, String s, Class<E> type, Function<E, String> labelKey) {
        String wanted = SheetKind.normalise(s);
        for (E e : type.getEnumConstants()) {
            if (wanted.equals(SheetKind.normalise(e.name())) || Labels.all(labelKey.apply(e)).contains(wanted)) {
                return e;
            }
        }
        // « Forum, salon » for « Forum ou salon », « Portes ouvertes » for « Journée portes ouvertes »: the words
        // typed are all in one label, and in one only.
        List<String> words = words(wanted);
        List<E> near = Arrays.stream(type.getEnumConstants()).filter(e -> !words.isEmpty() && Labels.all(
                labelKey.apply(e)).stream().anyMatch(label -> words(label).containsAll(words))).toList();
        if (near.size() == 1) {
            return near.get(0);
        }
        fail(Problem.of("import.sheet.unknownValue", s, title(field), String.join(", ",
                Arrays.stream(type.getEnumConstants()).map(e -> "« " + messages.get(labelKey.apply(e)) + " »")
                        .toList())));
        return null;
    }

    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("ou", "et", "de", "des", "du", "d", "la",
            "le", "les", "l", "or", "and", "of", "the");

    private static List<String> words(String normalised) {
        return Arrays.stream(normalised.split(" ")).filter(w -> !w.isEmpty() && !SMALL_WORDS.contains(w)).toList();
    }

    /**
     * The row's first cell that {@link CellGuard} refuses: each cell checked for the field its column holds, a column
     * no field reads only for what no cell may hold (a formula, a control character, a size no spreadsheet writes).
     */
    static Problem cellProblem(SheetKind kind, TableFile.Row row, List<String> header, Map<String, Integer> mapping) {
        Map<Integer, String> fields = new java.util.HashMap<>();
        mapping.forEach((field, index) -> fields.putIfAbsent(index, field));
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cell(i);
            String column = i < header.size() && !header.get(i).isBlank() ? header.get(i).strip()
                    : String.valueOf(i + 1);
            String field = fields.get(i);
            Problem p = field == null ? CellGuard.any(cell, column) : CellGuard.check(cell, guarded(kind, field),
                    column);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** What the field holds, for {@link CellGuard}: notes and lists may take several lines, names one. */
    static CellGuard.Field guarded(SheetKind kind, String field) {
        return switch (field) {
            case "notes", "objectives" -> CellGuard.Field.TEXT;
            // An expense's « Objet » is one line; an event's or an action's description is a text.
            case "description" -> kind == SheetKind.EXPENSES ? CellGuard.Field.LINE : CellGuard.Field.TEXT;
            case "establishments", "companies", "partnerships", "levels" -> CellGuard.Field.LIST;
            case "email" -> CellGuard.Field.EMAIL;
            case "website" -> CellGuard.Field.URL;
            default -> CellGuard.Field.LINE;
        };
    }

    /** The French and English labels of a message, normalised, to recognise a value typed either way. */
    static final class Labels {
        private static final Messages FRENCH = Messages.load(Messages.FRENCH);
        private static final Messages ENGLISH = Messages.load(java.util.Locale.ENGLISH);

        private Labels() {
        }

        static List<String> all(String key) {
            return List.of(SheetKind.normalise(FRENCH.get(key)), SheetKind.normalise(ENGLISH.get(key)));
        }
    }
}
