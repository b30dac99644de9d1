package org.campuspilot.db;

import java.time.LocalDate;

/**
 * Rows in the text format of PostgreSQL's {@code COPY … FROM STDIN}: columns separated by a tab, rows by a newline,
 * {@code \N} for null, and the backslash, tab, newline and carriage return escaped.
 */
public final class CopyText {
    private CopyText() {
    }

    /** Appends one row of values (text, numbers, enums, dates, truth values, or null). */
    public static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                out.append("\\N");
            } else if (v instanceof Enum<?> e) {
                out.append(e.name());
            } else if (v instanceof Boolean b) {
                out.append(b ? 't' : 'f');
            } else if (v instanceof Number || v instanceof LocalDate) {
                out.append(v);
            } else {
                escape(out, v.toString());
            }
        }
        out.append('\n');
    }

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
