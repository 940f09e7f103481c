/// One run: its generators, the framework, weights and reading of missing values drawn for it, then its data.
extension MonteCarlo {
    /// The generator of run `run`.
    static func generator(seed: UInt64, run: Int) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: run) &* 0x9E37_79B9_7F4A_7C15))
        return SplitMix64(seed: mixer.next())
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
        let chosen = alternative(using: &frameworkRandom)
        var runScheme = chosen.map { spec.alternatives[$0] } ?? scheme
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
        let rule = missingRule(using: &missingRandom)
        var noiseRandom = (0..<spec.noise.count).map { SplitMix64(seed: $0 < seeds.count ? seeds[$0] : 0) }
        let plan = DrawPlan(
            noise: spec.noise, measures: scheme.measures, factors: valueFactors,
            restores: space.isDrawn || !valueFactors.isEmpty)
        // Values outside the noisy columns change only by imputation and by weights; the next run then restores them.
        let touchesOthers = rule != .zero || !valueFactors.isEmpty
        defer { space.isDrawn = touchesOthers }
        drawAndEvaluate(runScheme, plan: plan, missing: rule, using: &noiseRandom, in: &space)
    }

    /// The alternative framework a run scores with: drawn when there are several, the only one when there is one,
    /// none (the nominal framework) when there are none.
    private func alternative(using random: inout SplitMix64?) -> Int? {
        guard var generator = random else { return spec.alternatives.isEmpty ? nil : 0 }
        defer { random = generator }
        return Int.random(in: 0..<spec.alternatives.count, using: &generator)
    }

    /// How a run reads missing values: drawn when the spec lists several rules, else its one rule (zero by default).
    private func missingRule(using random: inout SplitMix64?) -> UncertaintySpec.MissingRule {
        guard var generator = random else { return spec.missing.first ?? .zero }
        defer { random = generator }
        return spec.missing[Int.random(in: 0..<spec.missing.count, using: &generator)]
    }

    /// Draws the run's data by its plan and scores it with `runScheme`: all units (and their subordinate units)
    /// first when values are imputed or units roll up, else each unit drawn and scored in one pass.
    private func drawAndEvaluate(
        _ runScheme: any ScoringScheme, plan: DrawPlan, missing rule: UncertaintySpec.MissingRule,
        using noiseRandom: inout [SplitMix64], in space: inout Workspace
    ) {
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
}
