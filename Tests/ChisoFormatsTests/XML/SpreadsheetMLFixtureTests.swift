import Foundation
import Testing

@testable import ChisoFormats

/// The SpreadsheetML readers on parts that openpyxl and LibreOffice Calc wrote (Fixtures/xlsx-parts, made by
/// make-fixtures.py there): the same workbook through both producers reads to the same values.
@Suite struct SpreadsheetMLFixtureTests {
    static let producers = ["openpyxl", "libreoffice"]

    static func part(_ producer: String, _ name: String) throws -> [UInt8] {
        let path = Support.fixture("xlsx-parts/\(producer)/\(name)")
        guard let data = FileManager.default.contents(atPath: path) else { throw TestFailure("no fixture \(path)") }
        return Array(data)
    }

    /// The text of a cell: inline or formula strings as they are, shared strings looked up.
    static func text(_ cell: XLSXWorksheet.Cell?, _ shared: XLSXSharedStrings?) -> String? {
        guard let cell else { return nil }
        guard cell.kind == .sharedString else { return cell.value }
        return Int(cell.value).flatMap { shared?[$0] }
    }

    static func sheet(_ producer: String) throws -> (XLSXWorksheet, XLSXSharedStrings?, XLSXStyles) {
        var shared: XLSXSharedStrings?
        if let bytes = try? part(producer, "xl/sharedStrings.xml") { shared = try XLSXSharedStrings(parsing: bytes) }
        let styles = (try? part(producer, "xl/styles.xml")).map { try? XLSXStyles(parsing: $0) } ?? nil
        return (
            try XLSXWorksheet(parsing: part(producer, "xl/worksheets/sheet1.xml")), shared,
            styles ?? XLSXStyles(cellFormatIDs: [], customFormats: [:])
        )
    }

    @Test(arguments: producers) func workbookListsSheetsWithTheirStateAndRelationships(producer: String) throws {
        let workbook = try XLSXWorkbook(parsing: Self.part(producer, "xl/workbook.xml"))
        #expect(workbook.sheets.map(\.name) == ["Dữ liệu", "Ẩn"])
        #expect(workbook.sheets.map(\.sheetID) == [1, 2])
        #expect(workbook.sheets.map(\.visibility) == [.visible, .hidden])
        #expect(!workbook.usesDate1904)
        let relationships = try XLSXRelationships(parsing: Self.part(producer, "xl/_rels/workbook.xml.rels"))
        let targets = try workbook.sheets.map { sheet in
            let relationship = try #require(relationships[id: sheet.relationshipID])
            return XLSXRelationships.resolve(relationship.target, from: "xl/workbook.xml")
        }
        #expect(targets == ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
        #expect(relationships.first(ofKind: "styles").map { $0.target.hasSuffix("styles.xml") } == true)
        let root = try XLSXRelationships(parsing: Self.part(producer, "_rels/.rels"))
        let document = try #require(root.first(ofKind: "officeDocument"))
        #expect(XLSXRelationships.resolve(document.target, from: "") == "xl/workbook.xml")
        let types = try XLSXContentTypes(parsing: Self.part(producer, "[Content_Types].xml"))
        #expect(types.contentType(ofPart: "xl/workbook.xml")?.hasSuffix("sheet.main+xml") == true)
        #expect(types.contentType(ofPart: "_rels/.rels")?.hasSuffix("relationships+xml") == true)
    }

    @Test(arguments: producers) func cellsReadToTheSameValues(producer: String) throws {
        let (sheet, shared, styles) = try Self.sheet(producer)
        func text(_ reference: String) -> String? {
            Self.text(CellReference(reference).flatMap(sheet.cell(at:)), shared)
        }
        #expect(text("A1") == "Đánh giá chuyển đổi số cấp xã")
        #expect(["A2", "B2", "C2", "F2"].map(text) == ["Mã", "Tên đơn vị", "Tỷ lệ", "Tổng"])
        // Decomposed input (NFD, as openpyxl was given it) reads in NFC; rich text runs are concatenated.
        #expect(
            text("B4")?.unicodeScalars.elementsEqual("Thái Bình".precomposedStringWithCanonicalMapping.unicodeScalars)
                == true)
        #expect(text("B5") == "Xã Vũ Thư")
        let percent = try #require(sheet.cell(at: CellReference(row: 3, column: 3)))
        #expect(percent.value == "0.725" && percent.kind == .number)
        #expect(styles.kind(ofStyle: percent.style) == .percent)
        let date = try #require(sheet.cell(at: CellReference(row: 3, column: 4)))
        #expect(date.value == "45413" && styles.kind(ofStyle: date.style) == .dateTime)
        let plain = try #require(sheet.cell(at: CellReference(row: 5, column: 3)))
        #expect(plain.value == "1" && styles.kind(ofStyle: plain.style) == .number)
        let booleans = [3, 4].map { sheet.cell(at: CellReference(row: $0, column: 5)) }
        #expect(booleans.map { $0?.kind } == [.boolean, .boolean] && booleans.map { $0?.value } == ["1", "0"])
        #expect(sheet.cell(at: CellReference(row: 5, column: 4)) == nil)
        #expect(sheet.mergedRanges == [CellRange("A1:F1")])
        #expect(sheet.dimension == CellRange("A1:F5"))
        #expect([3, 4, 5].map(sheet.isRowHidden) == [false, true, false])
        #expect(sheet.hiddenColumns == [6...6] && sheet.isColumnHidden(6) && !sheet.isColumnHidden(5))
    }

    @Test func formulasGiveTheirCachedValueWhenTheProducerSavedOne() throws {
        let (calc, _, _) = try Self.sheet("libreoffice")
        let computed = try #require(calc.cell(at: CellReference(row: 3, column: 6)))
        #expect(computed.hasFormula && computed.value == "72.5" && computed.kind == .number)
        #expect(calc.cell(at: CellReference(row: 4, column: 6))?.value == "50")
        // openpyxl writes formulas without computing them: the cell says so by an empty cached value.
        let (written, _, _) = try Self.sheet("openpyxl")
        let uncomputed = try #require(written.cell(at: CellReference(row: 3, column: 6)))
        #expect(uncomputed.hasFormula && uncomputed.value == "")
        #expect(written.cell(at: CellReference(row: 5, column: 6))?.value == "42")
    }

    @Test func aSheetLibreOfficeMadeFromCSVReadsAsTheCSV() throws {
        let (sheet, shared, _) = try Self.sheet("libreoffice-csv")
        let rows = sheet.rows.map { row in row.cells.map { Self.text($0, shared) ?? "?" } }
        #expect(rows == [["unit_id", "ten", "ty_le"], ["X01", "Xã Đông Hưng", "72.5"], ["X02", "Thái Bình", "50"]])
    }
}
