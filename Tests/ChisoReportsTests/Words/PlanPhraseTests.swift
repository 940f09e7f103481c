import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats
@testable import ChisoReports

/// The plan part's words (``PlanPhrase``): every phrase and sentence in both languages, in NFC, translated; amounts
/// with the language's numbers and the currency.
@Suite struct PlanPhraseTests {
    private static func expectBothInNFC(_ text: LocalizedText, _ what: @autoclosure () -> String) {
        #expect(!text.vi.isEmpty && !text.en.isEmpty, "\(what()): \(text)")
        #expect(text.vi == text.vi.precomposedStringWithCanonicalMapping, "\(what()) vi is not NFC")
        #expect(text.en == text.en.precomposedStringWithCanonicalMapping, "\(what()) en is not NFC")
        #expect(text.vi != text.en, "\(what()) is not translated")
    }

    @Test func everyPhraseAndSentenceHasBothLanguagesInNFC() {
        for phrase in PlanPhrase.allCases { Self.expectBothInNFC(phrase.text, "\(phrase)") }
        for currency in [nil, "triệu đồng"] {
            let sentences = [
                PlanPhrase.budgetStep(budget: 700, left: 50, currency: currency),
                PlanPhrase.beyondBudget(more: 950, currency: currency),
                PlanPhrase.budgetLine(budget: 700, funded: 3, spent: 650, currency: currency),
                PlanPhrase.totalLine(units: 5, total: 1650, currency: currency),
                PlanPhrase.otherAllocation(funded: 2, spent: 550, currency: currency),
                PlanPhrase.headline(
                    budget: 700, reaching: 4, reachable: 5, more: 950, unreachable: 1, currency: currency),
                PlanPhrase.headline(
                    budget: 700, reaching: 5, reachable: 5, more: 0, unreachable: 0, currency: currency),
                PlanPhrase.headline(
                    budget: nil, reaching: 0, reachable: 5, more: 1650, unreachable: 2, currency: currency),
            ]
            for (index, sentence) in sentences.enumerated() {
                Self.expectBothInNFC(sentence, "sentence \(index) with \(currency ?? "no currency")")
            }
        }
    }

    /// An amount in the language's numbers, the currency after it; a heading with the currency in brackets.
    @Test func amountsCarryTheCurrency() {
        #expect(PlanPhrase.amount(20000, currency: "triệu đồng", numbers: LocaleNumbers(.vi)) == "20.000 triệu đồng")
        #expect(PlanPhrase.amount(8300.5, currency: nil, numbers: LocaleNumbers(.en)) == "8,300.5")
        #expect(PlanPhrase.heading("Chi phí", currency: "triệu đồng") == "Chi phí (triệu đồng)")
        #expect(PlanPhrase.heading("Cost", currency: nil) == "Cost")
        #expect(
            PlanPhrase.headline(
                budget: 20000, reaching: 12, reachable: 40, more: 8300, unreachable: 0, currency: "triệu đồng")
                == LocalizedText(
                    vi: "Với ngân sách 20.000 triệu đồng, 12 trong 40 đơn vị đạt mục tiêu; cần thêm 8.300 triệu đồng "
                        + "để cả 40 đơn vị đạt.",
                    en: "A budget of 20,000 triệu đồng brings 12 of 40 units to their target; 8,300 triệu đồng more "
                        + "would bring all 40."))
    }
}
