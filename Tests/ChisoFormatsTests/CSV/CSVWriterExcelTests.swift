import Testing

@testable import ChisoFormats

/// `CSVWriter.excel`: CSV for Excel with Vietnamese settings (`;`, decimal commas) or English ones (as it is), and
/// which fields count as plain decimal numbers.
@Suite struct CSVWriterExcelTests {
    @Test(
        arguments: [
            ("72.5", 1), ("-3", 0), ("0", 0), ("0.7250", 4), ("1406.25", 2), ("00123", nil), ("01", nil), ("1e5", nil),
            ("1,5", nil), (" 1", nil), ("-", nil), ("1.", nil), (".5", nil), ("inf", nil), ("1.2.3", nil), ("", nil),
            ("yes", nil), ("1234567890123456", nil), ("-0", 0), ("-0.5", 1), ("--1", nil), ("1-", nil),
            ("123456789012345.5", 1), ("１２", nil), ("-\u{301}1", nil), ("1\r\n", nil), ("12 ", nil),
        ] as [(String, Int?)])
    func plainDecimalPlaces(field: String, places: Int?) {
        #expect(CSVWriter.plainDecimalPlaces(field) == places)
    }

    static let csv = "unit_id,unit_name,index,note,parent_id\n01.5,\"Xã A; B\",0.7250,\"say \"\"hi\"\"\",2.0\n"

    @Test func vietnameseExcelGetsSemicolonsAndDecimalCommas() {
        #expect(
            CSVWriter.excel(Self.csv, decimalComma: true)
                == "\u{FEFF}unit_id;unit_name;index;note;parent_id\n01.5;\"Xã A; B\";0,7250;\"say \"\"hi\"\"\";2.0\n")
    }

    @Test func englishExcelGetsTheCSVAsItIs() {
        #expect(CSVWriter.excel(Self.csv, decimalComma: false) == "\u{FEFF}" + Self.csv)
    }

    @Test func theVietnameseFileReadsBackToTheSameFields() {
        let (plain, _) = CSVReader.read(Array(Self.csv.utf8), file: "a.csv")
        let (excel, _) = CSVReader.read(Array(CSVWriter.excel(Self.csv, decimalComma: true).utf8), file: "b.csv")
        #expect(excel.map(\.fields).first == plain.map(\.fields).first)
        #expect(excel.last?.fields == ["01.5", "Xã A; B", "0,7250", "say \"hi\"", "2.0"])
    }

    /// Texts that Excel would run as formulas on opening the `--excel` CSV (OWASP's CSV injection) get an apostrophe
    /// before them; numbers, a lone sign and other texts do not; a text already starting with an apostrophe before
    /// such a character gets one more, so that the reader's taking one off is exact.
    @Test(
        arguments: [
            ("=SUM(A1)", "'=SUM(A1)"), ("+1+2", "'+1+2"), ("-3+4", "'-3+4"), ("@cmd", "'@cmd"),
            ("\t=1", "'\t=1"), ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"),
            ("'=1", "''=1"), ("''=1", "'''=1"), ("-12", "-12"), ("-0.5", "-0.5"), ("-", "-"), ("=", "="),
            ("'abc", "'abc"), ("'=", "'="), ("00123", "00123"), ("Xã A", "Xã A"), ("- Xã A", "'- Xã A"), ("", ""),
        ] as [(String, String)])
    func aTextThatStartsLikeAFormulaIsGuarded(field: String, written: String) {
        #expect(CSVWriter.guarded(field) == written)
        #expect(CSVReader.unguarded(written) == field)
    }

    /// The guard in both languages' `--excel` CSV, and the CSV reader taking it off again (from the plain CSV too:
    /// its `''=1` is read as `'=1`).
    @Test(arguments: [true, false])
    func formulasAreGuardedAndReadBackInBothLanguages(decimalComma: Bool) {
        let csv = "unit_id,unit_name,score\n=SUM(A1),\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-12.5\n-3+4,''=1,7\n"
        let excel = CSVWriter.excel(csv, decimalComma: decimalComma)
        let expected =
            decimalComma
            ? "\u{FEFF}unit_id;unit_name;score\n'=SUM(A1);\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\";-12,5\n"
                + "'-3+4;''=1;7\n"
            : "\u{FEFF}unit_id,unit_name,score\n'=SUM(A1),\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-12.5\n"
                + "'-3+4,''=1,7\n"
        #expect(excel == expected)
        let (read, _) = CSVReader.read(Array(excel.utf8), file: "excel.csv")
        #expect(
            read.dropFirst().map { $0.fields[0] + "|" + $0.fields[1] }
                == ["=SUM(A1)|=HYPERLINK(\"http://x\",\"y\")", "-3+4|'=1"])
    }
}
