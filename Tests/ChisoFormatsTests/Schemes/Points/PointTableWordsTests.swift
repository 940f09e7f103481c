import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// The words of a point table, both ways: every rule kind as the writer writes it reads back as the same rule, and
/// as a person writes it reads as that rule.
@Suite struct PointTableWordsTests {
    static let cell = AnnexCell(file: "khung.csv", row: 4, column: 6)

    /// Every rule kind: the writer's words, and the rule.
    static let written: [(String, PointRuleWords)] = [
        ("điểm", .points), ("phần trăm", .proportional), ("a/b", .ratio), ("Có/Không", .yesNo),
        ("50 → 100", .linear(floor: 50, target: 100)), ("12.5 → 80", .linear(floor: 12.5, target: 80)),
        ("4: 20; 3: 15", .steps([.init(atLeast: 4, points: 20), .init(atLeast: 3, points: 15)])),
        ("90: 2; 70.5: 0.5", .steps([.init(atLeast: 90, points: 2), .init(atLeast: 70.5, points: 0.5)])),
        ("Có=5; Không=0", .choice([.init(label: "Có", points: 5), .init(label: "Không", points: 0)])),
        (
            "Chưa có=0; Phó=50% × Điểm tối đa; Bí thư/Chủ tịch=Điểm tối đa",
            .choice([
                .init(label: "Chưa có", points: 0), .init(label: "Phó", fraction: 0.5),
                .init(label: "Bí thư/Chủ tịch", fraction: 1),
            ])
        ),
        (
            "Ít=25% × Điểm tối đa; Nhiều=Điểm tối đa",
            .choice([.init(label: "Ít", fraction: 0.25), .init(label: "Nhiều", fraction: 1)])
        ),
    ]

    @Test(arguments: written)
    func theWriterWritesTheRuleAndTheReaderReadsItBack(_ text: String, _ rule: PointRuleWords) throws {
        #expect(PointTableWords.text(of: rule) == text)
        #expect(try PointRuleWords.read(text, at: Self.cell).get().rule == rule)
    }

    /// As a person writes them: other words for the same rules.
    static let typed: [(String, PointRuleWords)] = [
        ("Điểm", .points), ("points", .points), ("Tỷ lệ phần trăm", .proportional), ("tỉ lệ phần trăm", .proportional),
        ("proportional", .proportional), ("ratio", .ratio), ("Tỷ lệ", .ratio), ("yesNo", .yesNo),
        ("≥ 90%: 2; ≥ 70%: 1", .steps([.init(atLeast: 90, points: 2), .init(atLeast: 70, points: 1)])),
        (
            "Có=1/2 × Điểm tối đa; Không=0",
            .choice([.init(label: "Có", fraction: 0.5), .init(label: "Không", points: 0)])
        ),
        (
            "Có=1/2*Điểm tối đa; Không=0",
            .choice([.init(label: "Có", fraction: 0.5), .init(label: "Không", points: 0)])
        ),
        (
            "Có=0,5 x Điểm tối đa; Không=0",
            .choice([.init(label: "Có", fraction: 0.5), .init(label: "Không", points: 0)])
        ),
    ]

    @Test(arguments: typed)
    func readsWhatAPersonWrites(_ text: String, _ rule: PointRuleWords) throws {
        #expect(try PointRuleWords.read(text, at: Self.cell).get().rule == rule)
    }

    static let refused: [(String, String)] = [
        ("Có=150% × Điểm tối đa; Không=0", "annex.rule-points"), ("Có=1/0 × Điểm tối đa; Không=0", "annex.rule-points"),
        ("Có=nửa × Điểm tối đa; Không=0", "annex.rule-points"),
    ]

    @Test(arguments: refused)
    func refusesASharePastTheMaximum(_ text: String, _ code: String) {
        guard case .failure(let problem) = PointRuleWords.read(text, at: Self.cell) else {
            Issue.record("\(text) was read")
            return
        }
        #expect(problem.diagnostic.code == code)
        #expect(problem.diagnostic.location == "khung.csv:4:6")
    }

    /// `Đo bằng`: the writer's word for every kind a node may name, read back; the English raw value read too.
    @Test(arguments: MeasureKind.allCases)
    func measureWordsGoBothWays(_ kind: MeasureKind) {
        #expect(PointTableWords.measure(PointTableWords.word(kind)) == kind)
        #expect(PointTableWords.measure(kind.rawValue) == kind)
        #expect(PointTableWords.measure(PointTableWords.word(kind).uppercased()) == kind)
    }

    static let flags: [(String, Bool?)] = [
        ("x", true), ("X", true), ("Có", true), ("yes", true), ("true", true), ("", false), ("Không", false),
        ("no", false), ("có lẽ", nil),
    ]

    @Test(arguments: flags)
    func flagWords(_ text: String, _ flag: Bool?) {
        #expect(PointTableWords.flag(text) == flag)
    }

    static let shares: [(String, Double?)] = [
        ("90%", 0.9), ("0,9", 0.9), ("0.55", 0.55), ("90% × Điểm tối đa", 0.9), ("1/2 × Điểm tối đa", 0.5),
        ("Điểm tối đa", 1), ("90", nil), ("chín mươi", nil),
    ]

    @Test(arguments: shares)
    func shareWords(_ text: String, _ share: Double?) {
        #expect(PointTableWords.share(of: text) == share)
    }

    @Test(arguments: [0.9, 0.55, 1.0 / 3, 0.07, 1, 0])
    func sharesAreWrittenSoThatTheyReadBack(_ share: Double) {
        #expect(PointTableWords.share(of: PointTableWords.share(share)) == share)
    }

    @Test func answerCodesAreSlugsOfTheirLabels() {
        #expect(PointTableWords.slug("Trưởng ban là Bí thư/Chủ tịch") == "truong-ban-la-bi-thu-chu-tich")
        #expect(PointTableWords.slug("  Chưa có! ") == "chua-co")
    }
}
