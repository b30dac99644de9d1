# Prints every cell of an XLSX workbook as openpyxl reads it, one line per cell, tab-separated:
# sheet index, sheet name, row, column (from 1), type (n: number, s: text, d: date, b: boolean, e: error),
# number format, value. Used by the tests (Openpyxl.java) to read back what Campus Pilot writes.
import sys
import warnings

import openpyxl

warnings.simplefilter("ignore")
book = openpyxl.load_workbook(sys.argv[1], data_only=False)
out = sys.stdout
for index, sheet in enumerate(book.worksheets):
    out.write("%d\t%s\t0\t0\tsheet\t\t%s\n" % (index, sheet.title, sheet.title))
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            value = cell.value
            if cell.data_type == "n" and isinstance(value, float):
                text = repr(value)
            else:
                text = str(value)
            text = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
            out.write("%d\t%s\t%d\t%d\t%s\t%s\t%s\n" % (index, sheet.title, cell.row, cell.column, cell.data_type,
                                                        cell.number_format, text))
