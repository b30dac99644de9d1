#!/usr/bin/env python3
"""Makes the hostile XLSX and ODS archives of this folder (issue 20; README.md says what each one is).

Each is a real spreadsheet skeleton, the one the two controls companies-skeleton.xlsx/.ods are made of (they import:
the header and the rows of ../corpus/companies.csv), whose sheet is made gigantic, whose ZIP lies or is cut.

    python3 make_bombs.py                 # rewrites the committed files here
    python3 make_bombs.py --out DIR --big # the big ones (3 GiB inflated, ~13 MB each), for bench/RefusedFilePeakMemory
"""
import argparse
import csv
import os
import struct
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
MIB = 1 << 20
CHUNK = 8 * MIB


def corpus():
    with open(os.path.join(HERE, "..", "corpus", "companies.csv"), encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    return rows[0], rows[1:]


class Xlsx:
    extension = "xlsx"
    sheet = "xl/worksheets/sheet1.xml"
    head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
    tail = "</sheetData></worksheet>"

    @staticmethod
    def row(cells):
        return "<row>" + "".join('<c t="inlineStr"><is><t>%s</t></is></c>' % escape(c) for c in cells) + "</row>"

    @staticmethod
    def before(z):
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.spreadsheetml.worksheet+xml"/>'
                   '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'spreadsheetml.styles+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                   'officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   '<sheets><sheet name="Entreprises" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                   'worksheet" Target="worksheets/sheet1.xml"/>'
                   '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                   'styles" Target="styles.xml"/></Relationships>')
        z.writestr("xl/styles.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                   '<cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>')

    @staticmethod
    def after(z):
        pass


class Ods:
    extension = "ods"
    sheet = "content.xml"
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
            '<office:automatic-styles/><office:body><office:spreadsheet><table:table table:name="Entreprises">')
    tail = "</table:table></office:spreadsheet></office:body></office:document-content>"

    @staticmethod
    def row(cells):
        return "<table:table-row>" + "".join(
            '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(c)
            for c in cells) + "</table:table-row>"

    @staticmethod
    def before(z):
        # The mimetype comes first, stored, as the OpenDocument format asks.
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)

    @staticmethod
    def after(z):
        z.writestr("META-INF/manifest.xml",
                   '<?xml version="1.0" encoding="UTF-8"?>\n'
                   '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                   'manifest:version="1.2">'
                   '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.'
                   'opendocument.spreadsheet"/>'
                   '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                   '</manifest:manifest>')


def archive(path, kind, inflated=0, entries=0):
    """The skeleton with the corpus rows; then the first corpus row repeated until the sheet weighs `inflated`
    bytes (give or take a row); and `entries` extra tiny parts."""
    header, rows = corpus()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        kind.before(z)
        info = zipfile.ZipInfo(kind.sheet, date_time=(2026, 12, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=inflated >= 2 ** 31 - MIB) as sheet:
            start = (kind.head + "".join(kind.row(r) for r in [header] + rows)).encode("utf-8")
            end = kind.tail.encode("utf-8")
            sheet.write(start)
            left = inflated - len(start) - len(end)
            if left > 0:
                # Dense rows, each one a parser keeps: deflate squeezes them about 250 times.
                one = kind.row(rows[0]).encode("utf-8")
                chunk = one * (CHUNK // len(one))
                while left >= len(chunk):
                    sheet.write(chunk)
                    left -= len(chunk)
                sheet.write(one * (left // len(one) + 1))
            sheet.write(end)
        for k in range(entries):
            z.writestr(zipfile.ZipInfo("customXml/part%05d.bin" % k), b"", compress_type=zipfile.ZIP_STORED)
        kind.after(z)


def lie_about_size(path, name, declared):
    """Writes `declared` as the inflated size of `name`, in its local header and in the central directory (the
    zip64 extra field when the entry has one); its content and CRC stay what they are."""
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(name)
    with open(path, "r+b") as f:
        data = bytearray(f.read())

        def patch(size_at, extra_at, extra_len):
            if struct.unpack_from("<I", data, size_at)[0] == 0xFFFFFFFF:
                k = extra_at
                while k < extra_at + extra_len:
                    tag, length = struct.unpack_from("<HH", data, k)
                    if tag == 1:
                        struct.pack_into("<Q", data, k + 4, declared)
                        return
                    k += 4 + length
                raise SystemExit("no zip64 field for " + name)
            struct.pack_into("<I", data, size_at, declared)

        local = info.header_offset
        name_len, extra_len = struct.unpack_from("<HH", data, local + 26)
        patch(local + 22, local + 30 + name_len, extra_len)
        central = 0
        while True:
            central = data.find(b"PK\x01\x02", central)
            n, e = struct.unpack_from("<HH", data, central + 28)
            if data[central + 46:central + 46 + n].decode("utf-8") == name:
                break
            central += 4
        n, e = struct.unpack_from("<HH", data, central + 28)
        patch(central + 24, central + 46 + n, e)
        f.seek(0)
        f.write(data)


def truncated(source, path):
    with open(source, "rb") as f:
        data = f.read()
    with open(path, "wb") as f:
        f.write(data[:len(data) // 2])


def garbled(source, path, name):
    """The central directory intact, the bytes of the sheet's compressed content overwritten in its middle."""
    with zipfile.ZipFile(source) as z:
        info = z.getinfo(name)
    with open(source, "rb") as f:
        data = bytearray(f.read())
    n, e = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + n + e
    middle = start + info.compress_size // 2
    data[middle:middle + 16] = b"\xff" * 16
    with open(path, "wb") as f:
        f.write(data)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=HERE)
    parser.add_argument("--big", action="store_true", help="the 3 GiB bombs, not committed")
    args = parser.parse_args()
    out = args.out
    os.makedirs(out, exist_ok=True)
    for kind in (Xlsx, Ods):
        x = kind.extension
        if args.big:
            archive(os.path.join(out, "companies-big-inflates-3gib." + x), kind, inflated=3 * 1024 * MIB)
            lying = os.path.join(out, "companies-big-lying-sizes-3gib." + x)
            archive(lying, kind, inflated=3 * 1024 * MIB)
            lie_about_size(lying, kind.sheet, 1_000)
            continue
        skeleton = os.path.join(out, "companies-skeleton." + x)
        archive(skeleton, kind)
        archive(os.path.join(out, "companies-inflates-256mib." + x), kind, inflated=256 * MIB)
        # Under the size limit (32 MiB), but 200 times its compressed size.
        archive(os.path.join(out, "companies-ratio-200." + x), kind, inflated=30 * MIB)
        archive(os.path.join(out, "companies-5000-parts." + x), kind, entries=5_000)
        lying = os.path.join(out, "companies-lying-sizes." + x)
        archive(lying, kind, inflated=256 * MIB)
        lie_about_size(lying, kind.sheet, 1_000)
        truncated(skeleton, os.path.join(out, "companies-truncated." + x))
        garbled(skeleton, os.path.join(out, "companies-garbled." + x), kind.sheet)


if __name__ == "__main__":
    main()
