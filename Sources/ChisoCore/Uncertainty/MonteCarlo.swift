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

    /// One run's outcome for every unit.
    public struct Outcome: Sendable {
        /// Each unit's class (standing ordinal).
        public var ordinals: [Int]
        /// Each unit's rank, 1 the best (competition ranks on the scheme's first ranked figure, else on the class),
        /// within its group as the scheme ranks (``ScoringScheme/rank(_:)``); 0 for a unit the scheme does not rank
        /// in this run (``ScoringScheme/isRanked(_:)``).
        public var ranks: [Int]
        /// Whether each unit takes part in the ranking in this run.
        public var isRanked: [Bool]
        /// Each unit's index, where the scheme computes one.
        public var indices: [Double?]
        /// The binding conditions of every unit, one after another: unit *u*'s are
        /// `blockerList[blockerEnds[u - 1]..<blockerEnds[u]]` (from 0 for the first unit).
        public var blockerList: [Int]
        /// Where each unit's binding conditions end in ``blockerList``.
        public var blockerEnds: [Int]

        /// Empty buffers for a cohort.
        init(units: Int) {
            ordinals = Array(repeating: 0, count: units)
            ranks = Array(repeating: 0, count: units)
            isRanked = Array(repeating: true, count: units)
            indices = Array(repeating: nil, count: units)
            blockerList = []
            blockerEnds = Array(repeating: 0, count: units)
        }

        /// A unit's binding conditions (what keeps it from the next class).
        public func blockers(of unit: Int) -> ArraySlice<Int> {
            blockerList[(unit == 0 ? 0 : blockerEnds[unit - 1])..<blockerEnds[unit]]
        }

        /// The absolute rank shifts from another outcome of the units ranked in both, in the same group.
        public func rankShifts(from other: Outcome) -> [Int] {
            ranks.indices.compactMap { unit in
                unit < other.ranks.count && ranks[unit] > 0 && other.ranks[unit] > 0
                    ? abs(ranks[unit] - other.ranks[unit]) : nil
            }
        }

        /// Ranks the units: competition ranks on `values` when given, else on the classes (counted, not sorted);
        /// within `groups` when given, and only the units of ``isRanked``.
        mutating func rank(values: [Double]?, decimals: Int, classes: Int, groups: [Int]?) {
            if groups != nil || isRanked.contains(false) {
                rankInGroups(values: values, decimals: decimals, groups: groups)
                return
            }
            if let values {
                ranks = Ranking.competition(values, decimals: decimals)
                return
            }
            // Rank of a unit at class c: 1 + the number of units above c.
            var atClass = [Int](repeating: 0, count: classes + 2)
            for ordinal in ordinals { atClass[min(max(ordinal, 0), classes + 1)] += 1 }
            var above = 0
            var rankOfClass = [Int](repeating: 1, count: classes + 2)
            for ordinal in stride(from: classes + 1, through: 0, by: -1) {
                rankOfClass[ordinal] = above + 1
                above += atClass[ordinal]
            }
            for unit in ordinals.indices { ranks[unit] = rankOfClass[min(max(ordinals[unit], 0), classes + 1)] }
        }

        /// Ranks each group's ranked units among themselves; the others get 0.
        private mutating func rankInGroups(values: [Double]?, decimals: Int, groups: [Int]?) {
            var members: [Int: [Int]] = [:]
            for unit in ranks.indices {
                ranks[unit] = 0
                if isRanked[unit] {
                    members[groups.map { unit < $0.count ? $0[unit] : 0 } ?? 0, default: []].append(unit)
                }
            }
            for positions in members.values {
                let figures = positions.map { unit in values.map { $0[unit] } ?? Double(ordinals[unit]) }
                for (offset, rank) in Ranking.competition(figures, decimals: values == nil ? 0 : decimals).enumerated()
                {
                    ranks[positions[offset]] = rank
                }
            }
        }
    }

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

    /// What one worker reuses from run to run: the data as drawn, and the outcome's buffers.
    struct Workspace {
        var units: [Assessment]
        var children: [Assessment]
        var childOrdinals: [Int]
        var rankedValues: [Double]
        var outcome: Outcome
        var scratch: [Int] = []
        /// Whether values outside the noisy columns may differ from the nominal ones (the last run imputed or
        /// reweighted them).
        var isDrawn = false
    }

    /// A fresh workspace holding the nominal data. Its units' texts are copies of their own, so that workers on
    /// other threads never count references to the same storage (which would make their cores contend).
    func workspace() -> Workspace {
        let children = Self.ownCopies(subordinates?.assessments ?? [])
        return Workspace(
            units: Self.ownCopies(assessments), children: children,
            childOrdinals: Array(repeating: 0, count: children.count),
            rankedValues: Array(repeating: 0, count: assessments.count), outcome: Outcome(units: assessments.count))
    }

    /// Assessments whose values and texts have storage of their own.
    static func ownCopies(_ assessments: [Assessment]) -> [Assessment] {
        func own(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }
        return assessments.map { assessment in
            var unit = assessment.unit
            unit.id = own(unit.id)
            unit.name = unit.name.map(own)
            unit.parentID = unit.parentID.map(own)
            unit.group = unit.group.map(own)
            return Assessment(unit: unit, values: Array(assessment.values))
        }
    }

    /// The nominal outcome: the data and scheme as given.
    public func nominal() -> Outcome {
        var space = workspace()
        evaluate(scheme, in: &space)
        return space.outcome
    }

    /// Scores the workspace's data with a scheme into its outcome: subordinate units first, then the units with
    /// their subordinates' classes rolled up, as ``LinkedScoring`` does.
    func evaluate(
        _ runScheme: any ScoringScheme, in space: inout Workspace,
        drawing: (plan: DrawPlan, random: UnsafeMutableBufferPointer<SplitMix64>)? = nil
    ) {
        let rollsUp = subordinates != nil
        if let subordinates {
            let childScheme = subordinates.scheme
            var scratch: [Int] = []
            swap(&scratch, &space.scratch)
            for child in space.children.indices {
                space.childOrdinals[child] =
                    childScheme.outcome(of: space.children[child], subordinates: nil, blockers: &scratch).ordinal
                scratch.removeAll(keepingCapacity: true)
            }
            swap(&scratch, &space.scratch)
        }
        let maximumLevel = subordinates?.scheme.classes.count ?? 0
        let figure = runScheme.rankedFigures.first
        // The blockers are gathered in a local array (its buffer kept from run to run), so that passing a unit's
        // assessment to the scheme borrows it rather than copying it.
        var blockers: [Int] = []
        swap(&blockers, &space.outcome.blockerList)
        blockers.removeAll(keepingCapacity: true)
        for unit in space.units.indices {
            var summary: ChildLevelSummary?
            if rollsUp {
                var counted = ChildLevelSummary(maximumLevel: maximumLevel)
                for child in childrenOfUnit[unit] { counted.add(space.childOrdinals[child]) }
                for id in unreadableOfUnit[unit] { counted.addUnreadable(id) }
                summary = counted
            }
            if let drawing {
                assessments[unit].values.withUnsafeBufferPointer { nominal in
                    space.units[unit].values.withUnsafeMutableBufferPointer { drawn in
                        Self.apply(drawing.plan, from: nominal, to: drawn, using: drawing.random)
                    }
                }
            }
            let found = runScheme.outcome(of: space.units[unit], subordinates: summary, blockers: &blockers)
            space.outcome.blockerEnds[unit] = blockers.count
            space.outcome.ordinals[unit] = found.ordinal
            space.outcome.indices[unit] = found.index
            space.outcome.isRanked[unit] = found.isRanked
            space.rankedValues[unit] = found.rankedValue ?? 0
        }
        swap(&blockers, &space.outcome.blockerList)
        space.outcome.rank(
            values: figure == nil ? nil : space.rankedValues, decimals: runScheme.rankingPrecision,
            classes: runScheme.classes.count, groups: rankGroups)
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
        var space = workspace()
        sample(run: run, seed: seed, in: &space)
        return space.outcome
    }

    /// One run, drawn and scored in a workspace: its outcome is left in `space.outcome`.
    func sample(run: Int, seed: UInt64, in space: inout Workspace) {
        var random = Self.generator(seed: seed, run: run)
        sample(seeds: groups.indices.map { _ in random.next() }, in: &space)
    }

    /// One run drawn from one seed per group (``groups``): the outcome.
    public func sample(seeds: [UInt64]) -> Outcome {
        var space = workspace()
        sample(seeds: seeds, in: &space)
        return space.outcome
    }

    /// One run drawn from one seed per group, in a workspace: its outcome is left in `space.outcome`.
    func sample(seeds: [UInt64], in space: inout Workspace) {
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
        var chosen: Int?
        if var random = frameworkRandom {
            chosen = Int.random(in: 0..<spec.alternatives.count, using: &random)
            frameworkRandom = random
        } else if !spec.alternatives.isEmpty {
            chosen = 0
        }
        if let chosen {
            runScheme = spec.alternatives[chosen]
        }
        // An alternative's classes and conditions are counted by name in the nominal framework's, once it scored.
        defer {
            if let chosen, chosen < alternativeMaps.count, !alternativeMaps[chosen].isIdentity {
                alternativeMaps[chosen].translate(&space.outcome)
            }
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
        let plan = DrawPlan(
            noise: spec.noise, measures: scheme.measures, factors: valueFactors,
            restores: space.isDrawn || !valueFactors.isEmpty)
        // Values outside the noisy columns change only by imputation and by weights; the next run then restores them.
        let touchesOthers = rule != .zero || !valueFactors.isEmpty
        defer { space.isDrawn = touchesOthers }
        guard rule == .zero, subordinates == nil else {
            Self.draw(
                into: &space.units, from: assessments, plan: plan, measures: scheme.measures, missing: rule,
                using: &noiseRandom)
            if let subordinates {
                let childPlan = DrawPlan(
                    noise: childNoise, measures: subordinates.scheme.measures, factors: [:], restores: space.isDrawn)
                Self.draw(
                    into: &space.children, from: subordinates.assessments, plan: childPlan,
                    measures: subordinates.scheme.measures, missing: rule, using: &noiseRandom)
            }
            evaluate(runScheme, in: &space)
            return
        }
        // Each unit's draw and score depend on that unit alone: draw and score it in one pass, while its values are
        // in cache. The draws come in the same order as drawing all units first.
        noiseRandom.withUnsafeMutableBufferPointer { generators in
            evaluate(runScheme, in: &space, drawing: plan.isEmpty ? nil : (plan, generators))
        }
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
            copy.measures = entry.measures.compactMap { $0 >= 0 && $0 < from.count ? index[from[$0].key] : nil }
            return copy
        }
    }

    /// What one run does to each unit's values, worked out once per run: the noise of each column, the factors
    /// of reweighted values, and whether each unit's values are first restored to their nominal values.
    struct DrawPlan {
        var steps: [Step]
        var scaled: [(key: Int, value: Double)]
        /// Whether values outside the noisy columns may differ from the nominal ones (an earlier run imputed or
        /// reweighted them) or are about to be scaled: then every value is copied from the nominal first.
        var restores: Bool

        init(noise: [UncertaintySpec.DataNoise], measures: [Measure], factors: [Int: Double], restores: Bool) {
            steps = noise.indices.flatMap { group in
                let entry = noise[group]
                // Only the columns the entry's amounts move: a flip entry over every column leaves the numbers to
                // the entries that move them, rather than drawing them back to their nominal values.
                return entry.measures.filter { $0 >= 0 && $0 < measures.count && entry.moves(measures[$0].kind) }.map {
                    Step(
                        group: group, measure: $0, isYesNo: measures[$0].kind == .yesNo,
                        isCount: measures[$0].kind == .count,
                        lower: measures[$0].validRange?.lowerBound ?? -.infinity,
                        upper: measures[$0].validRange?.upperBound ?? .infinity, absolute: entry.absolute ?? 0,
                        relative: entry.relative ?? 0, isNormal: entry.distribution == .normal, flip: entry.flip ?? 0,
                        countStep: entry.countStep ?? 0)
                }.map { step in
                    var classified = step
                    classified.classify()
                    return classified
                }
            }
            scaled = factors.sorted { $0.key < $1.key }
            self.restores = restores
        }

        /// Whether the run leaves the values as they are.
        var isEmpty: Bool { steps.isEmpty && scaled.isEmpty && !restores }
    }

    /// Draws the units' values for one run into `units`, which holds the same units as `assessments`, in place so
    /// that no run allocates: missing values read by the rule (after every value is restored), then the noise.
    static func draw(
        into units: inout [Assessment], from assessments: [Assessment], plan: DrawPlan, measures: [Measure],
        missing: UncertaintySpec.MissingRule, using random: inout [SplitMix64]
    ) {
        var plan = plan
        if missing != .zero {
            for unit in units.indices {
                assessments[unit].values.withUnsafeBufferPointer { nominal in
                    units[unit].values.withUnsafeMutableBufferPointer { restore($0, from: nominal) }
                }
            }
            impute(&units, measures: measures, rule: missing)
            plan.restores = false
        }
        guard !plan.isEmpty else { return }
        random.withUnsafeMutableBufferPointer { generators in
            for unit in units.indices {
                if missing != .zero {
                    // The noise applies to the imputed values.
                    units[unit].values.withUnsafeMutableBufferPointer { drawn in
                        apply(plan, from: UnsafeBufferPointer(drawn), to: drawn, using: generators)
                    }
                } else {
                    assessments[unit].values.withUnsafeBufferPointer { nominal in
                        units[unit].values.withUnsafeMutableBufferPointer { drawn in
                            apply(plan, from: nominal, to: drawn, using: generators)
                        }
                    }
                }
            }
        }
    }

    /// Copies nominal values over drawn ones.
    private static func restore(
        _ drawn: UnsafeMutableBufferPointer<Double?>, from nominal: UnsafeBufferPointer<Double?>
    ) {
        if nominal.count == drawn.count {
            _ = drawn.update(fromContentsOf: nominal)
        } else {
            for measure in 0..<min(nominal.count, drawn.count) { drawn[measure] = nominal[measure] }
        }
    }

    /// One unit's drawn values: each noisy column drawn around its value in `source` (the nominal values, or the
    /// drawn ones themselves after imputation), then the reweighted columns scaled.
    static func apply(
        _ plan: DrawPlan, from source: UnsafeBufferPointer<Double?>, to values: UnsafeMutableBufferPointer<Double?>,
        using random: UnsafeMutableBufferPointer<SplitMix64>
    ) {
        if plan.restores { restore(values, from: source) }
        for step in plan.steps where step.measure < values.count && step.measure < source.count {
            guard let value = source[step.measure], !value.isNaN else {
                values[step.measure] = source[step.measure]
                continue
            }
            if step.isPlainUniform {
                // The common case, without a branch on the step's kind: value ± absolute, clipped.
                let drawn = value + step.absolute * (2 * unit(&random[step.group]) - 1)
                values[step.measure] = min(max(drawn, step.lower), step.upper)
                continue
            }
            var drawn = value
            if step.isYesNo {
                if step.flip > 0, unit(&random[step.group]) < step.flip {
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
        for (measure, factor) in plan.scaled where measure < values.count {
            if let value = values[measure], !value.isNaN { values[measure] = value * factor }
        }
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
        /// Absolute uniform noise on a number, nothing else: the common case, drawn without a branch on the kind.
        var isPlainUniform = false

        mutating func classify() {
            isPlainUniform = !isYesNo && !isCount && !isNormal && relative == 0 && absolute > 0
        }
    }

    @inline(__always)
    private static func draw(
        _ amount: Double, _ distribution: UncertaintySpec.Distribution, using random: inout SplitMix64
    )
        -> Double
    {
        switch distribution {
        case .uniform: return amount * (2 * unit(&random) - 1)
        case .normal:
            // Box–Muller.
            let u = 1 - unit(&random)  // in (0, 1]: its logarithm is finite
            let v = unit(&random)
            return amount * (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
        }
    }

    /// A uniform draw in [0, 1) from the top 53 bits of one number: the cheap draw every noise step makes.
    @inline(__always)
    static func unit(_ random: inout SplitMix64) -> Double {
        Double(random.next() >> 11) * 0x1p-53
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
