import ChisoFormats
import Testing

@Suite struct CSVReaderTests {
    static func read(_ text: String) -> (records: [CSVRecord], problems: [Diagnostic]) {
        CSVReader.read(Array(text.utf8), file: "t.csv")
    }

    @Test func plainFieldsAndLineNumbers() {
        let (records, problems) = Self.read("a,b\n1,2\n3,4\n")
        #expect(problems.isEmpty)
        #expect(
            records == [
                CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: ["1", "2"]),
                CSVRecord(line: 3, fields: ["3", "4"]),
            ])
    }

    @Test func byteOrderMarkIsDropped() {
        let (records, _) = CSVReader.read([0xEF, 0xBB, 0xBF] + Array("unit_id\nX\n".utf8), file: "t.csv")
        #expect(records.first?.fields == ["unit_id"])
    }

    @Test(arguments: ["a,b\r\n1,2\r\n", "a,b\n1,2", "a,b\r1,2\r", "a,b\n\n1,2\n\n"])
    func lineEndingsAndBlankLines(text: String) {
        let (records, problems) = Self.read(text)
        #expect(problems.isEmpty)
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test func quotedCommasNewlinesAndQuotes() {
        let (records, problems) = Self.read(
            "id,name,v\n1,\"Xã A, huyện B\",\"72,5\"\n2,\"two\nlines\",\"say \"\"hi\"\"\"\n3,x,y\n")
        #expect(problems.isEmpty)
        #expect(records[1].fields == ["1", "Xã A, huyện B", "72,5"])
        #expect(records[2].fields == ["2", "two\nlines", "say \"hi\""])
        #expect(records[2].line == 3)
        #expect(records[3].line == 5)
    }

    @Test func emptyTrailingField() {
        #expect(Self.read("a,b,c\n1,,\n").records[1].fields == ["1", "", ""])
    }

    @Test func unterminatedQuoteSpoilsTheFile() {
        let (records, problems) = Self.read("a,b\n1,\"open\n2,3\n")
        #expect(records.isEmpty)
        #expect(problems.count == 1)
        #expect(
            problems.first?.description
                == "t.csv:2:2: error: a quoted field is never closed: the double quote opening field 2 on line 2 has no "
                + "closing quote before the end of the file"
        )
        #expect(problems.first?.isRowProblem == false)
    }

    @Test func strayQuotesAreRowProblems() {
        let (records, problems) = Self.read("a,b\n1,5\"\n\"2\"x,3\n")
        #expect(records.count == 3)
        #expect(problems.map(\.line) == [2, 3])
        #expect(problems.allSatisfy { $0.isRowProblem })
        #expect(problems[0].message.hasPrefix("a double quote inside an unquoted field;"))
        #expect(problems[0].value == "5\"")
        #expect(problems[1].message.hasPrefix("text after the closing quote of field 1;"))
        #expect(problems[1].value == "x")
    }

    @Test func damagedUTF8IsOneErrorWithItsFirstPlaceAndCount() {
        // Valid Vietnamese UTF-8 with two bad bytes: damaged UTF-8, not another encoding.
        let bytes =
            Array("unit_id,unit_name\nX1,Xã Hòa\nX2,".utf8) + [0xC3, 0x28] + Array("\nX3,Phường Đông".utf8) + [0xFF]
        let (records, problems) = CSVReader.read(bytes, file: "t.csv")
        #expect(records.isEmpty)
        #expect(
            problems.map(\.description) == [
                "t.csv:3:4: error: not valid UTF-8: byte 0xC3, character 4 of line 3 and 1 more bytes cannot be read, "
                    + "while the rest of the file is UTF-8 (damaged, or pasted together from files in different "
                    + "encodings); save the file as UTF-8 (in Excel: Save As → \"CSV UTF-8 (Comma delimited)\")"
            ])
    }

    @Test func writerQuotesOnlyWhereNeeded() {
        let text = CSVWriter.document(header: ["a", "b"], rows: [["x,y", "say \"hi\""], ["plain", " padded"]])
        #expect(text == "a,b\n\"x,y\",\"say \"\"hi\"\"\"\nplain,\" padded\"\n")
        #expect(Self.read(text).records.map(\.fields) == [["a", "b"], ["x,y", "say \"hi\""], ["plain", " padded"]])
    }
}
