package org.campuspilot.importing;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;

/**
 * What FastCSV hands the annuaire's reader for each line: the header's every title, then of each row only the cells of
 * the columns an import reads (about 16 of 71), so that the other 55 never become strings — a third of the reading
 * time of the national file (decision 0029). A line break inside any cell, read or not, is noted: in the annuaire it
 * is a quote that never closed.
 */
final class AnnuaireLines extends AbstractBaseCsvCallbackHandler<AnnuaireLines.Line> {
    /** One line of the file: its number, its cells (all of them for the header) and whether a cell broke a line. */
    record Line(long number, int fieldCount, String[] cells, boolean lineBreak) {
    }

    private int[] wanted;
    /** For each column number, its place among the wanted ones, or -1. */
    private int[] place = new int[0];
    private String[] cells = new String[8];
    private boolean lineBreak;

    /** From the next line on, only these columns' cells are kept, in this order. */
    void keepOnly(int[] columns) {
        wanted = columns.clone();
        int max = 0;
        for (int c : wanted) {
            max = Math.max(max, c + 1);
        }
        place = new int[max];
        java.util.Arrays.fill(place, -1);
        for (int i = 0; i < wanted.length; i++) {
            place[wanted[i]] = i;
        }
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        cells = wanted == null ? new String[Math.max(8, cells.length)] : new String[wanted.length];
        lineBreak = false;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
        for (int i = offset; i < offset + length; i++) {
            if (buf[i] == '\n' || buf[i] == '\r') {
                lineBreak = true;
                break;
            }
        }
        if (wanted == null) {
            if (index >= cells.length) {
                cells = java.util.Arrays.copyOf(cells, cells.length * 2);
            }
            cells[index] = new String(buf, offset, length);
        } else if (index < place.length && place[index] >= 0) {
            cells[place[index]] = new String(buf, offset, length);
        }
    }

    @Override
    protected Line buildRecord() {
        String[] out = wanted == null ? java.util.Arrays.copyOf(cells, getFieldCount()) : cells;
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i] == null ? "" : out[i]; // a column the line is too short to have
        }
        return new Line(getStartingLineNumber(), getFieldCount(), out, lineBreak);
    }
}
