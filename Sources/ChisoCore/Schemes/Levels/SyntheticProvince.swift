/// Made-up assessments for demonstrations, tests and benchmarks: a province of districts and communes whose values
/// aim at given levels of a threshold framework. Nothing here describes a real place.
public enum SyntheticProvince {
    /// A generated province.
    public struct Province: Sendable {
        /// One assessment per district.
        public var districts: [Assessment]
        /// One assessment per commune; each commune's `parentID` is its district's ID.
        public var communes: [Assessment]
    }

    /// Generates a province for two frameworks' schemes, when both are level schemes, as the generator aims units
    /// at levels (Decision 2361's district and commune frameworks).
    ///
    /// - Parameters:
    ///   - districtScheme: The district scheme.
    ///   - communeScheme: The commune scheme.
    ///   - districtCount: How many districts.
    ///   - communeCount: How many communes in all, spread over the districts.
    ///   - seed: The seed; the same seed gives the same province.
    /// - Returns: The province; `nil` when either scheme is not a level scheme.
    public static func generate(
        districtScheme: any ScoringScheme, communeScheme: any ScoringScheme, districtCount: Int, communeCount: Int,
        seed: UInt64
    ) -> Province? {
        guard let district = districtScheme as? LevelScheme, let commune = communeScheme as? LevelScheme else {
            return nil
        }
        return generate(
            district: district, commune: commune, districtCount: districtCount, communeCount: communeCount, seed: seed)
    }

    /// Generates a province.
    ///
    /// - Parameters:
    ///   - district: The district scheme (Decision 2361, Phụ lục II).
    ///   - commune: The commune scheme (Phụ lục I).
    ///   - districtCount: How many districts.
    ///   - communeCount: How many communes in all, spread over the districts.
    ///   - missingRate: The chance that any one value is left missing.
    ///   - seed: The seed; the same seed gives the same province.
    /// - Returns: The province.
    /// - Complexity: O(*n* × *c*) for *n* units and *c* criteria.
    public static func generate(
        district: LevelScheme,
        commune: LevelScheme,
        districtCount: Int,
        communeCount: Int,
        missingRate: Double = 0.003,
        year: Int = 2025,
        seed: UInt64
    ) -> Province {
        var random = SplitMix64(seed: seed)
        let top = district.levels.count
        var districts: [Assessment] = []
        var communes: [Assessment] = []
        let perDistrict = max(communeCount / max(districtCount, 1), 0)
        var remainder = communeCount - perDistrict * max(districtCount, 1)
        for index in 0..<districtCount {
            let id = "H\(padded(index + 1, width: districtCount >= 100 ? 3 : 2))"
            let target = Int.random(in: 0...top, using: &random)
            let unit = UnitInfo(
                id: id,
                name: "Huyện Minh Họa \(index + 1)",
                year: year,
                registeredLevel: min(max(target + Int.random(in: -1...1, using: &random), 1), top)
            )
            districts.append(
                Assessment(
                    unit: unit, values: values(for: district, target: target, missingRate: missingRate, using: &random))
            )
            var count = perDistrict
            if remainder > 0 {
                count += 1
                remainder -= 1
            }
            for number in 0..<count {
                // CHUNG.01 asks every commune to reach target − 1 (level 1 for target 1) and half of them target:
                // put most at the target or one above, the rest one below.
                let communeTarget: Int
                if target == 0 {
                    communeTarget = Int.random(in: 0...1, using: &random)
                } else if Double.random(in: 0..<1, using: &random) < 0.6 {
                    communeTarget = min(target + Int.random(in: 0...1, using: &random), top)
                } else {
                    communeTarget = max(target - 1, 1)
                }
                let communeUnit = UnitInfo(
                    id: "\(id)-X\(padded(number + 1, width: 2))",
                    name: "Xã Minh Họa \(index + 1)-\(number + 1)",
                    parentID: id,
                    year: year,
                    registeredLevel: min(max(communeTarget + Int.random(in: 0...1, using: &random), 1), top)
                )
                communes.append(
                    Assessment(
                        unit: communeUnit,
                        values: values(for: commune, target: communeTarget, missingRate: missingRate, using: &random)
                    )
                )
            }
        }
        return Province(districts: districts, communes: communes)
    }

    /// Values that meet every requirement up to `target` and fail one to three criteria of the next level.
    ///
    /// - Parameters:
    ///   - scheme: The scheme.
    ///   - target: The level to aim at, 0 to the top level.
    ///   - missingRate: The chance that any one value is left missing.
    ///   - random: The source of randomness.
    /// - Returns: One value per measure of the scheme.
    public static func values(
        for scheme: LevelScheme,
        target: Int,
        missingRate: Double,
        using random: inout some RandomNumberGenerator
    ) -> [Double?] {
        var values = [Double?](repeating: nil, count: scheme.measures.count)
        let top = scheme.levels.count
        // Criteria that can hold a unit at `target`: they ask more at target + 1 than at target.
        var candidates: [Int] = []
        for (index, criterion) in scheme.criteria.enumerated() where criterion.kind != nil && target < top {
            let next = floor(of: scheme, criterion: index, upTo: target + 1)
            if next > floor(of: scheme, criterion: index, upTo: target) { candidates.append(index) }
        }
        var failing: Set<Int> = []
        if !candidates.isEmpty {
            for _ in 0..<Int.random(in: 1...min(3, candidates.count), using: &random) {
                if let pick = candidates.randomElement(using: &random) { failing.insert(pick) }
            }
        }
        for (index, criterion) in scheme.criteria.enumerated() {
            guard let kind = criterion.kind, let slot = scheme.measureSlots[index].main else { continue }
            let low = floor(of: scheme, criterion: index, upTo: target)
            let value: Double
            if failing.contains(index) {
                let high = floor(of: scheme, criterion: index, upTo: target + 1)
                switch kind {
                case .percent:
                    value = min(
                        (low + Double.random(in: 0..<1, using: &random) * (high - low)).rounded(.down), high - 1)
                case .yesNo: value = 0
                default: value = max(high - 1, low)
                }
            } else {
                switch kind {
                case .percent:
                    value = min(100, (low + Double.random(in: 0...1, using: &random) * (100 - low) * 0.5).rounded())
                case .yesNo: value = low >= 1 || Bool.random(using: &random) ? 1 : 0
                default: value = low + Double(Int.random(in: 0...1, using: &random))
                }
            }
            values[slot] = Double.random(in: 0..<1, using: &random) < missingRate ? nil : max(value, 0)
            for second in criterion.secondMeasures {
                guard let secondSlot = scheme.measureSlots[index].second[second.suffix] else { continue }
                values[secondSlot] = (Double.random(in: 0..<1, using: &random) * 90).rounded()
            }
        }
        return values
    }

    /// The smallest main value that meets the criterion at every level from 1 to `level`, from the scheme's
    /// requirements as data (an `anyOf` is met by its cheapest alternative on the main measure).
    static func floor(of scheme: LevelScheme, criterion index: Int, upTo level: Int) -> Double {
        guard let main = scheme.measureSlots[index].main else { return 0 }
        var result = 0.0
        for ordinal in stride(from: 1, through: min(level, scheme.levels.count), by: 1) {
            result = max(result, scheme.requirement(of: index, forClass: ordinal).leastValue(of: main) ?? 0)
        }
        return result
    }

    private static func padded(_ number: Int, width: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(width - text.count, 0)) + text
    }
}
