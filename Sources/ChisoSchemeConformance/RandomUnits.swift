import ChisoCore

/// Seeded random units for the conformance checks: values of each measure's kind around a unit's quality, a few
/// missing, and random subordinate units.
enum RandomUnits {
    /// A random value of a measure's kind around a unit's `quality` (0…1), or `nil` (missing) one time in forty,
    /// so that random units spread over the classes instead of all failing the lowest one.
    static func value(_ measure: Measure, quality: Double, using random: inout SplitMix64) -> Double? {
        if Int.random(in: 0..<40, using: &random) == 0 { return nil }
        return SyntheticUnits.value(measure, quality: quality, using: &random)
    }

    /// A value at least as good as `value` for the measure (higher, or present where it was missing).
    static func raised(_ value: Double?, _ measure: Measure, using random: inout SplitMix64) -> Double {
        let top = measure.validRange?.upperBound ?? 100
        let ceiling = top == Double.greatestFiniteMagnitude ? (value ?? 0) + 5 : top
        let base = value ?? 0
        return min(base + Double.random(in: 0...max(ceiling - base, 0), using: &random), ceiling)
    }

    /// `count` units for a scheme, and a summary of random subordinate units for each.
    static func make(_ scheme: any ScoringScheme, count: Int, seed: UInt64) -> (
        [Assessment], [String: ChildLevelSummary]
    ) {
        var random = SplitMix64(seed: seed)
        var assessments: [Assessment] = []
        var children: [String: ChildLevelSummary] = [:]
        for index in 0..<count {
            let quality = Double.random(in: 0.3...1, using: &random)
            let values = scheme.measures.map { value($0, quality: quality, using: &random) }
            let id = "U\(index)"
            assessments.append(
                Assessment(
                    unit: UnitInfo(id: id, registeredLevel: Int.random(in: 1...3, using: &random)), values: values))
            let levels = (0..<Int.random(in: 0...6, using: &random)).map { _ in Int.random(in: 0...5, using: &random) }
            let unreadable = Int.random(in: 0..<8, using: &random) == 0 ? ["X\(index)"] : []
            children[id] = ChildLevelSummary(levels: levels, maximumLevel: 5, unreadable: unreadable)
        }
        return (assessments, children)
    }

    /// Whether two optional values are the same, NaN (a value not applicable) equal to NaN.
    static func same(_ first: Double?, _ second: Double?) -> Bool {
        first == second || (first?.isNaN == true && second?.isNaN == true)
    }
}
