package org.campuspilot.importing;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campuspilot.shared.Problem;

/**
 * The annuaire's columns for {@link CellGuard}: every column an import reads is checked for what it holds (the other
 * columns are neither stored nor looked at), and a cell too long for any column stops the CSV reader itself.
 */
final class AnnuaireCells {
    /**
     * The longest cell the CSV reader reads before giving up: far above any column's limit (a website's 2,000
     * characters are the most), far below what would fill the memory.
     */
    static final int MAX_BUFFER = 64 * 1024;

    private static final Map<String, CellGuard.Field> FIELDS = Map.of("Mail", CellGuard.Field.EMAIL, "Web",
            CellGuard.Field.URL);
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private AnnuaireCells() {
    }

    /** The first cell of the row that the guard refuses, or null; {@code columns} are the ones an import reads. */
    static Problem problem(Map<String, String> row, List<String> columns) {
        for (String column : columns) {
            String cell = row.get(column);
            if (cell != null && !cell.isEmpty()) {
                Problem p = CellGuard.check(cell, FIELDS.getOrDefault(column, CellGuard.Field.LINE), column);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * The file's problem when the CSV reader stopped on a cell longer than {@link #MAX_BUFFER}: FastCSV says so in its
     * message, with the line where the record starts. Null for any other parse failure.
     */
    static Problem tooLong(RuntimeException parse, String name) {
        String message = String.valueOf(parse.getMessage());
        if (!message.contains("maximum buffer size")) {
            return null;
        }
        Matcher m = LINE.matcher(message);
        return Problem.of("import.file.cellTooLong", name, m.find() ? m.group(1) : "?", MAX_BUFFER);
    }
}
