import ChisoCore

extension SchemeConformance {
    /// The lean outcome a Monte Carlo run reads is the full score's: class, ranked value, index and blockers, with
    /// and without subordinate units, values not applicable (NaN) included.
    func outcomeAgreesWithTheFullScore(_ log: inout FailureLog) {
        var (units, children) = RandomUnits.make(scheme, count: 300, seed: 17)
        var random = SplitMix64(seed: 5)
        for unit in units.indices where unit % 3 == 0 {
            let measure = Int.random(in: 0..<max(scheme.measures.count, 1), using: &random)
            if measure < units[unit].values.count { units[unit].values[measure] = .nan }
        }
        for unit in units {
            for subordinates in [children[unit.unit.id], nil] {
                var lean: [Int] = [7]
                var full: [Int] = [7]
                let fast = scheme.outcome(of: unit, subordinates: subordinates, blockers: &lean)
                let scored = scheme.scoredOutcome(of: unit, subordinates: subordinates, blockers: &full)
                // NaN (a value not applicable) reaches point schemes only here; compare it as a value.
                log.expect(
                    fast.ordinal == scored.ordinal && RandomUnits.same(fast.rankedValue, scored.rankedValue)
                        && RandomUnits.same(fast.index, scored.index),
                    "\(unit.unit.id): lean outcome \(fast) ≠ \(scored)")
                log.expect(lean == full, "\(unit.unit.id): blockers \(lean) ≠ \(full)")
            }
        }
    }

    /// The Monte Carlo mean index under symmetric zero-mean noise that crosses no threshold is the nominal index,
    /// within its standard error: the runs add no bias of their own (clipping aside, which a value inside its range
    /// and noise this small never meets). Units have continuous random values, so no value sits on a threshold.
    func meanIndexUnderSymmetricNoise(_ log: inout FailureLog) {
        guard scheme.unknownWeights.isEmpty else { return }
        let (units, _) = RandomUnits.make(scheme, count: 40, seed: 23)
        let numeric = scheme.measures.indices.filter { ![.yesNo, .choice, .count].contains(scheme.measures[$0].kind) }
        let analysis = MonteCarlo(
            scheme: scheme, assessments: units,
            spec: UncertaintySpec(noise: [UncertaintySpec.DataNoise(measures: numeric, absolute: 1e-7)]))
        let nominal = analysis.nominal()
        let runs = 200
        let statistics = analysis.runOnThreads(runs: runs, seed: 11, threads: 2)
        for unit in units.indices {
            guard let index = nominal.indices[unit] else { continue }
            guard let found = statistics.index(unit) else {
                log.expect(false, "unit \(unit): no index statistics")
                continue
            }
            let standardError = found.deviation / Double(runs).squareRoot()
            log.expect(
                abs(found.mean - index) <= 4 * standardError + 1e-6, "unit \(unit): mean \(found.mean) ≠ \(index)")
        }
    }

    /// Uncertainty: with nothing uncertain, every run is the nominal result; with weight noise, a weighted scheme
    /// keeps its total, and a run of noisy weights scores every unit in a class the scheme has.
    func uncertaintyWithoutNoise(_ log: inout FailureLog) {
        guard scheme.unknownWeights.isEmpty else { return }
        let (units, _) = RandomUnits.make(scheme, count: 40, seed: 3)
        let analysis = MonteCarlo(scheme: scheme, assessments: units, spec: UncertaintySpec())
        let nominal = analysis.nominal()
        // Ranks on classes are counted, not sorted: they must be the competition ranks of the classes.
        if scheme.rankedFigures.isEmpty {
            log.expect(
                nominal.ranks == Ranking.competition(nominal.ordinals.map(Double.init), decimals: 12),
                "ranks on classes are not the competition ranks of the classes")
        }
        let statistics = analysis.runOnThreads(runs: 20, seed: 1, threads: 2)
        for unit in units.indices {
            log.expect(
                statistics.probability(unit, ofClass: nominal.ordinals[unit]) == 1, "unit \(unit): class varies")
            log.expect(
                statistics.rankQuantile(unit, 0.05) == statistics.rankQuantile(unit, 0.95), "unit \(unit): rank varies")
        }
        guard let weighted = scheme as? any WeightedScheme else { return }
        let noisy = MonteCarlo(
            scheme: scheme, assessments: units,
            spec: UncertaintySpec(
                weights: UncertaintySpec.WeightNoise(depths: Array(0..<weighted.weightDepth), amplitude: 0.25)))
        for run in 0..<5 {
            let outcome = noisy.sample(run: run, seed: 9)
            log.expect(
                outcome.ordinals.allSatisfy { $0 >= 0 && $0 <= scheme.classes.count },
                "run \(run): a class the scheme does not have")
        }
    }
}
