import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// Every diagnostic message has a stable code and is worded in both languages (issue 20): Vietnamese and English
/// filled, different, in NFC.
@Suite struct DiagnosticMessageTests {
    /// One example of every message of every area; an area that gains a message enum adds its examples here.
    static let examples: [any DiagnosticMessage] =
        CSVMessage.examples + ConfigMessage.examples + JSONSyntaxMessage.examples + FrameworkMessage.examples
        + LevelSchemeMessage.examples + PointSchemeMessage.examples + CrosswalkMessage.examples
        + UncertaintyMessage.examples + EncodingMessage.examples + CellProblem.examples + AssessmentMessage.examples
        + ShareMessage.examples + SideFileMessage.examples + FileMessage.examples + ReadBackMessage.examples
        + XMLMessage.examples + ZipMessage.examples + FormMessage.examples + LongTableMessage.examples
        + WorkbookMessage.examples + AnnexTableMessage.examples + AnnexWordsMessage.examples
        + FrameworkTableMessage.examples + LevelTableMessage.examples + PointTableMessage.examples

    @Test func everyMessageIsWordedInBothLanguages() {
        for message in Self.examples {
            let text = message.text
            #expect(!text.vi.isEmpty && !text.en.isEmpty, "\(message.code)")
            #expect(text.vi != text.en, "\(message.code) is not translated: \(text.en)")
            #expect(text.vi == text.vi.precomposedStringWithCanonicalMapping, "\(message.code) is not NFC")
            #expect(text.en == text.en.precomposedStringWithCanonicalMapping, "\(message.code) is not NFC")
        }
    }

    @Test func codesAreStableNames() throws {
        let form = try Regex(#"^[a-z]+(\.[a-z0-9]+(-[a-z0-9]+)*)+$"#)
        for message in Self.examples {
            #expect(message.code.wholeMatch(of: form) != nil, "\(message.code)")
        }
    }

    @Test func aDiagnosticIsWrittenInEitherLanguage() {
        let diagnostic = Diagnostic(
            file: "xa.csv", line: 3, column: 2, value: "a\"b", CSVMessage.quoteInsideField, isRowProblem: true)
        #expect(diagnostic.code == "csv.quote-inside-field")
        #expect(diagnostic.description(in: .vi).hasPrefix("xa.csv:3:2: lỗi: \"a\"b\": có dấu ngoặc kép trong một ô"))
        #expect(diagnostic.description.hasPrefix("xa.csv:3:2: error: \"a\"b\": a double quote inside"))
        let warning = Diagnostic(.warning, file: "f", CSVMessage.quoteInsideField)
        #expect(warning.description(in: .vi).hasPrefix("f: cảnh báo: có dấu ngoặc kép"))
        #expect(warning.description.hasPrefix("f: warning: a double quote"))
        #expect(
            Diagnostic(.notice, file: "f", CSVMessage.quoteInsideField).description(in: .vi).hasPrefix("f: lưu ý: "))
    }

    /// On a workbook's sheet a problem is located as Excel names the place: a cell, a row, or the sheet.
    @Test func aProblemOnASheetIsLocatedAsExcelNamesTheCell() {
        let cell = Diagnostic(
            file: "xa.xlsx", line: 14, column: 3, field: "CQS.01", value: "#N/A", WorkbookMessage.errorValue("#N/A")
        )
        .placed(onSheet: "Dữ liệu", of: "xa.xlsx")
        #expect(cell.description(in: .vi).hasPrefix("xa.xlsx[Dữ liệu]!C14: lỗi: CQS.01 \"#N/A\": ô hiện lỗi #N/A"))
        #expect(cell.description(in: .en).hasPrefix("xa.xlsx[Dữ liệu]!C14: error: CQS.01 \"#N/A\": the cell shows"))
        var row = cell
        row.column = nil
        #expect(row.location == "xa.xlsx[Dữ liệu]!14:14")
        row.line = nil
        #expect(row.location == "xa.xlsx[Dữ liệu]")
        let wide = Diagnostic(file: "xa.xlsx", line: 2, column: 28, WorkbookMessage.badNumber)
        #expect(wide.placed(onSheet: "S", of: "xa.xlsx").location == "xa.xlsx[S]!AB2")
        #expect(wide.placed(onSheet: "S", of: "other.xlsx").location == "xa.xlsx:2:28")
        #expect(wide.placed(onSheet: nil, of: "xa.xlsx").location == "xa.xlsx:2:28")
    }

    @Test func repeatsAreSummedUpInEitherLanguage() {
        let rows = (1...5).map {
            Diagnostic(
                file: "xa.csv", line: $0 + 1, column: 2, value: "x\"", CSVMessage.quoteInsideField, isRowProblem: true,
                group: Diagnostic.Group("quote", summary: CSVMessage.misplacedQuoteRows))
        }
        #expect(
            DiagnosticDigest.lines(rows, language: .vi).last == "xa.csv: lỗi: còn 2 dòng có dấu ngoặc kép đặt sai chỗ")
        #expect(DiagnosticDigest.lines(rows).last == "xa.csv: error: and 2 more rows with a misplaced double quote")
    }
}
