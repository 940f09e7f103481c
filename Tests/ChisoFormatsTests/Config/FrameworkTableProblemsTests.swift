import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// Broken framework tables read by ``FrameworkTableImport``: every problem reported at once, each on its sheet, row
/// and column, the same in a CSV file and in a workbook.
@Suite struct FrameworkTableProblemsTests {
    /// A point table with a slip of each kind: 1's children add up to 20, not 30 (the repeated 1.3 left out); 1.3
    /// comes after 1.1; 1.3 repeats; 2.1's maximum is a word; 2.2's rule has a word for points; 2.3 has no rule and a
    /// method nothing can be suggested from; `Khá` asks more than `Tốt` above it; `Trung bình` has a floor on a
    /// node the annex does not have.
    static let points: [(FrameworkTablePart, [[String]])] = [
        (
            .main,
            [
                ["STT", "Chỉ số/Chỉ số thành phần", "Điểm tối đa", "Cách xác định và tính điểm", "Quy tắc tính điểm"],
                ["1", "Nhóm A", "30", "", ""],
                ["1.1", "Chỉ số A1", "10", "", "Có/Không"],
                ["1.3", "Chỉ số A3", "10", "", "a/b"],
                ["1.3", "Chỉ số A3 lặp lại", "10", "", "a/b"],
                ["2", "Nhóm B", "20", "", ""],
                ["2.1", "Chỉ số B1", "mười", "", "Có/Không"],
                ["2.2", "Chỉ số B2", "10", "", "Có=5; Không=abc"],
                ["2.3", "Chỉ số B3", "10", "Theo đánh giá của Sở", ""],
            ]
        ),
        (
            .tiers,
            [
                ["Tên", "Điểm tối thiểu", "Sàn từng chỉ số"],
                ["Tốt", "80", ""],
                ["Khá", "90", ""],
                ["Trung bình", "50", "X: 50%"],
            ]
        ),
    ]

    /// A level table whose criterion A.01 has a `Mức 3` cell no requirement can be read from.
    static let levels: [(FrameworkTablePart, [[String]])] = [
        (
            .main,
            [
                ["STT", "Mã", "Tiêu chí", "Đơn vị tính", "Mức 1", "Mức 2", "Mức 3", "Mức 4", "Mức 5", "Đo bằng"],
                ["I", "A", "Nhóm A", "", "", "", "", "", "", ""],
                ["1", "A.01", "Tỷ lệ hồ sơ trực tuyến", "%", "50%", "60%", "bảy mươi", "80%", "90%", "phần trăm"],
                ["2", "A.02", "Có cổng thông tin", "", "Có", "Có", "Có", "Có", "Có", "có/không"],
            ]
        )
    ]

    /// `parts` as a CSV file: the annex, then each other part after its marker row.
    static func csv(_ parts: [(FrameworkTablePart, [[String]])]) -> [UInt8] {
        var text = ""
        for (part, rows) in parts {
            if part != .main { text += CSVWriter.line(["[\(part.title)]"]) }
            for row in rows { text += CSVWriter.line(row) }
        }
        return Array(text.utf8)
    }

    /// `parts` as a workbook, a sheet per part.
    static func workbook(_ parts: [(FrameworkTablePart, [[String]])]) throws -> [UInt8] {
        let sheets = parts.map { part, rows in
            WorkbookSheet(name: part.title, rows: rows.map { $0.map { WorkbookCell.text($0) } })
        }
        return try XLSXWriter.write(WorkbookDocument(sheets: sheets))
    }

    /// The errors of an import as `code sheet!row:column`.
    static func errors(_ outcome: FrameworkTableImport.Outcome) -> [String] {
        outcome.problems.filter { $0.severity == .error }.map {
            "\($0.code) \($0.sheet ?? "-")!\($0.line ?? 0):\($0.column ?? 0)"
        }
    }

    /// The point table's errors, in the order found, on `main` and `tiers` (the CSV file's parts have no sheet and
    /// keep their lines in the file: the header of `[Xếp loại]` is line 11).
    static func pointErrors(main: String, tiers: String, tierLine: Int) -> [String] {
        [
            "annex.numbering-gap \(main)!4:1", "annex.duplicate-number \(main)!5:1",
            "annex.unreadable-maximum \(main)!7:3", "annex.sum-mismatch \(main)!2:3", "annex.rule-points \(main)!8:5",
            "pointtable.no-rule \(main)!9:5", "pointtable.tiers-order \(tiers)!\(tierLine + 2):2",
            "pointtable.unknown-node \(tiers)!\(tierLine + 3):3",
        ]
    }

    @Test func aBrokenPointTableInCSVGivesEveryProblemAtOnce() {
        let outcome = FrameworkTableImport.read(Self.csv(Self.points), file: "hong.csv")
        #expect(Self.errors(outcome) == Self.pointErrors(main: "-", tiers: "-", tierLine: 11))
        #expect(outcome.framework == nil && outcome.text.isEmpty)
    }

    @Test func aBrokenPointWorkbookGivesEveryProblemAtOnce() throws {
        let outcome = FrameworkTableImport.read(try Self.workbook(Self.points), file: "hong.xlsx")
        #expect(Self.errors(outcome) == Self.pointErrors(main: "Khung", tiers: "Xếp loại", tierLine: 1))
        #expect(outcome.framework == nil && outcome.text.isEmpty)
        let gap = try #require(outcome.problems.first { $0.code == "annex.numbering-gap" })
        #expect(gap.description(in: .en).hasPrefix("hong.xlsx[Khung]!A4: error: STT \"1.3\": the numbering skips: 1.2"))
    }

    @Test func aLevelTableWithAnUnreadableCellSaysWhereInBothFormats() throws {
        let csv = FrameworkTableImport.read(Self.csv(Self.levels), file: "muc.csv")
        #expect(Self.errors(csv) == ["annex.requirement -!3:7"])
        #expect(csv.framework == nil)
        let workbook = FrameworkTableImport.read(try Self.workbook(Self.levels), file: "muc.xlsx")
        #expect(Self.errors(workbook) == ["annex.requirement Khung!3:7"])
        #expect(workbook.framework == nil)
    }
}

/// The parts of a CSV file: the annex may start at a `[Khung]` marker (first, or after `[Thông tin]`), and a part
/// that starts twice is an error, not a part silently dropped.
@Suite struct FrameworkTableCSVPartsTests {
    static let annex = "STT,Chỉ số/Chỉ số thành phần,Điểm tối đa,Quy tắc tính điểm\n1,Chỉ số A,10,Có/Không\n"
    static let tiers = "Tên,Điểm tối thiểu\nTốt,8\n"

    @Test(arguments: [
        ("[Khung]\n" + annex, "bang"), ("\n[Khung]\n" + annex, "bang"),
        ("[Thông tin]\nMã khung,khung-a\n[Khung]\n" + annex, "khung-a"),
        (annex + "[Thông tin]\nMã khung,khung-b\n", "khung-b"),
    ])
    func theAnnexIsFoundWhereverItsMarkerIs(text: String, id: String) throws {
        let outcome = FrameworkTableImport.read(Array(text.utf8), file: "bang.csv")
        #expect(outcome.problems.filter { $0.severity == .error }.isEmpty, "\(outcome.problems)")
        #expect(outcome.framework?.id == id)
        let scheme = try #require(outcome.framework?.scheme as? PointScheme)
        #expect(scheme.nodes.map(\.node.id) == ["1"])
    }

    @Test(arguments: [
        (annex + "[Xếp loại]\n" + tiers + "[Xếp loại]\nKhá,5\n", "table.part-repeated -!6:1", "Xếp loại", 3),
        (annex + "[Khung]\n" + annex, "table.part-repeated -!3:1", "Khung", 1),
    ])
    func aPartThatStartsTwiceIsAnError(text: String, error: String, part: String, firstLine: Int) {
        let outcome = FrameworkTableImport.read(Array(text.utf8), file: "bang.csv")
        #expect(FrameworkTableProblemsTests.errors(outcome) == [error])
        let message = FrameworkTableMessage.partRepeated(part: part, firstLine: firstLine)
        #expect(outcome.problems.first { $0.severity == .error }?.text == message.text)
        #expect(outcome.framework == nil)
    }
}

/// A criterion whose method Word broke over two rows, the number, name and maximum merged down beside it: the row
/// without a number continues the row above (a notice says so), in a workbook and in a CSV file.
@Suite struct FrameworkTableContinuedRowTests {
    static let rows = [
        ["STT", "Chỉ số/Chỉ số thành phần", "Điểm tối đa", "Cách xác định và tính điểm"],
        ["1", "Nhóm", "20", ""],
        ["1.1", "Họp Ban chỉ đạo", "10", "4 lần/năm: 10 điểm;"],
        ["", "", "", "2 lần/năm: 5 điểm; Còn lại: 0 điểm"],
        ["1.2", "Cổng thông tin", "10", "Có: 10 điểm; Không: 0 điểm"],
    ]

    static func check(_ outcome: FrameworkTableImport.Outcome, sheet: String?) throws {
        #expect(outcome.problems.filter { $0.severity == .error }.isEmpty, "\(outcome.problems)")
        let notice = try #require(outcome.problems.first { $0.code == "annex.row-continued" })
        #expect(notice.severity == .notice && notice.line == 4 && notice.column == 1 && notice.sheet == sheet)
        let scheme = try #require(outcome.framework?.scheme as? PointScheme)
        #expect(scheme.nodes.map(\.node.id) == ["1", "1.1", "1.2"])
        let meetings = try #require(scheme.nodes.first { $0.node.id == "1.1" }?.node)
        #expect(meetings.rule == .steps([LeafRule.Step(atLeast: 4, points: 10), LeafRule.Step(atLeast: 2, points: 5)]))
        #expect(meetings.method == "4 lần/năm: 10 điểm;\n2 lần/năm: 5 điểm; Còn lại: 0 điểm")
    }

    @Test func inACSVFile() throws {
        let text = Self.rows.map(CSVWriter.line).joined()
        try Self.check(FrameworkTableImport.read(Array(text.utf8), file: "bang.csv"), sheet: nil)
    }

    @Test func inAWorkbookWithMergedCells() throws {
        var sheet = WorkbookSheet(name: "Khung", rows: Self.rows.map { $0.map { WorkbookCell.text($0) } })
        sheet.mergedRanges = ["A3:A4", "B3:B4", "C3:C4"].compactMap { CellRange($0) }
        let bytes = try XLSXWriter.write(WorkbookDocument(sheets: [sheet]))
        try Self.check(FrameworkTableImport.read(bytes, file: "bang.xlsx"), sheet: "Khung")
    }

    /// A merged cell unmerged and filled repeats its value on the row below: the value is not doubled.
    @Test func aRepeatedCellIsNotDoubled() throws {
        var rows = Self.rows
        rows[3] = ["", "Họp Ban chỉ đạo", "10", "2 lần/năm: 5 điểm; Còn lại: 0 điểm"]
        let text = rows.map(CSVWriter.line).joined()
        try Self.check(FrameworkTableImport.read(Array(text.utf8), file: "bang.csv"), sheet: nil)
    }

    /// A row without a number but with a maximum of its own is an indicator missing its number: an error at its
    /// `STT` cell, never merged into the row above.
    @Test func aRowWithItsOwnMaximumNeedsItsNumber() {
        var rows = Self.rows
        rows[3] = ["", "Chỉ số không đánh số", "5", "Có: 5 điểm; Không: 0 điểm"]
        let text = rows.map(CSVWriter.line).joined()
        let outcome = FrameworkTableImport.read(Array(text.utf8), file: "bang.csv")
        let errors = outcome.problems.filter { $0.severity == .error }
        #expect(errors.map { "\($0.code) \($0.line ?? 0):\($0.column ?? 0)" }.first == "annex.unreadable-number 4:1")
        #expect(outcome.framework == nil)
    }
}

/// What the framework decoder finds wrong with a `Thông tin` setting is placed on that setting's row (column B), and
/// a table that reuses a built-in's ID for another framework is warned about, as a framework file is.
@Suite struct FrameworkTableInfoProblemsTests {
    static let annex = "STT,Chỉ số/Chỉ số thành phần,Điểm tối đa,Quy tắc tính điểm\n1,Chỉ số A,10,Có/Không\n"

    @Test func aBadSettingIsFoundOnItsRow() {
        let text = Self.annex + "[Thông tin]\nMục,Giá trị\nMã khung,KHUNG CỦA TÔI\nThang chung,theo ý tôi\n"
        let outcome = FrameworkTableImport.read(Array(text.utf8), file: "bang.csv")
        let errors = outcome.problems.filter { $0.severity == .error }
        #expect(errors.map { "\($0.field ?? "") \($0.line ?? 0):\($0.column ?? 0)" } == ["id 5:2", "commonScale 6:2"])
        #expect(outcome.framework == nil)
        let workbook = FrameworkTableExport.workbook(
            FrameworkTableExport.Tables(
                main: [
                    ["STT", "Chỉ số/Chỉ số thành phần", "Điểm tối đa", "Quy tắc tính điểm"], ["1", "A", "10", "a/b"],
                ],
                headerRow: 1, parts: [(.info, [["Mục", "Giá trị"], ["Thang chung", "theo ý tôi"]])]))
        let read = FrameworkTableImport.read((try? XLSXWriter.write(workbook)) ?? [], file: "bang.xlsx")
        #expect(read.problems.filter { $0.severity == .error }.map(\.location) == ["bang.xlsx[Thông tin]!B2"])
    }

    @Test func aBuiltInIDOnAnotherFrameworkIsWarnedAbout() throws {
        let text = Self.annex + "[Thông tin]\nMã khung,vn-hue-3043\n"
        let outcome = FrameworkTableImport.read(Array(text.utf8), file: "bang.csv")
        #expect(outcome.framework?.id == "vn-hue-3043")
        let warning = try #require(outcome.problems.first { $0.code == "framework.built-in-id" })
        #expect(warning.severity == .warning && warning.line == 4 && warning.column == 2)
        let (builtIn, _) = try FrameworkCatalog.load("vn-hue-3043")
        let tables = try #require(FrameworkTableExport.tables(builtIn))
        let same = FrameworkTableImport.read(Array(FrameworkTableExport.csv(tables).utf8), file: "hue.csv")
        #expect(same.framework == builtIn)
        #expect(!same.problems.contains { $0.code == "framework.built-in-id" })
    }
}
