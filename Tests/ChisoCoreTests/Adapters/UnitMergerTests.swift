import ChisoCore
import Testing

/// The merger's arithmetic on a small hand-made set: three old provinces into two new units.
struct UnitMergerTests {
    static let measures = [
        Measure(criterionID: "R", kind: .ratio),
        Measure(criterionID: "N", kind: .count),
        Measure(criterionID: "Y", kind: .yesNo),
    ]
    static let map: [(old: String, new: String)] = [("a", "AB"), ("b", "AB"), ("c", "C"), ("d", "C")]

    static func unit(_ id: String, _ values: [Double?]) -> Assessment {
        Assessment(unit: UnitInfo(id: id, year: 2024), values: values)
    }

    static let old = [
        unit("a", [0.4, 10, 1]),
        unit("b", [0.8, nil, 0]),
        unit("c", [0.5, 3, 1]),
    ]

    @Test func meansLeaveMissingValuesOutAndNamePartialUnits() throws {
        let (merged, unmapped) = UnitMerger(map: Self.map, measures: Self.measures)
            .merge(Self.old, keys: ["a", "b", "c"])
        #expect(unmapped.isEmpty)
        #expect(merged.map(\.assessment.unit.id) == ["AB", "C"])
        let ab = merged[0]
        #expect(abs((ab.assessment.values[0] ?? 0) - 0.6) < 1e-12)  // (0.4 + 0.8) / 2
        #expect(ab.assessment.values[1] == 10)  // b's count is missing: the mean of what there is
        #expect(ab.assessment.values[2] == 0)  // yes/no takes the least: b said no
        #expect(ab.thinMeasures == [1] && ab.absent.isEmpty && ab.isPartial)
        // C rests on c alone: d is in the map and not in the data.
        #expect(merged[1].absent == ["d"] && merged[1].isPartial)
        #expect(merged[1].assessment.unit.year == 2024)
    }

    /// A new unit takes the group and the year its old units share; where they differ (a unit without one differs
    /// from a unit with one) it takes neither, and says so.
    @Test(
        arguments: [
            ([("so", 2025), ("so", 2025)], "so", 2025, false, false),
            ([(nil, nil), (nil, nil)], nil, nil, false, false),
            ([("so", 2025), ("huyen", 2025)], nil, 2025, true, false),
            ([("so", 2025), (nil, 2025)], nil, 2025, true, false),
            ([("so", 2025), ("so", 2024)], "so", nil, false, true),
            ([("so", 2025), ("so", nil)], "so", nil, false, true),
        ] as [([(String?, Int?)], String?, Int?, Bool, Bool)])
    func groupsAndYears(old: [(String?, Int?)], group: String?, year: Int?, mixesGroups: Bool, mixesYears: Bool) {
        let units = old.enumerated().map { position, unit in
            Assessment(unit: UnitInfo(id: "u\(position)", year: unit.1, group: unit.0), values: [0.5, 1, 1])
        }
        let (merged, _) = UnitMerger(map: [("u0", "N"), ("u1", "N")], measures: Self.measures)
            .merge(units, keys: ["u0", "u1"])
        #expect(merged.count == 1)
        #expect(merged[0].assessment.unit.group == group && merged[0].assessment.unit.year == year)
        #expect(merged[0].mixesGroups == mixesGroups && merged[0].mixesYears == mixesYears)
        #expect(merged[0].foundPositions == [0, 1] && merged[0].foundGroups == old.map(\.0))
    }

    @Test func weightedMean() throws {
        let (merged, _) = UnitMerger(map: Self.map, measures: Self.measures)
            .merge(Self.old, keys: ["a", "b", "c"], weights: [3, 1, 1])
        // (0.4 × 3 + 0.8 × 1) / 4
        #expect(abs((merged[0].assessment.values[0] ?? 0) - 0.5) < 1e-12)
    }

    @Test(arguments: [(MergeRule.sum, 1.2, 10.0), (.min, 0.4, 10), (.max, 0.8, 10), (.mean, 0.6, 10)])
    func rulesForEveryColumn(rule: MergeRule, ratio: Double, count: Double) {
        let merger = UnitMerger(map: Self.map, measures: Self.measures, rules: [0: rule, 1: rule])
        let values = merger.merge(Self.old, keys: ["a", "b", "c"]).merged[0].assessment.values
        #expect(abs((values[0] ?? 0) - ratio) < 1e-12)
        #expect(values[1] == count)
    }

    @Test func unitsOutsideTheMapAreReturned() {
        let (merged, unmapped) = UnitMerger(map: Self.map, measures: Self.measures)
            .merge(Self.old, keys: ["a", "x", "c"])
        #expect(unmapped == [1])
        #expect(merged[0].found == ["a"] && merged[0].absent == ["b"])
    }

    @Test func notApplicableStaysNotApplicable() {
        let old = [Self.unit("a", [.nan, 1, 1]), Self.unit("b", [.nan, 2, 1])]
        let merged = UnitMerger(map: Self.map, measures: Self.measures).merge(old, keys: ["a", "b"]).merged[0]
        #expect(merged.assessment.values[0]?.isNaN == true)
        #expect(merged.thinMeasures.isEmpty)
    }

    /// Which rule makes a valid value of which kind, and the rule each kind takes by default: counts add up, answers
    /// take the least, the rest the mean.
    @Test(arguments: [
        (MeasureKind.count, MergeRule.sum, [MergeRule.sum, .min, .max]),
        (.yesNo, .min, [.min, .max]),
        (.choice, .min, [.min, .max]),
        (.percent, .mean, [.mean, .min, .max]),
        (.ratio, .mean, [.mean, .min, .max]),
        (.points, .mean, [.mean, .min, .max]),
        (.number, .mean, [.mean, .sum, .min, .max]),
    ])
    func rulesByKind(kind: MeasureKind, standard: MergeRule, valid: [MergeRule]) {
        let measure = Measure(criterionID: "M", kind: kind, maximum: kind == .points ? 10 : nil)
        #expect(MergeRule.standard(for: measure) == standard)
        #expect(MergeRule.allCases.filter { $0.applies(to: measure) } == valid)
        #expect(MergeRule.standard(for: measure).applies(to: measure))
    }

    /// With the standard rules, every merged value is a valid value of its column: whole counts, yes or no.
    @Test func standardRulesKeepCountsWhole() {
        let old = [Self.unit("a", [0.4, 1, 1]), Self.unit("b", [0.8, 2, 0])]
        let values = UnitMerger(map: Self.map, measures: Self.measures).merge(old, keys: ["a", "b"]).merged[0]
            .assessment.values
        #expect(values[1] == 3)  // 1 + 2 staff, not 1.5
        #expect(values[2] == 0)
    }
}
