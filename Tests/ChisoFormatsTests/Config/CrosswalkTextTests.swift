import ChisoCore
import ChisoFormats
import Foundation
import Testing

/// A crosswalk's texts — its notes, its approximation, a mapping's note, an unmapped column's reason — are a string,
/// used for both languages, or `{"vi": "…", "en": "…"}`; anything else is refused with a message in both languages.
@Suite struct CrosswalkTextTests {
    /// A crosswalk from the district framework to the commune framework, with `texts` written as given.
    static func decode(note: String, reason: String, notes: String, approximation: String?) throws(InputError)
        -> (CrosswalkDecoder.Loaded, [Diagnostic])
    {
        let text = """
            {"id": "t", "from": "vn-2361-district", "to": "vn-2361-commune",
             "name": {"vi": "Thử", "en": "Test"}, "notes": \(notes),
             \(approximation.map { "\"approximation\": \($0)," } ?? "")
             "mappings": [{"to": "CQS.01", "from": "CQS.01", "note": \(note)}],
             "unmapped": [{"to": "CQS.02", "reason": \(reason)}]}
            """
        return try CrosswalkDecoder.decode(text, file: "t.json") { (name: String) throws(InputError) -> Framework in
            try FrameworkCatalog.load(name).0
        }
    }

    @Test func aStringIsUsedForBothLanguages() throws {
        let (loaded, _) = try Self.decode(
            note: #""same measure""#, reason: #""no district criterion""#, notes: #"["why"]"#,
            approximation: #""other instruments.""#)
        let crosswalk = loaded.crosswalk
        #expect(crosswalk.mappings[0].note == LocalizedText(vi: "same measure", en: "same measure"))
        #expect(crosswalk.reasons[1] == LocalizedText(vi: "no district criterion", en: "no district criterion"))
        #expect(crosswalk.notes == [LocalizedText(vi: "why", en: "why")])
        #expect(crosswalk.approximation == LocalizedText(vi: "other instruments.", en: "other instruments."))
    }

    @Test func anObjectGivesEachLanguage() throws {
        let (loaded, _) = try Self.decode(
            note: #"{"vi": "cùng một đại lượng", "en": "same measure"}"#,
            reason: #"{"vi": "không có tiêu chí tương ứng", "en": "no district criterion"}"#,
            notes: #"[{"vi": "vì sao", "en": "why"}, "both"]"#,
            approximation: #"{"vi": "công cụ khác.", "en": "other instruments."}"#)
        let crosswalk = loaded.crosswalk
        #expect(crosswalk.mappings[0].note == LocalizedText(vi: "cùng một đại lượng", en: "same measure"))
        #expect(crosswalk.reasons[1] == LocalizedText(vi: "không có tiêu chí tương ứng", en: "no district criterion"))
        #expect(crosswalk.notes == [LocalizedText(vi: "vì sao", en: "why"), LocalizedText(vi: "both", en: "both")])
        #expect(crosswalk.approximation == LocalizedText(vi: "công cụ khác.", en: "other instruments."))
        #expect(
            Self.codes(note: #""a""#, reason: #""b""#, notes: "[]", approximation: nil).isEmpty)
    }

    /// The codes of the errors decoding the texts throws (none when it decodes).
    static func codes(note: String, reason: String, notes: String, approximation: String?) -> [String] {
        do {
            _ = try decode(note: note, reason: reason, notes: notes, approximation: approximation)
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }.map(\.code)
        }
    }

    @Test func aNumberOrAListIsRefused() throws {
        let codes = Self.codes(note: "3", reason: #"["a"]"#, notes: "[true]", approximation: "1")
        #expect(codes == ["crosswalk.not-text", "crosswalk.not-text", "crosswalk.not-text", "crosswalk.not-text"])
        do {
            _ = try Self.decode(note: "3", reason: #""b""#, notes: "[]", approximation: nil)
            Issue.record("a number as a note was read")
        } catch {
            let diagnostic = try #require(error.diagnostics.first { $0.code == "crosswalk.not-text" })
            #expect(diagnostic.field == "mappings[0].note")
            #expect(diagnostic.text.vi.hasPrefix("cần một đoạn chữ: một chuỗi (dùng cho cả hai ngôn ngữ) hoặc"))
            #expect(diagnostic.text.en.hasPrefix("expected a text: a string (used for both languages) or"))
        }
    }

    @Test func anObjectNeedsBothLanguagesAndAnEmptyApproximationIsRefused() {
        let missing = Self.codes(
            note: #"{"vi": "a"}"#, reason: #"{"en": "b", "fr": "c"}"#, notes: "[]", approximation: nil)
        #expect(missing.count == 3)
        #expect(!missing.contains("crosswalk.not-text"))
        let empty = Self.codes(
            note: #""a""#, reason: #""b""#, notes: "[]", approximation: #"{"vi": " ", "en": "x"}"#)
        #expect(empty == ["crosswalk.empty-approximation"])
    }

    /// Every built-in crosswalk gives each of its notes, mapping notes, reasons and approximation in both languages, the
    /// Vietnamese different from the English and precomposed (NFC); the English is kept.
    @Test(arguments: [
        "vn-2361-commune-to-district", "vn-2361-district-to-commune", "vn-2361-district-to-dti-922",
        "vn-dti-1726-to-922", "vn-dti-922-to-1726",
    ])
    func builtInTextsAreInBothLanguages(id: String) throws {
        let text = try #require(FrameworkCatalog.embeddedFile(named: "\(id).crosswalk.json"))
        let (loaded, _) = try CrosswalkDecoder.decode(text, file: id) {
            (name: String) throws(InputError) -> Framework in try FrameworkCatalog.load(name).0
        }
        let crosswalk = loaded.crosswalk
        let texts =
            crosswalk.mappings.map(\.note) + crosswalk.reasons.values + crosswalk.notes
            + [crosswalk.approximation].compactMap { $0 }
        #expect(!texts.isEmpty)
        for text in texts {
            #expect(!text.vi.isEmpty && text.vi != text.en, "\(text.en)")
            #expect(text.vi == text.vi.precomposedStringWithCanonicalMapping)
        }
    }

    /// A data file's approximation quotes a built-in crosswalk's reason in English; in Vietnamese the reason is
    /// put in Vietnamese, anything else is left as written.
    @Test func builtInApproximationsAreQuotedInVietnamese() throws {
        let item = try #require(BuiltInApproximations.all.first { $0.id == "vn-dti-922-to-1726" })
        #expect(BuiltInApproximations.all.count == 1)
        let written = "vn-dti-922-to-1726: \(item.why.en) other.csv: made by hand."
        #expect(BuiltInApproximations.text(written, in: .en) == written)
        #expect(
            BuiltInApproximations.text(written, in: .vi)
                == "vn-dti-922-to-1726: \(item.why.vi) other.csv: made by hand.")
        #expect(BuiltInApproximations.text("x: \(item.why.en)", in: .vi) == "x: \(item.why.en)")
    }
}
