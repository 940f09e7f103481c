import ChisoCore
import ChisoFormats
import Testing

/// Monte Carlo uncertainty on the built-in frameworks (read from their files): buffers reused from run to run,
/// reweighting, threads, weight noise, symmetric noise and ranks.
struct UncertaintyCatalogTests {
    /// Workers reuse their buffers from run to run; each run must still be the run drawn afresh, whatever the runs
    /// before it imputed, reweighted or drew — for level and point schemes, with and without subordinate units.
    @Test(arguments: ["vn-2361-commune", "vn-hue-3043"])
    func reusedBuffersGiveTheRunsDrawnAfresh(framework id: String) throws {
        let (framework, _) = try FrameworkCatalog.load(id)
        var units = SyntheticUnits.generate(for: framework, count: 30, seed: 9)
        for index in units.indices where index % 4 == 0 { units[index].values[index % framework.measures.count] = nil }
        let spec = UncertaintySpec(
            noise: [UncertaintySpec.DataNoise(measures: Array(0..<framework.measures.count / 2), relative: 0.1)],
            missing: [.zero, .columnMean], weights: UncertaintySpec.WeightNoise(depths: [0], amplitude: 0.2))
        let analysis = MonteCarlo(scheme: framework.scheme, assessments: units, spec: spec)
        var fresh = UncertaintyStatistics(
            units: units.count, classes: framework.scheme.classes.count,
            conditions: framework.scheme.conditions.count)
        for run in 0..<64 { fresh.add(analysis.sample(run: run, seed: 4)) }
        #expect(analysis.runOnThreads(runs: 64, seed: 4, threads: 1) == fresh)
        #expect(analysis.runOnThreads(runs: 64, seed: 4, threads: 3) == fresh)
    }

    /// A weight sweep's outcome is the reweighted scheme scoring the values scaled with it, ranked on its index;
    /// no change at all is the nominal outcome.
    @Test func reweightingScoresTheReweightedSchemeOnScaledValues() throws {
        let (framework, _) = try FrameworkCatalog.load("vn-hue-3043")
        let units = SyntheticUnits.generate(for: framework, count: 30, seed: 12)
        let analysis = MonteCarlo(scheme: framework.scheme, assessments: units, spec: UncertaintySpec())
        let same = try #require(analysis.outcome(reweighting: [:]))
        #expect(same.ranks == analysis.nominal().ranks && same.ordinals == analysis.nominal().ordinals)
        let weighted = try #require(framework.scheme as? PointScheme)
        for condition in weighted.weightedConditions(atDepth: 0) {
            for factor in [0.0, 1.3] {
                let (changed, valueFactors) = weighted.reweighted([condition: factor])
                let scaled = units.map { unit in
                    var copy = unit
                    for (measure, scale) in valueFactors where measure < copy.values.count {
                        copy.values[measure] = copy.values[measure].map { $0 * scale }
                    }
                    return copy
                }
                let results = changed.score(scaled)
                // As the reweighted scheme ranks them: units below its tiers unranked (0).
                let ranks = changed.rank(results)
                let expected = results.indices.map { ranks.rank(of: .total, unit: $0) ?? 0 }
                #expect(expected.contains(0))
                let found = try #require(analysis.outcome(reweighting: [condition: factor]))
                #expect(found.ranks == expected, "condition \(condition) × \(factor)")
                #expect(found.ordinals == results.map(\.standing.ordinal))
            }
        }
    }

    @Test func theSameSeedGivesTheSameResultOnAnyNumberOfThreads() async throws {
        let (framework, _) = try FrameworkCatalog.load("vn-hue-3043")
        let units = SyntheticUnits.generate(for: framework, count: 40, seed: 5)
        let spec = UncertaintySpec(
            noise: [UncertaintySpec.DataNoise(measures: Array(framework.measures.indices), relative: 0.1)],
            weights: UncertaintySpec.WeightNoise(depths: [0], amplitude: 0.25))
        let analysis = MonteCarlo(scheme: framework.scheme, assessments: units, spec: spec)
        let one = await analysis.run(runs: 200, seed: 42, threads: 1)
        let many = await analysis.run(runs: 200, seed: 42, threads: 8)
        #expect(one == many)
        // Threads of its own (the command line's way) give the same statistics as the concurrency pool.
        #expect(analysis.runOnThreads(runs: 200, seed: 42, threads: 3) == one)
        let other = await analysis.run(runs: 200, seed: 43, threads: 8)
        #expect(one != other)
    }

    @Test func weightNoiseKeepsEveryParentsMaximum() throws {
        for id in ["vn-hue-3043", "vn-dti-922-province", "example-province-department"] {
            let (framework, _) = try FrameworkCatalog.load(id)
            let scheme = try #require(framework.scheme as? PointScheme)
            var random = SplitMix64(seed: 9)
            var factors: [Int: Double] = [:]
            for depth in 0..<scheme.weightDepth {
                for condition in scheme.weightedConditions(atDepth: depth) {
                    factors[condition] = 1 + Double.random(in: -0.25...0.25, using: &random)
                }
            }
            let (reweighted, _) = scheme.reweighted(factors)
            #expect(abs((reweighted.maximum ?? 0) - (scheme.maximum ?? 0)) < 1e-9, "\(id): total kept")
            for index in scheme.nodes.indices where !scheme.nodes[index].node.children.isEmpty {
                let after = reweighted.points(ofCondition: index + 1) ?? 0
                let children = reweighted.nodes.indices.filter {
                    reweighted.nodes[$0].parent == index && reweighted.nodes[$0].node.isScored
                }
                let sum = children.reduce(0) { $0 + (reweighted.points(ofCondition: $1 + 1) ?? 0) }
                #expect(abs(sum - after) < 1e-9, "\(id): children of \(scheme.nodes[index].node.id) add up")
            }
            // Something moved.
            #expect(reweighted != scheme)
        }
    }

    /// Symmetric noise without clipping leaves the mean index where it was (the index is linear in ratio inputs).
    @Test func meanIndexUnderSymmetricNoiseIsTheNominalIndex() async throws {
        let (framework, _) = try FrameworkCatalog.load("vn-dti-922-province")
        var random = SplitMix64(seed: 11)
        let units = (0..<10).map { number in
            Assessment(
                unit: UnitInfo(id: "P\(number)"),
                values: framework.measures.map { _ in Double.random(in: 0.3...0.7, using: &random) })
        }
        let spec = UncertaintySpec(
            noise: [UncertaintySpec.DataNoise(measures: Array(framework.measures.indices), absolute: 0.05)])
        let analysis = MonteCarlo(scheme: framework.scheme, assessments: units, spec: spec)
        let nominal = analysis.nominal()
        let statistics = await analysis.run(runs: 2000, seed: 13, threads: 2)
        for unit in units.indices {
            let (mean, deviation) = try #require(statistics.index(unit))
            let error = deviation / Double(statistics.runs).squareRoot()
            #expect(abs(mean - (nominal.indices[unit] ?? 0)) < 4 * error + 1e-4, "unit \(unit)")
        }
    }

}

/// A Monte Carlo run ranks as the scheme does: within groups, leaving the units it does not rank without a rank.
@Test(arguments: [0, 1, 2]) func monteCarloRanksAgreeWithTheScheme(seed: UInt64) throws {
    let (framework, _) = try FrameworkCatalog.load("vn-hue-3043")
    var units = SyntheticUnits.generate(for: framework, count: 40, seed: seed)
    for index in units.indices where index % 3 != 0 { units[index].unit.group = index % 3 == 1 ? "a" : "b" }
    let scheme = framework.scheme
    let ranks = scheme.rank(scheme.score(units))
    let expected = units.indices.map { ranks.rank(of: .total, unit: $0) ?? 0 }
    #expect(expected.contains(0), "the synthetic cohort should have units below the tiers")
    let analysis = MonteCarlo(scheme: scheme, assessments: units, spec: UncertaintySpec(noise: []))
    #expect(analysis.nominal().ranks == expected)
    var statistics = UncertaintyStatistics(
        units: units.count, classes: scheme.classes.count, conditions: scheme.conditions.count)
    statistics.add(analysis.sample(run: 0, seed: 1))
    for unit in units.indices {
        #expect(statistics.rankedShare(unit) == (expected[unit] > 0 ? 1 : 0))
        #expect(statistics.meanRank(unit) == (expected[unit] > 0 ? Double(expected[unit]) : nil))
    }
}

/// Reweighting changes the weights alone: the tiers' precision and the units left unranked stay the framework's.
@Test(arguments: ["vn-hue-3043", "vn-hue-3043-strict"]) func reweightedSchemeKeepsItsRankingRules(id: String) throws {
    let (framework, _) = try FrameworkCatalog.load(id)
    let scheme = try #require(framework.scheme as? PointScheme)
    let (same, _) = scheme.reweighted([:])
    #expect(same.unrankedBelowTiers == scheme.unrankedBelowTiers && scheme.unrankedBelowTiers)
    #expect(same.classPrecision == scheme.classPrecision)
    #expect(same == scheme)
}
