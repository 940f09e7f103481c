import ChisoCore
import ChisoIO
import Testing

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
        ("1,000.5", "expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%)"),
        ("7 2", "expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%)"),
        ("1e2", "expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%)"),
    ])
    func invalidPercentages(text: String, message: String) {
        #expect(CellParser.read(text, as: Self.percent) == .invalid(message))
    }

    @Test func invalidYesNo() {
        #expect(
            CellParser.read("maybe", as: Self.yesNo)
                == .invalid("expected yes or no (có/không, co/khong, yes/no, true/false, 1/0)"))
        #expect(
            CellParser.read("2", as: Self.yesNo)
                == .invalid("expected yes or no (có/không, co/khong, yes/no, true/false, 1/0)"))
    }
}
