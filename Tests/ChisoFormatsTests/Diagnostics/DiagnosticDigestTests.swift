import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// Messages a person can read: repeats summed up, duplicates told once per ID, values shortened and made visible.
@Suite struct DiagnosticDigestTests {
    static let measures = [Measure(criterionID: "CQS.01", kind: .percent)]

    static func load(_ csv: String) -> AssessmentTable {
        Support.load(csv, measures: measures)
    }

    @Test func repeatsOfOneKindInOneColumnAreSummedUp() {
        let rows = (1...121).map { "X\($0),abc" }.joined(separator: "\n")
        let table = Self.load("unit_id,CQS.01\n\(rows)\nY1,120\nY2,130\n")
        let errors = table.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 123)
        let expected = "expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%)"
        #expect(
            DiagnosticDigest.lines(errors) == [
                "test.csv:2:2: error: CQS.01 \"abc\": \(expected)",
                "test.csv:3:2: error: CQS.01 \"abc\": \(expected)",
                "test.csv:4:2: error: CQS.01 \"abc\": \(expected)",
                "test.csv: error: CQS.01: and 118 more rows with the same problem",
                "test.csv:123:2: error: CQS.01 \"120\": out of range; \(expected)",
                "test.csv:124:2: error: CQS.01 \"130\": out of range; \(expected)",
            ])
        #expect(DiagnosticDigest.hiddenCount(errors) == 118)
    }

    @Test func sixHundredDuplicatesAreOneSmallMessage() {
        let rows = Array(repeating: "H01,50", count: 600).joined(separator: "\n")
        let table = Self.load("unit_id,CQS.01\n\(rows)\nH02,60\n")
        let errors = table.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 600)  // every copy is left out and counted
        #expect(table.assessments.map(\.unit.id) == ["H02"])
        let lines = DiagnosticDigest.lines(errors)
        #expect(
            lines == [
                "test.csv:2:1: error: unit_id \"H01\": duplicate unit_id; it also stands on lines 3, 4, 5, 6, 7 and 594 "
                    + "more (600 rows in all). Each unit may appear once; if the rows are of different years, add a year column giving each row's year"
            ])
        #expect(lines.joined().utf8.count < 2_000)
    }

    @Test func twentyThousandDuplicatesStaySmallAndFast() {
        let start = ContinuousClock.now
        let rows = (0..<20_000).map { "H\($0 % 4),50" }.joined(separator: "\n")
        let table = Self.load("unit_id,CQS.01\n\(rows)\n")
        let lines = DiagnosticDigest.lines(table.diagnostics)
        #expect(table.diagnostics.filter { $0.severity == .error }.count == 20_000)
        #expect(lines.count == 4)
        #expect(lines.joined().utf8.count < 4_000)
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test func manyDuplicatedIDsAreSummedUpAfterTen() {
        let rows = (0..<50).flatMap { ["D\($0),50", "D\($0),60"] }.joined(separator: "\n")
        let lines = DiagnosticDigest.lines(Self.load("unit_id,CQS.01\n\(rows)\n").diagnostics)
        #expect(lines.count == 11)
        #expect(lines.last == "test.csv: error: unit_id: and 40 more unit_ids that stand on more than one row")
    }

    @Test func longCellsAreShortenedAndControlCharactersShown() {
        let long = String(repeating: "x", count: 150_000)
        let table = Self.load("unit_id,CQS.01\nX1,\(long)\nX2,\u{1B}[31mred\u{0}\u{200B}\n\"X\u{7}3\",\u{202E}50\n")
        let lines = DiagnosticDigest.lines(table.diagnostics)
        #expect(lines.allSatisfy { $0.utf8.count < 300 })
        #expect(lines[0].contains("\"" + String(repeating: "x", count: 60) + "…\""))
        #expect(lines[1].contains("\"\\u{1B}[31mred\\0<U+200B>\""))
        #expect(lines[2].contains("\"<U+202E>50\""))
        #expect(!lines.joined().unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E })
    }

    @Test(arguments: [
        ("plain", "plain"), ("tab\there", "tab\\there"), ("nul\u{0}", "nul\\0"), ("\u{1B}", "\\u{1B}"),
        ("\u{7F}", "\\u{7F}"), ("a\u{200B}b", "a<U+200B>b"), ("\u{FEFF}x", "<U+FEFF>x"), ("Xã", "Xã"),
        ("line\nbreak\r", "line\\nbreak\\r"),
    ])
    func visibleText(text: String, shown: String) {
        #expect(DisplayText.visible(text) == shown)
    }

    /// Prose cut to fit a column is cut between words, never inside one, unless no space is near.
    @Test(arguments: [
        ("tiêu chí theo quyết định", 30, "tiêu chí theo quyết định"),
        ("đếm theo số xã đạt chuẩn", 16, "đếm theo số xã…"),
        ("đếm theo", 7, "đếm…"),
        (String(repeating: "x", count: 40), 10, String(repeating: "x", count: 10) + "…"),
    ])
    func shortenedProse(text: String, limit: Int, shown: String) {
        #expect(DisplayText.shortened(text, limit: limit) == shown)
    }

    @Test func listsAndPlurals() {
        #expect(DisplayText.list(["a", "b", "c"], limit: 2) == "a, b and 1 more")
        #expect(Plural.count(1, "unit") == "1 unit")
        #expect(Plural.count(2, "unit") == "2 units")
        #expect(Plural.count(0, "error") == "0 errors")
        #expect(Plural.count(1, "criterion", "criteria") == "1 criterion")
        #expect(Plural.count(3, "criterion", "criteria") == "3 criteria")
    }

}
