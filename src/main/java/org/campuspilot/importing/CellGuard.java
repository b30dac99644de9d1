package org.campuspilot.importing;

import java.util.regex.Pattern;
import org.campuspilot.shared.Problem;

/**
 * The one check every import makes on a cell before reading a value from it, the annuaire and the five spreadsheet
 * kinds alike: a cell a spreadsheet would run as a formula, a NUL byte or another control character, a line break in a
 * field that holds one line, a text longer than its field takes. Each is refused with the column's title and a French
 * sentence; the caller adds the line.
 *
 * <p>Formulas. A cell starting with {@code =} or {@code @} (after any spaces, tabs or line breaks) is refused. A cell
 * starting with {@code +} or {@code -} is refused when a spreadsheet would evaluate what follows the sign: an operand
 * written right after it (« -B2 », « +cmd|… », « -SOMME(…) »), a number followed by an operator and a name
 * (« -2+cmd|… », « +33+cmd|… »), a function call, a cell reference, or a {@code |} or {@code !} (external and sheet
 * references). Numbers, amounts and phone numbers (« -25 », « -1 234,50 € », « +33 2 99 12 34 56 ») are values. A dash
 * and a space before words (« - Lycée Jean-Moulin », a bullet pasted from a list) is text: nothing in it is
 * evaluated, and the exports guard it ({@code document.SafeText}).
 */
final class CellGuard {
    /** Excel's limit for a cell; anything longer comes from a broken file (a quote never closed). */
    static final int MAX_CELL = 32_767;

    /** What a field holds: the longest text it takes and whether it may hold line breaks and tabs. */
    enum Field {
        /** A name, a title, a street, a city, a code, a label: one line. */
        LINE(300, false),
        /** An e-mail address (RFC 5321's limit). */
        EMAIL(254, false),
        /** A website. */
        URL(2_000, false),
        /** Several values (« 0350031U, 0350795Z »), one a line allowed. */
        LIST(4_000, true),
        /** Notes, a description, objectives: several lines. */
        TEXT(10_000, true);

        private final int maxLength;
        private final boolean multiLine;

        Field(int maxLength, boolean multiLine) {
            this.maxLength = maxLength;
            this.multiLine = multiLine;
        }

        int maxLength() {
            return maxLength;
        }

        boolean multiLine() {
            return multiLine;
        }
    }

    private static final Pattern FUNCTION = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.]*\\(");
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])\\$?[A-Za-z]{1,3}\\$?\\d{1,7}(?![\\p{L}\\p{N}_])");
    private static final Pattern SHEET_REFERENCE = Pattern.compile("[\\p{L}\\p{N}_'\\]]!");
    /** A number, then an operator, then something that is not a number: « 2+cmd », « 33 & "x" ». */
    private static final Pattern OPERATOR_CHAIN = Pattern.compile("^[\\d\\s.,]*\\d[\\d\\s.,]*[-+*/^&<>=]\\s*"
            + "[\\p{L}_\"'$(]");

    private CellGuard() {
    }

    /** The cell's problem whatever its field (a column no field reads): a formula, a control character, a huge cell. */
    static Problem any(String cell, String column) {
        if (cell.length() > MAX_CELL) {
            return Problem.of("import.cell.huge", column, cell.length(), MAX_CELL);
        }
        Problem control = control(cell, column);
        if (control != null) {
            return control;
        }
        return formulaLike(cell) ? Problem.of("import.cell.formula", shown(cell), column) : null;
    }

    /** The cell's problem for its field, or null when the cell may be read. */
    static Problem check(String cell, Field field, String column) {
        Problem any = any(cell, column);
        if (any != null) {
            return any;
        }
        String value = cell.strip();
        if (!field.multiLine()) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || c == '\r' || c == '\t') {
                    return Problem.of("import.cell.lineBreak", column);
                }
            }
        }
        if (value.length() > field.maxLength()) {
            return Problem.of("import.cell.tooLong", column, value.length(), field.maxLength());
        }
        return null;
    }

    /** A NUL byte or another control character (tab and line breaks aside), with where it is. */
    private static Problem control(String cell, String column) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == 0) {
                return Problem.of("import.cell.nul", column, i + 1);
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F || invisible(cell, i)) {
                return Problem.of("import.cell.control", column, String.format("U+%04X", (int) c), i + 1);
            }
        }
        return null;
    }

    /**
     * An invisible character that changes what a text means or how it compares without showing: the format
     * characters (zero-width spaces and joiners, the right-to-left and isolate marks that reorder a name on screen, a
     * byte-order mark inside a text, the soft hyphen), the line and paragraph separators, private-use characters. «
     * Ber\u200Bnard » would be a second Bernard. A joiner inside an emoji sequence (after a surrogate) is kept.
     */
    private static boolean invisible(String cell, int i) {
        char c = cell.charAt(i);
        int type = Character.getType(c);
        if (c == '\u200D' && i > 0 && Character.isSurrogate(cell.charAt(i - 1))) {
            return false;
        }
        return type == Character.FORMAT || type == Character.PRIVATE_USE || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** True when a spreadsheet opening the cell as typed would evaluate it (see the class's comment). */
    static boolean formulaLike(String cell) {
        int start = 0;
        while (start < cell.length() && Character.isWhitespace(cell.charAt(start))) {
            start++;
        }
        if (start == cell.length()) {
            return false;
        }
        char first = cell.charAt(start);
        if (first == '=' || first == '@') {
            return true;
        }
        if (first != '+' && first != '-' || start + 1 == cell.length()) {
            return false;
        }
        String rest = cell.substring(start + 1);
        char next = rest.charAt(0);
        if (Character.isLetter(next) || "\"'$(_#".indexOf(next) >= 0) {
            return true;
        }
        return rest.indexOf('|') >= 0 || SHEET_REFERENCE.matcher(rest).find() || FUNCTION.matcher(rest).find()
                || REFERENCE.matcher(rest).find() || OPERATOR_CHAIN.matcher(rest).find();
    }

    /** The cell as a sentence quotes it: on one line, cut after 40 characters. */
    private static String shown(String cell) {
        String s = cell.strip().replaceAll("\\s+", " ");
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
