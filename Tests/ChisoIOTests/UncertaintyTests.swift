import ChisoCLI
import ChisoCore
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// Monte Carlo uncertainty on analytic cases.
struct UncertaintyTests {
    /// The toy level framework: one percentage criterion, level 1 at 50%, level 2 at 60%.
    static func toy() throws -> any ScoringScheme {
        try FrameworkDecoder.decode(FrameworkDecoderTests.valid, file: "toy.json").0.scheme
    }

    static func units(_ values: [Double?]) -> [Assessment] {
        values.enumerated().map { Assessment(unit: UnitInfo(id: "U\($0.offset)"), values: [$0.element]) }
    }

    static let noise = UncertaintySpec(noise: [UncertaintySpec.DataNoise(measures: [0], absolute: 5)])

    @Test func farFromEveryThresholdIsCertain() async throws {
        let analysis = MonteCarlo(scheme: try Self.toy(), assessments: Self.units([20, 55, 90]), spec: Self.noise)
        let statistics = await analysis.run(runs: 400, seed: 1, threads: 2)
        #expect(statistics.probability(0, ofClass: 0) == 1)
        #expect(statistics.probability(1, ofClass: 1) == 1)
        #expect(statistics.probability(2, ofClass: 2) == 1)
        #expect(statistics.rankQuantile(2, 0.05) == 1 && statistics.rankQuantile(2, 0.95) == 1)
    }

    @Test func exactlyAtTheThresholdIsAHalf() async throws {
        let analysis = MonteCarlo(scheme: try Self.toy(), assessments: Self.units([50]), spec: Self.noise)
        let statistics = await analysis.run(runs: 4000, seed: 7, threads: 2)
        // Standard error √(¼ / 4000) ≈ 0.008.
        #expect(abs(statistics.probability(0, ofClass: 1) - 0.5) < 0.04)
        let normal = UncertaintySpec(
            noise: [UncertaintySpec.DataNoise(measures: [0], absolute: 3, distribution: .normal)])
        let other = await MonteCarlo(scheme: try Self.toy(), assessments: Self.units([50]), spec: normal)
            .run(runs: 4000, seed: 8, threads: 1)
        #expect(abs(other.probability(0, ofClass: 1) - 0.5) < 0.04)
    }

    @Test func noUncertaintyGivesTheNominalResult() async throws {
        let units = Self.units([20, 55, 65, nil])
        let analysis = MonteCarlo(scheme: try Self.toy(), assessments: units, spec: UncertaintySpec())
        let nominal = analysis.nominal()
        let statistics = await analysis.run(runs: 50, seed: 3, threads: 2)
        for unit in units.indices {
            #expect(statistics.probability(unit, ofClass: nominal.ordinals[unit]) == 1)
            #expect(statistics.rankQuantile(unit, 0.05) == nominal.ranks[unit])
            #expect(statistics.rankQuantile(unit, 0.95) == nominal.ranks[unit])
            #expect(statistics.meanRank(unit) == Double(nominal.ranks[unit]))
        }
    }

    /// A commune that could not be read keeps its district's roll-up missing in every run, as in the nominal
    /// result: no run scores the district without it.
    @Test func anUnreadableCommuneKeepsItsDistrictsRollUpMissingInEveryRun() throws {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("notebooks-data")
        let text = try String(contentsOf: sample.appendingPathComponent("sample-communes.csv"), encoding: .utf8)
        let damaged = text.replacingOccurrences(
            of: "H04-X02,Xã Minh Họa 4-2,H04,2025,3,75,", with: "H04-X02,Xã Minh Họa 4-2,H04,2025,3,abc,")
        #expect(damaged != text)
        let children = FileManager.default.temporaryDirectory.appendingPathComponent("unreadable-\(UUID()).csv")
        try damaged.write(to: children, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: children) }
        let scoring = try ScoringRun.run(
            framework: "vn-2361-district", data: sample.appendingPathComponent("sample-districts.csv").path,
            children: children.path, skipInvalid: true)
        let linked = try #require(scoring.linked)
        #expect(linked.unreadableChildren.map(\.id) == ["H04-X02"])
        let spec = UncertaintySpec(noise: [
            UncertaintySpec.DataNoise(measures: Array(linked.parentScheme.measures.indices), absolute: 2)
        ])
        let analysis = MonteCarlo(
            scheme: linked.parentScheme, assessments: linked.parents, spec: spec,
            subordinates: MonteCarlo.Subordinates(
                scheme: linked.childScheme, assessments: linked.children, unreadable: linked.unreadableChildren))
        let h04 = try #require(linked.parent(withID: "H04"))
        let chung = try #require(linked.parentScheme.conditions.firstIndex { $0.id == "CHUNG.01" })
        let nominal = analysis.nominal()
        #expect(nominal.ordinals[h04] == linked.parentResults[h04].standing.ordinal)
        #expect(nominal.ordinals == linked.parentResults.map(\.standing.ordinal))
        let statistics = analysis.runOnThreads(runs: 100, seed: 2, threads: 2)
        #expect(statistics.probability(h04, ofClass: nominal.ordinals[h04]) == 1)
        #expect(statistics.bindingShare(h04, condition: chung) == 1)
    }

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

    @Test func missingValuesMayBeImputed() async throws {
        let units = Self.units([70, 70, nil])
        let spec = UncertaintySpec(missing: [.columnMean])
        let statistics = await MonteCarlo(scheme: try Self.toy(), assessments: units, spec: spec)
            .run(runs: 10, seed: 1, threads: 1)
        #expect(statistics.probability(2, ofClass: 2) == 1)  // read as 70, the column's mean
        let both = UncertaintySpec(missing: [.zero, .columnMean])
        let mixed = await MonteCarlo(scheme: try Self.toy(), assessments: units, spec: both)
            .run(runs: 400, seed: 1, threads: 1)
        #expect(abs(mixed.probability(2, ofClass: 2) - 0.5) < 0.1)
    }
}

/// Sobol indices against closed forms.
struct SobolTests {
    static func uniform(_ seed: UInt64) -> Double {
        var random = SplitMix64(seed: seed)
        return Double.random(in: -Double.pi...Double.pi, using: &random)
    }

    /// The Ishigami function (a = 7, b = 0.1): S = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437.
    @Test func ishigami() {
        let (indices, _, evaluations) = Sobol.estimate(
            groups: ["x1", "x2", "x3"], samples: 20_000, seed: 3, bootstrap: 100, threads: 2
        ) { seeds in
            let (x1, x2, x3) = (Self.uniform(seeds[0]), Self.uniform(seeds[1]), Self.uniform(seeds[2]))
            return Foundation.sin(x1) + 7 * Foundation.pow(Foundation.sin(x2), 2) + 0.1 * Foundation.pow(x3, 4)
                * Foundation.sin(x1)
        }
        #expect(evaluations == 100_000)
        let first = [0.3139, 0.4424, 0]
        let total = [0.5576, 0.4424, 0.2437]
        for g in 0..<3 {
            #expect(abs(indices[g].first - first[g]) < 0.03, "S\(g + 1) = \(indices[g].first)")
            #expect(abs(indices[g].total - total[g]) < 0.03, "ST\(g + 1) = \(indices[g].total)")
            #expect(indices[g].firstInterval.lowerBound <= indices[g].firstInterval.upperBound)
        }
    }

    /// A linear model y = 1·x1 + 2·x2 + 3·x3 with uniform inputs: S_i = ST_i = a_i² / Σ a².
    @Test func linearModel() {
        let (indices, _, _) = Sobol.estimate(
            groups: ["a", "b", "c"], samples: 10_000, seed: 5, bootstrap: 50, threads: 2
        ) {
            seeds in
            Self.uniform(seeds[0]) + 2 * Self.uniform(seeds[1]) + 3 * Self.uniform(seeds[2])
        }
        for (g, weight) in [1.0, 2, 3].enumerated() {
            let expected = weight * weight / 14
            #expect(abs(indices[g].first - expected) < 0.03)
            #expect(abs(indices[g].total - expected) < 0.03)
        }
    }

    /// A unit far from every threshold has no variance to explain; the noise on a single criterion explains all of
    /// a unit's variance at its threshold.
    @Test func onASchemeOneGroupExplainsAll() throws {
        let spec = UncertaintySpec(
            noise: [
                UncertaintySpec.DataNoise(measures: [0], absolute: 5, name: "shares")
            ], missing: [.zero, .columnMean])
        let units = UncertaintyTests.units([50, 80, nil])
        let analysis = MonteCarlo(scheme: try UncertaintyTests.toy(), assessments: units, spec: spec)
        #expect(analysis.groups == ["shares", "missing"])
        let (indices, _, _) = analysis.sensitivity(target: .unit(0), samples: 2_000, seed: 1, threads: 2)
        #expect(abs(indices[0].total - 1) < 0.1)
        #expect(abs(indices[1].total) < 0.05)
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
