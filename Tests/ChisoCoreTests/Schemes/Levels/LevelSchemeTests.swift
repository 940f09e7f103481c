import ChisoCore
import Testing

@Suite struct LevelSchemeTests {
    @Test func measuresAreMainThenSecondInCriterionOrder() {
        #expect(Toy.scheme.measures.map(\.key) == ["P", "Y", "C", "C.share"])
        #expect(Toy.parent.measures.map(\.key) == ["Q"])
        #expect(Toy.parent.rollsUpChildren)
        #expect(!Toy.scheme.rollsUpChildren)
    }

    /// (P, Y, C, share) → expected level under the per-level rule (Decision 2361, II.1.c) and under the cumulative
    /// one. They differ only where a higher level asks less of a criterion than a lower one: C at level 3 accepts a
    /// share of 100% where levels 1 and 2 ask for a count of 1.
    @Test(arguments: [
        (100.0, 1.0, 5.0, 0.0, 3, 3),
        (70, 1, 3, 0, 3, 3),  // exactly at every level-3 threshold
        (69.9, 1, 3, 0, 2, 2),  // P just below level 3
        (59.9, 1, 3, 0, 1, 1),  // P just below level 2
        (49.9, 1, 3, 0, 0, 0),  // P just below level 1
        (70, 0, 3, 0, 1, 1),  // Y applies from level 2 (and at level 3)
        (70, 1, 2, 99.9, 2, 2),  // C: neither 3 nor 100%
        (70, 1, 2, 100, 3, 3),  // C: the share alternative
        (70, 1, 0, 100, 3, 0),  // C: no count, but 100%: level 3's own criteria are met; levels 1–2 are not
        (55, 1, 0, 100, 0, 0),  // … and with P below level 3 nothing is reached
    ])
    func levelFromValues(p: Double, y: Double, c: Double, share: Double, perLevel: Int, cumulative: Int) {
        #expect(Toy.score(p, y, c, share).standing.ordinal == perLevel)
        let assessment = Assessment(unit: Toy.unit(), values: [p, y, c, share])
        #expect(Toy.cumulative.score(assessment).standing.ordinal == cumulative)
    }

    @Test func explanationSaysWhichRuleApplied() {
        #expect(Toy.scheme.explain(Toy.score(70, 1, 0, 100)).findings.last == .levelRule(.perLevel))
        let assessment = Assessment(unit: Toy.unit(), values: [70, 1, 0, 100])
        #expect(Toy.cumulative.explain(Toy.cumulative.score(assessment)).findings.last == .levelRule(.cumulative))
    }

    @Test func notApplicableLevelsIgnoreTheValue() {
        let result = Toy.score(55, 0, 1)
        #expect(result.statuses[1][1] == .notApplicable)
        #expect(result.statuses[1][2] == .notMet)
        #expect(result.standing.ordinal == 1)
        #expect(result.ids(result.blockers, in: Toy.scheme) == ["P", "Y"])
    }

    @Test func missingValuesFailWhereTheyApplyAndAreListed() {
        let result = Toy.score(nil, 1, 3)
        #expect(result.standing.ordinal == 0)
        #expect(result.ids(result.missing, in: Toy.scheme) == ["P"])
        #expect(result.statuses[0][1] == .missing)
        #expect(result.ids(result.blockers, in: Toy.scheme) == ["P"])
    }

    @Test func missingOnlyWhereApplicableIsNotListedOtherwise() {
        // Y is missing but does not apply at level 1; the unit still reaches level 1 and Y is listed as missing.
        // C's share is missing too and would decide level 3 (count 1 is not 3), so C is listed as well.
        let result = Toy.score(55, nil, 1)
        #expect(result.standing.ordinal == 1)
        #expect(result.ids(result.missing, in: Toy.scheme) == ["Y", "C"])
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
        // The requirement as data names both alternatives, on the count and on the share.
        #expect(
            Toy.scheme.requirement(of: 2, forClass: 3)
                == .anyOf([.value(measure: 2, atLeast: 3), .value(measure: 3, atLeast: 100)]))
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
            [Assessment(unit: unit, values: [65, 1, 1, nil]), Assessment(unit: unit, values: [55, 1, 1, nil])]
        )
        #expect(results.map(\.meetsRegistered) == [true, false])
        #expect(Toy.score(65, 1, 1).meetsRegistered == nil)
    }
}

@Suite struct RollUpTests {
    static func districtLevel(children levels: [Int]?, q: Double = 100) -> UnitResult {
        Toy.parent.score(
            Assessment(unit: Toy.unit("D1"), values: [q]),
            subordinates: levels.map { ChildLevelSummary(levels: $0, maximumLevel: 3) }
        )
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
        #expect(Toy.parent.explain(result).findings.contains(.noSubordinates))
    }

    @Test func noChildFileMeansMissing() {
        let result = Self.districtLevel(children: nil)
        #expect(result.statuses[0][1] == .missing)
        #expect(result.ids(result.missing, in: Toy.parent) == ["R"])
        #expect(Toy.parent.explain(result).rows[0].value == .subordinates(nil))
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
        #expect(rule.status(of: exactly) == .met)
        #expect(rule.status(of: below) == .notMet)
    }
}

/// Subordinate units that exist but could not be read: the roll-up is missing wherever they could change it.
@Suite struct UnreadableChildrenTests {
    static func summary(_ levels: [Int], unreadable: Int) -> ChildLevelSummary {
        ChildLevelSummary(
            levels: levels, maximumLevel: 3, unreadable: (0..<unreadable).map { "X\($0)" })
    }

    /// (readable levels, unreadable count, rule all ≥ a and 50% ≥ b) → status.
    @Test(arguments: [
        ([3, 3, 3], 1, 2, 3, CriterionStatus.missing),  // the unreadable one might be below 2
        ([3, 1, 3], 1, 2, 3, .notMet),  // a readable one already fails "all ≥ 2"
        ([2, 2, 2], 1, 1, 3, .notMet),  // even if it were at 3, 1 of 4 is below 50%
        ([3, 2], 1, 1, 3, .missing),  // 2 of 3 at 3 would meet it, 1 of 3 would not
        ([], 1, 1, 3, .missing),  // no readable communes at all
    ])
    func status(levels: [Int], unreadable: Int, all: Int, share: Int, expected: CriterionStatus) {
        let rule = ChildLevelRule(allAtLeast: all, shareLevel: share, sharePercent: 50)
        #expect(rule.status(of: Self.summary(levels, unreadable: unreadable)) == expected)
    }

    /// Regression (issue 6): a district held back by one low commune must not rise when that commune's row is
    /// unreadable; its roll-up becomes missing and the district stays below.
    @Test func anUnreadableLowCommuneNeverRaisesItsDistrict() {
        let district = Assessment(unit: Toy.unit("D1"), values: [100])
        let readable = [3, 3, 3].map { Assessment(unit: Toy.unit("C\($0)", parent: "D1"), values: [100, 1, 5, nil]) }
        let low = Assessment(unit: Toy.unit("C9", parent: "D1"), values: [55, 0, 1, nil])
        let withLow = LinkedScoring(
            parents: [district], scheme: Toy.parent, children: readable + [low], scheme: Toy.scheme)
        let held = withLow.parentResults[0].standing.ordinal
        let unreadable = LinkedScoring(
            parents: [district], scheme: Toy.parent, children: readable, scheme: Toy.scheme,
            unreadable: [LinkedScoring.UnreadableChild(id: "C9", parentID: "D1")])
        let result = unreadable.parentResults[0]
        #expect(result.standing.ordinal <= held)
        #expect(result.statuses[0][1] == .missing)
        #expect(result.ids(result.missing, in: Toy.parent) == ["R"])
        #expect(Toy.parent.explain(result).findings.contains(.unreadableSubordinates(["C9"])))
    }

    @Test func rescoringOneChildUpdatesItsParent() {
        let district = Assessment(unit: Toy.unit("D1"), values: [100])
        let children = (1...2).map { Assessment(unit: Toy.unit("C\($0)", parent: "D1"), values: [100, 1, 5, nil]) }
        var linked = LinkedScoring(
            parents: [district], scheme: Toy.parent,
            children: children + [Assessment(unit: Toy.unit("C3", parent: "D1"), values: [10, 0, 0, nil])],
            scheme: Toy.scheme)
        #expect(linked.parentResults[0].standing.ordinal == 0)
        #expect(linked.childResults.count == 3)
        linked.replaceChild(at: 2, with: Assessment(unit: Toy.unit("C3", parent: "D1"), values: [100, 1, 5, nil]))
        #expect(linked.childResults[2].standing.ordinal == 3)
        #expect(linked.parentResults[0].standing.ordinal == 3)
        linked.replaceParent(at: 0, with: Assessment(unit: Toy.unit("D1"), values: [25]))
        #expect(linked.parentResults[0].standing.ordinal == 2)
    }
}
