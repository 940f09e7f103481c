import ChisoCore
import Testing

@testable import ChisoCLI

/// A Sobol design too small for its estimates: the sensitivity task asks for more samples.
@Suite struct SensitivityAdviceTests {
    static func index(_ group: String, _ first: Double, _ low: Double, _ high: Double) -> SobolIndex {
        SobolIndex(group: group, first: first, total: 0.1, firstInterval: low...high, totalInterval: 0...0.2)
    }

    @Test func estimatesOutsideZeroToOneAskForMoreSamples() throws {
        let advice = try #require(
            SensitivityRun.samplesAdvice(
                [Self.index("data", -0.08, -0.3, 0.2), Self.index("weights", 0.6, 0.4, 0.8)], samples: 50)?.text.en)
        #expect(advice.contains("estimate of data (first order -0.08) falls outside 0–1"), "\(advice)")
        #expect(advice.contains("raise --samples (e.g. --samples 200)"))
        #expect(!advice.contains("weights"))
        // Below 0 with an interval below 0, or above 1: the design is too small just as well.
        let both = try #require(
            SensitivityRun.samplesAdvice(
                [Self.index("data", -4.4, -10.7, -1.1), Self.index("weights", 2.3, 1.1, 7.3)], samples: 10)?.text.en)
        #expect(both.contains("estimates of data (first order -4.4), weights (first order 2.3) fall outside 0–1"))
        let total = SobolIndex(group: "g", first: 0.5, total: 1.4, firstInterval: 0...1, totalInterval: 1...2)
        #expect(SensitivityRun.samplesAdvice([total], samples: 10)?.text.en.contains("g (total 1.4)") == true)
        // Within the tolerance, or inside 0–1 whatever the interval: no advice.
        #expect(SensitivityRun.samplesAdvice([Self.index("data", -0.005, -0.1, 0.1)], samples: 50) == nil)
        #expect(SensitivityRun.samplesAdvice([Self.index("data", 0.2, -0.1, 0.4)], samples: 50) == nil)
        #expect(SensitivityRun.samplesAdvice([Self.index("data", 1.005, 0.9, 1.1)], samples: 50) == nil)
    }
}
