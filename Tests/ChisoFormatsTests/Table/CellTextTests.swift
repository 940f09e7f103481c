import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// A cell's number as the text a CSV file would hold: the shortest decimal that reads back as it, without an
/// exponent; percentages by moving the decimal point; dates from Excel's serial day numbers in both systems.
@Suite struct CellTextTests {
    @Test(arguments: [
        ("0.72499999999999998", 0, "0.725"), ("0.725", 2, "72.5"), ("45413", 0, "45413"), ("45413.0", 0, "45413"),
        ("1E-5", 0, "0.00001"), ("1.5E16", 0, "15000000000000000"), ("-2.5", 0, "-2.5"), ("1", 2, "100"),
        ("0.001", 2, "0.1"), ("0", 2, "0"), ("-0", 0, "0"), ("0.1", 0, "0.1"), ("123.456", 2, "12345.6"),
        ("0.5487", 0, "0.5487"), ("0.00725", 2, "0.725"), ("100", 2, "10000"),
        ("3.0000000000000004", 0, "3.0000000000000004"),
    ])
    func numbersReadAsTheirShortestDecimal(stored: String, shift: Int, text: String) throws {
        let number = try #require(Double(stored))
        #expect(CellText.decimal(number, shift: shift) == text)
    }

    @Test(arguments: [
        (1.0, false, "1900-01-01"), (59.0, false, "1900-02-28"), (61.0, false, "1900-03-01"),
        (45413.0, false, "2024-05-01"), (45413.5, false, "2024-05-01T12:00:00"), (25569.0, false, "1970-01-01"),
        (2958465.0, false, "9999-12-31"), (0.0, true, "1904-01-01"), (43951.0, true, "2024-05-01"),
    ])
    func serialDaysReadAsISODates(serial: Double, date1904: Bool, iso: String) throws {
        let (date, year) = try #require(CellText.date(serial: serial, date1904: date1904))
        #expect(date == iso)
        #expect(year == Int(iso.prefix(4)))
    }

    /// Excel's 1900 system counts a 29 February 1900 that never was (serial 60); before day 1 there is no date.
    @Test(arguments: [(60.0, false), (0.0, false), (-1.0, true), (2958466.0, false)])
    func serialsThatAreNoDateAreRefused(serial: Double, date1904: Bool) {
        #expect(CellText.date(serial: serial, date1904: date1904) == nil)
    }

    static let styles = XLSXStyles(cellFormatIDs: [0, 10, 14, 9], customFormats: [:])
    static let strings = XLSXSharedStrings(strings: ["Xã Đông Hưng"])

    static func read(_ kind: XLSXWorksheet.CellKind, _ value: String, style: Int = 0, formula: Bool = false)
        -> CellText.Reading
    {
        CellText.reading(
            XLSXWorksheet.Cell(column: 1, kind: kind, value: value, style: style, hasFormula: formula),
            strings: strings, styles: styles, date1904: false)
    }

    @Test func cellsReadByTheirTypeAndNumberFormat() {
        #expect(Self.read(.sharedString, "0") == .text("Xã Đông Hưng"))
        #expect(Self.read(.sharedString, "7") == .problem(.missingSharedString(index: "7")))
        #expect(Self.read(.inlineString, "có") == .text("có"))
        #expect(Self.read(.boolean, "1") == .text("TRUE"))
        #expect(Self.read(.boolean, "0") == .text("FALSE"))
        #expect(Self.read(.error, "#N/A") == .problem(.errorValue("#N/A")))
        #expect(Self.read(.number, "0.72499999999999998", style: 1) == .text("72.5%"))
        #expect(Self.read(.number, "0.5", style: 3) == .text("50%"))
        #expect(Self.read(.number, "45413", style: 2) == .date("2024-05-01", year: 2024))
        #expect(Self.read(.number, "60", style: 2) == .problem(.badDate))
        #expect(Self.read(.number, "12", formula: true) == .text("12"))
        #expect(Self.read(.number, "", formula: true) == .problem(.formulaWithoutValue))
        #expect(Self.read(.number, "abc") == .problem(.badNumber))
        #expect(Self.read(.date, "2024-05-01T00:00:00") == .date("2024-05-01", year: 2024))
        #expect(Self.read(.formulaString, "Đạt", formula: true) == .text("Đạt"))
    }

    /// The fast path keeps a number's text as written only when the full conversion would give that very text.
    @Test(arguments: [
        ("0", true), ("-0", false), ("0.5", true), ("-0.5", true), ("0.50", false), ("5.", false), (".5", false),
        ("01", false), ("00.5", false), ("10", true), ("123456789012345", true), ("1234567890123456", false),
        ("1e5", false), ("1E-5", false), ("0.000001", true), ("45413.0", false), ("-", false), ("", false),
        ("1.2.3", false), ("+1", false), (" 1", false), ("0.72499999999999998", false),
    ])
    func numbersKeptAsWrittenOnlyWhenShortest(text: String, kept: Bool) {
        #expect(CellText.isShortestDecimal(text) == kept)
        if kept { #expect(CellText.decimal(Double(text) ?? .nan) == text) }
    }

    /// Random decimals and the texts of random doubles: whenever the fast path keeps a text, the full conversion
    /// gives the same text, and whenever it is a double's shortest decimal of at most 15 digits it is kept.
    @Test func fastPathAgreesWithTheFullConversion() {
        var random = SplitMix64(seed: 21)
        let alphabet = Array("0123456789.-e".utf8)
        for round in 0..<20_000 {
            let text: String
            if round % 2 == 0 {
                let length = Int.random(in: 1...18, using: &random)
                text = String(
                    decoding: (0..<length).map { _ in alphabet.randomElement(using: &random)! }, as: UTF8.self)
            } else {
                let scale = Double.random(in: -12...16, using: &random)
                let number = Double.random(in: -1...1, using: &random) * Foundation.pow(10, scale)
                let digits = Int.random(in: 0...6, using: &random)
                text = CellText.decimal(
                    (number * Foundation.pow(10, Double(digits))).rounded() / Foundation.pow(10, Double(digits)))
            }
            if CellText.isShortestDecimal(text) {
                #expect(CellText.decimal(Double(text) ?? .nan) == text, "\(text)")
            } else if let number = Double(text), CellText.decimal(number) == text {
                #expect(text.utf8.count(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) > 15, "\(text)")
            }
        }
    }
}
