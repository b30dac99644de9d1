package org.campuspilot.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.campuspilot.shared.Problem;

/**
 * A CSV read into a {@link TableFile.Table}: its encoding (UTF-8, or Windows-1252 when it is not UTF-8 at all), its
 * separator, its quotes, its rows with their line numbers in the file.
 */
final class CsvTable {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvTable() {
    }

    /**
     * The text of the bytes: UTF-8 (a BOM is dropped) when they are valid UTF-8, Windows-1252 when they are not UTF-8
     * at all. A file that is UTF-8 (its BOM, or accents written as UTF-8 elsewhere) with a few bad bytes is refused at
     * the line of the first: read as Windows-1252 it would turn every accent into two signs, its titles included.
     */
    static String decode(byte[] bytes, String name) throws ImportFileException {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(buffer, out, true);
        if (!result.isError()) {
            return out.flip().toString();
        }
        if (bom || hasUtf8Accent(bytes)) {
            int line = 1;
            for (int k = 0; k < buffer.position(); k++) {
                if (bytes[k] == '\n') {
                    line++;
                }
            }
            throw new ImportFileException(Problem.of("import.sheet.badUtf8", name, String.valueOf(line)));
        }
        return new String(bytes, WINDOWS_1252);
    }

    /** True when the bytes hold a well-formed UTF-8 sequence of two or more bytes (an accent written as UTF-8). */
    private static boolean hasUtf8Accent(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > bytes.length) {
                continue;
            }
            boolean continued = true;
            for (int k = 1; k < length; k++) {
                continued &= (bytes[i + k] & 0xC0) == 0x80;
            }
            if (continued) {
                return true;
            }
        }
        return false;
    }

    /** Excel's first line naming the separator ({@code sep=;}), which is not the header. */
    private static final java.util.regex.Pattern SEP_LINE = java.util.regex.Pattern.compile("^sep=(.)\\r?\\n");

    /**
     * {@code ;}, {@code ,} or a tab: whichever the header line holds most of outside quotes (`;` when none), or the
     * one Excel's {@code sep=} line names.
     */
    static char delimiter(String text) {
        java.util.regex.Matcher sep = SEP_LINE.matcher(text);
        if (sep.find()) {
            return sep.group(1).charAt(0);
        }
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    static TableFile.Table read(byte[] bytes, String name) throws IOException, ImportFileException {
        // UTF-16 (a spreadsheet program's « texte Unicode ») has a NUL every other byte, a binary file control bytes
        // everywhere; a text with a stray NUL or two is a damaged cell, refused at its line (CellGuard).
        int controls = 0;
        for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
            if (bytes[i] >= 0 && bytes[i] < 0x20 && bytes[i] != '\t' && bytes[i] != '\n' && bytes[i] != '\r'
                    && ++controls > 8) {
                throw new ImportFileException(Problem.of("import.sheet.notText", name));
            }
        }
        String text = decode(bytes, name);
        char delimiter = delimiter(text);
        java.util.regex.Matcher sepLine = SEP_LINE.matcher(text);
        if (sepLine.find()) {
            // Left as an empty line rather than cut, so that every line keeps its number in the file.
            text = text.substring(sepLine.end() - (text.charAt(sepLine.end() - 2) == '\r' ? 2 : 1));
        }
        int openQuote = OpenQuote.line(text, delimiter);
        if (openQuote > 0) {
            throw new ImportFileException(Problem.of("import.sheet.badQuotes", name, String.valueOf(openQuote)));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .get();
        List<String> header = List.of();
        List<TableFile.Row> rows = new ArrayList<>();
        try (Reader reader = new StringReader(text); CSVParser parser = format.parse(reader)) {
            long nextLine = 1;
            for (CSVRecord record : parser) {
                // A record's first line: where the previous one ended, plus one (quoted cells may span lines).
                int line = (int) nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                List<String> cells = record.toList();
                if (header.isEmpty()) {
                    header = cells;
                } else if (!cells.stream().allMatch(String::isBlank)) {
                    // More filled cells than titles: a separator inside a cell without quotes has shifted the row,
                    // and every cell after it would go to the wrong column.
                    for (int i = header.size(); i < cells.size(); i++) {
                        if (!cells.get(i).isBlank()) {
                            throw new ImportFileException(Problem.of("import.sheet.tooManyCells", name, line,
                                    cells.size(), header.size(), delimiter == '\t' ? "tabulation" : String.valueOf(
                                            delimiter)));
                        }
                    }
                    rows.add(new TableFile.Row(line, cells));
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return new TableFile.Table(name, header, rows);
    }
}
