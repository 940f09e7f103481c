#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Drawing a run's data: the plan of each column's noise, the draws themselves, and missing values imputed.
extension MonteCarlo {
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
