import Testing

@testable import ChisoFormats

/// What the data-collection forms need of the writer: rows' heights, validations that only show a message, and
/// validations by formula.
@Suite struct XLSXWriterFormTests {
    static var document: WorkbookDocument {
        let cell = CellRange(CellReference(row: 2, column: 1), CellReference(row: 4, column: 1))
        var sheet = WorkbookSheet(
            name: "Phiếu", rows: [[.text("CQS.09")], [.empty], [.empty], [.empty]],
            validations: [
                DataValidation(ranges: [cell], rule: .anyValue, promptTitle: "unit_id", prompt: "Mã đơn vị"),
                DataValidation(
                    ranges: [CellRange(CellReference(row: 2, column: 2), CellReference(row: 4, column: 2))],
                    rule: .custom("OR(AND(ISNUMBER(B2),B2>=0,B2<=100),UPPER(TRIM(B2))=\"KAD\")"), prompt: "Tỷ lệ"),
            ])
        sheet.rowHeights = [nil, 45, nil, 1000]
        return WorkbookDocument(sheets: [sheet])
    }

    @Test func rowsGetTheirHeightsWithinExcelsLimit() throws {
        let read = try XLSXWriterTests.ReadBack(XLSXWriter.write(Self.document))
        let part = try #require(read.parts["Phiếu"])
        #expect(part.contains("<row r=\"1\"><c"))
        #expect(part.contains("<row r=\"2\" ht=\"45\" customHeight=\"1\">"))
        #expect(part.contains("<row r=\"3\"></row>"))
        #expect(part.contains("<row r=\"4\" ht=\"409\" customHeight=\"1\">"))
    }

    @Test func validationsMayOnlyShowAMessageOrTestAFormula() throws {
        let read = try XLSXWriterTests.ReadBack(XLSXWriter.write(Self.document))
        let part = try #require(read.parts["Phiếu"])
        #expect(part.contains("<dataValidation type=\"none\" allowBlank=\"1\" showInputMessage=\"1\""))
        #expect(part.contains("sqref=\"A2:A4\"><formula1>") == false)
        #expect(part.contains("sqref=\"A2:A4\"></dataValidation>"))
        #expect(part.contains("<dataValidation type=\"custom\" allowBlank=\"1\""))
        #expect(
            part.contains(
                "sqref=\"B2:B4\"><formula1>OR(AND(ISNUMBER(B2),B2&gt;=0,B2&lt;=100),UPPER(TRIM(B2))=\"KAD\")"
                    + "</formula1></dataValidation>"))
        #expect(!part.contains("operator=\"between\""))
    }
}
