#!/usr/bin/env python3
"""Writes a SYNTHETIC area table of ROWS buurten by COLUMNS columns, as an xlsx workbook and as the
same CSV, with a scenario for each (bench/xlsx-area-table.sh).

The workbook is written part by part with the standard library, as Excel lays it out: the codes,
names and gemeenten in the shared strings, the numbers in the cells. Columns: code, naam,
gemeente, then COLUMNS - 3 counts (kolom1, kolom2, ...); the scenario declares the first
DECLARED of them (default all, at most 27) and one kernaanpak uses kolom1. Every buurt and
figure is made up: codes BU1xxxxxxx to BU3xxxxxxx, names "Synthetische buurt n".

usage: bench/generate-area-table.py ROWS COLUMNS DIR [DECLARED]
"""
import sys
import zipfile

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def column_name(index):
    """0 -> A, 25 -> Z, 26 -> AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def rows(n, columns):
    """Header, then n rows of code, name, gemeente and counts from a linear congruential sequence."""
    yield ["code", "naam", "gemeente"] + [f"kolom{c}" for c in range(1, columns - 2)]
    seed = 12345
    for i in range(1, n + 1):
        g = 1000 + (i - 1) // 40  # 2,500 gemeenten of 40 buurten at 100,000
        values = []
        for _ in range(columns - 3):
            seed = (seed * 1103515245 + 12345) % 2147483648
            values.append(seed % 5000)
        yield [f"BU{g:04d}{(i - 1) % 40 + 1:04d}", f"Synthetische buurt {i}", f"Synthetische gemeente {g}"] + values


def write_xlsx(path, n, columns):
    strings = {}

    def shared(text):
        return strings.setdefault(text, len(strings))

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{NS}"><sheetData>'
                        .encode())
            letters = [column_name(c) for c in range(columns)]
            for r, row in enumerate(rows(n, columns), start=1):
                cells = []
                for c, value in enumerate(row):
                    if isinstance(value, str):
                        cells.append(f'<c r="{letters[c]}{r}" t="s"><v>{shared(value)}</v></c>')
                    else:
                        cells.append(f'<c r="{letters[c]}{r}"><v>{value}</v></c>')
                sheet.write(f'<row r="{r}">{"".join(cells)}</row>'.encode())
            sheet.write(b"</sheetData></worksheet>")
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as sst:
            sst.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{NS}" '
                      f'uniqueCount="{len(strings)}">'.encode())
            for text in strings:
                sst.write(f"<si><t>{text}</t></si>".encode())
            sst.write(b"</sst>")
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.spreadsheetml.worksheet+xml"/>'
                   '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                   f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   f'<workbook xmlns="{NS}" xmlns:r="{REL}"><sheets>'
                   '<sheet name="Buurten" sheetId="1" r:id="rId1"/></sheets></workbook>')


def write_csv(path, n, columns):
    with open(path, "w", encoding="utf-8") as out:
        for row in rows(n, columns):
            out.write(",".join(str(v) for v in row) + "\n")


def write_scenario(path, table, declared):
    columns = "".join(f"    kolom{c}: {{kind: count}}\n" for c in range(1, declared + 1))
    with open(path, "w", encoding="utf-8") as out:
        out.write(f"""# SYNTHETIC benchmark scenario (bench/generate-area-table.py): made-up buurten and figures.
name: Synthetische gebiedstabel
description: SYNTHETIC area table for the benchmark; every buurt and figure is made up.
years: {{first: 2025, last: 2026, effectsUntil: 2027}}
domains:
  Wmo: {{financier: gemeente}}
  Zvw: {{financier: zorgverzekeraar}}
areas:
  table: {table}
  columns:
{columns}  placeholder: synthetic buurten generated by bench/generate-area-table.py; not real areas
kernaanpakken:
  aanpak:
    calculator: formules
    areas: all
    bereik: {{value: 0.1, kind: fraction, placeholder: synthetic}}
    formulas:
      clients: "kolom1 * bereik"
    effects:
      - name: Minder zorg
        per: clients
        timing: {{offset: 0, years: 2}}
        amounts:
          Zvw: {{min: 800, max: 1200, placeholder: synthetic}}
          Wmo: {{value: 500, placeholder: synthetic}}
""")


def main():
    if len(sys.argv) not in (4, 5) or not sys.argv[1].isdigit() or not sys.argv[2].isdigit() or int(sys.argv[2]) < 4:
        sys.exit("usage: generate-area-table.py ROWS COLUMNS DIR [DECLARED]   (COLUMNS >= 4)")
    n, columns, folder = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    declared = int(sys.argv[4]) if len(sys.argv) == 5 else min(27, columns - 3)
    write_xlsx(f"{folder}/buurten.xlsx", n, columns)
    write_csv(f"{folder}/buurten.csv", n, columns)
    write_scenario(f"{folder}/xlsx.yaml", "{file: buurten.xlsx, sheet: Buurten}", declared)
    write_scenario(f"{folder}/csv.yaml", "buurten.csv", declared)


if __name__ == "__main__":
    main()
