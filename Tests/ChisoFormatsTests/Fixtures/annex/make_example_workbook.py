"""Writes notebooks-data/phu-luc-vi-du.xlsx from notebooks-data/phu-luc-vi-du.csv, as an officer's workbook holds an
annex pasted from Word: the title block merged across the table, wrapped text, `Điểm tối đa` as numbers where the
cell is a plain number, the parts on sheets of their own (Khung, Thông tin, Xếp loại).

Run from the repository's root (needs openpyxl):
    python3 Tests/ChisoFormatsTests/Fixtures/annex/make_example_workbook.py
chiso and its tests never run this script; they read the committed workbook.
"""
import csv

import openpyxl
from openpyxl.styles import Alignment, Font

rows = list(csv.reader(open("notebooks-data/phu-luc-vi-du.csv", encoding="utf-8")))
parts = {"Khung": []}
current = "Khung"
for row in rows:
    if row and row[0].startswith("[") and row[0].endswith("]"):
        current = row[0][1:-1]
        parts[current] = []
        continue
    parts[current].append(row)

book = openpyxl.Workbook()
book.remove(book.active)
for name, part in parts.items():
    sheet = book.create_sheet(name)
    width = max(len(r) for r in part)
    while width > 1 and all(len(r) < width or not r[width - 1] for r in part):
        width -= 1
    for r, row in enumerate(part, start=1):
        for c, value in enumerate(row[:width], start=1):
            if value == "":
                continue
            cell = sheet.cell(row=r, column=c)
            numeric = value.isdigit() and ((name == "Khung" and c == 3) or name != "Khung")
            cell.value = int(value) if numeric else value
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    if name == "Khung":
        for r in (1, 2):
            sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
            sheet.cell(row=r, column=1).font = Font(bold=True)
            sheet.cell(row=r, column=1).alignment = Alignment(horizontal="center", wrap_text=True)
        for c, w in zip("ABCDEFG", (6, 45, 10, 60, 16, 28, 24)):
            sheet.column_dimensions[c].width = w
        for c in range(1, width + 1):
            sheet.cell(row=4, column=c).font = Font(bold=True)
    else:
        for c, w in zip("ABCDEF", (24, 50, 40, 14, 18, 12)):
            sheet.column_dimensions[c].width = w
book.save("notebooks-data/phu-luc-vi-du.xlsx")
