import ChisoCore
import ChisoFormats
import Testing

/// What an uncertainty analysis counts on every built-in framework (read from its file).
@Suite struct UncertaintyCatalogClassesTests {
    /// Property (issue 17): with noise whose amounts are all 0 — and two copies of the framework drawn from, so
    /// that runs are still drawn — every unit of every built-in framework stands at its nominal class and rank in
    /// every run.
    @Test(arguments: FrameworkCatalog.builtIn.map(\.id))
    func withZeroNoiseEveryRunIsTheNominalResult(id: String) throws {
        let (framework, _) = try FrameworkCatalog.load(id)
        guard framework.scheme.unknownWeights.isEmpty else { return }
        var units = SyntheticUnits.generate(for: framework, count: 25, seed: 17)
        for index in units.indices where index % 5 == 0 { units[index].values[index % framework.measures.count] = nil }
        let all = Array(framework.measures.indices)
        let spec = UncertaintySpec(
            noise: [
                UncertaintySpec.DataNoise(measures: all, absolute: 0, relative: 0, flip: 0, countStep: 0, name: "zero"),
                UncertaintySpec.DataNoise(measures: all, absolute: 0, distribution: .normal, name: "normal zero"),
            ],
            weights: (framework.scheme as? any WeightedScheme).map { _ in
                UncertaintySpec.WeightNoise(depths: [0], amplitude: 0)
            },
            alternatives: [framework.scheme, framework.scheme])
        let analysis = MonteCarlo(scheme: framework.scheme, assessments: units, spec: spec)
        let nominal = analysis.nominal()
        let statistics = analysis.runOnThreads(runs: 48, seed: 3, threads: 2)
        for unit in units.indices {
            #expect(statistics.probability(unit, ofClass: nominal.ordinals[unit]) == 1, "\(id) unit \(unit)")
            // A unit the framework leaves unranked (rank 0) has no rank in any run.
            let rank = nominal.ranks[unit] > 0 ? nominal.ranks[unit] : nil
            #expect(statistics.rankQuantile(unit, 0.05) == rank)
            #expect(statistics.rankQuantile(unit, 0.95) == rank)
            #expect(statistics.rankedShare(unit) == (rank == nil ? 0 : 1))
            if let index = nominal.indices[unit] {
                #expect(abs((statistics.index(unit)?.mean ?? -1) - index) < 1e-6)
            }
        }
    }
}
