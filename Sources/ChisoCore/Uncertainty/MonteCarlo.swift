/// Monte Carlo uncertainty analysis: the assessment is scored again many times with its uncertain inputs drawn
/// from the spec, and each unit's class, rank and index are counted.
///
/// Run *r* draws from its own generator, seeded from the seed and *r* alone, and runs are processed in fixed blocks
/// whose statistics are merged in block order: the result depends only on the seed and the inputs, never on the
/// number of threads. Memory holds the statistics, not the runs: per unit a histogram of its rank (exact up to
/// ``rankBins`` units, else in bins), a count per class and per binding criterion, and sums for the index.
public struct MonteCarlo: Sendable {
    /// Subordinate units scored with their own scheme and rolled up into the units (districts and communes); their
    /// data vary with the same spec, matched by column name.
    public struct Subordinates: Sendable {
        /// The subordinate units' scheme.
        public var scheme: any ScoringScheme
        /// Their assessments, each naming its parent.
        public var assessments: [Assessment]
        /// Subordinate units that exist but could not be read: their parent's roll-up stays missing in every run,
        /// as it is in the nominal result.
        public var unreadable: [LinkedScoring.UnreadableChild]

        /// Creates subordinate units.
        public init(
            scheme: any ScoringScheme, assessments: [Assessment], unreadable: [LinkedScoring.UnreadableChild] = []
        ) {
            self.scheme = scheme
            self.assessments = assessments
            self.unreadable = unreadable
        }
    }

    /// The largest number of rank bins kept per unit: ranks are exact for cohorts up to this size.
    public static let rankBins = 512

    /// The nominal scheme.
    public let scheme: any ScoringScheme
    /// The units' nominal data.
    public let assessments: [Assessment]
    /// What is uncertain.
    public let spec: UncertaintySpec
    /// Subordinate units rolled up into the units, if any.
    public let subordinates: Subordinates?
    /// Runs per block: the unit of work and of merging.
    static let block = 16

    /// Creates an analysis.
    public init(
        scheme: any ScoringScheme, assessments: [Assessment], spec: UncertaintySpec, subordinates: Subordinates? = nil
    ) {
        self.scheme = scheme
        self.assessments = assessments
        self.spec = spec
        self.subordinates = subordinates
        var parentIndex: [String: Int] = [:]
        for (index, unit) in assessments.enumerated() where parentIndex[unit.unit.id] == nil {
            parentIndex[unit.unit.id] = index
        }
        var grouped = [[Int]](repeating: [], count: subordinates == nil ? 0 : assessments.count)
        var unreadable = [[String]](repeating: [], count: grouped.count)
        for (index, child) in (subordinates?.assessments ?? []).enumerated() {
            if let parent = child.unit.parentID.flatMap({ parentIndex[$0] }) { grouped[parent].append(index) }
        }
        for child in subordinates?.unreadable ?? [] {
            if let parent = child.parentID.flatMap({ parentIndex[$0] }) { unreadable[parent].append(child.id) }
        }
        childrenOfUnit = grouped
        unreadableOfUnit = unreadable
        // Units that name a group are ranked within it, as the scheme ranks them (``ScoringScheme/rank(_:)``).
        var groupNumbers: [String: Int] = [:]
        rankGroups =
            assessments.contains { $0.unit.group != nil }
            ? assessments.map { assessment in
                guard let group = assessment.unit.group else { return 0 }
                if let number = groupNumbers[group] { return number }
                groupNumbers[group] = groupNumbers.count + 1
                return groupNumbers.count
            } : nil
        childNoise = subordinates.map { Self.noise(spec.noise, from: scheme.measures, to: $0.scheme.measures) } ?? []
        alternativeMaps = spec.alternatives.map { Self.AlternativeMap(from: $0, to: scheme) }
    }

    /// For each alternative framework, how its classes and conditions are counted in the nominal one's.
    let alternativeMaps: [AlternativeMap]

    /// The noise of the units' columns carried to their subordinate units' columns.
    let childNoise: [UncertaintySpec.DataNoise]

    /// For each unit, the indices of its subordinate units (as ``LinkedScoring`` groups them).
    let childrenOfUnit: [[Int]]
    /// For each unit, the IDs of its subordinate units that could not be read.
    let unreadableOfUnit: [[String]]
    /// For each unit, the group it is ranked within (0: the units without a group); `nil` when no unit names a group.
    let rankGroups: [Int]?

    /// The outcome with some conditions' weights scaled and nothing else varied — the one-at-a-time weight sweeps
    /// and leave-one-out of a sensitivity analysis: the scheme reweighted (siblings renormalised, each parent keeping
    /// its points) and the values it reads scaled with it, as a run with weight noise draws them.
    ///
    /// - Parameter factors: The factor of each condition's weight, by condition index (0 leaves the node out).
    /// - Returns: The outcome; `nil` when the scheme has no weights to scale.
    public func outcome(reweighting factors: [Int: Double]) -> Outcome? {
        guard let weighted = scheme as? any WeightedScheme else { return nil }
        let (changed, valueFactors) = weighted.reweighted(factors)
        var space = workspace()
        var random: [SplitMix64] = []
        Self.draw(
            into: &space.units, from: assessments,
            plan: DrawPlan(noise: [], measures: scheme.measures, factors: valueFactors, restores: true),
            measures: scheme.measures, missing: .zero, using: &random)
        evaluate(changed, in: &space)
        return space.outcome
    }

    /// The nominal outcome: the data and scheme as given.
    public func nominal() -> Outcome {
        var space = workspace()
        evaluate(scheme, in: &space)
        return space.outcome
    }

    /// The input groups that vary, each drawn from its own seed: every data noise entry (by name), then the
    /// reading of missing values, the weights and the framework, where they vary.
    public var groups: [String] {
        spec.noise.map(\.name) + (spec.missing.count > 1 ? ["missing"] : [])
            + weightDepths.map { "weights (level \($0))" } + (spec.alternatives.count > 1 ? ["frameworks"] : [])
    }

    /// The depths whose weights vary, each an input group of its own.
    var weightDepths: [Int] {
        guard let weights = spec.weights, weights.amplitude > 0 else { return [] }
        return Array(Set(weights.depths)).sorted()
    }
}
