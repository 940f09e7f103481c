import ChisoCore
import Testing

/// Mandatory and extended criteria (Yên Bái 2024: a district or commune needs "100% tiêu chí bắt buộc và tối thiểu
/// 30% tiêu chí mở rộng"): a level needs every mandatory criterion and a share of its extended ones.
@Suite struct ExtendedCriteriaTests {
    static let scheme = ExtendedCriteria.scheme

    /// (M1, M2, E1…E4) → level, and how many extended criteria are missing for level 1 when it is not reached.
    @Test(arguments: [
        ([100.0, 100, 100, 100, 0, 0], 1),  // 2 of 4 extended: 50% ≥ 30%
        ([100, 100, 100, 0, 0, 0], 0),  // 1 of 4: 25% < 30% (30% of 4 needs 2)
        ([100, 100, 100, 100, 100, 100], 1),
        ([0, 100, 100, 100, 100, 100], 0),  // a mandatory criterion fails
        ([100, 100, 0, 0, 0, 0], 0),
    ])
    func levels(values: [Double], level: Int) {
        let result = Self.scheme.score(Assessment(unit: UnitInfo(id: "U"), values: values.map { Optional($0) }))
        #expect(result.standing.ordinal == level)
    }

    @Test func blockersAndTheExplanationSayHowManyExtendedCriteriaAreMissing() {
        let result = Self.scheme.score(
            Assessment(unit: UnitInfo(id: "U"), values: [100, 100, 100, 0, 0, 0].map { Optional($0) }))
        #expect(result.blockers == [3, 4, 5])  // any of the unmet extended criteria would do
        let explanation = Self.scheme.explain(result)
        #expect(explanation.findings.contains(.extendedShortfall(1, met: 1, applicable: 4, needed: 2)))
        #expect(explanation.binding == result.blockers)
        // Reached with two extended criteria unmet: they block nothing.
        let reached = Self.scheme.score(
            Assessment(unit: UnitInfo(id: "U"), values: [100, 100, 100, 100, 0, 0].map { Optional($0) }))
        #expect(reached.blockers.isEmpty)
        #expect(Self.scheme.conditions.map { $0.tags.contains(.extended) } == [false, false, true, true, true, true])
    }

    @Test(arguments: [(0.0, 0), (25, 1), (30, 2), (50, 2), (51, 3), (100, 4)])
    func neededCountRoundsUp(share: Double, needed: Int) {
        let scheme = LevelScheme(
            levels: Self.scheme.levels, groups: Self.scheme.groups, criteria: Self.scheme.criteria,
            extendedMinimum: [share])
        let statuses = [LevelStatuses](repeating: LevelStatuses(), count: 6).enumerated().map { index, _ in
            var status = LevelStatuses()
            status[1] = index < 2 ? .met : .notMet
            return status
        }
        #expect(scheme.extendedShortfall(statuses, level: 1)?.needed ?? 0 == needed)
    }
}
