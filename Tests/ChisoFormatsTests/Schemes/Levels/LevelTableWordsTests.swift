import ChisoCore
import Testing

@testable import ChisoFormats

/// The words of level tables, both ways: what the writer writes, the reader reads back as the same value.
@Suite struct LevelTableWordsTests {
    @Test(arguments: LevelTableWords.measures.map(\.kind))
    func everyMeasureWordReadsBackItsMeasure(kind: MeasureKind?) {
        let word = LevelTableWords.word(for: kind)
        #expect(LevelTableWords.kind(of: word) == .some(kind))
        #expect(LevelTableWords.kind(of: word.uppercased()) == .some(kind))
        #expect(LevelTableWords.kind(of: kind?.rawValue ?? "childLevels") == .some(kind))
    }

    @Test(arguments: [
        ("Có / Không", MeasureKind?.some(.yesNo)), ("Phần  trăm", .percent), ("yesNo", .yesNo), ("phần mười", nil),
    ])
    func measureWordsAreComparedAsHeaderCellsAre(text: String, kind: MeasureKind?) {
        #expect(LevelTableWords.kind(of: text) == kind.map { .some($0) })
    }

    @Test(arguments: LevelRule.allCases)
    func everyLevelRuleReadsBackFromItsWordAndRawValue(rule: LevelRule) {
        #expect(LevelTableWords.levelRule(LevelTableWords.word(for: rule)) == rule)
        #expect(LevelTableWords.levelRule(rule.rawValue) == rule)
        #expect(LevelTableWords.word(for: rule) != rule.rawValue)
    }

    @Test(arguments: [
        ("x", true), ("X", true), ("Có", true), ("yes", true), ("true", true), ("", false), ("không", false),
        ("Không", false), ("có lẽ", nil),
    ])
    func flagCells(text: String, flag: Bool?) {
        #expect(LevelTableWords.flag(text) == flag)
    }

    /// Chiso's words for each kind of rule read back as that rule.
    @Test(arguments: [
        (Requirement.notApplicable, MeasureKind?.some(.percent), "Không áp dụng"),
        (.atLeast(70), .percent, "≥70%"),
        (.atLeast(2.5), .percent, "≥2,5%"),
        (.atLeast(3), .count, "Tối thiểu 3"),
        (.yes(), .yesNo, "Có"),
        (.anyOf([.atLeast(3), .atLeast(100, measure: "share")]), .count, "Tối thiểu 3 hoặc ≥100%"),
        (
            .childLevels(ChildLevelRule(allAtLeast: 2, shareLevel: 3, sharePercent: 50)), nil,
            "100% đơn vị cấp dưới đạt mức độ chuyển đổi số từ mức kết nối trở lên, trong đó tối thiểu 50% đạt mức cơ bản"
        ),
        (
            .childLevels(ChildLevelRule(allAtLeast: 1)), nil,
            "100% đơn vị cấp dưới đạt mức độ chuyển đổi số từ mức khởi động trở lên"
        ),
    ])
    func canonicalWordsReadBackAsTheirRule(rule: Requirement, kind: MeasureKind?, words: String) throws {
        let measures = LevelTableWords.Measures(
            kind: kind,
            seconds: [SecondMeasure(suffix: "share", kind: .percent, name: LocalizedText(vi: "Tỷ lệ", en: "Share"))])
        #expect(LevelTableWords.canonical(rule, measures: measures) == words)
        let read = try #require(RequirementWords.parse(AnnexText.cleaned(words).lowercased()))
        guard case .success(let back) = LevelTableWords.rule(read, measures: measures) else {
            throw TestFailure("\(words) does not read back")
        }
        #expect(back == rule)
    }

    /// A percentage on a count is refused in a cell of its own and is the second measure among alternatives.
    @Test func aSecondMeasureIsTakenOnlyAmongAlternatives() throws {
        let share = SecondMeasure(suffix: "share", kind: .percent, name: LocalizedText(vi: "Tỷ lệ", en: "Share"))
        let measures = LevelTableWords.Measures(kind: .count, seconds: [share])
        let alone = LevelTableWords.rule(.atLeast(100, .percent), measures: measures)
        #expect((try? alone.get()) == nil)
        let either = LevelTableWords.rule(.anyOf([.atLeast(3, .count), .atLeast(100, .percent)]), measures: measures)
        #expect(try either.get() == .anyOf([.atLeast(3), .atLeast(100, measure: "share")]))
        let without = LevelTableWords.rule(
            .anyOf([.atLeast(3, .count), .atLeast(100, .percent)]),
            measures: LevelTableWords.Measures(kind: .count, seconds: []))
        guard case .failure(.noSecondMeasure(.percent)) = without else { throw TestFailure("\(without)") }
    }

    @Test(arguments: [
        ("Có", "Có", String?.none), ("≥50%\nNguyên văn: nửa", "≥50%", "nửa"), ("Có\nNguyên văn:", "Có", ""),
        ("Tối thiểu 2\nNguyên văn: hai\nlần", "Tối thiểu 2", "hai\nlần"),
    ])
    func aVerbatimLineKeepsTheWordingApart(cell: String, words: String, verbatim: String?) {
        let split = LevelTableWords.splitVerbatim(cell)
        #expect(split.words == words)
        #expect(split.verbatim == verbatim)
    }
}
