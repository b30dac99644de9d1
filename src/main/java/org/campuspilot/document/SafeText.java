package org.campuspilot.document;

/**
 * Keeps a text cell a text when a spreadsheet opens the file: a value starting with « = », « + », « - », « @ », a
 * tab or a carriage return would be read as a formula by Excel or LibreOffice (CSV injection), so it gets a leading
 * apostrophe, the spreadsheets' own mark for « this is text ». Only text cells are guarded: a negative amount is a
 * number and stays one. ODS and XLSX store text cells typed as text, which no spreadsheet evaluates.
 */
public final class SafeText {
    private SafeText() {
    }

    public static boolean risky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The text as written in a CSV cell. */
    public static String guard(String text) {
        return risky(text) ? "'" + text : text == null ? "" : text;
    }
}
