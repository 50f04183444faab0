#!/usr/bin/python3
"""Writes the workbooks the formula-cell tests read, with the libraries analysts' scripts use.

Run with Debian's python3 and its packages python3-openpyxl (3.0.9) and python3-xlsxwriter
(3.0.2): `/usr/bin/python3 make.py` in this folder. Neither library computes formulas:
openpyxl writes a formula cell with an empty value (<f>..</f><v></v>), XlsxWriter with the
value 0 (<f>..</f><v>0</v>), and both mark the workbook to be recomputed when it is opened
(<calcPr fullCalcOnLoad="1"/>). Each workbook has three sheets:

- Wijken: the area table of nl.impact.areas.TwoAreas, with Centrum's inhabitants as =500*2;
- Tarieven: B4 = 250*2 (a fromExcel value);
- realisations: a realised KPI value as =450000*2.
"""
import openpyxl
import xlsxwriter

ROWS = [
    ["code", "naam", "gemeente", "inwoners", "start"],
    ["WK091701", "Centrum", "Heerlen", "=500*2", 2025],
    ["WK093501", "Noord", "Maastricht", 2000, 2026],
]
REALISATIONS = [
    ["kpi", "year", "realised"],
    ["kpi-5-zvw-kosten", 2025, "=450000*2"],
]

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Wijken"
for row in ROWS:
    sheet.append(row)
book.create_sheet("Tarieven")["B4"] = "=250*2"
realisations = book.create_sheet("realisations")
for row in REALISATIONS:
    realisations.append(row)
book.save("openpyxl.xlsx")

book = xlsxwriter.Workbook("xlsxwriter.xlsx")
for name, rows in (("Wijken", ROWS), ("Tarieven", None), ("realisations", REALISATIONS)):
    sheet = book.add_worksheet(name)
    if rows is None:
        sheet.write_formula("B4", "=250*2")
        continue
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, str) and value.startswith("="):
                sheet.write_formula(r, c, value)
            else:
                sheet.write(r, c, value)
book.close()
