import ChisoCore
import Testing

@testable import ChisoFormats

/// Files as Excel saves them on Vietnamese Windows: UTF-8 with a BOM and semicolons, "Unicode Text" (UTF-16 with
/// tabs), Windows-1258; and files that are none of these, which are one error each.
@Suite struct TextDecodingTests {
    static let measures = [
        Measure(criterionID: "CQS.01", kind: .percent), Measure(criterionID: "CQS.04", kind: .yesNo),
    ]

    static func load(_ bytes: [UInt8]) -> AssessmentTable {
        AssessmentLoader.load(bytes, file: "t.csv", measures: measures, levelCount: 5)
    }

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    @Test func excelSemicolonsWithByteOrderMarkAndDecimalCommas() {
        let bytes =
            [0xEF, 0xBB, 0xBF]
            + Array("unit_id;unit_name;CQS.01;CQS.04\r\nX1;Xã A;72,5;có\r\nX2;Xã B;60;không\r\n".utf8)
        let table = Self.load(bytes)
        #expect(!table.hasErrors)
        #expect(table.assessments.map(\.values) == [[72.5, 1], [60, 0]])
        #expect(table.assessments.map(\.unit.name) == ["Xã A", "Xã B"])
        #expect(
            table.diagnostics.map(\.description) == [
                "t.csv:1: notice: read as semicolon-separated: its header splits into columns at semicolons, as Excel "
                    + "saves CSV where the decimal separator is a comma (Vietnamese settings among them)"
            ])
    }

    @Test func unicodeTextIsUTF16LittleEndianWithTabs() {
        let table = Self.load(
            Self.utf16("unit_id\tunit_name\tCQS.01\tCQS.04\r\nX1\tPhường Đông\t\"72,5\"\tCó\r\n", bigEndian: false))
        #expect(!table.hasErrors)
        #expect(table.assessments.first?.unit.name == "Phường Đông")
        #expect(table.assessments.first?.values == [72.5, 1])
        #expect(table.diagnostics.map(\.message).first?.hasPrefix("read as tab-separated") == true)
    }

    @Test func utf16BigEndianWithCommas() {
        let table = Self.load(Self.utf16("unit_id,unit_name,CQS.01,CQS.04\nX1,Xã Hòa,50,không\n", bigEndian: true))
        #expect(table.diagnostics.isEmpty)
        #expect(table.assessments.first?.unit.name == "Xã Hòa")
        #expect(table.assessments.first?.values == [50, 0])
    }

    @Test func brokenUTF16IsOneError() {
        var odd = Self.utf16("unit_id\nX1\n", bigEndian: false)
        odd.append(0x41)
        #expect(
            Self.load(odd).diagnostics.map(\.description) == [
                "t.csv: error: not valid UTF-16 LE: the file has an odd number of bytes (cut short?); save the file "
                    + "as UTF-8 (in Excel: Save As → \"CSV UTF-8 (Comma delimited)\")"
            ])
        let lonely = Self.utf16("unit_id\nX1\n", bigEndian: true) + [0xD8, 0x00, 0x00, 0x41]
        let problems = Self.load(lonely).diagnostics
        #expect(problems.count == 1)
        #expect(
            problems.first?.description.hasPrefix("t.csv:3: error: not valid UTF-16 BE: an unpaired surrogate") == true)
    }

    /// Bytes as Excel writes them in Windows-1258 on Vietnamese Windows, with semicolons and decimal commas: letters
    /// with a breve, circumflex or horn are single bytes; tones are combining marks after the letter (ã = a + 0xDE,
    /// ò = o + 0xCC, ì = i + 0xCC, ờ = ơ + 0xCC).
    static let windows1258: [UInt8] =
        Array("unit_id;unit_name;CQS.01;CQS.04\r\nX1;X".utf8) + [0x61, 0xDE] + Array(" H".utf8) + [0x6F, 0xCC]
        + Array("a B".utf8) + [0x69, 0xCC] + Array("nh;72,5;C".utf8) + [0xF3] + Array("\r\nX2;Ph".utf8)
        + [0xFD, 0xF5, 0xCC] + Array("ng ".utf8) + [0xD0, 0xF4] + Array("ng H".utf8) + [0xFD] + Array("ng;60;Kh".utf8)
        + [0xF4] + Array("ng\r\n".utf8)

    @Test func windows1258IsDecodedAndComposedWithOneNotice() {
        let table = Self.load(Self.windows1258)
        #expect(!table.hasErrors, "\(table.diagnostics)")
        let names = table.assessments.map { $0.unit.name ?? "" }
        #expect(names == ["Xã Hòa Bình", "Phường Đông Hưng"])
        // Composed (NFC): "ã" is one scalar, as typed on any other computer.
        #expect(
            names[0].unicodeScalars.map(\.value) == [0x58, 0xE3, 0x20, 0x48, 0xF2, 0x61, 0x20, 0x42, 0xEC, 0x6E, 0x68])
        #expect(table.assessments.map(\.values) == [[72.5, 1], [60, 0]])
        #expect(
            table.diagnostics.map(\.description) == [
                "t.csv: notice: not UTF-8: read as Windows-1258 (Vietnamese ANSI), as Excel saves \"CSV (Comma "
                    + "delimited)\" on Vietnamese Windows; check the names, and save as \"CSV UTF-8\" next time",
                "t.csv:1: notice: read as semicolon-separated: its header splits into columns at semicolons, as Excel "
                    + "saves CSV where the decimal separator is a comma (Vietnamese settings among them)",
            ])
    }

    @Test(arguments: [
        (0x80, 0x20AC), (0xC3, 0x0102), (0xCC, 0x0300), (0xD0, 0x0110), (0xD2, 0x0309), (0xD5, 0x01A0),
        (0xDD, 0x01AF), (0xDE, 0x0303), (0xE3, 0x0103), (0xEC, 0x0301), (0xF0, 0x0111), (0xF2, 0x0323),
        (0xF5, 0x01A1), (0xFD, 0x01B0), (0xFE, 0x20AB), (0xE9, 0x00E9), (0xA0, 0x00A0),
    ])
    func windows1258Table(byte: Int, scalar: Int) {
        #expect(Windows1258.upperHalf[byte - 0x80] == UInt32(scalar))
    }

    @Test func windows1258TonesComposeToPrecomposedLetters() {
        // ê + acute = ế (U+1EBF); ư + dot below = ự (U+1EF1); Ă + hook above = Ẳ (U+1EB2).
        let decoded = Windows1258.decode([0xEA, 0xEC, 0x20, 0xFD, 0xF2, 0x20, 0xC3, 0xD2][...])
        #expect(decoded.map { String(decoding: $0, as: UTF8.self) } == "\u{1EBF} \u{1EF1} \u{1EB2}")
        #expect(Windows1258.decode([0x41, 0x81][...]) == nil)
    }

    @Test func neitherUTF8NorWindows1258IsOneError() {
        // 0x81 is undefined in Windows-1258; three bad rows still make one error, with the first place.
        let bytes =
            Array("unit_id,unit_name\nX1,A".utf8) + [0x81] + Array("\nX2,B".utf8) + [0x8D] + Array("\nX3,".utf8)
            + [0x90]
        let problems = Self.load(bytes).diagnostics
        #expect(
            problems.map(\.description) == [
                "t.csv:2:5: error: not valid UTF-8 (byte 0x81, character 5 of line 2), nor Windows-1258, the "
                    + "Vietnamese ANSI code page (byte 0x81 is undefined there); save the file as UTF-8 (in Excel: "
                    + "Save As → \"CSV UTF-8 (Comma delimited)\")"
            ])
    }

    @Test func sepLineNamesTheSeparator() {
        let table = Self.load(Array("sep=;\nunit_id;CQS.01\nX1;50\n".utf8))
        #expect(table.assessments.map(\.values) == [[50, nil]])
        #expect(table.lines == [3])
        #expect(table.diagnostics.contains { $0.message == "read as semicolon-separated: as its sep= line says" })
    }

    @Test func separatorIsChosenByKnownNamesThenByFieldCount() {
        let known: Set<String> = ["unit_id", "cqs.01"]
        // A name with a comma in a semicolon file: commas give more fields, semicolons more known names.
        let semicolons = CSVDialect.detect(Array("unit_id;Tỷ lệ, %;CQS.01\n".utf8), from: 0, known: known)
        #expect(semicolons.separator == CSVDialect.semicolon)
        let commas = CSVDialect.detect(Array("unit_id,note;x\n".utf8), from: 0, known: known)
        #expect(commas.separator == CSVDialect.comma)
        let tabs = CSVDialect.detect(Array("a\tb\tc;d\n".utf8), from: 0, known: [])
        #expect(tabs.separator == CSVDialect.tab)
        let single = CSVDialect.detect(Array("unit_id\nX1\n".utf8), from: 0, known: known)
        #expect(single.separator == CSVDialect.comma)
    }
}
