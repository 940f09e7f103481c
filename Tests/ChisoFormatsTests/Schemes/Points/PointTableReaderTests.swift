import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// The point table reader on tables a person writes: rules suggested from the method text and flagged, answers'
/// codes, steps on a count, and broken tables reported at once, each problem on its sheet, row and column.
@Suite struct PointTableReaderTests {
    static let header = [
        "STT", "Mã", "Chỉ số/Chỉ số thành phần", "Điểm tối đa", "Quy tắc tính điểm", "Đo bằng",
        "Cách xác định và tính điểm", "Tài liệu kiểm chứng",
    ]

    /// A table on sheets: the annex, then the parts given.
    static func input(_ rows: [[String]], parts: [FrameworkTablePart: [[String]]] = [:]) -> FrameworkTableInput {
        let table = AnnexTable.read(PointTableSupport.records([header] + rows), file: "bang.xlsx", sheet: "Khung")
        var tables: [FrameworkTablePart: FrameworkTableRows] = [:]
        for (part, rows) in parts {
            tables[part] = FrameworkTableRows(records: PointTableSupport.records(rows), sheet: part.title)
        }
        return FrameworkTableInput(
            file: "bang.xlsx", table: table, sheet: "Khung", parts: tables, info: FrameworkTableInfo(tables[.info]))
    }

    /// A problem's code, sheet, row and column.
    struct Place: Hashable, CustomStringConvertible {
        var code: String
        var sheet: String?
        var line: Int?
        var column: Int?
        var description: String { "\(code)@\(sheet ?? "-")!\(line ?? 0):\(column ?? 0)" }
    }

    static func places(_ problems: [Diagnostic]) -> [Place] {
        problems.filter { $0.severity != .notice }.map {
            Place(code: $0.code, sheet: $0.sheet, line: $0.line, column: $0.column)
        }
    }

    @Test func anEmptyRuleIsSuggestedFromTheMethodAndFlagged() throws {
        let method = "Tổ chức 4 lần/năm: 20 điểm; 3 lần/năm: 15 điểm; Còn lại: 0 điểm"
        let input = Self.input([
            ["1", "NT", "Nhận thức số", "20", "", "", "", ""],
            ["1.1", "NT.01", "Hội nghị chuyên đề", "20", "", "", method, "Biên bản"],
        ])
        let (scheme, problems, read) = try PointTableSupport.scheme(of: input)
        let leaf = try #require(scheme.roots.first?.children.first)
        #expect(leaf.rule == .steps([.init(atLeast: 4, points: 20), .init(atLeast: 3, points: 15)]))
        #expect(leaf.kind == .count)
        #expect(leaf.method == method)
        #expect(leaf.evidence == "Biên bản")
        #expect(Self.places(problems) == [Place(code: "pointtable.rule-suggested", sheet: "Khung", line: 3, column: 7)])
        let warning = try #require(problems.first { $0.code == "pointtable.rule-suggested" })
        #expect(warning.severity == .warning)
        #expect(warning.value == method)
        #expect(
            warning.text.en
                == "SUGGESTED — confirm: the rule cell is empty, and chiso read this cell's wording as the rule "
                + "\"4: 20; 3: 15\"; check it, then write it in the Quy tắc tính điểm column to confirm it")
        #expect(
            read.comments["NT.01"] == [
                "Khung!C3",
                "GỢI Ý — cần xác nhận: Quy tắc tính điểm \"4: 20; 3: 15\", suy ra từ \"\(method)\" (SUGGESTED — "
                    + "confirm: the rule was read from the method text)",
            ])
    }

    /// `Đo bằng` decides what steps read: a count unless the table says a percentage.
    @Test(arguments: [("", MeasureKind?.some(.count)), ("phần trăm", nil), ("số", .number), ("Số lượng", .count)])
    func stepsReadACountUnlessTheTableSaysOtherwise(_ measure: String, _ kind: MeasureKind?) throws {
        let input = Self.input([["1", "HT", "Hạ tầng", "10", "90: 10; 70: 5", measure, "", ""]])
        let (scheme, problems, _) = try PointTableSupport.scheme(of: input)
        #expect(Self.places(problems).isEmpty)
        #expect(scheme.roots.first?.kind == kind)
    }

    @Test func answersTakeTheirCodesFromTheChoicesPartElseFromTheirLabels() throws {
        let input = Self.input(
            [
                [
                    "1", "BCD", "Ban chỉ đạo", "2", "Bí thư/Chủ tịch=Điểm tối đa; Phó=1/2 × Điểm tối đa; Chưa có=0", "",
                    "", "",
                ]
            ],
            parts: [
                .choices: [
                    ["Mã chỉ số", "Giá trị", "Tên", "Tên tiếng Anh"], ["BCD", "bt", "Bí thư/Chủ tịch", "Secretary"],
                    ["BCD", "", "Phó", "Deputy"],
                ]
            ])
        let (scheme, problems, _) = try PointTableSupport.scheme(of: input)
        #expect(Self.places(problems).isEmpty)
        guard case .choice(let choices)? = scheme.roots.first?.rule else {
            Issue.record("not a choice")
            return
        }
        #expect(choices.map(\.category.value) == ["chua-co", "pho", "bt"])
        #expect(choices.map(\.category.name.en) == ["Chưa có", "Deputy", "Secretary"])
        #expect(choices.map(\.fraction) == [nil, 0.5, 1])
        #expect(choices.map(\.points) == [0, nil, nil])
    }

    /// A broken table: every problem at once, each on its sheet, row and column.
    @Test func everyProblemOfABrokenTableIsReportedAtOnce() throws {
        let input = Self.input(
            [
                ["1", "NT", "Nhận thức số", "30", "điểm", "", "", ""],
                ["1.1", "NT.01", "Hội nghị", "10", "4 lần: hai mươi", "", "", ""],
                ["1.2", "NT.02", "Kế hoạch", "10", "", "", "Theo hướng dẫn của Sở", ""],
                ["1.3", "NT.03", "Số liệu", "10", "a/b", "mét", "", ""],
                ["2", "TC", "Thể chế", "10", "Có/Không", "", "", ""],
            ],
            parts: [
                .tiers: [
                    ["Tên", "Điểm tối thiểu", "Tính theo", "Sàn từng chỉ số", "Xếp hạng"],
                    ["Mức I", "80", "điểm", "NT: 90%; NX: 80%", ""],
                    ["Mức II", "≥ 85", "điểm", "", ""],
                    ["Mức III", "nhiều", "tổng", "NT: chín mươi", ""],
                    ["Không xếp hạng", "dưới mức thấp nhất", "", "", "có lẽ"],
                ],
                .views: [["Mã", "Tên", "Chỉ số"], ["V", "Nhóm", "NT; TX"]],
                .info: [["Số chữ số thập phân", "mười"]],
            ])
        let (read, problems) = PointTableSupport.read(input)
        #expect(read != nil)
        #expect(
            Self.places(problems) == [
                Place(code: "pointtable.places", sheet: "Thông tin", line: 1, column: 2),
                Place(code: "pointtable.rule-on-group", sheet: "Khung", line: 2, column: 5),
                Place(code: "annex.rule-points", sheet: "Khung", line: 3, column: 5),
                Place(code: "pointtable.no-rule", sheet: "Khung", line: 4, column: 5),
                Place(code: "pointtable.measure", sheet: "Khung", line: 5, column: 6),
                Place(code: "pointtable.unknown-node", sheet: "Xếp loại", line: 2, column: 4),
                Place(code: "pointtable.tiers-order", sheet: "Xếp loại", line: 3, column: 2),
                Place(code: "pointtable.basis", sheet: "Xếp loại", line: 4, column: 3),
                Place(code: "pointtable.floor", sheet: "Xếp loại", line: 4, column: 4),
                Place(code: "pointtable.minimum", sheet: "Xếp loại", line: 4, column: 2),
                Place(code: "pointtable.ranked", sheet: "Xếp loại", line: 5, column: 5),
                Place(code: "pointtable.unknown-node", sheet: "Khung nhìn", line: 2, column: 3),
            ], "\(problems)")
        let order = try #require(problems.first { $0.code == "pointtable.tiers-order" })
        #expect(
            order.description(in: .vi)
                == "bang.xlsx[Xếp loại]!B3: lỗi: \"≥ 85\": các mức xếp loại phải ghi từ cao xuống thấp: mức này đòi hỏi "
                + "không ít hơn mức trên (80)")
    }

    @Test func aChoicesRowForAnotherNodeIsReported() throws {
        let input = Self.input(
            [["1", "A", "Một", "2", "Có=2; Không=0", "", "", ""], ["2", "B", "Hai", "2", "a/b", "", "", ""]],
            parts: [
                .choices: [
                    ["Mã chỉ số", "Giá trị", "Tên"], ["A", "co", "Có"], ["A", "x", "Có thể"], ["B", "b", "Có"],
                    ["Z", "z", "Có"],
                ]
            ])
        let (_, problems) = PointTableSupport.read(input)
        #expect(
            Self.places(problems) == [
                Place(code: "pointtable.unknown-answer", sheet: "Lựa chọn", line: 3, column: 3),
                Place(code: "pointtable.not-a-choice", sheet: "Lựa chọn", line: 4, column: 1),
                Place(code: "pointtable.unknown-node", sheet: "Lựa chọn", line: 5, column: 1),
            ])
    }

    /// Without a rule column, the method cell carries the suggestion or the problem; in a CSV file, comments say
    /// `hàng n`.
    @Test func withoutARuleColumnTheMethodCellIsWhereTheRuleComesFrom() throws {
        let records = PointTableSupport.records([
            ["STT", "Chỉ số/Chỉ số thành phần", "Điểm tối đa", "Cách xác định và tính điểm"],
            ["1", "Kế hoạch", "10", "Theo hướng dẫn của Sở"], ["2", "Văn bản", "5", "Đạt: 5 điểm; Không đạt: 0 điểm"],
        ])
        let input = FrameworkTableInput(
            file: "bang.csv", table: AnnexTable.read(records, file: "bang.csv"), sheet: nil, parts: [:],
            info: FrameworkTableInfo(nil))
        let (read, problems) = PointTableSupport.read(input)
        #expect(
            Self.places(problems) == [
                Place(code: "pointtable.no-rule", sheet: nil, line: 2, column: 4),
                Place(code: "pointtable.rule-suggested", sheet: nil, line: 3, column: 4),
            ])
        #expect(problems.first { $0.code == "pointtable.no-rule" }?.location == "bang.csv:2:4")
        #expect(read?.comments["1"] == ["hàng 2"])
        #expect(read?.comments["2"]?.first == "hàng 3")
        #expect(read?.comments["2"]?.last?.hasPrefix("GỢI Ý — cần xác nhận: Quy tắc tính điểm \"Có/Không\"") == true)
    }
}
