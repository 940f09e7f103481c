/// How the values of old units combine into the value of the unit they became.
public enum MergeRule: String, Hashable, Sendable, CaseIterable {
    /// The arithmetic mean of the old units' values (weighted when weights are given): the method of the
    /// published 2024 DTI of the 34 merged provinces.
    case mean
    /// The sum: counts of the new unit.
    case sum
    /// The least: a yes/no criterion is met only when every old unit met it.
    case min
    /// The greatest: a yes/no criterion is met when any old unit met it.
    case max

    /// The rule a measure takes when none is given: the mean, except for yes/no and answer columns, whose mean is
    /// no answer at all, which take the least (met only when every old unit met it), and for counts, whose mean is
    /// no count (1.5 staff), which take the sum (the new unit holds the old units' staff, computers, enterprises).
    public static func standard(for measure: Measure) -> MergeRule {
        switch measure.kind {
        case .yesNo, .choice: .min
        case .count: .sum
        default: .mean
        }
    }

    /// Whether the rule makes a valid value of the measure from valid values: a mean of counts is not whole, a
    /// mean of yes/no answers is neither yes nor no, and a sum of shares, ratios or points can pass their whole.
    public func applies(to measure: Measure) -> Bool {
        switch self {
        case .min, .max: true
        case .mean: ![.count, .yesNo, .choice].contains(measure.kind)
        case .sum: measure.kind == .count || measure.kind == .number
        }
    }
}

/// Old units regrouped into new ones (provinces merged in 2025, merged communes): each new unit's values combine
/// its old units' values by a rule per measure; missing values are left out of the combination, and a new unit
/// whose old units are not all present, or whose values rest on fewer old units than it has, is said to rest on
/// partial data.
public struct UnitMerger: Sendable {
    /// One new unit as merged.
    public struct Merged: Hashable, Sendable {
        /// The new unit with its combined values (`nil` where no old unit had a value; NaN where none applied).
        public var assessment: Assessment
        /// The old units found in the input, in input order.
        public var found: [String]
        /// The position in the input of each old unit found, in the order of ``found``.
        public var foundPositions: [Int] = []
        /// The group of each old unit found (``UnitInfo/group``), in the order of ``found``.
        public var foundGroups: [String?] = []
        /// The year of each old unit found (``UnitInfo/year``), in the order of ``found``.
        public var foundYears: [Int?] = []
        /// The old units the map gives it that the input lacks.
        public var absent: [String]
        /// Measures whose value combines some but not all of the old units found (the others had it missing), by
        /// index. A measure no old unit has stays missing, as it would for one unit.
        public var thinMeasures: [Int]

        /// Whether the values rest on fewer old units than the map gives the new unit.
        public var isPartial: Bool { !absent.isEmpty || !thinMeasures.isEmpty }

        /// Whether the old units found are not all of one group (a department merged into a district): the new
        /// unit then takes no group, and its values are no merge of like units.
        public var mixesGroups: Bool { Set(foundGroups).count > 1 }

        /// Whether the old units found are not all of one year: the new unit then takes no year, and its values
        /// combine different years.
        public var mixesYears: Bool { Set(foundYears).count > 1 }
    }

    /// The map: each old unit's key and the new unit it became, in the map's order.
    public var map: [(old: String, new: String)]
    /// The measures of the framework.
    public var measures: [Measure]
    /// The rule of each measure, by index; measures not listed take ``MergeRule/standard(for:)``.
    public var rules: [Int: MergeRule]
    /// How old units are named in ``Merged/found`` and ``Merged/absent``, by key (the key itself when absent).
    public var names: [String: String] = [:]

    /// Creates a merger.
    public init(map: [(old: String, new: String)], measures: [Measure], rules: [Int: MergeRule] = [:]) {
        self.map = map
        self.measures = measures
        self.rules = rules
    }

    /// The rule a measure takes.
    public func rule(of measure: Int) -> MergeRule { rules[measure] ?? .standard(for: measures[measure]) }

    /// Merges old units.
    ///
    /// - Parameters:
    ///   - assessments: The old units' values.
    ///   - keys: Each old unit's key in the map (its ID or its name, normalised as the map's).
    ///   - weights: Each old unit's weight for means (population, number of communes), or `nil` for equal weights.
    /// - Returns: The new units, in the map's order of first appearance, each with at least one old unit found;
    ///   and the positions of the old units the map does not name.
    public func merge(_ assessments: [Assessment], keys: [String], weights: [Double]? = nil)
        -> (merged: [Merged], unmapped: [Int])
    {
        var target: [String: String] = [:]
        var order: [String] = []
        var members: [String: [String]] = [:]
        for (old, new) in map {
            target[old] = new
            if members[new] == nil { order.append(new) }
            members[new, default: []].append(old)
        }
        var rows: [String: [Int]] = [:]
        var unmapped: [Int] = []
        for (position, key) in keys.enumerated() {
            guard let new = target[key] else {
                unmapped.append(position)
                continue
            }
            rows[new, default: []].append(position)
        }
        var merged: [Merged] = []
        for new in order {
            guard let positions = rows[new], !positions.isEmpty else { continue }
            let foundKeys = Set(positions.map { keys[$0] })
            let found = positions.map { names[keys[$0]] ?? keys[$0] }
            let absent = (members[new] ?? []).filter { !foundKeys.contains($0) }.map { names[$0] ?? $0 }
            let (values, thin) = mergedValues(of: positions, in: assessments, weights: weights)
            // A new unit takes the group and the year its old units share; where they differ it takes neither
            // (``Merged/mixesGroups``, ``Merged/mixesYears``), and a unit without one differs from a unit with one.
            let groups = positions.map { assessments[$0].unit.group }
            let years = positions.map { assessments[$0].unit.year }
            let unit = UnitInfo(
                id: new, name: new, year: Set(years).count == 1 ? years[0] : nil,
                group: Set(groups).count == 1 ? groups[0] : nil)
            var unitMerged = Merged(
                assessment: Assessment(unit: unit, values: values), found: found, absent: absent, thinMeasures: thin)
            unitMerged.foundPositions = positions
            unitMerged.foundGroups = groups
            unitMerged.foundYears = years
            merged.append(unitMerged)
        }
        return (merged, unmapped)
    }

    /// A new unit's values, one per measure, combined from its old units at `positions` by the measure's rule; and
    /// the measures known for some of them but not all (``Merged/thinMeasures``).
    private func mergedValues(of positions: [Int], in assessments: [Assessment], weights: [Double]?)
        -> (values: [Double?], thin: [Int])
    {
        var values: [Double?] = []
        var thin: [Int] = []
        for measure in measures.indices {
            var present: [(value: Double, weight: Double)] = []
            var notApplicable = 0
            for position in positions {
                guard measure < assessments[position].values.count,
                    let value = assessments[position].values[measure]
                else { continue }
                if value.isNaN {
                    notApplicable += 1
                    continue
                }
                present.append((value, weights?[position] ?? 1))
            }
            let known = present.count + notApplicable
            if known > 0, known < positions.count { thin.append(measure) }
            values.append(
                present.isEmpty ? (notApplicable > 0 ? .nan : nil) : combine(present, rule: rule(of: measure)))
        }
        return (values, thin)
    }

    private func combine(_ present: [(value: Double, weight: Double)], rule: MergeRule) -> Double {
        switch rule {
        case .mean:
            let total = present.reduce(0) { $0 + $1.weight }
            guard total > 0 else { return present.reduce(0) { $0 + $1.value } / Double(present.count) }
            // Rounded, so that (0.6 + 0.6) / 2 reads 0.6 and not 0.6000000000000001.
            return Self.rounded(present.reduce(0) { $0 + $1.value * $1.weight } / total)
        case .sum: return Self.rounded(present.reduce(0) { $0 + $1.value })
        case .min: return present.map(\.value).min() ?? 0
        case .max: return present.map(\.value).max() ?? 0
        }
    }

    /// Rounded to 9 decimals where that keeps every significant digit a data cell can hold.
    private static func rounded(_ value: Double) -> Double {
        guard value.isFinite, abs(value) < 1e6 else { return value }
        return (value * 1e9).rounded() / 1e9
    }
}
