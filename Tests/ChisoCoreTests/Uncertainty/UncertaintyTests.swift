import ChisoCore
import Foundation
import Testing

/// Monte Carlo uncertainty on analytic cases.
struct UncertaintyTests {
    /// The toy level framework: one percentage criterion, level 1 at 50%, level 2 at 60% (the scheme the framework
    /// file of `FrameworkDecoderTests.valid` in ChisoFormatsTests decodes to, built here in code).
    static func toy() throws -> any ScoringScheme {
        LevelScheme(
            levels: [LocalizedText(vi: "Một", en: "One"), LocalizedText(vi: "Hai", en: "Two")],
            groups: [CriterionGroup(id: "G", name: LocalizedText(vi: "Nhóm", en: "Group"))],
            criteria: [
                LevelCriterion(
                    id: "G.01",
                    group: "G",
                    name: LocalizedText(vi: "Tỷ lệ", en: "Share"),
                    measurementUnit: LocalizedText(vi: "%", en: "%"),
                    kind: .percent,
                    requirements: [
                        LevelRequirement(rule: .atLeast(50), text: "50%"),
                        LevelRequirement(rule: .atLeast(60), text: "60%"),
                    ]
                )
            ]
        )
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
