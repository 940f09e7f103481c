import ChisoCore
import ChisoFormats
import Foundation
import Testing

/// Problems of config files carry stable codes and typed details (issue 20, item 4): tests and scripts match the
/// code, whatever the words; the suggestions and lists of allowed names are worded in both languages.
@Suite struct ConfigMessageTests {
    static func diagnostics(_ text: String) -> [Diagnostic] {
        do {
            let (_, warnings) = try FrameworkDecoder.decode(text, file: "f.json")
            return warnings
        } catch {
            return error.diagnostics
        }
    }

    static func replacing(_ old: String, _ new: String) -> String {
        FrameworkDecoderTests.valid.replacingOccurrences(of: old, with: new)
    }

    @Test(arguments: [
        (#""id": "toy""#, #""id": "to y""#, "framework.invalid-id", "id"),
        (#""scheme": "levels""#, #""scheme": "level""#, "framework.unknown-scheme", "scheme"),
        (#""measure": "percent""#, #""measure": "percnt""#, "levels.unknown-measure", "criteria[0].measure"),
        (#""atLeast": 60}"#, #""atLeast": 40}"#, "levels.threshold-falls", "criteria[0].requirements[1]"),
        (
            #""atLeast": 60}"#, #""atLeast": 160}"#, "levels.threshold-out-of-range",
            "criteria[0].requirements[1].atLeast"
        ),
        (#""group": "G""#, #""group": "H""#, "levels.unknown-group", "criteria[0].group"),
        (#""date": "2025-01-01""#, #""date": 2025"#, "config.wrong-type", "provenance.date"),
        (#""date": "2025-01-01","#, "", "config.missing-key", "provenance.date"),
        (#""levels": ["#, #""tiers": 1, "levels": ["#, "framework.foreign-key", "tiers"),
        (#""levels": ["#, #""levelz": 1, "levels": ["#, "config.unknown-key", "levelz"),
        (#""levels": ["#, #""levelRule": "perlevel", "levels": ["#, "levels.unknown-level-rule", "levelRule"),
        (#""id": "toy","#, #""id": "toy", "id": "toy","#, "config.duplicate-key", "id"),
    ])
    func aProblemHasItsCode(old: String, new: String, code: String, field: String) throws {
        let found = Self.diagnostics(Self.replacing(old, new))
        #expect(found.contains { $0.code == code && $0.field == field }, "\(found.map { "\($0.code) \($0)" })")
        #expect(!found.contains { $0.code == "unworded" })
    }

    @Test func aSyntaxErrorHasItsCodeAndBothLanguages() throws {
        let found = Self.diagnostics(#"{"id": "x" "scheme": "levels"}"#)
        let error = try #require(found.first)
        #expect(error.code == "json.expected-comma-or-brace")
        #expect(
            error.description
                == #"f.json:1:12: error: not valid JSON: expected ',' or '}' after the value of "id", found '"'"#)
        #expect(
            error.description(in: .vi)
                == #"f.json:1:12: lỗi: tệp không phải JSON hợp lệ: cần ',' hoặc '}' sau giá trị của "id", nhưng gặp '"' (thiếu dấu phẩy?)"#
        )
    }

    @Test func aSuggestionIsWordedInBothLanguages() throws {
        let found = Self.diagnostics(Self.replacing(#""measure": "percent""#, #""measure": "percnt""#))
        let error = try #require(found.first { $0.code == "levels.unknown-measure" })
        #expect(error.text.en.hasSuffix(#"(did you mean "percent"?)"#))
        #expect(error.text.vi.hasPrefix(#"không có loại số đo "percnt"; các loại được dùng: percent, count"#))
        #expect(error.text.vi.hasSuffix(#"(có phải ý bạn là "percent"?)"#))
    }
}
