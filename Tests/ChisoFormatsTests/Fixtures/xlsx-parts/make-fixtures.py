#!/usr/bin/env python3
"""Writes the SpreadsheetML fixtures: workbooks made by openpyxl and LibreOffice, unzipped to the parts the tests read.

Run from this folder: python3 make-fixtures.py (needs openpyxl; LibreOffice's soffice for the libreoffice/ parts).
The tests read only the extracted XML files; neither Python nor LibreOffice is needed to run them.
"""
import datetime, os, shutil, subprocess, tempfile, unicodedata, zipfile

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

PARTS = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
         "xl/sharedStrings.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]


def openpyxl_workbook(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Dữ liệu"
    ws["A1"] = "Đánh giá chuyển đổi số cấp xã"
    ws.merge_cells("A1:F1")
    ws.append(["Mã", "Tên đơn vị", "Tỷ lệ", "Ngày", "Đạt", "Tổng"])
    ws.append(["X01", "Xã Đông Hưng", 0.725, datetime.date(2024, 5, 1), True, "=C3*100"])
    ws.append(["X02", unicodedata.normalize("NFD", "Thái Bình"), 0.5, datetime.date(2023, 12, 31), False, "=C4*100"])
    ws.append(["X03", CellRichText([TextBlock(InlineFont(b=True), "Xã "), "Vũ Thư"]), 1, None, None, 42])
    for row in (3, 4):
        ws.cell(row, 3).number_format = "0.0%"
        ws.cell(row, 4).number_format = "dd/mm/yyyy"
    ws.cell(5, 3).number_format = "#,##0.00"
    ws.row_dimensions[4].hidden = True
    ws.column_dimensions["F"].hidden = True
    hidden = wb.create_sheet("Ẩn")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "bí mật"
    wb.save(path)


def extract(xlsx, folder):
    shutil.rmtree(folder, ignore_errors=True)
    with zipfile.ZipFile(xlsx) as archive:
        names = set(archive.namelist())
        for part in PARTS:
            if part in names:
                target = os.path.join(folder, part)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, "wb") as out:
                    out.write(archive.read(part))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "openpyxl.xlsx")
        openpyxl_workbook(source)
        extract(source, os.path.join(here, "openpyxl"))
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            print("SKIP libreoffice parts: soffice not found")
            return
        # LibreOffice reads the openpyxl workbook, computes the formulas and writes its own .xlsx with cached values.
        out = os.path.join(tmp, "lo")
        os.makedirs(out)
        subprocess.run([soffice, "--headless", "--convert-to", "xlsx", "--outdir", out, source], check=True,
                       env=dict(os.environ, HOME=tmp))
        extract(os.path.join(out, "openpyxl.xlsx"), os.path.join(here, "libreoffice"))
        csv = os.path.join(tmp, "csv.csv")
        with open(csv, "w", encoding="utf-8") as f:
            f.write("unit_id,ten,ty_le\nX01,Xã Đông Hưng,72.5\nX02,Thái Bình,50\n")
        subprocess.run([soffice, "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", out,
                        csv], check=True, env=dict(os.environ, HOME=tmp))
        extract(os.path.join(out, "csv.xlsx"), os.path.join(here, "libreoffice-csv"))


if __name__ == "__main__":
    main()
