import ChisoCore
import Testing

/// The crosswalk's arithmetic, one conversion and one aggregation at a time.
struct CrosswalkTests {
    static let source = [
        Measure(criterionID: "P", kind: .percent), Measure(criterionID: "N", kind: .count),
        Measure(criterionID: "R1", kind: .ratio), Measure(criterionID: "R2", kind: .ratio),
        Measure(criterionID: "Y1", kind: .yesNo), Measure(criterionID: "Y2", kind: .yesNo),
    ]
    static let target = [
        Measure(criterionID: "same", kind: .percent), Measure(criterionID: "yes", kind: .yesNo),
        Measure(criterionID: "share", kind: .percent), Measure(criterionID: "points", kind: .points),
        Measure(criterionID: "pillar", kind: .ratio), Measure(criterionID: "all", kind: .yesNo),
        Measure(criterionID: "any", kind: .yesNo), Measure(criterionID: "left", kind: .count),
    ]
    static let crosswalk = Crosswalk(
        id: "test", name: LocalizedText(vi: "t", en: "t"), notes: [], sourceMeasures: source, targetMeasures: target,
        mappings: [
            .init(target: 0, sources: [0]),
            .init(target: 1, sources: [0], conversion: .atLeast(50)),
            .init(target: 2, sources: [1], conversion: .percentOf(column: "firms")),
            .init(target: 3, sources: [2], conversion: .scale(100)),
            .init(target: 4, sources: [2, 3], aggregation: .mean, weights: [1, 3]),
            .init(target: 5, sources: [4, 5], aggregation: .allOf),
            .init(target: 6, sources: [4, 5], aggregation: .anyOf),
        ],
        reasons: [7: LocalizedText(vi: "A không đếm gì như vậy", en: "nothing in A counts this")])

    @Test func everyConversionAndAggregation() throws {
        let (values, fills) = Self.crosswalk.translate([72.5, 3, 0.4, 0.8, 1, 0], columns: ["firms": 12])
        #expect(values[0] == 72.5)
        #expect(values[1] == 1)  // 72.5 ≥ 50
        #expect(values[2] == 25)  // 3 of 12
        #expect(values[3] == 40)  // 0.4 × 100
        #expect(abs((values[4] ?? 0) - 0.7) < 1e-12)  // (0.4 + 3 × 0.8) / 4
        #expect(values[5] == 0 && values[6] == 1)
        #expect(
            values[7] == nil
                && fills[7] == .unmapped(LocalizedText(vi: "A không đếm gì như vậy", en: "nothing in A counts this")))
        #expect(fills[0..<7].allSatisfy { $0 == .filled })
    }

    @Test func nothingIsInvented() {
        // A missing source, a missing denominator, a zero one, a count above its denominator.
        let (values, fills) = Self.crosswalk.translate([nil, 3, nil, 0.8, 1, nil], columns: [:])
        #expect(values[0] == nil && fills[0] == .sourceMissing([0]))
        #expect(values[2] == nil && fills[2] == .cannotConvert("the denominator firms is missing"))
        #expect(values[4] == nil && fills[4] == .sourceMissing([2]))
        #expect(values[5] == nil && fills[5] == .sourceMissing([5]))
        let zero = Self.crosswalk.translate([1, 3, 1, 1, 1, 1], columns: ["firms": 0])
        #expect(zero.values[2] == nil && zero.fills[2] == .cannotConvert("the denominator firms is 0"))
        let over = Self.crosswalk.translate([1, 30, 1, 1, 1, 1], columns: ["firms": 12])
        #expect(over.values[2] == nil)
    }

    @Test func notApplicableCarriesOnlyToAConditionalColumn() {
        var target = Self.target
        target[0] = Measure(criterionID: "same", kind: .percent, isConditional: true)
        var crosswalk = Self.crosswalk
        crosswalk.targetMeasures = target
        let (values, fills) = crosswalk.translate([.nan, 3, 0.4, 0.8, 1, 0], columns: ["firms": 12])
        #expect(values[0]?.isNaN == true && fills[0] == .filled)
        // Into a column without the exception, it is left missing.
        #expect(values[1] == nil)
        if case .cannotConvert = fills[1] {} else { Issue.record("expected cannotConvert, got \(fills[1])") }
    }

    /// A mapping made in code, past the decoder's checks, still never writes a value its column refuses: a scaled
    /// percentage (6300%), a sum of percentages into a percentage, a mean of counts into a count, a weighted mean
    /// without a positive total. Each is left missing and says why.
    @Test func aValueOutsideTheTargetColumnIsLeftMissing() {
        let crosswalk = Crosswalk(
            id: "bad", name: LocalizedText(vi: "t", en: "t"), notes: [], sourceMeasures: Self.source,
            targetMeasures: Self.target,
            mappings: [
                .init(target: 0, sources: [0], conversion: .scale(100)),
                .init(target: 2, sources: [0, 0], aggregation: .sum),
                .init(target: 7, sources: [1, 1], aggregation: .mean, weights: [1, 2]),
                .init(target: 4, sources: [2, 3], aggregation: .mean, weights: [0, 0]),
                .init(target: 6, sources: [4, 5], aggregation: .max),
            ],
            reasons: [:])
        let (values, fills) = crosswalk.translate([63, 3, 0.4, 0.8, 1, 0])
        for index in [0, 2, 4] {
            #expect(values[index] == nil, "\(index)")
            if case .cannotConvert = fills[index] {} else { Issue.record("\(index): \(fills[index])") }
        }
        #expect(values[7] == 3)  // a mean of 3 and 3 is whole, so it is a count
        #expect(values[6] == 1)  // max of yes and no
        let third = Crosswalk(
            id: "c", name: LocalizedText(vi: "t", en: "t"), notes: [], sourceMeasures: Self.source + [Self.source[1]],
            targetMeasures: Self.target,
            mappings: [.init(target: 7, sources: [1, 6], aggregation: .mean)], reasons: [:])
        let half = third.translate([63, 1, 0.4, 0.8, 1, 0, 2])
        #expect(half.values[7] == nil)  // (1 + 2) / 2 = 1.5 staff is no count
    }
}
