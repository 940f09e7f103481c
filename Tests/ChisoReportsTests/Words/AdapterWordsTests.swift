import ChisoCore
import ChisoFormats
import Foundation
import Testing

@testable import ChisoReports

/// The words of `compare`, `uncertainty`, `sensitivity`, `crosswalk`, `regroup` and `frameworks`: every fixed
/// phrase and the sentences made from numbers and names have both languages, in NFC, and the Vietnamese differs
/// from the English where words are translated.
@Suite struct AdapterWordsTests {
    /// Both sides of `text` are non-empty and precomposed.
    private static func expectBothInNFC(_ text: LocalizedText, _ what: @autoclosure () -> String) {
        #expect(!text.vi.isEmpty && !text.en.isEmpty, "\(what()): \(text)")
        #expect(text.vi == text.vi.precomposedStringWithCanonicalMapping, "\(what()) vi is not NFC")
        #expect(text.en == text.en.precomposedStringWithCanonicalMapping, "\(what()) en is not NFC")
        #expect(text.vi != text.en, "\(what()) is not translated")
    }

    @Test func everyFixedPhraseHasBothLanguagesInNFC() {
        for words in CompareWords.allCases { Self.expectBothInNFC(words.text, "CompareWords.\(words)") }
        for words in AnalysisWords.allCases { Self.expectBothInNFC(words.text, "AnalysisWords.\(words)") }
        for words in FrameworkWords.allCases { Self.expectBothInNFC(words.text, "FrameworkWords.\(words)") }
        for words in AdapterWords.allCases { Self.expectBothInNFC(words.text, "AdapterWords.\(words)") }
    }

    @Test func sentencesHaveBothLanguagesInNFC() {
        let sentences: [(String, LocalizedText)] = [
            ("side", CompareWords.side(label: "A", name: "a.csv", framework: "f", units: 1_200, scale: .index)),
            ("pair", CompareWords.pairHead("A", "B", shared: 3)),
            ("only", CompareWords.onlyOn("A", (1...10).map { "U\($0)" })),
            ("unranked", CompareWords.unranked("A", 1, "B", 2)),
            ("correlations", CompareWords.correlations(rho: 0.5, rhoP: 0.0001, tau: 0.4, tauP: 0.2)),
            ("kappas", CompareWords.kappas(linear: 0.5, quadratic: nil, exactShare: 0.25)),
            ("top", CompareWords.top(3, overlap: 2.0 / 3)),
            ("shift", CompareWords.shift(-2)),
            ("sobol", AnalysisWords.sobolHead(target: "rank-shift", samples: 500, evaluations: 2_000, variance: 1.5)),
            (
                "reading",
                AnalysisWords.uncertaintyReading(runs: 1_000, seed: 1, binWidth: 5, someUnranked: true, tiered: true)
            ),
            ("threads", AnalysisWords.threadsCapped(asked: 8, cores: 2)),
            (
                "summary",
                AdapterWords.summary(
                    source: "a", target: "b", inputs: 10, mapped: 4, approximation: "why.", units: 3, filled: 9,
                    lost: 1)
            ),
            ("differences", FrameworkWords.differences(3, "a", "b", counts: [("added", 2), ("removed", 1)])),
            ("criteria", FrameworkWords.criteriaCell(5, share: 0.125, top: (2, 9))),
            ("whole", FrameworkWords.wholeLeaves(framework: "f", ids: ["A", "B"], parts: 3)),
        ]
        for (what, text) in sentences { Self.expectBothInNFC(text, what) }
    }

    /// Vietnamese numbers in the Vietnamese sentences, the English as before.
    @Test func numbersFollowTheLanguage() {
        let sobol = AnalysisWords.sobolHead(target: "t", samples: 500, evaluations: 2_000, variance: 1.23456)
        #expect(sobol.vi.contains("2.000 lần; phương sai 1,2346"))
        #expect(sobol.en.contains("variance 1.2346"))
        let kappas = CompareWords.kappas(linear: 0.5, quadratic: 0.8235, exactShare: 0.4)
        #expect(
            kappas.vi
                == "  hệ số kappa Cohen có trọng số κ: tuyến tính 0,500, bậc hai 0,824; cùng xếp loại: 40,0% số đơn vị\n"
        )
        #expect(kappas.en == "  Cohen's weighted κ: linear 0.500, quadratic 0.824; same class for 40.0% of units\n")
        #expect(FrameworkWords.vietnameseDate("2024-12-31") == "31/12/2024")
        #expect(FrameworkWords.vietnameseDate("2024") == "2024")
    }
}
