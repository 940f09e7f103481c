#!/usr/bin/env python3
"""Writes the workbook fixtures chiso's CLI tests read, from the sample CSVs.

Run from this folder: python3 make-workbooks.py (needs openpyxl from PyPI, and LibreOffice's soffice — Debian
libreoffice-calc-nogui — for the files LibreOffice writes). The tests read the committed files; neither Python nor
LibreOffice is needed to run them.

- communes.xlsx, districts.xlsx, hue-points.xlsx: LibreOffice headless --convert-to xlsx of the sample CSVs
  (notebooks-data/sample-communes.csv, sample-districts.csv, and hue-points.csv here, made with
  `chiso sample --framework vn-hue-3043 --units 12 --seed 3043`; the CLI tests read them too).
- districts-form.xlsx (openpyxl): the districts under a title block, a two-row header whose unit_id cell is merged
  down, percentages as percent-formatted shares, the year as a date, a hidden row and a hidden column, and a second
  sheet of notes.
- formulas.xlsx (openpyxl): a percentage computed by a formula, which openpyxl stores without its value;
  formulas-saved.xlsx is that workbook opened and saved by LibreOffice (the values stored).
- errors.xlsx (openpyxl): an error cell (#DIV/0!) and a value outside the named columns.
- merged-rows.xlsx (openpyxl): a parent_id merged down over the rows of its units.
- legacy.xls, sheet.ods: LibreOffice --convert-to xls and ods of the districts.
"""
import csv, datetime, os, shutil, subprocess, tempfile

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
PERCENT = {"CQS.01", "CQS.02", "CQS.03", "CQS.06", "CQS.08", "CQS.09", "CQS.10", "CQS.11"}


def rows_of(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.reader(f))


def value(text):
    """A CSV cell as a spreadsheet holds it: numbers as numbers, the rest as text."""
    try:
        number = float(text)
    except ValueError:
        return text if text != "" else None
    return int(number) if number.is_integer() and "." not in text else number


def districts_form(path):
    rows = rows_of(os.path.join(REPO, "notebooks-data", "sample-districts.csv"))
    header = rows[0]
    wb = Workbook()
    ws = wb.active
    ws.title = "Dữ liệu"
    ws["A1"] = "BIỂU TỰ ĐÁNH GIÁ CHUYỂN ĐỔI SỐ CẤP HUYỆN NĂM 2025"
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=8)
    ws["A2"] = "(Kèm theo Quyết định số 2361/QĐ-BTTTT)"
    # Row 3 groups the criteria; row 4 names them; unit_id is merged over both rows.
    ws.cell(3, 1, "unit_id")
    ws.merge_cells("A3:A4")
    ws.cell(3, 6, "Chính quyền số")
    ws.merge_cells(start_row=3, start_column=6, end_row=3, end_column=10)
    for column, name in enumerate(header[1:], start=2):
        ws.cell(4, column, name)
    for r, row in enumerate(rows[1:], start=5):
        for c, text in enumerate(row, start=1):
            name = header[c - 1]
            cell = ws.cell(r, c)
            if name == "year" and text:
                cell.value = datetime.date(int(text), 6, 30)
                cell.number_format = "dd/mm/yyyy"
            elif name in PERCENT and text not in ("", "KAD"):
                cell.value = float(text) / 100  # 0.72, shown 72%
                cell.number_format = "0.0%"
            else:
                cell.value = value(text) if name != "unit_id" else text
    ws.row_dimensions[7].hidden = True
    ws.column_dimensions["C"].hidden = True
    notes = wb.create_sheet("Ghi chú")
    notes["A1"] = "Số liệu minh họa, không có thật."
    wb.save(path)


def formulas(path):
    rows = rows_of(os.path.join(REPO, "notebooks-data", "sample-districts.csv"))
    header = rows[0]
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(header)
    for row in rows[1:]:
        ws.append([value(t) if h != "unit_id" else t for h, t in zip(header, row)])
    column = header.index("CQS.01") + 1
    for r in range(2, len(rows) + 1):
        number = ws.cell(r, column).value
        ws.cell(r, column).value = f"={number}*1"
    wb.save(path)


def errors(path):
    rows = rows_of(os.path.join(REPO, "notebooks-data", "sample-districts.csv"))
    header = rows[0]
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(header)
    for row in rows[1:]:
        ws.append([value(t) if h != "unit_id" else t for h, t in zip(header, row)])
    ws.cell(3, header.index("CQS.02") + 1).value = "#DIV/0!"
    ws.cell(4, len(header) + 2).value = "ghi chú lạc"
    wb.save(path)


def merged_rows(path):
    wb = Workbook()
    ws = wb.active
    ws.append(["unit_id", "parent_id", "CQS.01"])
    for row in [["X1", "H01", 50], ["X2", None, 60], ["X3", None, 70]]:
        ws.append(row)
    ws.merge_cells("B2:B4")
    wb.save(path)


def convert(soffice, source, target_format, out, tmp, infilter=None):
    command = [soffice, "--headless"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", target_format, "--outdir", out, source]
    subprocess.run(command, check=True, env=dict(os.environ, HOME=tmp), stdout=subprocess.DEVNULL)


def main():
    districts_form(os.path.join(HERE, "districts-form.xlsx"))
    formulas(os.path.join(HERE, "formulas.xlsx"))
    errors(os.path.join(HERE, "errors.xlsx"))
    merged_rows(os.path.join(HERE, "merged-rows.xlsx"))
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("SKIP LibreOffice files: soffice not found")
        return
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out")
        os.makedirs(out)
        # UTF-8 (76), comma-separated (44), quoted by " (34), from line 1, standard columns.
        utf8 = "CSV:44,34,76,1"
        for name, source in [("communes", os.path.join(REPO, "notebooks-data", "sample-communes.csv")),
                             ("districts", os.path.join(REPO, "notebooks-data", "sample-districts.csv")),
                             ("hue-points", os.path.join(HERE, "hue-points.csv"))]:
            copy = os.path.join(tmp, name + ".csv")
            shutil.copy(source, copy)
            convert(soffice, copy, "xlsx", out, tmp, utf8)
            shutil.copy(os.path.join(out, name + ".xlsx"), os.path.join(HERE, name + ".xlsx"))
        convert(soffice, os.path.join(tmp, "districts.csv"), "xls", out, tmp, utf8)
        shutil.copy(os.path.join(out, "districts.xls"), os.path.join(HERE, "legacy.xls"))
        convert(soffice, os.path.join(tmp, "districts.csv"), "ods", out, tmp, utf8)
        shutil.copy(os.path.join(out, "districts.ods"), os.path.join(HERE, "sheet.ods"))
        saved = os.path.join(tmp, "saved")
        os.makedirs(saved)
        convert(soffice, os.path.join(HERE, "formulas.xlsx"), "xlsx", saved, tmp)
        shutil.copy(os.path.join(saved, "formulas.xlsx"), os.path.join(HERE, "formulas-saved.xlsx"))


if __name__ == "__main__":
    main()
