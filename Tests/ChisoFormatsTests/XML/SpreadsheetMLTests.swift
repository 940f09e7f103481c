import Testing

@testable import ChisoFormats

/// The SpreadsheetML readers on hand-written parts: what the fixtures' producers do not write.
@Suite struct SpreadsheetMLTests {
    static let main = #"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#

    static func worksheet(_ sheetData: String, around extra: String = "") throws(XMLError) -> XLSXWorksheet {
        try XLSXWorksheet(
            parsing: Array("<worksheet \(main)><sheetData>\(sheetData)</sheetData>\(extra)</worksheet>".utf8))
    }

    @Test func cellsWithoutReferencesTakeTheNextPlace() throws {
        let sheet = try Self.worksheet(
            """
            <row><c t="inlineStr"><is><t>Mã</t></is></c><c><v>1</v></c></row>
            <row><c/><c t="str"><f>A1&amp;"x"</f><v>Mãx</v></c></row>
            <row r="5"><c r="B5" t="e"><v>#DIV/0!</v></c><c><v>3</v></c></row><row><c><v>4</v></c></row>
            """)
        #expect(sheet.rows.map(\.index) == [1, 2, 5, 6])
        #expect(sheet.rows.map { $0.cells.map(\.column) } == [[1, 2], [2], [2, 3], [1]])
        let formula = try #require(sheet.cell(at: CellReference(row: 2, column: 2)))
        #expect(formula.kind == .formulaString && formula.value == "Mãx" && formula.hasFormula)
        #expect(sheet.cell(at: CellReference(row: 5, column: 2))?.kind == .error)
        #expect(sheet.cell(at: CellReference(row: 5, column: 3))?.value == "3")
    }

    @Test func prefixedElementsReadAsUnprefixed() throws {
        let xml = """
            <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
            <x:row r="2" hidden="1"><x:c r="B2" t="b" s="4"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>
            """
        let sheet = try XLSXWorksheet(parsing: Array(xml.utf8))
        #expect(
            sheet.cell(at: CellReference(row: 2, column: 2))
                == .init(column: 2, kind: .boolean, value: "1", style: 4, hasFormula: false))
        #expect(sheet.isRowHidden(2))
    }

    @Test func outOfOrderCellsAreSortedAndDuplicatesRefused() throws {
        let sheet = try Self.worksheet(
            #"<row r="3"><c r="C3"><v>3</v></c><c r="A3"><v>1</v></c></row><row r="1"><c r="A1"><v>0</v></c></row>"#)
        #expect(sheet.rows.map(\.index) == [1, 3] && sheet.rows[1].cells.map(\.value) == ["1", "3"])
        #expect(throws: XMLError.self) {
            try Self.worksheet(#"<row r="1"><c r="A1"><v>1</v></c><c r="A1"><v>2</v></c></row>"#)
        }
        do throws(XMLError) {
            _ = try Self.worksheet(#"<row r="1"><c r="B2"><v>1</v></c></row>"#)
            Issue.record("a cell outside its row was read")
        } catch {
            #expect(error.message == .badCellReference("B2"))
        }
    }

    @Test(arguments: [
        (#"<row r="0"/>"#, XMLMessage.badNumber(attribute: "r", value: "0")),
        (#"<row r="x"/>"#, .badNumber(attribute: "r", value: "x")),
        (#"<row><c r="XFE1"><v>1</v></c></row>"#, .badCellReference("XFE1")),
        (#"<row><c s="-1"><v>1</v></c></row>"#, .badNumber(attribute: "s", value: "-1")),
        (#"<row><c><v>1</c></row>"#, .mismatchedEndTag(expected: "v", found: "c")),
    ])
    func badSheetsAreRefused(sheetData: String, expected: XMLMessage) {
        do throws(XMLError) {
            _ = try Self.worksheet(sheetData)
            Issue.record("read \(sheetData)")
        } catch {
            #expect(error.message == expected)
        }
    }

    @Test func aPartWithAnotherRootIsRefused() {
        do throws(XMLError) {
            _ = try XLSXSharedStrings(parsing: Array("<worksheet/>".utf8))
            Issue.record("read a worksheet as shared strings")
        } catch {
            #expect(error.message == .unexpectedRoot(found: "worksheet", expected: "sst"))
        }
    }

    @Test func sharedStringsJoinRunsKeepSpacesAndLeavePhoneticsOut() throws {
        let xml = """
            <sst \(Self.main) count="3"><si><t xml:space="preserve"> Xã </t></si>
            <si><r><rPr><b/></rPr><t>Xã </t></r><r><t>Vũ Thư</t></r><rPh sb="0" eb="1"><t>ふり</t></rPh>
            <phoneticPr fontId="1"/></si><si/><si><t>Tha\u{301}i Bi\u{300}nh</t></si></sst>
            """
        let strings = try XLSXSharedStrings(parsing: Array(xml.utf8))
        #expect(strings.strings == [" Xã ", "Xã Vũ Thư", "", "Thái Bình"])
        #expect(strings.strings[3].unicodeScalars.count == 9)
        #expect(strings[4] == nil && strings[-1] == nil)
    }

    @Test func workbookReadsDate1904AndVeryHiddenSheets() throws {
        let xml = """
            <workbook \(Self.main) xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <workbookPr date1904="1"/><sheets><sheet name="A" sheetId="3" rel:id="rId7" state="veryHidden"/></sheets>
            </workbook>
            """
        let workbook = try XLSXWorkbook(parsing: Array(xml.utf8))
        #expect(workbook.usesDate1904)
        #expect(workbook.sheets == [.init(name: "A", sheetID: 3, relationshipID: "rId7", visibility: .veryHidden)])
        do throws(XMLError) {
            _ = try XLSXWorkbook(
                parsing: Array(#"<workbook><sheets><sheet name="A" sheetId="1"/></sheets></workbook>"#.utf8))
            Issue.record("read a sheet without r:id")
        } catch {
            #expect(error.message == .missingAttribute(element: "sheet", attribute: "r:id"))
        }
    }

    @Test(arguments: [
        (0, nil, NumberFormatKind.number), (9, nil, .percent), (10, nil, .percent), (14, nil, .dateTime),
        (22, nil, .dateTime), (45, nil, .dateTime), (47, nil, .dateTime), (4, nil, .number), (49, nil, .number),
        (164, "0.0%", .percent), (165, "dd/mm/yyyy", .dateTime), (166, "[$-42A]d mmmm yyyy", .dateTime),
        (167, "#,##0.00", .number), (168, "General", .number), (169, #"0 "ngày""#, .number),
        (170, "[h]:mm", .dateTime), (171, "[Red]0.00", .number), (172, #"0\d"#, .number),
        (173, "0.00_);[Red](0.00)", .number), (174, #""%"0"#, .number), (175, "0;0%", .number),
        (176, "hh:mm:ss AM/PM", .dateTime), (177, "0.00E+00", .number),
    ])
    func numberFormatsAreClassified(id: Int, code: String?, expected: NumberFormatKind) {
        #expect(XLSXStyles.kind(ofFormat: id, code: code) == expected, "\(id) \(code ?? "")")
    }

    @Test func stylesTakeOnlyCellFormatsAndCustomCodes() throws {
        let xml = """
            <styleSheet \(Self.main)><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>
            <cellStyleXfs count="1"><xf numFmtId="10"/></cellStyleXfs>
            <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf/></cellXfs></styleSheet>
            """
        let styles = try XLSXStyles(parsing: Array(xml.utf8))
        #expect(styles.cellFormatIDs == [0, 164, 0] && styles.customFormats == [164: "0.0%"])
        #expect([0, 1, 2, 9].map(styles.kind(ofStyle:)) == [.number, .percent, .number, .number])
    }

    @Test(arguments: [
        ("worksheets/sheet1.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"),
        ("/xl/worksheets/sheet2.xml", "xl/workbook.xml", "xl/worksheets/sheet2.xml"),
        ("../media/a.png", "xl/drawings/d.xml", "xl/media/a.png"),
        ("xl/workbook.xml", "", "xl/workbook.xml"),
        ("./styles.xml", "xl/workbook.xml", "xl/styles.xml"),
        ("../../../x.xml", "xl/workbook.xml", "x.xml"),
    ])
    func relationshipTargetsResolveFromTheirPart(target: String, source: String, expected: String) {
        #expect(XLSXRelationships.resolve(target, from: source) == expected)
    }
}

/// Cell references as Excel writes them, and the locations messages give.
@Suite struct CellReferenceTests {
    @Test(arguments: [
        (1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (53, "BA"), (702, "ZZ"), (703, "AAA"), (16_384, "XFD"),
    ])
    func columnLettersRoundTrip(column: Int, letters: String) {
        #expect(CellReference.columnLetters(column) == letters)
        #expect(CellReference.columnNumber(letters) == column)
        #expect(CellReference.columnNumber(letters.lowercased()) == column)
    }

    @Test func everyColumnRoundTrips() {
        for column in 1...CellReference.maxColumn {
            #expect(CellReference.columnNumber(CellReference.columnLetters(column)) == column)
        }
    }

    @Test(arguments: ["C14", "c14", "A1", "XFD1048576"]) func referencesParse(text: String) throws {
        let reference = try #require(CellReference(text))
        #expect(reference.description == text.uppercased())
    }

    @Test(arguments: ["", "A", "14", "A0", "A01", "XFE1", "A1048577", "$A$1", "A1B", "Ă1", "AAAA1", "A-1", "A 1"])
    func nonReferencesAreRefused(text: String) {
        #expect(CellReference(text) == nil)
        #expect(CellReference.columnNumber(text) == nil || text == "A")
    }

    @Test func locationsAndRangesReadAsExcelShowsThem() throws {
        let reference = try #require(CellReference("C14"))
        #expect(reference == CellReference(row: 14, column: 3))
        #expect(reference.location(file: "xa.xlsx", sheet: "Dữ liệu") == "xa.xlsx[Dữ liệu]!C14")
        let range = try #require(CellRange("C1:A3"))
        #expect(range.description == "A1:C3" && range.contains(CellReference(row: 2, column: 2)))
        #expect(!range.contains(CellReference(row: 4, column: 1)))
        #expect(CellRange("B2")?.description == "B2" && CellRange("A1:") == nil && CellRange("A1:B2:C3") == nil)
        #expect(CellReference(row: 1, column: 5) < CellReference(row: 2, column: 1))
    }
}
