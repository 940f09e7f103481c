import ChisoCore
import Foundation
import Testing

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

    /// The first-order estimator centres the output: adding a constant to the output changes no index, and at
    /// N = 500 the estimates of a linear model scatter little from seed to seed even when the output's mean is far
    /// from 0 (uncentred, the scatter grows with the mean: SD about 5 at a mean of 100 here).
    @Test func theFirstOrderEstimateIsCentred() {
        func estimate(offset: Double, seed: UInt64) -> [Double] {
            Sobol.estimate(groups: ["a", "b", "c"], samples: 500, seed: seed, bootstrap: 0, threads: 2) { seeds in
                offset + Self.uniform(seeds[0]) + 2 * Self.uniform(seeds[1]) + 3 * Self.uniform(seeds[2])
            }.indices.map(\.first)
        }
        for seed in UInt64(1)...5 {
            let (plain, shifted) = (estimate(offset: 0, seed: seed), estimate(offset: 100, seed: seed))
            for g in 0..<3 { #expect(abs(plain[g] - shifted[g]) < 1e-9) }
        }
        let estimates = (UInt64(1)...30).map { estimate(offset: 100, seed: $0)[2] }
        let mean = estimates.reduce(0, +) / 30
        let sd = (estimates.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 29).squareRoot()
        #expect(sd < 0.06, "SD of S3 over 30 seeds: \(sd)")
        #expect(abs(mean - 9.0 / 14) < 0.03)
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
