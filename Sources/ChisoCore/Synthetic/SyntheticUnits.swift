/// Made-up units for any framework, for trying a framework out and for tests: each unit gets a "quality" that its
/// values scatter around, so that units spread over the classes. Nothing here describes a real place.
package enum SyntheticUnits {
    /// Generates units.
    ///
    /// - Parameters:
    ///   - framework: The framework whose measures the values fill.
    ///   - count: How many units.
    ///   - prefix: The start of every unit ID and name.
    ///   - missingRate: The chance that any one value is left missing.
    ///   - seed: The seed; the same seed gives the same units.
    /// - Returns: One assessment per unit.
    /// - Complexity: O(*n* × *m*) for *n* units and *m* measures.
    package static func generate(
        for framework: Framework,
        count: Int,
        prefix: (id: String, name: String) = ("U", "Đơn vị Minh Họa"),
        missingRate: Double = 0.01,
        year: Int = 2025,
        seed: UInt64
    ) -> [Assessment] {
        var random = SplitMix64(seed: seed)
        let width = String(max(count, 1)).count
        return (0..<count).map { index in
            let number = String(index + 1)
            let padded = String(repeating: "0", count: width - number.count) + number
            let unit = UnitInfo(id: "\(prefix.id)\(padded)", name: "\(prefix.name) \(index + 1)", year: year)
            return Assessment(
                unit: unit, values: framework.scheme.syntheticValues(missingRate: missingRate, using: &random))
        }
    }

    /// A value of a measure's kind near `quality` (0…1), rounded as people write such values.
    ///
    /// - Parameters:
    ///   - measure: The measure.
    ///   - quality: Where in the measure's range the value lies, 0…1.
    ///   - random: The source of randomness.
    /// - Returns: The value.
    package static func value(_ measure: Measure, quality: Double, using random: inout SplitMix64) -> Double {
        let share = min(max(quality + Double.random(in: -0.15...0.15, using: &random), 0), 1)
        switch measure.kind {
        case .percent: return (share * 1000).rounded() / 10
        case .yesNo: return Double.random(in: 0...1, using: &random) < quality + 0.1 ? 1 : 0
        case .count: return (share * 6).rounded()
        case .ratio: return (share * 10_000).rounded() / 10_000
        case .points: return (share * (measure.maximum ?? 10) * 4).rounded() / 4
        case .number: return Double(Int.random(in: 10...500, using: &random))
        case .choice: return (share * (measure.maximum ?? 0)).rounded()
        }
    }
}
