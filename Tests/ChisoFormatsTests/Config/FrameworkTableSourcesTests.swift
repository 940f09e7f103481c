import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// The partial real provincial tables of `Fixtures/annex/` (Đồng Tháp, Thanh Hóa, a district bulletin; their
/// made-up rows marked `[giả định]`, see that folder's README) imported whole through ``FrameworkTableImport``: each
/// row's rule, suggested from the decision's wording, or the problem that stops it, at its row and column.
@Suite struct FrameworkTableSourcesTests {
    /// The import of `Fixtures/annex/name`.
    static func imported(_ name: String) throws -> FrameworkTableImport.Outcome {
        let data = try #require(FileManager.default.contents(atPath: Support.fixture("annex/\(name)")))
        return FrameworkTableImport.read(Array(data), file: name)
    }

    /// What a row of a provincial table gives.
    enum Expected: Sendable {
        /// A rule suggested from `Cách xác định và tính điểm` (column 4 of `line`), read on the given kind of value.
        case suggested(PointRuleWords, MeasureKind, line: Int)
        /// No rule: the error `code` at `line` and `column`.
        case refused(code: String, line: Int, column: Int)
    }

    static func choice(_ items: (String, Double)...) -> PointRuleWords {
        .choice(items.map { PointRuleWords.Choice(label: $0.0, points: $0.1) })
    }

    static func steps(_ items: (Double, Double)...) -> PointRuleWords {
        .steps(items.map { PointRuleWords.Step(atLeast: $0.0, points: $0.1) })
    }

    /// `rule` with its answers in the framework's order: fewest points first, as written among equals.
    static func fewestPointsFirst(_ rule: PointRuleWords) -> PointRuleWords {
        guard case .choice(let choices) = rule else { return rule }
        return .choice(
            choices.enumerated().sorted { ($0.element.points ?? 0, $0.offset) < ($1.element.points ?? 0, $1.offset) }
                .map(\.element))
    }

    /// Each row of each table and what it gives: rows 1.2 and 1.3 of Đồng Tháp give no rule — 1.2 is the sum of two
    /// halves (a choice would be wrong) and 1.3's formula is cut off in the source.
    static let rows: [(file: String, id: String, expected: Expected)] = [
        (
            "dongthap-district.csv", "1.1",
            .suggested(
                choice(
                    ("Trưởng ban là Bí thư/Chủ tịch huyện, thành phố", 10),
                    ("Trưởng ban là Phó Bí thư/Phó Chủ tịch huyện, thành phố", 5),
                    ("Chưa có Ban chỉ đạo hoặc có nhưng Trưởng ban không phải Lãnh đạo huyện, thành phố", 0)),
                .choice, line: 4)
        ),
        ("dongthap-district.csv", "1.2", .refused(code: "pointtable.no-rule", line: 5, column: 4)),
        ("dongthap-district.csv", "1.3", .refused(code: "pointtable.no-rule", line: 6, column: 4)),
        ("dongthap-district.csv", "1.4", .suggested(choice(("Có", 10), ("Không", 0)), .choice, line: 7)),
        ("dongthap-district.csv", "1.5", .suggested(steps((4, 10), (2, 5)), .count, line: 8)),
        ("dongthap-district.csv", "1.6", .suggested(.ratio, .ratio, line: 9)),
        (
            "thanhhoa-commune-2022.csv", "1.1",
            .suggested(
                choice(
                    ("Trưởng ban là Bí thư/Chủ tịch cấp xã (cấp Trưởng)", 20),
                    ("Trưởng ban là Phó Bí thư/Phó Chủ tịch cấp xã (cấp Phó)", 10),
                    ("Chưa có Ban Chỉ đạo hoặc có nhưng Trưởng ban không phải cấp Trưởng/cấp Phó", 0)),
                .choice, line: 5)
        ),
        ("thanhhoa-commune-2022.csv", "1.2", .suggested(.ratio, .ratio, line: 6)),
        ("thanhhoa-commune-2022.csv", "1.3", .suggested(.yesNo, .yesNo, line: 7)),
        ("district-bulletin.csv", "1.1", .suggested(steps((4, 20), (3, 15), (2, 10), (1, 5)), .count, line: 4)),
        ("district-bulletin.csv", "1.2", .suggested(.ratio, .ratio, line: 5)),
        ("district-bulletin.csv", "1.3", .suggested(.ratio, .ratio, line: 6)),
        ("district-bulletin.csv", "1.4", .suggested(choice(("Có", 20), ("Không", 0)), .choice, line: 7)),
        ("district-bulletin.csv", "1.5", .suggested(steps((12, 20), (6, 10)), .count, line: 8)),
    ]

    @Test(arguments: rows.indices)
    func eachRowGivesItsRuleOrItsProblem(index: Int) throws {
        let (file, id, expected) = Self.rows[index]
        let outcome = try Self.imported(file)
        switch expected {
        case .suggested(let rule, let kind, let line):
            let warning = try #require(
                outcome.problems.first { $0.code == "pointtable.rule-suggested" && $0.line == line },
                "no suggestion on line \(line) of \(file): \(outcome.problems)")
            #expect(
                warning.severity == .warning && warning.column == 4 && warning.field == "Cách xác định và tính điểm")
            #expect(warning.text == PointTableMessage.ruleSuggested(rule: PointTableWords.text(of: rule)).text)
            guard let framework = outcome.framework else { return }
            let scheme = try #require(framework.scheme as? PointScheme)
            let node = try #require(scheme.nodes.first { $0.node.id == id }?.node)
            #expect(node.rule.map(PointTableWords.words(for:)) == Self.fewestPointsFirst(rule))
            #expect(scheme.measures.first { $0.key == id }?.kind == kind)
            #expect(
                outcome.text.contains("GỢI Ý — cần xác nhận: Quy tắc tính điểm \"\(PointTableWords.text(of: rule))\""))
        case .refused(let code, let line, let column):
            let found = outcome.problems.filter { $0.line == line && $0.severity == .error }
            #expect(found.map(\.code) == [code])
            #expect(found.map(\.column) == [column])
            #expect(outcome.framework == nil && outcome.text.isEmpty)
        }
    }

    /// Each table as a whole: whether it imports, its errors, and the notices of how it was read (none of them has
    /// English names).
    @Test(arguments: [
        (
            "dongthap-district.csv", false, ["5:4 pointtable.no-rule", "6:4 pointtable.no-rule"],
            ["2:0 table.no-english-names "]
        ),
        (
            "thanhhoa-commune-2022.csv", true, [],
            [
                "2:5 annex.column-not-read Điểm tự chấm", "2:6 annex.column-not-read Giải trình kết quả",
                "2:0 table.no-english-names ",
            ]
        ),
        ("district-bulletin.csv", true, [], ["2:0 table.no-english-names "]),
    ])
    func eachTableImportsOrSaysWhy(file: String, imports: Bool, errors: [String], notices: [String]) throws {
        let outcome = try Self.imported(file)
        let place = { (problem: Diagnostic) in "\(problem.line ?? 0):\(problem.column ?? 0) \(problem.code)" }
        #expect(outcome.problems.filter { $0.severity == .error }.map(place) == errors)
        #expect(
            outcome.problems.filter { $0.severity == .notice }.map { place($0) + " " + ($0.field ?? "") } == notices)
        #expect((outcome.framework != nil) == imports)
        let warnings = outcome.problems.filter { $0.severity == .warning }.map(\.code)
        #expect(warnings.filter { $0.hasPrefix("table.") } == ["table.id-from-file", "table.missing-info"])
        let suggestions = Self.rows.filter {
            guard $0.file == file, case .suggested = $0.expected else { return false }
            return true
        }
        #expect(warnings.filter { $0 == "pointtable.rule-suggested" }.count == suggestions.count)
    }

    /// Đồng Tháp as an officer completes it: 1.2 written as its two halves `a)` and `b)` (5 points each, `Có/Không`)
    /// and 1.3's rule written `a/b`, in an added `Quy tắc tính điểm` column.
    static func completedDongThap() throws -> String {
        let data = try #require(FileManager.default.contents(atPath: Support.fixture("annex/dongthap-district.csv")))
        let (records, _) = CSVReader.read(Array(data), file: "dongthap-district.csv")
        var text = ""
        for record in records {
            var fields = record.fields
            switch fields.first {
            case "STT": fields.append("Quy tắc tính điểm")
            case "1.3": fields.append("a/b")
            default: fields.append("")
            }
            text += CSVWriter.line(fields)
            guard fields.first == "1.2" else { continue }
            let half = { (item: String, name: String) in
                [item, name, "5", "", "", "", "", "Có/Không"]
            }
            text += CSVWriter.line(
                half("a)", "Chủ tịch/Phó Chủ tịch UBND tham gia đầy đủ các phiên họp về CĐS của Tỉnh"))
            text += CSVWriter.line(half("b)", "Chủ tịch/Phó Chủ tịch UBND chủ trì các cuộc họp về CĐS của huyện"))
        }
        return text
    }

    @Test func theCompletedDongThapTableImportsWithoutError() throws {
        let outcome = FrameworkTableImport.read(Array(try Self.completedDongThap().utf8), file: "dongthap.csv")
        #expect(outcome.problems.filter { $0.severity == .error }.isEmpty, "\(outcome.problems)")
        let scheme = try #require(outcome.framework?.scheme as? PointScheme)
        #expect(scheme.measures.map(\.key) == ["1.1", "1.2.a", "1.2.b", "1.3", "1.4", "1.5", "1.6"])
        let rules: [String?] = [nil, "choice", nil, "yesNo", "yesNo", "ratio", "choice", "steps", "ratio"]
        #expect(scheme.nodes.map(\.node.rule?.name) == rules)
        #expect(scheme.maximum == 60)
        let suggested = outcome.problems.filter { $0.code == "pointtable.rule-suggested" }.map(\.line)
        #expect(suggested == [4, 9, 10, 11])
    }

    /// Units scored by hand: 1.1 (choice 10/5/0, the value the answer's place fewest points first: 0 for `Chưa có`,
    /// 2 for `Bí thư/Chủ tịch`), 1.2.a and 1.2.b (yes/no, 5 each), 1.3 (a/b of 10), 1.4 (`Không` 0 / `Có` 10),
    /// 1.5 (4 times: 10, 2 times: 5), 1.6 (a/b of 10).
    static let units: [(values: [Double], points: [Double], total: Double)] = [
        ([2, 1, 0, 0.5, 1, 3, 0.8], [10, 5, 0, 5, 10, 5, 8], 43),
        ([1, 1, 1, 1, 0, 4, 0.25], [5, 5, 5, 10, 0, 10, 2.5], 37.5),
        ([0, 0, 0, 0, 0, 1, 0], [0, 0, 0, 0, 0, 0, 0], 0),
    ]

    @Test(arguments: units)
    func theCompletedDongThapTableScores(values: [Double], points: [Double], total: Double) throws {
        let outcome = FrameworkTableImport.read(Array(try Self.completedDongThap().utf8), file: "dongthap.csv")
        let scheme = try #require(outcome.framework?.scheme as? PointScheme)
        let result = scheme.score(Assessment(unit: UnitInfo(id: "huyen-a"), values: values), subordinates: nil)
        let detail = try #require(result.detail as? PointDetail)
        #expect(abs(detail.total - total) < 1e-9)
        let leaves = ["1.1", "1.2.a", "1.2.b", "1.3", "1.4", "1.5", "1.6"].map { id in
            scheme.nodes.firstIndex { $0.node.id == id }.map { detail.nodePoints[$0] }
        }
        #expect(leaves == points.map { Optional($0) })
        let half = try #require(scheme.nodes.firstIndex { $0.node.id == "1.2" })
        #expect(detail.nodePoints[half] == points[1] + points[2])
    }
}
