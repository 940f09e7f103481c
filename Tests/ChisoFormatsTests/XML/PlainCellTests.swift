import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// The worksheet reader's fast path for plain cells (``XMLScanner/plainCell()``) reads exactly what the general
/// scanner reads: the same cells, or the same error at the same place, on the fixtures, on hand-written edge cases
/// and on seeded mutations of both.
@Suite struct PlainCellTests {
    /// Reads `bytes` as a worksheet with or without the fast path.
    static func read(_ bytes: [UInt8], plainCells: Bool) -> Result<XLSXWorksheet, XMLError> {
        do throws(XMLError) {
            return .success(try XLSXWorksheet(parsing: bytes, plainCells: plainCells))
        } catch {
            return .failure(error)
        }
    }

    static func sheet(_ cells: String) -> [UInt8] {
        Array(
            #"<?xml version="1.0"?><worksheet xmlns="x"><sheetData><row r="1">\#(cells)</row></sheetData></worksheet>"#
                .utf8)
    }

    static let cases: [String] = [
        #"<c r="A1" t="s"><v>3</v></c><c r="B1" s="2"><v>0.725</v></c><c r="C1" t="b"><v>1</v></c>"#,
        #"<c r="A1"/><c r="B1" s="4"/><c r='C1' t='e'><v>#N/A</v></c><c><v>7</v></c><c r="E1"></c>"#,
        #"<c r="A1" ><v>1</v></c><c  r="B1"  s="1"  /><c r="C1"><v></v></c><c r="D1" t="str"><v>Đạt</v></c>"#,
        #"<c r="A1" s="x"><v>1</v></c>"#, #"<c r="A1" s="-1"/>"#, #"<c r="A2"><v>1</v></c>"#, #"<c r="1A"/>"#,
        #"<c r="A1" r="B1"><v>1</v></c>"#, #"<c r="A1"s="1"><v>1</v></c>"#, #"<c r="A1" s = "1"><v>1</v></c>"#,
        #"<c r="A1"><v>1 &amp; 2</v></c>"#, #"<c r="A1"><v>a>b</v></c>"#, #"<c r="A1"><v>1</v ></c>"#,
        #"<c r="A1" t="inlineStr"><is><t>có</t></is></c>"#, #"<c r="A1"><f>B1*2</f><v>4</v></c>"#,
        #"<c r="A1"><v>1</v><v>2</v></c>"#, #"<c r="A1"><v>1</v></c ><c r="B1" cm="1"><v>1</v></c>"#,
        #"<c r="B1"><v>1</v></c><c r="A1"><v>2</v></c>"#, #"<c r="A1"><v>1</v></c><c r="A1"><v>2</v></c>"#,
        #"<c r="A1"><v>1</v></c"#, #"<c r="A1"><v>1"#, #"<c r="A1" t="s"><v>1</v></x>"#, #"<c r="A1"><v>"#,
        #"<c r="A1" t="s"/><c r="B1" x:t="s"><v>1</v></c><x:c r="C1"><v>1</v></x:c><c1/>"#,
        "<c r=\"A1\"><v>1\t2</v></c><c r=\"B1\" s=\"1\r\"/>", "<c r=\"A1\" s=\"\u{1}\"/>",
        #"<c r="XFE1"/>"#, #"<c r="A1"><v>Hòa</v></c>"#, #"<c r="A1"/><c r="B1"/><c/>"#,
    ]

    @Test(arguments: cases)
    func handWrittenCellsReadAlike(cells: String) {
        let bytes = Self.sheet(cells)
        #expect(Self.read(bytes, plainCells: true) == Self.read(bytes, plainCells: false), "\(cells)")
    }

    /// The fast path is taken for the cells spreadsheet programs write, and left for anything else.
    @Test(arguments: [
        (#"<c r="B7" s="3" t="s"><v>12</v></c>"#, true), (#"<c r="B7"/>"#, true), (#"<c><v>1</v></c>"#, true),
        (#"<c r="B7"><f>1</f></c>"#, false), (#"<c r="B7" cm="1"/>"#, false), (#"<c r="B7"><v>&lt;</v></c>"#, false),
    ])
    func plainCellsAreReadStraightFromTheBytes(cells: String, isPlain: Bool) throws {
        var scanner = try SpreadsheetPart.open(Self.sheet(cells), root: "worksheet")
        while let event = try scanner.next() {
            if case .start(let tag) = event, tag.name == "row" { break }
        }
        #expect((scanner.plainCell() != nil) == isPlain)
    }

    static let fixtures: [[UInt8]] = [
        "openpyxl/xl/worksheets/sheet1.xml", "openpyxl/xl/worksheets/sheet2.xml",
        "libreoffice/xl/worksheets/sheet1.xml", "libreoffice/xl/worksheets/sheet2.xml",
        "libreoffice-csv/xl/worksheets/sheet1.xml",
    ].compactMap { name in
        FileManager.default.contents(atPath: Support.fixture("xlsx-parts/\(name)")).map { Array($0) }
    }

    @Test func fixturesReadAlike() throws {
        #expect(Self.fixtures.count == 5)
        for bytes in Self.fixtures {
            let fast = Self.read(bytes, plainCells: true)
            #expect(fast == Self.read(bytes, plainCells: false))
            #expect((try? fast.get().rows.isEmpty) == false)
        }
    }

    /// Seeded mutations of the fixtures and of the hand-written cases read alike, cell for cell or error for error.
    @Test func mutatedPartsReadAlike() {
        var random = SplitMix64(seed: 2121)
        let parts = Self.fixtures + Self.cases.map(Self.sheet)
        for round in 0..<6_000 {
            let bytes = XMLFuzzTests.mutate(parts[round % parts.count], using: &random)
            let fast = Self.read(bytes, plainCells: true)
            #expect(fast == Self.read(bytes, plainCells: false), "round \(round)")
        }
    }
}
