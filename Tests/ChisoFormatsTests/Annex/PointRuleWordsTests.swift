import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

@Suite struct PointRuleWordsTests {
    static let cell = AnnexCell(file: "bang.csv", row: 12, column: 8)

    static func steps(_ pairs: [(Double, Double)]) -> PointRuleWords {
        .steps(pairs.map { PointRuleWords.Step(atLeast: $0.0, points: $0.1) })
    }

    static func choice(_ pairs: [(String, Double)]) -> PointRuleWords {
        .choice(pairs.map { PointRuleWords.Choice(label: $0.0, points: $0.1) })
    }

    static let cases: [(String, PointRuleWords)] = [
        ("4:20; 3:15; 2:10; 1:5", steps([(4, 20), (3, 15), (2, 10), (1, 5)])),
        ("4 lần: 20 điểm; 3 lần: 15 điểm", steps([(4, 20), (3, 15)])),
        ("4 lần: 20 điểm\n3 lần: 15 điểm\n", steps([(4, 20), (3, 15)])),
        ("≥ 4 lần/năm: 20đ; 2 lần/năm: 10đ", steps([(4, 20), (2, 10)])),
        ("4 lần trở lên: (20 điểm); 1 lần: (5 điểm)", steps([(4, 20), (1, 5)])),
        ("2: 2,5; 1: 1,5", steps([(2, 2.5), (1, 1.5)])),
        ("Có=5; Không=0", choice([("Có", 5), ("Không", 0)])),
        ("Bí thư/Chủ tịch=1; Phó=0,5; Chưa có=0", choice([("Bí thư/Chủ tịch", 1), ("Phó", 0.5), ("Chưa có", 0)])),
        ("Có: 10đ\r\nKhông: 0đ", choice([("Có", 10), ("Không", 0)])),
        ("a/b", .ratio), ("A/B", .ratio), ("Tỷ lệ a/b", .ratio), ("Có/Không", .yesNo), ("có / không", .yesNo),
        ("Đạt/Không đạt", .yesNo), ("50% → 100%", .linear(floor: 50, target: 100)),
        ("50 -> 100", .linear(floor: 50, target: 100)), ("12,5% → 80%", .linear(floor: 12.5, target: 80)),
    ]

    @Test(arguments: cases)
    func readsTheRule(_ text: String, _ expected: PointRuleWords) throws {
        let read = try PointRuleWords.read(text, at: Self.cell).get()
        #expect(read.rule == expected)
        #expect(read.text == text)
    }

    static let refused: [(String, String)] = [
        ("", "annex.rule"), ("theo hướng dẫn", "annex.rule"), ("Có=5", "annex.rule"),
        ("4:20; Có=5", "annex.rule-mixed"), ("Có=năm; Không=0", "annex.rule-points"),
        ("4: 20 lần", "annex.rule-points"), ("100% → 50%", "annex.rule-linear"),
        ("50% → ?", "annex.rule"), ("=5; Không=0", "annex.rule"),
    ]

    @Test(arguments: refused)
    func refusesWhatItCannotRead(_ text: String, _ code: String) {
        guard case .failure(let problem) = PointRuleWords.read(text, at: Self.cell) else {
            Issue.record("\(text) was read")
            return
        }
        #expect(problem.diagnostic.code == code)
        #expect(problem.diagnostic.location == "bang.csv:12:8")
        #expect(problem.diagnostic.value == text)
    }

    @Test func problemsSpeakBothLanguages() {
        guard case .failure(let problem) = PointRuleWords.read("Có=năm; Không=0", at: Self.cell) else {
            Issue.record("read")
            return
        }
        #expect(
            problem.diagnostic.description(in: .vi)
                == "bang.csv:12:8: lỗi: \"Có=năm; Không=0\": số điểm trong \"Có=năm\" không phải là một số (viết như "
                + "\"5\", \"0,5\", \"10đ\" hoặc \"20 điểm\")")
        #expect(
            problem.diagnostic.description(in: .en)
                == "bang.csv:12:8: error: \"Có=năm; Không=0\": the points in \"Có=năm\" are not a number (write \"5\", "
                + "\"0,5\", \"10đ\" or \"20 điểm\")")
    }
}
