#!/usr/bin/env python3
"""Writes 2361-commune.csv and 2361-district.csv: Decision 2361's two annex tables as the decision prints them.

Run from this folder: python3 make-2361.py (see README-2361.md). Reads ../2361-annex-criteria.csv (the decision's cells, one row per
criterion) and ../../../../frameworks/vn-2361-*.json (the built-in frameworks, for what the decision leaves
implicit). Only the standard library is used; the tests do not need Python.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "..", "2361-annex-criteria.csv")
FRAMEWORKS = os.path.join(HERE, "..", "..", "..", "..", "frameworks")

GROUP_IDS = {"CHỈ TIÊU CHUNG": "CHUNG", "CHÍNH QUYỀN SỐ": "CQS", "KINH TẾ SỐ": "KTS", "XÃ HỘI SỐ": "XHS"}
MEASURE_WORDS = {
    "percent": "phần trăm", "count": "số lượng", "yesNo": "có/không", "points": "điểm", "ratio": "tỷ lệ",
    "number": "số", "choice": "lựa chọn", "childLevels": "mức của đơn vị cấp dưới",
}
TITLES = {
    "commune": ["PHỤ LỤC I", "KHUNG TIÊU CHÍ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CẤP XÃ"],
    "district": ["PHỤ LỤC II", "KHUNG TIÊU CHÍ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CẤP HUYỆN"],
}
HEADER = [
    "STT", "Mã", "Tiêu chí", "Đơn vị tính", "Mức 1", "Mức 2", "Mức 3", "Mức 4", "Mức 5", "Phương pháp", "Căn cứ",
    "Đo bằng", "Số liệu phụ", "Áp dụng khi",
]
ROMAN = ["I", "II", "III", "IV", "V"]


def second_measure(second):
    name = second["name"]
    english = "" if name["en"] == name["vi"] else " | " + name["en"]
    return f'{second["suffix"]}: {MEASURE_WORDS[second["measure"]]}: {name["vi"]}{english}'


def write(annex):
    with open(os.path.join(FRAMEWORKS, f"vn-2361-{annex}.json"), encoding="utf-8") as file:
        criteria = {c["id"]: c for c in json.load(file)["criteria"]}
    with open(SEED, encoding="utf-8") as file:
        seed = [row for row in csv.DictReader(file) if row["annex"] == annex]
    rows = [[title] for title in TITLES[annex]]
    rows.append(["(Kèm theo Quyết định số 2361/QĐ-BTTTT ngày 31 tháng 12 năm 2024 của Bộ trưởng Bộ Thông tin và Truyền thông)"])
    rows.append([])
    rows.append(HEADER)
    groups = []
    for row in seed:
        group = GROUP_IDS[row["group"]]
        if group not in groups:
            groups.append(group)
            rows.append([ROMAN[len(groups) - 1], group, row["group"]] + [""] * (len(HEADER) - 3))
        criterion_id = f'{group}.{int(row["stt"]):02d}'
        criterion = criteria[criterion_id]
        levels = [row[key] for key in ["level1_khoi_dong", "level2_ket_noi", "level3_co_ban", "level4_nang_cao", "level5_toan_dien"]]
        rows.append(
            [row["stt"], criterion_id, row["name"], row["unit"]] + levels + [row["method_source"], row["legal_basis"]]
            + [
                MEASURE_WORDS[criterion["measure"]],
                "\n".join(second_measure(s) for s in criterion.get("secondMeasures", [])),
                criterion.get("conditional", ""),
            ]
        )
    assert len(rows) - 5 - len(groups) == len(criteria), annex
    with open(os.path.join(HERE, f"2361-{annex}.csv"), "w", encoding="utf-8", newline="") as file:
        csv.writer(file, lineterminator="\r\n").writerows(rows)


for annex in ["commune", "district"]:
    write(annex)
