package org.campuspilot.importing;

/**
 * Where a CSV text has a quote that opens a cell and never closes: the cell would swallow every line after it (a
 * parser reads to the end of the file, or to the next stray quote, as one cell). Found before parsing, so that the
 * file is refused with the line where the quote opened instead of imported short or refused « ligne ? ».
 */
final class OpenQuote {
    private OpenQuote() {
    }

    /**
     * The line (1 = the first) of the quote that opens a cell and does not close before the end of the text, or -1
     * when every quoted cell closes. A quote inside a cell is doubled ({@code ""}), as RFC 4180 and spreadsheets write
     * it.
     */
    static int line(CharSequence text, char delimiter) {
        int line = 1;
        int openedOn = -1;
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                } else if (c == '\n') {
                    line++;
                }
                continue;
            }
            if (c == '"' && fieldStart) {
                quoted = true;
                openedOn = line;
                fieldStart = false;
            } else if (c == delimiter) {
                fieldStart = true;
            } else if (c == '\n') {
                line++;
                fieldStart = true;
            } else if (c != '\r') {
                fieldStart = false;
            }
        }
        return quoted ? openedOn : -1;
    }
}
