#!/usr/bin/env python3
"""Writes the hostile files of this folder from the project's own fixtures (see README.md).

Run from this folder: python3 make.py. The output is the same byte for byte at each run (fixed zip dates), so a
change to a file shows in git. The six files older than this script (the open quotes of the annuaire and of
companies, the two columns of the same title, the two bad bytes, the euro sign alone) were made by hand and are left
as they are. The 10-million-character cells are not here: the tests write them in a temporary folder.
"""
import csv
import io
import zipfile

CORPUS = "../corpus/"
ANNUAIRE = "../../../../annuaire/annuaire-sample.csv"
ICON = "../../../../../../../packaging/icon/campus-pilot-128.png"
DATE = (2026, 1, 1, 0, 0, 0)

FORMULAS = {
    "equals": "=cmd|' /C calc'!A0",
    "at": "@SUM(A1:A9)",
    "plus-cmd": "+33+cmd|' /C calc'!A0",
    "minus-chain": "-2+cmd|' /C calc'!A0",
}


def table(kind):
    """The corpus file of a kind as rows of cells, and whether it starts with a byte-order mark."""
    text = open(CORPUS + kind + ".csv", encoding="utf-8").read()
    bom = text.startswith("\ufeff")
    return [row for row in csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";")], bom


def annuaire(rows=5):
    """The annuaire sample's header and first rows (as published: BOM, CRLF), as rows of cells."""
    text = open(ANNUAIRE, encoding="utf-8-sig", newline="").read()
    lines = text.split("\r\n")[:rows]
    return [line.split(";") for line in lines]


def csv_text(rows, delimiter=";"):
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def write_csv(name, rows, bom=True, encoding="utf-8"):
    with open(name, "wb") as f:
        f.write((("\ufeff" if bom else "") + csv_text(rows)).encode(encoding))


def write_annuaire(name, rows):
    # The annuaire is written as published: ';' with no quoting, BOM, CRLF.
    with open(name, "wb") as f:
        f.write(("\ufeff" + "\r\n".join(";".join(r) for r in rows) + "\r\n").encode("utf-8"))


def write_bytes(name, data):
    with open(name, "wb") as f:
        f.write(data)


def entry(z, name, data, stored=False):
    info = zipfile.ZipInfo(name, DATE)
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    z.writestr(info, data)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def column(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(rows):
    """A minimal workbook: one sheet, every cell an inline string (as a spreadsheet writes text cells)."""
    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        sheet.append('<row r="%d">' % r)
        for c, cell in enumerate(row):
            if cell != "":
                sheet.append('<c r="%s%d" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (column(c), r, esc(cell)))
        sheet.append("</row>")
    sheet.append("</sheetData></worksheet>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        entry(z, "[Content_Types].xml",
              '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'spreadsheetml.sheet.main+xml"/>'
              '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
              'officedocument.spreadsheetml.worksheet+xml"/>'
              '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'spreadsheetml.styles+xml"/></Types>')
        entry(z, "_rels/.rels",
              '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'officeDocument" Target="xl/workbook.xml"/></Relationships>')
        entry(z, "xl/workbook.xml",
              '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
              '<sheets><sheet name="Feuil1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        entry(z, "xl/_rels/workbook.xml.rels",
              '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'styles" Target="styles.xml"/></Relationships>')
        entry(z, "xl/styles.xml",
              '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0"/></cellXfs>'
              '</styleSheet>')
        entry(z, "xl/worksheets/sheet1.xml", "".join(sheet))
    return out.getvalue()


def ods_bytes(rows):
    """A minimal OpenDocument spreadsheet: one table, every cell a string, a line break as a new paragraph."""
    content = ['<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:automatic-styles/><office:body><office:spreadsheet><table:table table:name="Feuille1">']
    for row in rows:
        content.append("<table:table-row>")
        for cell in row:
            if cell == "":
                content.append("<table:table-cell/>")
            else:
                paragraphs = "".join("<text:p>%s</text:p>" % esc(p) for p in cell.split("\n"))
                content.append('<table:table-cell office:value-type="string">%s</table:table-cell>' % paragraphs)
        content.append("</table:table-row>")
    content.append("</table:table></office:spreadsheet></office:body></office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        entry(z, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", stored=True)
        entry(z, "META-INF/manifest.xml",
              '<?xml version="1.0" encoding="UTF-8"?>'
              '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
              'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/'
              'vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" '
              'manifest:media-type="text/xml"/></manifest:manifest>')
        entry(z, "content.xml", "".join(content))
    return out.getvalue()


def write(name, rows, bom=True):
    """Writes the rows in the format the name's extension says."""
    if name.endswith(".xlsx"):
        write_bytes(name, xlsx_bytes(rows))
    elif name.endswith(".ods"):
        write_bytes(name, ods_bytes(rows))
    else:
        write_csv(name, rows, bom)


def changed(kind, line, title, value, extra=None):
    """The corpus file of a kind with {value} in the column {title} of {line} (the header being line 1)."""
    rows, bom = table(kind)
    if extra is not None:
        rows = [r + [extra if i == 0 else ""] for i, r in enumerate(rows)]
    rows[line - 1][rows[0].index(title)] = value
    return rows, bom


def annuaire_changed(column, value, line=3):
    rows = annuaire()
    rows[line - 1][rows[0].index(column)] = value
    return rows


# --- The annuaire -------------------------------------------------------------------------------------------------
write_annuaire("annuaire-formula-equals.csv", annuaire_changed("Nom_etablissement", FORMULAS["equals"]))
write_annuaire("annuaire-formula-at.csv", annuaire_changed("Nom_etablissement", FORMULAS["at"]))
write_annuaire("annuaire-formula-plus-cmd.csv", annuaire_changed("Telephone", FORMULAS["plus-cmd"]))
write_annuaire("annuaire-formula-minus-chain.csv", annuaire_changed("Nom_commune", FORMULAS["minus-chain"]))
write_annuaire("annuaire-nul-byte.csv", annuaire_changed("Nom_etablissement", "Ecole primaire\0publique"))
write_annuaire("annuaire-control-character.csv", annuaire_changed("Adresse_1", "\x1b[2J6 rue PHILIPPE"))
write_annuaire("annuaire-name-too-long.csv", annuaire_changed("Nom_etablissement", "Ecole " + "L" * 295))
write_bytes("annuaire-empty.csv", b"")
write_annuaire("annuaire-header-only.csv", annuaire(1))
write_bytes("annuaire-binary-junk.csv", open(ICON, "rb").read())
rows = annuaire()
write_bytes("annuaire-windows-1252.csv", ("\r\n".join(";".join(r) for r in rows) + "\r\n")
            .encode("cp1252", errors="replace"))

# --- Formulas in every kind, each form in every format ------------------------------------------------------------
NAME = {"companies": "Raison sociale", "contacts": "Nom", "events": "Titre", "actions": "Intitulé",
        "expenses": "Fournisseur ou payeur"}
FORMATS = ["csv", "xlsx", "ods"]
for k, kind in enumerate(["companies", "contacts", "events", "actions", "expenses"]):
    for f, (form, formula) in enumerate(FORMULAS.items()):
        title = "Téléphone" if kind == "contacts" and form == "plus-cmd" else NAME[kind]
        rows, bom = changed(kind, 3, title, formula)
        write("%s-formula-%s.%s" % (kind, form, FORMATS[(k + f) % 3]), rows, bom)

# --- Quotes that never close --------------------------------------------------------------------------------------
for kind in ["contacts", "events", "actions", "expenses"]:
    rows, bom = table(kind)
    text = csv_text(rows).split("\r\n")
    cells = text[2].split(";")
    cells[0] = '"' + cells[0]
    text[2] = ";".join(cells)
    write_bytes("%s-open-quote.csv" % kind, (("\ufeff" if bom else "") + "\r\n".join(text)).encode("utf-8"))

# --- Control characters, line breaks, lengths ---------------------------------------------------------------------
rows, bom = changed("companies", 3, "Commune", "Car\0droc")
write("companies-nul-byte.csv", rows, bom)
rows, bom = changed("contacts", 3, "Fonction", "Responsable\x07 RH")
write("contacts-control-character.csv", rows, bom)
rows, bom = changed("companies", 3, "Raison sociale", "Cardroc\nRobotique")
write("companies-name-line-break.xlsx", rows, bom)
rows, bom = changed("contacts", 3, "Nom", "Jaouen\nLe Goff")
write("contacts-name-line-break.ods", rows, bom)
rows, bom = changed("events", 3, "Titre", "Journée\r\nportes ouvertes")
write("events-title-line-break.csv", rows, bom)
rows, bom = changed("companies", 3, "Raison sociale", "Cardroc " + "R" * 293)
write("companies-name-too-long.ods", rows, bom)
rows, bom = changed("contacts", 3, "E-mail", "p" * 244 + "@example.fr")
write("contacts-email-too-long.csv", rows, bom)
rows, bom = changed("actions", 3, "Commentaires", "Module " + "m" * 9_994, extra="Commentaires")
write("actions-description-too-long.xlsx", rows, bom)
rows, bom = changed("events", 3, "Notes", "n" * 40_000, extra="Notes")
write("events-cell-huge.ods", rows, bom)

# --- Values the forms refuse --------------------------------------------------------------------------------------
rows, bom = changed("events", 3, "Date de début", "31/02/2026")
write("events-invalid-date.csv", rows, bom)
rows, bom = changed("expenses", 3, "Montant", "12,345,67")
write("expenses-invalid-amount.ods", rows, bom)
rows, bom = changed("expenses", 3, "Montant", "-25")
write("expenses-negative-amount.csv", rows, bom)
rows, bom = changed("actions", 3, "Niveaux", "VII")
write("actions-invalid-level.xlsx", rows, bom)

# --- Files that are not what they seem ----------------------------------------------------------------------------
rows, bom = table("contacts")
rows = [r + ["Nom" if i == 0 else "x"] for i, r in enumerate(rows)]
write("contacts-two-columns-same-title.xlsx", rows)
rows, bom = table("events")
rows = [r + ["Lieu" if i == 0 else "x"] for i, r in enumerate(rows)]
write("events-two-columns-same-title.ods", rows)
data = bytearray(open(CORPUS + "expenses.csv", "rb").read())
at = data.index("Transport".encode("utf-8"))
data[at + 1:at + 2] = b"\xe9\x80"
data[0:0] = "\ufeff".encode("utf-8")
write_bytes("expenses-utf8-bad-bytes.csv", bytes(data))
write_bytes("expenses-empty.csv", b"")
write_bytes("actions-empty.ods", b"")
write("actions-header-only.xlsx", table("actions")[0][:1])
write("events-header-only.ods", table("events")[0][:1])
write_bytes("contacts-binary-junk.csv", open(ICON, "rb").read())
write_bytes("companies-csv-named-xlsx.xlsx", open(CORPUS + "companies.csv", "rb").read())
write_bytes("expenses-csv-named-ods.ods", open(CORPUS + "expenses.csv", "rb").read())
whole = xlsx_bytes(table("events")[0])
write_bytes("events-truncated.xlsx", whole[:len(whole) // 2])
whole = ods_bytes(table("actions")[0])
write_bytes("actions-truncated.ods", whole[:len(whole) // 2])
# An encrypted workbook is an OLE2 compound file (signature D0 CF 11 E0 A1 B1 1A E1) holding an EncryptedPackage,
# not a zip: the signature, then sectors of bytes that cannot be read without the password.
junk = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
seed = 20
for _ in range(3_584):
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
    junk.append(seed >> 23)
junk[512:512 + 32] = "EncryptedPackage".encode("utf-16-le")
write_bytes("expenses-encrypted.xlsx", bytes(junk))
out = io.BytesIO()
with zipfile.ZipFile(out, "w") as z:
    entry(z, "notes.txt", "Une archive, pas un classeur.\n")
write_bytes("companies-zip-not-workbook.xlsx", out.getvalue())

# --- Tricky but valid: imported exactly as written ----------------------------------------------------------------
rows = annuaire()
rows[2][rows[0].index("Telephone")] = "+33 2 99 45 88 02"
rows[3][rows[0].index("Telephone")] = "02 99 64"
write_annuaire("annuaire-accepted-tricky.csv", rows)
# A cell typed far to the right (column XFD, the 16,384th): every row would be 16,384 cells long.
wide = [list(r) for r in table("companies")[0]]
wide[2] = wide[2] + [""] * (16383 - len(wide[2])) + ["oublié là"]
write("companies-cell-in-column-xfd.xlsx", wide)
write("contacts-accepted-tricky.csv", [
    ["Prénom", "Nom", "Fonction", "E-mail", "Téléphone", "Commentaires"],
    ["Yann", "D'Arvor-Le Goff", "Responsable R&D", "yann.darvor@example.fr", "+33 2 99 12 34 56",
     "- premier contact au salon\n- relance en mars = devis"],
    ["Anne", "Morvan", "-", "", "", ""]])
write("expenses-accepted-tricky.xlsx", [
    ["Date", "Fournisseur ou payeur", "Objet", "Montant", "Ligne budgétaire", "Statut", "Payée le"],
    ["05/02/2026", "Imprimerie + Reprographie", "Affiches = 2 000 exemplaires", "1\u00a0234,50\u00a0€", "623",
     "Payée", "20/02/2026"]])
write("events-accepted-tricky.ods", [
    ["Titre", "Type", "Date de début", "Lieu", "Commentaires"],
    ["- Forum des métiers (édition 2)", "Forum, salon", "12/03/2027", "Parc des expositions, hall @3",
     "Accueil 8 h 30\nStand n° 12"]])
write("companies-accepted-tricky.csv", [
    ["SIRET", "Raison sociale", "Commune", "Site web", "Notes"],
    ["21350016800025", "-12 salariés, atelier Baulon", "Baulon", "https://www.example.fr/?a=1&b=2",
     "Visite\tle mardi\n+ stage possible"]])
