package org.campuspilot.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a CSV file is written: Excel-FR (« ; », UTF-8 with BOM, decimal comma, {@code dd/MM/yyyy}) so that a
 * double-click opens it right in French Excel, or open data (« , », UTF-8, decimal point, ISO dates), the layout a
 * Région publishes. Neither writes grouping separators.
 */
public enum CsvProfile {
    EXCEL_FR(';', true, ',', DateTimeFormatter.ofPattern("dd/MM/uuuu")),
    OPEN_DATA(',', false, '.', DateTimeFormatter.ISO_LOCAL_DATE);

    final char delimiter;
    final boolean bom;
    final char decimal;
    final DateTimeFormatter dates;

    CsvProfile(char delimiter, boolean bom, char decimal, DateTimeFormatter dates) {
        this.delimiter = delimiter;
        this.bom = bom;
        this.decimal = decimal;
        this.dates = dates;
    }

    /** « excel-fr », « open-data ». */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "export.profile." + cliName();
    }

    /** « excel-fr » → EXCEL_FR; null for anything else. */
    public static CsvProfile parse(String s) {
        for (CsvProfile p : values()) {
            if (p.cliName().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return p;
            }
        }
        return null;
    }

    String date(LocalDate d) {
        return dates.format(d);
    }

    /** A plain number (« 1234.5 ») with this profile's decimal separator. */
    String number(String plain) {
        return decimal == '.' ? plain : plain.replace('.', decimal);
    }
}
