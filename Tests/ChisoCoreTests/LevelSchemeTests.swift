import ChisoCore
import Testing

@Suite struct LevelSchemeTests {
    @Test func measuresAreMainThenSecondInCriterionOrder() {
        #expect(Toy.scheme.measures.map(\.key) == ["P", "Y", "C", "C.share"])
        #expect(Toy.parent.measures.map(\.key) == ["Q"])
        #expect(Toy.parent.rollsUpChildren)
        #expect(!Toy.scheme.rollsUpChildren)
    }

    /// (P, Y, C, share) → expected level.
    @Test(arguments: [
        (100.0, 1.0, 5.0, 0.0, 3),
        (70, 1, 3, 0, 3),  // exactly at every level-3 threshold
        (69.9, 1, 3, 0, 2),  // P just below level 3
        (59.9, 1, 3, 0, 1),  // P just below level 2
        (49.9, 1, 3, 0, 0),  // P just below level 1
        (70, 0, 3, 0, 1),  // Y applies from level 2
        (70, 1, 2, 99.9, 2),  // C: neither 3 nor 100%
        (70, 1, 2, 100, 3),  // C: the share alternative
        (70, 1, 0, 100, 0),  // C: level 1 needs at least 1
    ])
    func levelFromValues(p: Double, y: Double, c: Double, share: Double, expected: Int) {
        let result = Toy.score(p, y, c, share)
        #expect(result.standing.ordinal == expected)
    }

    @Test func notApplicableLevelsIgnoreTheValue() {
        let result = Toy.score(55, 0, 1)
        #expect(result.statuses[1][1] == .notApplicable)
        #expect(result.statuses[1][2] == .notMet)
        #expect(result.standing.ordinal == 1)
        #expect(result.blockers == ["P", "Y"])
    }

    @Test func missingValuesFailWhereTheyApplyAndAreListed() {
        let result = Toy.score(nil, 1, 3)
        #expect(result.standing.ordinal == 0)
        #expect(result.missing == ["P"])
        #expect(result.statuses[0][1] == .missing)
        #expect(result.blockers == ["P"])
    }

    @Test func missingOnlyWhereApplicableIsNotListedOtherwise() {
        // Y is missing but does not apply at level 1; the unit still reaches level 1 and Y is listed as missing.
        // C's share is missing too and would decide level 3 (count 1 is not 3), so C is listed as well.
        let result = Toy.score(55, nil, 1)
        #expect(result.standing.ordinal == 1)
        #expect(result.missing == ["Y", "C"])
        #expect(result.statuses[1][1] == .notApplicable)
        #expect(result.statuses[1][2] == .missing)
    }

    @Test(arguments: [
        // (count, share, expected status of C at level 3)
        (3.0 as Double?, nil as Double?, CriterionStatus.met),
        (2, 100, .met),
        (2, 99.9, .notMet),
        (nil, 100, .met),
        (nil, nil, .missing),
        (2, nil, .missing),
    ])
    func disjunction(count: Double?, share: Double?, expected: CriterionStatus) {
        #expect(Toy.score(70, 1, count, share).statuses[2][3] == expected)
        // The uncompiled requirement agrees with the compiled one.
        let requirement = Requirement.anyOf([.atLeast(3), .atLeast(100, measure: "share")])
        #expect(requirement.status(value: { $0 == "share" ? share : count }, children: nil) == expected)
    }

    @Test func topLevelHasNoBlockers() {
        let result = Toy.score(100, 1, 3)
        #expect(result.standing.ordinal == 3)
        #expect(result.blockers.isEmpty)
    }

    @Test func registeredLevel() {
        var unit = Toy.unit()
        unit.registeredLevel = 2
        let results = Toy.scheme.score(
            [Assessment(unit: unit, values: [65, 1, 1, nil]), Assessment(unit: unit, values: [55, 1, 1, nil])],
            context: ScoringContext()
        )
        #expect(results.map(\.meetsRegistered) == [true, false])
        #expect(Toy.score(65, 1, 1).meetsRegistered == nil)
    }
}

@Suite struct RollUpTests {
    static func districtLevel(children levels: [Int]?, q: Double = 100) -> UnitResult {
        let context = ScoringContext(
            childLevels: levels.map { ["D1": ChildLevelSummary(levels: $0, maximumLevel: 3)] }
        )
        return Toy.parent.score([Assessment(unit: Toy.unit("D1"), values: [q])], context: context)[0]
    }

    @Test(arguments: [
        ([1, 1, 1, 1], 1),  // level 1: all at level 1 or above
        ([1, 1, 1, 0], 0),  // one commune below level 1
        ([2, 2, 1, 1], 2),  // exactly 50% at level 2
        ([2, 1, 1, 1], 1),  // 25% at level 2
        ([3, 3, 2, 2], 3),  // exactly 50% at level 3, all at level 2 or above
        ([3, 3, 3, 1], 2),  // one commune below L−1 = 2 holds level 3, but level 2 holds
        ([3, 3, 2], 3),  // 2 of 3 = 66.7% at level 3
        ([3, 2, 2], 2),  // 1 of 3 = 33.3%
        ([3], 3),
    ])
    func commune(levels: [Int], expected: Int) {
        #expect(Self.districtLevel(children: levels).standing.ordinal == expected)
    }

    @Test func noCommunesFailsTheRollUpAndSaysWhy() {
        let result = Self.districtLevel(children: [])
        #expect(result.standing.ordinal == 0)
        #expect(result.statuses[0][1] == .notMet)
        #expect(result.children?.total == 0)
        let notes = Toy.parent.explain(result).notes
        #expect(notes.contains { $0.contains("No subordinate units have parent_id D1") })
    }

    @Test func noChildFileMeansMissing() {
        let result = Self.districtLevel(children: nil)
        #expect(result.statuses[0][1] == .missing)
        #expect(result.missing == ["R"])
        #expect(Toy.parent.explain(result).rows[0].value == "missing (no subordinate units given)")
    }

    @Test func districtIsAlsoHeldByItsOwnCriteria() {
        #expect(Self.districtLevel(children: [3, 3], q: 25).standing.ordinal == 2)
    }

    @Test func shareIsComparedOnCountsNotRoundedPercentages() {
        let rule = ChildLevelRule(allAtLeast: 1, shareLevel: 2, sharePercent: 50)
        // 50 of 100 at level 2 meets 50%; 49 of 99 (49.49%) does not.
        let exactly = ChildLevelSummary(
            levels: Array(repeating: 2, count: 50) + Array(repeating: 1, count: 50), maximumLevel: 3)
        let below = ChildLevelSummary(
            levels: Array(repeating: 2, count: 49) + Array(repeating: 1, count: 50), maximumLevel: 3)
        #expect(rule.isMet(by: exactly))
        #expect(!rule.isMet(by: below))
    }
}
