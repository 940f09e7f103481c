extension MonteCarlo {
    /// A noise that swamps a column: an absolute amount at least the column's whole range (±2 on a ratio of 0–1),
    /// or a relative amount of ±100% or more. Most of its draws are clipped to the column's ends, so the analysis
    /// says more about the noise than about the data.
    public struct WideNoise: Hashable, Sendable {
        /// The noise entry, by index in the spec's noise.
        public var noise: Int
        /// The column, by index in the scheme's measures.
        public var measure: Int
        /// The amount: absolute in the column's unit, or relative.
        public var amount: Double
        /// Whether the amount is relative (a share of the value).
        public var isRelative: Bool
    }

    /// A noise entry that cannot move any unit's score, and why, column by column.
    public struct InertNoise: Hashable, Sendable {
        /// Why a column of the entry moves no score.
        public enum Reason: Hashable, Sendable, CaseIterable {
            /// No amount of the entry applies to the column's kind, or every amount is 0.
            case noAmount
            /// The column is information-only: no scored condition reads it.
            case informationOnly
            /// Every unit's value is missing, and no missing-value rule can fill it.
            case allMissing
            /// The noise is relative only and every unit's value is 0.
            case allZero
        }

        /// Some columns of the entry and why they move no score.
        public struct Part: Hashable, Sendable {
            /// Why.
            public var reason: Reason
            /// The columns, by index in the scheme's measures.
            public var measures: [Int]
        }

        /// The noise entry, by index in the spec's noise.
        public var noise: Int
        /// Each reason with its columns, in the order of ``Reason``.
        public var parts: [Part]
    }

    /// The noise entries that cannot move any unit's score (``InertNoise``), in spec order: every column they name
    /// is of a kind none of their amounts moves, information-only, missing for every unit, or — for relative noise
    /// alone — 0 for every unit. Subordinate units' columns of the same name count: noise carried to a scored
    /// column of theirs moves the units' scores through the roll-up.
    public var inertNoise: [InertNoise] {
        let measures = scheme.measures
        let childMeasures = subordinates?.scheme.measures ?? []
        let childIndex = Dictionary(
            childMeasures.indices.map { (childMeasures[$0].key, $0) }, uniquingKeysWith: { first, _ in first })
        let scored = Self.scoredMeasures(scheme)
        let childScored = subordinates.map { Self.scoredMeasures($0.scheme) } ?? []
        func reason(_ entry: UncertaintySpec.DataNoise, _ measure: Int) -> InertNoise.Reason? {
            let child = childIndex[measures[measure].key]
            let sides: [(scored: Bool, kind: MeasureKind, measure: Int, units: [Assessment])] =
                [(scored.contains(measure), measures[measure].kind, measure, assessments)]
                + (child.map {
                    [(childScored.contains($0), childMeasures[$0].kind, $0, subordinates?.assessments ?? [])]
                }
                    ?? [])
            let moving = sides.filter { entry.moves($0.kind) }
            guard !moving.isEmpty else { return .noAmount }
            let live = moving.filter(\.scored)
            guard !live.isEmpty else { return .informationOnly }
            func values(_ side: (scored: Bool, kind: MeasureKind, measure: Int, units: [Assessment])) -> [Double] {
                side.units.compactMap { $0.values.indices.contains(side.measure) ? $0.values[side.measure] : nil }
                    .filter { !$0.isNaN }
            }
            // A missing value stays missing under every rule when the column has no value to take a mean of.
            let present = live.map(values)
            if present.allSatisfy(\.isEmpty) { return .allMissing }
            let relativeOnly =
                (entry.absolute ?? 0) == 0 && (entry.flip ?? 0) == 0 && (entry.countStep ?? 0) == 0
            if relativeOnly, present.allSatisfy({ $0.allSatisfy { $0 == 0 } }) {
                // Means of zeros are 0 too, so no missing-value rule fills a value relative noise can move.
                return .allZero
            }
            return nil
        }
        var found: [InertNoise] = []
        for (position, entry) in spec.noise.enumerated() {
            let named = entry.measures.filter { $0 >= 0 && $0 < measures.count }
            let reasons = named.map { reason(entry, $0) }
            guard !reasons.contains(where: { $0 == nil }) else { continue }
            let parts = InertNoise.Reason.allCases.compactMap { kind -> InertNoise.Part? in
                let columns = zip(named, reasons).filter { $0.1 == kind }.map(\.0)
                return columns.isEmpty ? nil : InertNoise.Part(reason: kind, measures: columns)
            }
            // An entry without columns (an option on a framework without columns of its kind) moves nothing.
            found.append(
                InertNoise(noise: position, parts: parts.isEmpty ? [.init(reason: .noAmount, measures: [])] : parts))
        }
        return found
    }

    /// The measures some scored condition reads: a condition that is not information-only, or one under which
    /// nothing is scored.
    static func scoredMeasures(_ scheme: any ScoringScheme) -> Set<Int> {
        Set(scheme.conditions.filter { !$0.tags.contains(.informationOnly) }.flatMap(\.measures))
    }

    /// Whether one run can differ from another: some noise entry that can move a unit's score (not
    /// ``inertNoise``), missing-value rules that read some value two ways (``missingRulesVary``), weight noise on a weighted
    /// framework, or more than one framework. When nothing varies, every run is the same run and every probability
    /// is 0 or 1.
    public var varies: Bool {
        let inert = Set(inertNoise.map(\.noise))
        let noisy = spec.noise.indices.contains { !inert.contains($0) }
        let weighted = !weightDepths.isEmpty && ([scheme] + spec.alternatives).contains { $0 is any WeightedScheme }
        return noisy || missingRulesVary || weighted || spec.alternatives.count > 1
    }

    /// Whether the missing-value rules can read a value two ways: more than one rule, and a scored column missing
    /// for some unit and present for another (a mean to fill it with). A column missing for every unit stays
    /// missing under every rule.
    public var missingRulesVary: Bool {
        guard Set(spec.missing).count > 1 else { return false }
        func fillable(_ units: [Assessment], _ scheme: any ScoringScheme) -> Bool {
            Self.scoredMeasures(scheme).contains { measure in
                var present = false
                var absent = false
                for unit in units where measure < unit.values.count {
                    if let value = unit.values[measure], !value.isNaN { present = true } else { absent = true }
                    if present && absent { return true }
                }
                return false
            }
        }
        return fillable(assessments, scheme) || subordinates.map { fillable($0.assessments, $0.scheme) } ?? false
    }

    /// The noises that swamp a column they name (``WideNoise``), in spec order then column order.
    public var wideNoise: [WideNoise] {
        let measures = scheme.measures
        var found: [WideNoise] = []
        for (position, entry) in spec.noise.enumerated() {
            for measure in entry.measures where measure >= 0 && measure < measures.count {
                let kind = measures[measure].kind
                guard kind != .yesNo, kind != .choice else { continue }
                if let absolute = entry.absolute, let range = measures[measure].validRange,
                    range.upperBound < Double.greatestFiniteMagnitude, range.upperBound > range.lowerBound,
                    absolute >= range.upperBound - range.lowerBound
                {
                    found.append(WideNoise(noise: position, measure: measure, amount: absolute, isRelative: false))
                } else if let relative = entry.relative, relative >= 1 {
                    found.append(WideNoise(noise: position, measure: measure, amount: relative, isRelative: true))
                }
            }
        }
        return found
    }
}
