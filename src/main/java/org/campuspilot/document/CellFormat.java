package org.campuspilot.document;

import java.time.LocalDate;
import org.campuspilot.shared.Money;

/**
 * How a spreadsheet shows a figure cell: one list for both writers, so an ODS cell and its XLSX twin have the same
 * type and the same format. {@link #excel} is the Excel format code; {@link OdsRenderer} writes the equivalent
 * OpenDocument data style.
 */
enum CellFormat {
    /** {@code 1 234,56 €}: two decimals, grouped, the euro after a space. */
    MONEY("#,##0.00\\ \"€\""),
    /** {@code 15,2%}: one decimal. */
    PERCENT("0.0%"),
    /** {@code 05/09/2026}. */
    DATE("dd/mm/yyyy"),
    /** {@code 1 234,5}: up to two decimals, grouped (hours). */
    DECIMAL("#,##0.##"),
    /** {@code 2026}, {@code 12}: a whole number, not grouped (counts, years, levels). */
    INTEGER("0");

    final String excel;

    CellFormat(String excel) {
        this.excel = excel;
    }

    /** The format of a cell's value; null for a text cell. */
    static CellFormat of(DocumentModel.Cell cell) {
        Object v = cell.value();
        if (v instanceof Money) {
            return MONEY;
        }
        if (v instanceof DocumentModel.Percent) {
            return PERCENT;
        }
        if (v instanceof LocalDate) {
            return DATE;
        }
        if (v instanceof Double || v instanceof Float) {
            return DECIMAL;
        }
        if (v instanceof Number) {
            return INTEGER;
        }
        return null;
    }
}
