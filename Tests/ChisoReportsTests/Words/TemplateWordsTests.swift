import ChisoCore
import ChisoFormats
import Foundation
import Testing

@testable import ChisoReports

/// The words of the data-collection workbooks: both languages, precomposed, translated (`KAD` and `%`, the same
/// words in both, aside).
@Suite struct TemplateWordsTests {
    static func expectBoth(_ text: LocalizedText, _ what: String, translated: Bool = true) {
        #expect(!text.vi.isEmpty && !text.en.isEmpty, "\(what): \(text)")
        #expect(text.vi == text.vi.precomposedStringWithCanonicalMapping, "\(what) vi is not NFC")
        #expect(text.en == text.en.precomposedStringWithCanonicalMapping, "\(what) en is not NFC")
        if translated { #expect(text.vi != text.en, "\(what) is not translated") }
    }

    @Test func everyPhraseHasBothLanguages() throws {
        for words in TemplateWords.allCases {
            Self.expectBoth(words.text, "TemplateWords.\(words)", translated: words != .notApplicable)
        }
        for kind in MeasureKind.allCases {
            Self.expectBoth(TemplateWords.kindUnit(kind), "kindUnit(\(kind))", translated: kind != .percent)
        }
        for field in UnitForm.Field.allCases { Self.expectBoth(field.label, "UnitForm.Field.\(field)") }
        for column in UnitForm.Column.allCases { Self.expectBoth(column.headings, "UnitForm.Column.\(column)") }
        let (framework, _) = try FrameworkCatalog.load("vn-2361-commune")
        for perUnit in [false, true] {
            for (index, line) in TemplateSheets.instructionLines(framework, perUnit: perUnit).enumerated() {
                Self.expectBoth(line, "instructions \(perUnit) \(index + 1)")
            }
        }
    }
}
