import ChisoCore
import Testing

@testable import ChisoFormats

@Suite struct CellParserTests {
    static let percent = Measure(criterionID: "P", kind: .percent)
    static let count = Measure(criterionID: "C", kind: .count)
    static let yesNo = Measure(criterionID: "Y", kind: .yesNo)

    @Test(arguments: [
        ("72.5", 72.5), ("72,5", 72.5), ("72.5%", 72.5), (" 72,5 % ", 72.5), ("100", 100), ("0", 0), ("0%", 0),
        ("\u{A0}50\u{A0}", 50), (".5", 0.5),
    ])
    func percentages(text: String, expected: Double) {
        #expect(CellParser.read(text, as: Self.percent) == .value(expected))
    }

    @Test(arguments: [
        ("có", 1.0), ("Có", 1), ("CÓ", 1), ("co", 1), ("Co", 1), ("yes", 1), ("YES", 1), ("true", 1), ("1", 1),
        ("không", 0), ("Không", 0), ("khong", 0), ("KHONG", 0), ("no", 0), ("false", 0), ("0", 0),
        ("co\u{301}", 1), ("kho\u{302}ng", 0),  // NFD: combining accents
    ])
    func yesNo(text: String, expected: Double) {
        #expect(CellParser.read(text, as: Self.yesNo) == .value(expected))
    }

    @Test(arguments: ["", "  ", "NA", "na", "N/A", "n/a", "-", " - "])
    func missing(text: String) {
        #expect(CellParser.read(text, as: Self.percent) == .missing)
        #expect(CellParser.read(text, as: Self.yesNo) == .missing)
        #expect(CellParser.read(text, as: Self.count) == .missing)
    }

    @Test func counts() {
        #expect(CellParser.read("3", as: Self.count) == .value(3))
        #expect(CellParser.read(" 12 ", as: Self.count) == .value(12))
        #expect(
            CellParser.read("2.5", as: Self.count)
                == .invalid("expected a whole number of 0 or more; 2.5 is not a whole number")
        )
        #expect(CellParser.read("-3", as: Self.count) == .invalid("expected a whole number of 0 or more"))
        #expect(CellParser.read("ba", as: Self.count) == .invalid("expected a whole number of 0 or more"))
    }

    @Test(arguments: [
        ("120%", "out of range; expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%)"),
        ("-3", "out of range; expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%)"),
        ("seventy", "expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%)"),
        ("7 2", "expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%)"),
        ("1e", "expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%)"),
        ("e2", "expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%)"),
        ("1e2.5", "expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%)"),
        ("1e999", "expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%)"),
    ])
    func invalidPercentages(text: String, message: String) {
        #expect(CellParser.read(text, as: Self.percent) == .invalid(message))
    }

    @Test func invalidYesNo() {
        #expect(
            CellParser.read("maybe", as: Self.yesNo)
                == .invalid("expected yes or no (có/không, đạt/không đạt, yes/no, true/false, 1/0)"))
        #expect(
            CellParser.read("2", as: Self.yesNo)
                == .invalid("expected yes or no (có/không, đạt/không đạt, yes/no, true/false, 1/0)"))
    }
}

/// Cells as pandas, R and spreadsheets write them.
@Suite struct CellShapesTests {
    static let percent = Measure(criterionID: "P", kind: .percent)
    static let ratio = Measure(criterionID: "R", kind: .ratio)
    static let count = Measure(criterionID: "C", kind: .count)
    static let yesNo = Measure(criterionID: "Y", kind: .yesNo)

    @Test(arguments: [
        ("2.7177621474322e-07", 2.7177621474322e-07), ("1E+3", 1000), ("1e-3", 0.001), ("2,5E-1", 0.25),
        ("-0", 0), ("1.5E0", 1.5),
    ])
    func scientificNotationIsANumber(text: String, expected: Double) {
        #expect(CellParser.read(text, as: Measure(criterionID: "N", kind: .number)) == .value(expected))
    }

    @Test func scientificNotationInRatiosAndPercentages() {
        #expect(CellParser.read("2.7177621474322e-07", as: Self.ratio) == .value(2.7177621474322e-07))
        #expect(CellParser.read("7.25E+01", as: Self.percent) == .value(72.5))
        #expect(CellParser.read("1e2", as: Self.percent) == .value(100))
    }

    @Test(arguments: [("2.0", 2.0), ("2025.0", 2025), ("3.00", 3), ("0.0", 0), ("1E+3", 1000), ("2,0", 2)])
    func integralFloatsAreWholeNumbers(text: String, expected: Double) {
        #expect(CellParser.read(text, as: Self.count) == .value(expected))
    }

    @Test func yearsAndRegisteredLevelsMayBeIntegralFloats() {
        #expect(CellParser.wholeNumber("2025.0") == 2025)
        #expect(CellParser.wholeNumber("3") == 3)
        #expect(CellParser.wholeNumber("2025.5") == nil)
        #expect(CellParser.wholeNumber("-1.0") == nil)
        #expect(CellParser.wholeNumber("1.000") == nil)
    }

    @Test(arguments: [
        ("Đạt", 1.0), ("đạt", 1), ("ĐẠT", 1), ("dat", 1), ("Dat", 1), ("Không đạt", 0), ("KHÔNG ĐẠT", 0),
        ("khong dat", 0), ("Chưa đạt", 0), ("chua dat", 0), ("1.0", 1), ("0.0", 0),
        ("Đa\u{323}t", 1),  // NFD
    ])
    func datAndKhongDatAreYesAndNo(text: String, expected: Double) {
        #expect(CellParser.read(text, as: Self.yesNo) == .value(expected))
    }

    @Test(arguments: [
        (
            "1.234,5", Self.percent,
            "expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%); 1.234,5 looks like "
                + "1234.5 written with a thousands separator: write 1234.5"
        ),
        (
            "1,234.5", Self.percent,
            "expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%); 1,234.5 looks like "
                + "1234.5 written with a thousands separator: write 1234.5"
        ),
        (
            "12.345", Self.count,
            "expected a whole number of 0 or more; 12.345 looks like 12345 written with a thousands "
                + "separator: write 12345"
        ),
        (
            "1.000", Self.count,
            "expected a whole number of 0 or more; 1.000 looks like 1000 written with a thousands "
                + "separator: write 1000"
        ),
        (
            "1.234.567", Self.count,
            "expected a whole number of 0 or more; 1.234.567 looks like 1234567 written with a "
                + "thousands separator: write 1234567"
        ),
        ("2.5", Self.count, "expected a whole number of 0 or more; 2.5 is not a whole number"),
        ("1.23.4", Self.percent, "expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%)"),
    ])
    func thousandsSeparatorsGetAHint(text: String, measure: Measure, message: String) {
        #expect(CellParser.read(text, as: measure) == .invalid(message))
    }

    @Test func aPercentageWithOneSeparatorIsADecimal() {
        // 12.345% is a valid percentage; only a whole number reads a lone group of three as thousands.
        #expect(CellParser.read("12.345", as: Self.percent) == .value(12.345))
    }
}
