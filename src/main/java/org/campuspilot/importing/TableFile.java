package org.campuspilot.importing;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.campuspilot.shared.Problem;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/**
 * A director's spreadsheet read as text: a header row and the rows under it, each with its line number. CSV (comma
 * or semicolon, found from the header; UTF-8 with or without BOM, or Windows-1252 when the bytes are not UTF-8),
 * ODS (SODS) or XLSX (FastExcel), the first sheet. Numbers come out without scientific notation, dates as ISO
 * dates, times as {@code 14:30}; a formula cell of a spreadsheet gives its computed value.
 */
public final class TableFile {

    /** The file's header and rows; {@code line} is the row's line in the file (the header being line 1). */
    public record Table(String name, List<String> header, List<Row> rows) {
    }

    public record Row(int line, List<String> cells) {
        /** Accents as one character each (« é », not « e » and a combining accent), as the director types them. */
        public Row {
            cells = cells.stream().map(c -> c == null ? "" : java.text.Normalizer.normalize(c,
                    java.text.Normalizer.Form.NFC)).toList();
        }

        public String cell(int index) {
            return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
        }
    }

    /** The kinds of file read, from the file name's extension. */
    public enum Format {
        CSV,
        ODS,
        XLSX;

        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".ods")) {
                return ODS;
            }
            if (name.endsWith(".xlsx")) {
                return XLSX;
            }
            return CSV;
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private TableFile() {
    }

    /** Refuses, before any reading, a path that is not there or is not a file (a folder, a device). */
    static void requireFile(Path file) throws ImportFileException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ImportFileException(Problem.of("import.file.notAFile", file.toString()));
        }
        if (!Files.isRegularFile(file)) {
            throw new ImportFileException(Problem.of("import.file.missing", file.toString()));
        }
    }

    public static Table read(Path file) throws ImportFileException {
        String name = file.getFileName().toString();
        requireFile(file);
        Table table;
        try {
            if (Format.of(file) != Format.CSV) {
                // A ZIP that inflates past what a spreadsheet needs is refused before a parser sees it (issue 20).
                ArchiveGuard.check(file, Format.of(file), name);
            }
            table = switch (Format.of(file)) {
                case CSV -> csv(Files.readAllBytes(file), name);
                case ODS -> ods(file, name);
                case XLSX -> xlsx(file, name);
            };
        } catch (org.apache.commons.csv.CSVException e) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("line: (\\d+)").matcher(String.valueOf(
                    e.getMessage()));
            throw new ImportFileException(Problem.of("import.sheet.badQuotes", name, m.find() ? m.group(1) : "?"));
        } catch (IOException | RuntimeException e) {
            throw new ImportFileException(Problem.of("import.sheet.unreadable", name,
                    Format.of(file).extension().toUpperCase(Locale.ROOT)));
        }
        if (table.header().stream().allMatch(String::isBlank)) {
            throw new ImportFileException(Problem.of("import.file.empty", name));
        }
        if (table.rows().isEmpty()) {
            throw new ImportFileException(Problem.of("import.sheet.noRows", name));
        }
        java.util.Set<String> titles = new java.util.HashSet<>();
        for (String title : table.header()) {
            // Two columns of the same title: which one is meant cannot be guessed (the first would be taken silently).
            if (!title.isBlank() && !titles.add(org.campuspilot.shared.Text.searchKey(title.strip()))) {
                throw new ImportFileException(Problem.of("import.sheet.duplicateColumn", name, title.strip()));
            }
        }
        return table;
    }

    /** The text of a CSV's bytes ({@link CsvTable#decode}). */
    static String decode(byte[] bytes, String name) throws ImportFileException {
        return CsvTable.decode(bytes, name);
    }

    static char delimiter(String text) {
        return CsvTable.delimiter(text);
    }

    static Table csv(byte[] bytes, String name) throws IOException, ImportFileException {
        return CsvTable.read(bytes, name);
    }

    static Table ods(Path file, String name) throws IOException, ImportFileException {
        SpreadSheet book = new SpreadSheet(file.toFile());
        // The sheets the director sees: a hidden one is not what the file shows. One table per import: a second
        // sheet holding data would be left out without a word.
        List<Sheet> visible = book.getSheets().stream().filter(sh -> !sh.isHidden()).toList();
        if (visible.isEmpty()) {
            return new Table(name, List.of(), List.of());
        }
        Sheet sheet = visible.get(0);
        List<String> others = new ArrayList<>();
        for (Sheet other : visible.subList(1, visible.size())) {
            if (java.util.Arrays.stream(other.getDataRange().getValues()).flatMap(java.util.Arrays::stream)
                    .anyMatch(v -> !text(v).isBlank())) {
                others.add(other.getName());
            }
        }
        refuseOtherSheets(name, sheet.getName(), others);
        Range all = sheet.getDataRange();
        Object[][] values = all.getValues();
        List<String> header = List.of();
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < values.length; r++) {
            List<String> cells = new ArrayList<>();
            for (Object v : values[r]) {
                cells.add(text(v));
            }
            if (header.isEmpty()) {
                header = trim(cells);
            } else if (!cells.stream().allMatch(String::isBlank)) {
                rows.add(new Row(r + 1, cells));
            }
        }
        return new Table(name, header, rows);
    }

    /**
     * The columns a sheet may fill: far more than any table a director imports (about fifteen), far fewer than the
     * 16,384 an XLSX allows, so that one cell typed in column XFD does not make every row 16,384 cells long.
     */
    static final int MAX_COLUMNS = 500;

    static Table xlsx(Path file, String name) throws IOException, ImportFileException {
        try (InputStream in = Files.newInputStream(file);
                ReadableWorkbook book = new ReadableWorkbook(in, new ReadingOptions(true, true))) {
            List<String> header = List.of();
            List<Row> rows = new ArrayList<>();
            List<org.dhatim.fastexcel.reader.Sheet> visible = book.getSheets()
                    .filter(sh -> sh.getVisibility() == org.dhatim.fastexcel.reader.SheetVisibility.VISIBLE).toList();
            if (visible.isEmpty()) {
                return new Table(name, List.of(), List.of());
            }
            List<String> others = new ArrayList<>();
            for (org.dhatim.fastexcel.reader.Sheet other : visible.subList(1, visible.size())) {
                try (var rowsOf = other.openStream()) {
                    if (rowsOf.anyMatch(r -> r.stream().anyMatch(c -> !text(c).isBlank()))) {
                        others.add(other.getName());
                    }
                }
            }
            refuseOtherSheets(name, visible.get(0).getName(), others);
            try (var stream = visible.get(0).openStream()) {
                for (org.dhatim.fastexcel.reader.Row row : (Iterable<org.dhatim.fastexcel.reader.Row>) stream::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        String text = text(row.getCell(i));
                        if (i >= MAX_COLUMNS) {
                            if (!text.isBlank()) {
                                throw new ImportFileException(Problem.of("import.sheet.tooWide", name,
                                        row.getRowNum(), MAX_COLUMNS));
                            }
                            continue;
                        }
                        cells.add(text);
                    }
                    if (header.isEmpty()) {
                        header = trim(cells);
                    } else if (!cells.stream().allMatch(String::isBlank)) {
                        rows.add(new Row(row.getRowNum(), cells));
                    }
                }
            }
            return new Table(name, header, rows);
        }
    }

    /** One table per import: refuses a workbook whose other visible sheets hold data, naming them. */
    private static void refuseOtherSheets(String name, String first, List<String> others) throws ImportFileException {
        if (!others.isEmpty()) {
            throw new ImportFileException(Problem.of("import.sheet.severalSheets", name, first,
                    others.stream().map(o -> "« " + o + " »").collect(java.util.stream.Collectors.joining(", "))));
        }
    }

    private static List<String> trim(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return List.copyOf(cells.subList(0, end));
    }

    /** An XLSX cell as text: numbers in plain digits, dates and times by their cell format. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY || cell.getType() == CellType.ERROR) {
            return "";
        }
        String raw = cell.getRawValue();
        if (raw == null) {
            return "";
        }
        boolean number = cell.getType() == CellType.NUMBER
                || cell.getType() == CellType.FORMULA && raw.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
        if (!number) {
            return cell.getType() == CellType.BOOLEAN ? ("1".equals(raw) ? "oui" : "non") : raw;
        }
        String format = cell.getDataFormatString() == null ? "" : cell.getDataFormatString().toLowerCase(Locale.ROOT)
                .replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
        BigDecimal value = new BigDecimal(raw);
        boolean date = format.contains("d") || format.contains("y");
        boolean time = format.contains("h") || format.contains("s");
        if (date || time) {
            LocalDateTime at = LocalDateTime.of(1899, 12, 30, 0, 0)
                    .plusSeconds(value.multiply(BigDecimal.valueOf(86_400)).setScale(0, java.math.RoundingMode.HALF_UP)
                            .longValueExact());
            return date ? at.toLocalDate().toString() : org.campuspilot.shared.FrenchFormats.time(at.toLocalTime());
        }
        return plain(value);
    }

    /** An ODS value as text. */
    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double || v instanceof Float) {
            return plain(BigDecimal.valueOf(((Number) v).doubleValue()));
        }
        if (v instanceof Number n) {
            return plain(new BigDecimal(n.toString()));
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof LocalDateTime d) {
            return d.toLocalTime().equals(LocalTime.MIDNIGHT) ? d.toLocalDate().toString()
                    : d.toLocalDate() + " " + org.campuspilot.shared.FrenchFormats.time(d.toLocalTime());
        }
        if (v instanceof Duration d) {
            return org.campuspilot.shared.FrenchFormats.time(LocalTime.MIDNIGHT.plus(d));
        }
        if (v instanceof Boolean b) {
            return b ? "oui" : "non";
        }
        return v.toString();
    }

    /** 19350031100017 rather than 1.9350031100017E13; 12.5 rather than 12.50. */
    private static String plain(BigDecimal value) {
        // A number a spreadsheet computed carries a double's noise (0.1 + 0.2 is 0.30000000000000004, shown 0,30):
        // fifteen significant digits are what the spreadsheet itself shows.
        BigDecimal stripped = value.round(new java.math.MathContext(15)).stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

}
