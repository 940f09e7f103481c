import ChisoCore
import Testing

@Suite struct ExplanationTests {
    @Test func explanationRowsAgreeWithTheResult() {
        let result = Toy.score(65, 0, 1)
        let explanation = Toy.scheme.explain(result)
        #expect(explanation.standing.ordinal == 1)
        #expect(explanation.standingName.en == "One")
        #expect(explanation.rows.map(\.id) == ["P", "Y", "C"])
        #expect(explanation.rows.map(\.value) == ["65%", "no", "1; share missing"])
        #expect(explanation.rows[0].cells.map(\.requirement) == ["≥50%", "≥60%", "≥70%"])
        #expect(explanation.rows[0].cells.map(\.status) == [.met, .met, .notMet])
        #expect(explanation.rows[2].cells.map(\.requirement) == ["≥1", "≥1", "≥3 or share ≥100%"])
        #expect(explanation.binding == ["Y"])
        #expect(explanation.notes[0] == "Level 2 (Hai / Two) is not reached: 1 criterion falls short of it: Y.")
    }

    @Test(arguments: [
        (Requirement.atLeast(70), MeasureKind.percent, "≥70%"),
        (.atLeast(2), .count, "≥2"),
        (.yes(), .yesNo, "yes"),
        (.notApplicable, .percent, "n/a"),
        (.childLevels(ChildLevelRule(allAtLeast: 1)), .percent, "all ≥L1"),
        (.childLevels(ChildLevelRule(allAtLeast: 2, shareLevel: 3, sharePercent: 50)), .percent, "all ≥L2, ≥50% ≥L3"),
    ])
    func summaries(requirement: Requirement, kind: MeasureKind, expected: String) {
        #expect(requirement.summary(kind: kind) == expected)
    }
}

@Suite struct NumberTextTests {
    @Test(arguments: [(72.5, "72.5"), (100.0, "100"), (0.0, "0"), (-3.0, "-3"), (0.1 + 0.2, "0.30000000000000004")])
    func shortest(value: Double, expected: String) {
        #expect(NumberText.shortest(value) == expected)
    }

    @Test(arguments: [
        (0.41235, 4, "0.4124"), (0.5, 0, "1"), (-0.00004, 4, "0.0000"), (12.0, 2, "12.00"), (-1.25, 1, "-1.3"),
    ])
    func fixed(value: Double, decimals: Int, expected: String) {
        #expect(NumberText.fixed(value, decimals: decimals) == expected)
    }
}

@Suite struct NearestMatchTests {
    @Test(arguments: [
        ("CQS.1", "CQS.01"), ("cqs.01", "CQS.01"), ("KTS.04.shar", "KTS.04.share"), ("unitid", "unit_id"),
    ])
    func suggests(name: String, expected: String) {
        #expect(NearestMatch.suggestion(for: name, among: ["CQS.01", "CQS.02", "KTS.04.share", "unit_id"]) == expected)
    }

    @Test func noSuggestionForSomethingUnrelated() {
        #expect(NearestMatch.suggestion(for: "population", among: ["CQS.01", "unit_id"]) == nil)
    }
}
