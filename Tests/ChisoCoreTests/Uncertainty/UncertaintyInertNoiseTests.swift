import ChisoCore
import Testing

/// A noise entry that cannot move a score is found as such (``MonteCarlo/inertNoise``) and leaves the analysis
/// without variation; an entry moves only the columns of the kinds its amounts apply to.
struct UncertaintyInertNoiseTests {
    typealias Noise = UncertaintySpec.DataNoise

    @Test(arguments: [
        // values, noise, the reason (nil: the entry moves scores)
        ([50.0, 70.0] as [Double?], Noise(measures: [0], absolute: 5), nil as MonteCarlo.InertNoise.Reason?),
        ([nil, nil], Noise(measures: [0], absolute: 5), .allMissing),
        ([0, 0], Noise(measures: [0], relative: 0.5), .allZero),
        ([0, nil], Noise(measures: [0], relative: 0.5), .allZero),
        ([0, 0], Noise(measures: [0], absolute: 1, relative: 0.5), nil),
        ([0, 10], Noise(measures: [0], relative: 0.5), nil),
        ([50, 70], Noise(measures: [0], flip: 0.5), .noAmount),
        ([50, 70], Noise(measures: [0], absolute: 0), .noAmount),
        ([50, 70], Noise(measures: [], absolute: 5), .noAmount),
    ])
    func anEntryThatMovesNoScore(values: [Double?], noise: Noise, reason: MonteCarlo.InertNoise.Reason?) throws {
        for missing in [[UncertaintySpec.MissingRule.zero], [.zero, .columnMean, .groupMean]] {
            let analysis = MonteCarlo(
                scheme: try UncertaintyTests.toy(), assessments: UncertaintyTests.units(values),
                spec: UncertaintySpec(noise: [noise], missing: missing))
            #expect(analysis.inertNoise.first?.parts.map(\.reason) == reason.map { [$0] })
            // A column missing for every unit has no mean to fill a value with: the rules read it alike.
            let hasMissing = values.contains(nil) && values.contains { $0 != nil } && missing.count > 1
            #expect(analysis.missingRulesVary == hasMissing)
            #expect(analysis.varies == (reason == nil || hasMissing))
        }
    }

    /// A flip entry over a number's column drew it back to its nominal value after an earlier entry's noise: the
    /// unit at the threshold stood at level 1 in every run. It now leaves the number to the entry that moves it.
    @Test func anEntryOfAnotherKindLeavesTheColumnAlone() async throws {
        let spec = UncertaintySpec(noise: [Noise(measures: [0], absolute: 5), Noise(measures: [0], flip: 0.5)])
        let analysis = MonteCarlo(
            scheme: try UncertaintyTests.toy(), assessments: UncertaintyTests.units([50]), spec: spec)
        #expect(analysis.inertNoise.map(\.noise) == [1])
        let statistics = await analysis.run(runs: 2000, seed: 5, threads: 1)
        #expect(abs(statistics.probability(0, ofClass: 1) - 0.5) < 0.06)
    }
}
