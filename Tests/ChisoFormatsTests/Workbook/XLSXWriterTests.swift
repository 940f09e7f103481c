import Foundation
import Testing

@testable import ChisoFormats

/// The workbook writer, read back with chiso's own SpreadsheetML readers: values, types, looks and sheets survive.
@Suite struct XLSXWriterTests {
    /// A written workbook opened again: its sheets, and each sheet's cells with their shared strings looked up.
    struct ReadBack {
        var workbook: XLSXWorkbook
        var sheets: [String: XLSXWorksheet] = [:]
        var parts: [String: String] = [:]
        var strings: XLSXSharedStrings
        var styles: XLSXStyles

        init(_ bytes: [UInt8]) throws {
            let zip = try ZipReader(bytes)
            workbook = try XLSXWorkbook(parsing: zip.contents(named: "xl/workbook.xml"))
            strings = try XLSXSharedStrings(parsing: zip.contents(named: "xl/sharedStrings.xml"))
            styles = try XLSXStyles(parsing: zip.contents(named: "xl/styles.xml"))
            for (index, sheet) in workbook.sheets.enumerated() {
                let part = try zip.contents(named: "xl/worksheets/sheet\(index + 1).xml")
                sheets[sheet.name] = try XLSXWorksheet(parsing: part)
                parts[sheet.name] = String(decoding: part, as: UTF8.self)
            }
        }

        func cell(_ sheet: String, _ reference: String) -> XLSXWorksheet.Cell? {
            CellReference(reference).flatMap { sheets[sheet]?.cell(at: $0) }
        }

        func text(_ sheet: String, _ reference: String) -> String? {
            guard let cell = cell(sheet, reference) else { return nil }
            return cell.kind == .sharedString ? Int(cell.value).flatMap { strings[$0] } : cell.value
        }
    }

    static let document = WorkbookDocument(sheets: [
        WorkbookSheet(
            name: "Kết quả",
            rows: [
                [
                    .text("unit_id", style: .header), .text("Tên đơn vị", style: .header),
                    .text("index", style: .header),
                ],
                [
                    .text("00123"), .text("Xã Đông Hòa\u{1}_x0041_"),
                    .number(0.725, style: CellStyle(format: .percent(places: 1))),
                ],
                [
                    .text("X2"), WorkbookCell(.boolean(true)),
                    .number(1406.25, style: CellStyle(format: .decimal(places: 2))),
                ],
                [.text("X3"), WorkbookCell(.formula("C2*2", cached: .number(1.45))), .number(1e-7)],
            ],
            columnWidths: [12, 30, nil], frozenRows: 1, hasFilter: true),
        WorkbookSheet(name: "Ẩn", rows: [[.text("a")]], isHidden: true),
    ])

    @Test func valuesTypesAndLooksReadBack() throws {
        let book = try ReadBack(XLSXWriter.write(Self.document))
        #expect(book.workbook.sheets.map(\.name) == ["Kết quả", "Ẩn"])
        #expect(book.workbook.sheets.map(\.visibility) == [.visible, .hidden])
        #expect(book.text("Kết quả", "A2") == "00123")
        #expect(book.text("Kết quả", "B2") == "Xã Đông Hòa\u{1}_x0041_")
        #expect(book.cell("Kết quả", "C2")?.value == "0.725")
        #expect(book.cell("Kết quả", "C2").map { book.styles.kind(ofStyle: $0.style) } == .percent)
        #expect(book.cell("Kết quả", "B3")?.kind == .boolean)
        #expect(book.cell("Kết quả", "C3")?.value == "1406.25")
        #expect(book.cell("Kết quả", "B4")?.hasFormula == true)
        #expect(book.cell("Kết quả", "B4")?.value == "1.45")
        #expect(book.cell("Kết quả", "C4").flatMap { Double($0.value) } == 1e-7)
        let part = try #require(book.parts["Kết quả"])
        #expect(part.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(part.contains(#"<autoFilter ref="A1:C4"/>"#))
        #expect(part.contains(#"<col min="1" max="1" width="12" customWidth="1"/>"#))
    }

    @Test func theSameDocumentWritesTheSameBytes() throws {
        #expect(try XLSXWriter.write(Self.document) == XLSXWriter.write(Self.document))
    }

    @Test(arguments: [
        ("Kết quả", [String](), "Kết quả"),
        ("a[b]:c*d?e/f\\g", [], "a-b--c-d-e-f-g"),
        ("'trích dẫn'", [], "trích dẫn"),
        ("", ["Một"], "Sheet2"),
        ("Kết quả", ["kết QUẢ"], "Kết quả (2)"),
        (String(repeating: "x", count: 40), [], String(repeating: "x", count: 31)),
        (
            String(repeating: "x", count: 40), [String(repeating: "x", count: 31)],
            String(repeating: "x", count: 27) + " (2)"
        ),
    ])
    func sheetNamesKeepExcelsRules(name: String, taken: [String], expected: String) {
        #expect(XLSXWriter.sheetName(name, taken: taken) == expected)
    }

    @Test func longListsMoveToAHiddenSheetAndPromptsAreShortened() throws {
        let long = (1...80).map { "Lựa chọn \($0)" }
        let sheet = WorkbookSheet(
            name: "Nhập", rows: [[.text("x")]],
            validations: [
                DataValidation(
                    ranges: [try #require(CellRange("B2:B10"))], rule: .list(long),
                    promptTitle: String(repeating: "T", count: 40), prompt: String(repeating: "p", count: 300)),
                DataValidation(ranges: [try #require(CellRange("C2:C10"))], rule: .list(["Có", "Không", "KAD"])),
                DataValidation(ranges: [try #require(CellRange("D2:D10"))], rule: .decimal(minimum: 0, maximum: 100)),
            ])
        let book = try ReadBack(XLSXWriter.write(WorkbookDocument(sheets: [sheet])))
        #expect(book.workbook.sheets.map(\.name) == ["Nhập", "_lists"])
        #expect(book.workbook.sheets.map(\.visibility) == [.visible, .hidden])
        #expect(book.text("_lists", "A80") == "Lựa chọn 80")
        let part = try #require(book.parts["Nhập"])
        #expect(part.contains("<formula1>'_lists'!$A$1:$A$80</formula1>"))
        #expect(part.contains("<formula1>\"Có,Không,KAD\"</formula1>"))
        #expect(part.contains(#"type="decimal" operator="between""#))
        #expect(part.contains("promptTitle=\"\(String(repeating: "T", count: 31))…\""))
        #expect(part.contains("prompt=\"\(String(repeating: "p", count: 254))…\""))
    }

    @Test(arguments: [(0.0, "0"), (72.5, "72.5"), (-3, "-3"), (1e20, "1e+20"), (0.1 + 0.2, "0.30000000000000004")])
    func numbersAreWrittenInTheirShortestForm(value: Double, expected: String) {
        #expect(WorksheetPart.number(value) == expected)
    }
}
