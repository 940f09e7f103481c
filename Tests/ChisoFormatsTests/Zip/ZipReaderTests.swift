import Testing

@testable import ChisoFormats

/// The reader on archives written by CPython's zipfile and by openpyxl, and on archives it must refuse.
struct ZipReaderTests {
    @Test(arguments: ["level-0.zip", "level-1.zip", "level-6.zip", "level-9.zip", "descriptor.zip"])
    func readsCPythonArchives(name: String) throws {
        let reader = try ZipReader(try ZipFixture.bytes(name))
        let expected = try ZipFixture.expectedEntries()
        #expect(reader.entries.map(\.name) == expected.map(\.0))
        #expect(reader.entries.map(\.isDirectory) == [false, false, true, false])
        for (entryName, contents) in expected {
            #expect(try reader.contents(named: entryName) == contents, "\(entryName)")
        }
        let method: ZipEntry.Method = name == "level-0.zip" ? .stored : .deflated
        #expect(reader.entry(named: "Báo cáo/điểm số.txt")?.method == method)
    }

    @Test func readsDataDescriptorArchivesFromTheCentralDirectory() throws {
        let bytes = try ZipFixture.bytes("descriptor.zip")
        #expect(bytes.littleEndian16(at: 6) & 0x8 != 0)  // the first entry's local header defers its sizes
        #expect(bytes.littleEndian32(at: 18) == 0)  // compressed size 0 in the local header
        #expect(try ZipReader(bytes).contents(named: "hello.txt") == Array("Hello, ZIP!\n".utf8))
    }

    @Test func decodesCodePage437Names() throws {
        let reader = try ZipReader(try ZipFixture.bytes("cp437.zip"))
        #expect(reader.entries.map(\.name) == ["café.txt"])
        #expect(try reader.contents(named: "café.txt") == Array("cp437\n".utf8))
        #expect(CodePage437.decode([0x41, 0x80, 0x9B, 0xE1, 0xFF]) == "AÇ¢ß\u{A0}")
    }

    @Test func listsAndInflatesAnOpenpyxlWorkbook() throws {
        let reader = try ZipReader(try ZipFixture.bytes("book.xlsx"))
        let names = Set(reader.entries.map(\.name))
        #expect(
            names.isSuperset(of: [
                "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/worksheets/sheet1.xml", "xl/styles.xml",
            ]))
        for entry in reader.entries {
            let contents = try reader.contents(of: entry)
            #expect(contents.count == entry.uncompressedSize)
            #expect(
                contents.starts(with: Array("<?xml".utf8)) || contents.starts(with: Array("<".utf8)), "\(entry.name)")
        }
        let workbook = String(decoding: try reader.contents(named: "xl/workbook.xml"), as: UTF8.self)
        #expect(workbook.contains("name=\"Dữ liệu\""))
        let sheet = String(decoding: try reader.contents(named: "xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(sheet.contains("Xã số 50") || sheet.contains("<v>75</v>"))
    }

    @Test func missingEntryIsNamed() throws {
        let reader = try ZipReader(try ZipFixture.bytes("level-6.zip"))
        #expect(reader.entry(named: "nope") == nil)
        #expect(throws: ZipError.missingEntry(entry: "nope")) { try reader.contents(named: "nope") }
    }
}
