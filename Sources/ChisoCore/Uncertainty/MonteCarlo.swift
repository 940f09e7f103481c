#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

        /// Creates subordinate units.
        public init(scheme: any ScoringScheme, assessments: [Assessment]) {
            self.scheme = scheme
            self.assessments = assessments
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
    }

    /// One run's outcome for every unit.
    public struct Outcome: Sendable {
        /// Each unit's class (standing ordinal).
        public var ordinals: [Int]
        /// Each unit's rank, 1 the best (competition ranks on the scheme's first ranked figure, else on the class).
        public var ranks: [Int]
        /// Each unit's index, where the scheme computes one.
        public var indices: [Double?]
        /// Each unit's binding conditions (what keeps it from the next class).
        public var blockers: [[Int]]
    }

    /// Scores units with a scheme: classes, ranks, indices and blockers.
    public static func outcome(of results: [UnitResult], scheme: any ScoringScheme) -> Outcome {
        // One pass by index, reading fields in place: copying whole results would retain all they hold.
        let count = results.count
        var ordinals = [Int](repeating: 0, count: count)
        var values = [Double](repeating: 0, count: count)
        var indices = [Double?](repeating: nil, count: count)
        var blockers = [[Int]](repeating: [], count: count)
        let figure = scheme.rankedFigures.first
        for index in 0..<count {
            ordinals[index] = results[index].standing.ordinal
            indices[index] = results[index].detail.commonIndex
            blockers[index] = results[index].blockers
            values[index] = figure.map { scheme.value(of: $0, in: results[index]) ?? 0 } ?? Double(ordinals[index])
        }
        return Outcome(
            ordinals: ordinals,
            ranks: Ranking.competition(values, decimals: figure == nil ? 12 : scheme.rankingPrecision),
            indices: indices, blockers: blockers)
    }

    /// The nominal outcome: the data and scheme as given.
    public func nominal() -> Outcome {
        Self.outcome(of: score(scheme, assessments, children: subordinates?.assessments), scheme: scheme)
    }

    private func score(_ scheme: any ScoringScheme, _ units: [Assessment], children: [Assessment]?) -> [UnitResult] {
        guard let subordinates, let children else { return scheme.score(units) }
        return LinkedScoring(parents: units, scheme: scheme, children: children, scheme: subordinates.scheme)
            .parentResults
    }

    /// The generator of run `run`.
    static func generator(seed: UInt64, run: Int) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: run) &* 0x9E37_79B9_7F4A_7C15))
        return SplitMix64(seed: mixer.next())
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

    /// One run: the scheme and the data drawn for it, and the outcome.
    public func sample(run: Int, seed: UInt64) -> Outcome {
        var random = Self.generator(seed: seed, run: run)
        return sample(seeds: groups.indices.map { _ in random.next() })
    }

    /// One run drawn from one seed per group (``groups``): the outcome.
    public func sample(seeds: [UInt64]) -> Outcome {
        var position = spec.noise.count
        func generator(_ used: Bool) -> SplitMix64? {
            guard used, position < seeds.count else { return nil }
            defer { position += 1 }
            return SplitMix64(seed: seeds[position])
        }
        var missingRandom = generator(spec.missing.count > 1)
        var weightRandoms = weightDepths.compactMap { _ in generator(true) }
        var frameworkRandom = generator(spec.alternatives.count > 1)
        var runScheme = scheme
        if var random = frameworkRandom {
            runScheme = spec.alternatives[Int.random(in: 0..<spec.alternatives.count, using: &random)]
            frameworkRandom = random
        } else if let only = spec.alternatives.first {
            runScheme = only
        }
        var valueFactors: [Int: Double] = [:]
        if let weights = spec.weights, !weightRandoms.isEmpty, let weighted = runScheme as? any WeightedScheme {
            (runScheme, valueFactors) = Self.perturb(weighted, weights, depths: weightDepths, using: &weightRandoms)
        }
        var rule = spec.missing.first ?? .zero
        if var random = missingRandom {
            rule = spec.missing[Int.random(in: 0..<spec.missing.count, using: &random)]
            missingRandom = random
        }
        var noiseRandom = (0..<spec.noise.count).map { SplitMix64(seed: $0 < seeds.count ? seeds[$0] : 0) }
        let units = Self.draw(
            assessments, measures: scheme.measures, noise: spec.noise, missing: rule, factors: valueFactors,
            using: &noiseRandom)
        var children: [Assessment]?
        if let subordinates {
            children = Self.draw(
                subordinates.assessments, measures: subordinates.scheme.measures,
                noise: Self.noise(spec.noise, from: scheme.measures, to: subordinates.scheme.measures), missing: rule,
                factors: [:], using: &noiseRandom)
        }
        return Self.outcome(of: score(runScheme, units, children: children), scheme: runScheme)
    }

    private static func perturb(
        _ scheme: some WeightedScheme, _ weights: UncertaintySpec.WeightNoise, depths: [Int],
        using random: inout [SplitMix64]
    ) -> (any ScoringScheme, [Int: Double]) {
        var factors: [Int: Double] = [:]
        for (position, depth) in depths.enumerated() where position < random.count {
            for condition in scheme.weightedConditions(atDepth: depth) {
                factors[condition] =
                    1 + Double.random(in: -weights.amplitude...weights.amplitude, using: &random[position])
            }
        }
        let (reweighted, valueFactors) = scheme.reweighted(factors)
        return (reweighted, valueFactors)
    }

    /// The noise of the units' columns carried to their subordinate units' columns of the same name.
    static func noise(_ noise: [UncertaintySpec.DataNoise], from: [Measure], to: [Measure])
        -> [UncertaintySpec.DataNoise]
    {
        let index = Dictionary(to.indices.map { (to[$0].key, $0) }, uniquingKeysWith: { first, _ in first })
        return noise.map { entry in
            var copy = entry
            copy.measures = entry.measures.compactMap { index[from[$0].key] }
            return copy
        }
    }

    /// The units' values as drawn for one run. Each unit's values are copied once and changed in place.
    static func draw(
        _ assessments: [Assessment], measures: [Measure], noise: [UncertaintySpec.DataNoise],
        missing: UncertaintySpec.MissingRule, factors: [Int: Double], using random: inout [SplitMix64]
    ) -> [Assessment] {
        var units = assessments
        if missing != .zero { impute(&units, measures: measures, rule: missing) }
        // What happens to each column, worked out once per run.
        let plan: [Step] = noise.indices.flatMap { group in
            let entry = noise[group]
            return entry.measures.filter { $0 < measures.count && measures[$0].kind != .choice }.map {
                Step(
                    group: group, measure: $0, isYesNo: measures[$0].kind == .yesNo,
                    isCount: measures[$0].kind == .count,
                    lower: measures[$0].validRange?.lowerBound ?? -.infinity,
                    upper: measures[$0].validRange?.upperBound ?? .infinity, absolute: entry.absolute ?? 0,
                    relative: entry.relative ?? 0, isNormal: entry.distribution == .normal, flip: entry.flip ?? 0,
                    countStep: entry.countStep ?? 0)
            }
        }
        let scaled = factors.sorted { $0.key < $1.key }
        guard !plan.isEmpty || !scaled.isEmpty else { return units }
        for unit in units.indices {
            var values = units[unit].values
            units[unit].values = []
            for step in plan {
                guard step.measure < values.count, let value = values[step.measure], !value.isNaN else { continue }
                var drawn = value
                if step.isYesNo {
                    if step.flip > 0, Double.random(in: 0..<1, using: &random[step.group]) < step.flip {
                        drawn = value >= 1 ? 0 : 1
                    }
                } else {
                    let distribution: UncertaintySpec.Distribution = step.isNormal ? .normal : .uniform
                    if step.relative > 0 { drawn *= 1 + draw(step.relative, distribution, using: &random[step.group]) }
                    if step.absolute > 0 { drawn += draw(step.absolute, distribution, using: &random[step.group]) }
                    if step.isCount {
                        if step.countStep > 0 {
                            drawn += Double(
                                Int.random(in: -step.countStep...step.countStep, using: &random[step.group]))
                        }
                        drawn = drawn.rounded()
                    }
                }
                values[step.measure] = min(max(drawn, step.lower), step.upper)
            }
            for (measure, factor) in scaled where measure < values.count {
                if let value = values[measure], !value.isNaN { values[measure] = value * factor }
            }
            units[unit].values = values
        }
        return units
    }

    /// One column's noise, as plain values.
    struct Step {
        var group: Int
        var measure: Int
        var isYesNo: Bool
        var isCount: Bool
        var lower: Double
        var upper: Double
        var absolute: Double
        var relative: Double
        var isNormal: Bool
        var flip: Double
        var countStep: Int
    }

    private static func draw(
        _ amount: Double, _ distribution: UncertaintySpec.Distribution, using random: inout SplitMix64
    )
        -> Double
    {
        switch distribution {
        case .uniform: return Double.random(in: -amount...amount, using: &random)
        case .normal:
            // Box–Muller.
            let u = Double.random(in: Double.leastNonzeroMagnitude..<1, using: &random)
            let v = Double.random(in: 0..<1, using: &random)
            return amount * (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
        }
    }

    /// Missing values read by a mean instead of as missing.
    static func impute(_ units: inout [Assessment], measures: [Measure], rule: UncertaintySpec.MissingRule) {
        for measure in measures.indices {
            var sum = 0.0
            var count = 0
            var groups: [String: (sum: Double, count: Int)] = [:]
            for unit in units where measure < unit.values.count {
                guard let value = unit.values[measure], !value.isNaN else { continue }
                sum += value
                count += 1
                if let parent = unit.unit.parentID ?? unit.unit.group {
                    groups[parent, default: (0, 0)].sum += value
                    groups[parent, default: (0, 0)].count += 1
                }
            }
            guard count > 0 else { continue }
            for index in units.indices where measure < units[index].values.count && units[index].values[measure] == nil
            {
                var mean = sum / Double(count)
                if rule == .groupMean, let parent = units[index].unit.parentID ?? units[index].unit.group,
                    let group = groups[parent], group.count > 0
                {
                    mean = group.sum / Double(group.count)
                }
                if measures[measure].kind == .count || measures[measure].kind == .yesNo { mean = mean.rounded() }
                units[index].values[measure] = mean
            }
        }
    }
}
