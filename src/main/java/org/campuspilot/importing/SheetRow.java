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
    /** Excel's limit for a cell; anything longer comes from a broken file (a quote never closed). */
    static final int MAX_CELL = 32_767;

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
     * Refuses a cell a spreadsheet would run as a formula (« =HYPERLINK(…) », « @SUM(…) », « +A1 », « -B2 ») and a
     * cell too long to be a real value (a file whose quotes are broken). Numbers such as « -12,50 » and phone
     * numbers such as « +33 2 99… » are values, not formulas.
     */
    static Problem cellProblem(TableFile.Row row, List<String> header) {
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cell(i);
            String column = i < header.size() ? header.get(i) : String.valueOf(i + 1);
            if (cell.length() > MAX_CELL) {
                return Problem.of("import.sheet.tooLong", column, cell.length(), MAX_CELL);
            }
            if (formulaLike(cell)) {
                String shown = cell.length() > 40 ? cell.substring(0, 40) + "…" : cell;
                return Problem.of("import.sheet.formula", shown, column);
            }
        }
        return null;
    }

    static boolean formulaLike(String cell) {
        String s = cell.stripLeading();
        if (s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        if (first == '=' || first == '@') {
            return true;
        }
        if ((first == '+' || first == '-') && s.length() > 1) {
            char next = s.charAt(1);
            return !(Character.isDigit(next) || next == ' ' || next == ',' || next == '.');
        }
        return false;
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
