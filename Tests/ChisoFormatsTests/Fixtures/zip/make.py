#!/usr/bin/env python3
"""Makes the ZIP and DEFLATE fixtures of Tests/ChisoFormatsTests/Zip with CPython's zipfile and zlib (and openpyxl
for book.xlsx, when installed). Run from this folder: python3 make.py. The tests read the outputs, not this script.

Outputs:
  corpus.txt                text every other fixture compresses (deterministic, about 60 KB)
  corpus-{1,6,9}.deflate    raw DEFLATE of corpus.txt by zlib at levels 1, 6, 9 (dynamic Huffman blocks)
  corpus-fixed.deflate      raw DEFLATE of corpus.txt by zlib with strategy Z_FIXED (fixed Huffman blocks)
  level-{0,1,6,9}.zip       the same four entries stored (level 0) or deflated at levels 1, 6, 9
  descriptor.zip            the same entries written to a stream that cannot seek: sizes and CRC in data descriptors
  cp437.zip                 one entry named "café.txt" in code page 437 (UTF-8 flag clear)
  bomb.zip                  one entry of 100 MiB of zeros at level 9 (about 100 KB)
  book.xlsx                 a small workbook written by openpyxl
"""
import io
import random
import zipfile
import zlib

FIXED_TIME = (2024, 5, 17, 8, 30, 0)


def corpus():
    rng = random.Random(21)
    words = ["chỉ", "số", "chuyển", "đổi", "số", "xã", "huyện", "tỉnh", "điểm", "mức", "tiêu", "chí", "score",
             "level", "unit", "commune", "<row r=\"1\">", "<c t=\"s\"><v>", "</v></c>", "0.725", "Có", "Không"]
    lines = []
    for index in range(1500):
        lines.append(f"{index:05d} " + " ".join(rng.choice(words) for _ in range(rng.randint(1, 12))))
    return ("\n".join(lines) + "\n").encode("utf-8")


def raw_deflate(data, level, strategy=zlib.Z_DEFAULT_STRATEGY):
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
    return compressor.compress(data) + compressor.flush()


def entries(text):
    return [
        ("hello.txt", b"Hello, ZIP!\n"),
        ("empty.txt", b""),
        ("folder/", b""),
        ("Báo cáo/điểm số.txt", text),
    ]


def write_zip(target, level, text):
    method = zipfile.ZIP_STORED if level == 0 else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(target, "w", compression=method, compresslevel=None if level == 0 else level) as archive:
        for name, data in entries(text):
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED if name.endswith("/") else method
            archive.writestr(info, data, compresslevel=None if level == 0 else level)


class Unseekable(io.RawIOBase):
    """A write-only stream without seek or tell, so zipfile must use data descriptors."""

    def __init__(self):
        self.buffer = bytearray()

    def writable(self):
        return True

    def write(self, data):
        self.buffer += data
        return len(data)


def main():
    text = corpus()
    open("corpus.txt", "wb").write(text)
    for level in (1, 6, 9):
        open(f"corpus-{level}.deflate", "wb").write(raw_deflate(text, level))
    open("corpus-fixed.deflate", "wb").write(raw_deflate(text, 9, zlib.Z_FIXED))
    for level in (0, 1, 6, 9):
        write_zip(f"level-{level}.zip", level, text)
    stream = Unseekable()
    write_zip(stream, 6, text)
    open("descriptor.zip", "wb").write(bytes(stream.buffer))

    placeholder = io.BytesIO()
    with zipfile.ZipFile(placeholder, "w") as archive:
        archive.writestr(zipfile.ZipInfo("cafX.txt", date_time=FIXED_TIME), b"cp437\n")
    open("cp437.zip", "wb").write(placeholder.getvalue().replace(b"cafX.txt", "café.txt".encode("cp437")))

    with zipfile.ZipFile("bomb.zip", "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr(zipfile.ZipInfo("zeros.bin", date_time=FIXED_TIME), bytes(100 << 20),
                         compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    try:
        import openpyxl
    except ImportError:
        print("openpyxl not installed: book.xlsx left as it is")
        return
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Dữ liệu"
    sheet.append(["unit_id", "Tên đơn vị", "điểm"])
    for index in range(1, 51):
        sheet.append([f"X{index:03d}", f"Xã số {index}", index * 1.5])
    book.save("book.xlsx")


main()
