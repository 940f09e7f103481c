import Foundation
import Testing

@testable import ChisoReports

/// The words of the index of units and of `--units` have both languages, in NFC, and differ between them.
@Suite struct UnitSectionWordsTests {
    @Test func everyTextHasBothLanguagesInNFC() {
        for text in UnitSectionWords.all {
            #expect(!text.vi.isEmpty && !text.en.isEmpty)
            #expect(text.vi == text.vi.precomposedStringWithCanonicalMapping, "\(text.vi)")
            #expect(text.en == text.en.precomposedStringWithCanonicalMapping, "\(text.en)")
            #expect(text.vi != text.en)
        }
    }

    @Test func theMainBlockerSaysHowManyMore() {
        #expect(UnitSectionWords.mainBlocker("CQS.01", more: "12") == "CQS.01 (+12)")
        #expect(UnitSectionWords.mainBlocker("CQS.01", more: nil) == "CQS.01")
    }
}
