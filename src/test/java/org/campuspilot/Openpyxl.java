package org.campuspilot;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reads an XLSX workbook back with openpyxl, the Python library many Région services script their spreadsheets with
 * (Debian's {@code python3-openpyxl}, which {@code .ci/run} installs). A test using it is skipped, and says so, where
 * it is missing, except in CI (variable {@code CI} set), where a missing openpyxl fails it.
 */
public final class Openpyxl {
    private final String python;
    private final Path dir;

    /** One cell as openpyxl reads it: its type (n, s, d, b), its number format and its value as text. */
    public record Cell(String type, String format, String value) {
        public boolean number() {
            return type.equals("n");
        }

        public double asDouble() {
            return Double.parseDouble(value);
        }
    }

    private Openpyxl(String python, Path dir) {
        this.python = python;
        this.dir = dir;
    }

    public static Openpyxl inOrSkip(Path dir) {
        String python = python();
        if (python == null && System.getenv("CI") != null) {
            throw new AssertionError("CI runs this test: .ci/run installs python3-openpyxl");
        }
        assumeTrue(python != null, "openpyxl is not installed (apt-get install python3-openpyxl)");
        return new Openpyxl(python, dir);
    }

    /** Debian's Python first (where apt puts openpyxl), then the one on the PATH; null when neither has it. */
    private static String python() {
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import openpyxl").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (java.io.IOException e) {
                // not this one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    /** The workbook's sheets in order, each a map of « row:column » (from 1) to its cell. */
    public Map<String, Map<String, Cell>> read(Path xlsx) throws Exception {
        Path script = dir.resolve("read_workbook.py");
        try (InputStream in = Openpyxl.class.getResourceAsStream("/openpyxl/read_workbook.py")) {
            Files.write(script, in.readAllBytes());
        }
        Process p = new ProcessBuilder(python, script.toString(), xlsx.toString()).redirectError(
                ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("openpyxl could not read " + xlsx + " (exit " + p.exitValue() + ")");
        }
        Map<String, Map<String, Cell>> sheets = new LinkedHashMap<>();
        for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", 7);
            Map<String, Cell> cells = sheets.computeIfAbsent(f[1], k -> new LinkedHashMap<>());
            if (!f[4].equals("sheet")) {
                cells.put(f[2] + ":" + f[3], new Cell(f[4], f[5], unescape(f[6])));
            }
        }
        return sheets;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The cells of one row of a sheet, from column 1 to the last one written (null where empty). */
    public static List<Cell> row(Map<String, Cell> sheet, int row) {
        int last = 0;
        for (String key : sheet.keySet()) {
            String[] rc = key.split(":");
            if (Integer.parseInt(rc[0]) == row) {
                last = Math.max(last, Integer.parseInt(rc[1]));
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (int c = 1; c <= last; c++) {
            cells.add(sheet.get(row + ":" + c));
        }
        return cells;
    }
}
