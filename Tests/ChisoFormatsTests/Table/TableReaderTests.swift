import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// Tables read from workbooks LibreOffice and openpyxl wrote (Fixtures/workbooks, made by make-workbooks.py there):
/// the records of the CSV they came from, at the rows and columns Excel shows; every file that is not a workbook
/// chiso reads gets a message saying what to do.
@Suite struct TableReaderTests {
    static func bytes(_ name: String) throws -> [UInt8] {
        let path = Support.fixture("workbooks/\(name)")
        guard let data = FileManager.default.contents(atPath: path) else { throw TestFailure("no fixture \(path)") }
        return Array(data)
    }

    static let repository = Support.fixtures.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func csv(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: repository.appendingPathComponent(path).path) else {
            throw TestFailure("no file \(path)")
        }
        return Array(data)
    }

    /// LibreOffice's conversion of a CSV reads back to the CSV's records: same rows, same fields, numbers as
    /// written (`0.5487`, `2.75`), empty cells empty.
    @Test(arguments: [
        ("districts.xlsx", "notebooks-data/sample-districts.csv"),
        ("communes.xlsx", "notebooks-data/sample-communes.csv"),
        ("hue-points.xlsx", "Tests/ChisoFormatsTests/Fixtures/workbooks/hue-points.csv"),
    ])
    func aConvertedCSVReadsToItsRecords(workbook: String, source: String) throws {
        let table = TableReader.read(try Self.bytes(workbook), file: workbook, knownColumns: ["unit_id"])
        let (records, _) = CSVReader.read(try Self.csv(source), file: source)
        #expect(table.problems.isEmpty, "\(table.problems)")
        #expect(table.sheet != nil)
        #expect(table.records == records)
    }

    @Test func aCSVFileReadsAsTheCSVReaderReadsIt() {
        let bytes = Array("unit_id;CQS.01\nX1;72,5\n".utf8)
        let table = TableReader.read(bytes, file: "a.csv", knownColumns: ["unit_id"], sheet: "Sheet1")
        let (records, problems) = CSVReader.read(bytes, file: "a.csv", knownColumns: ["unit_id"])
        #expect(table.records == records)
        #expect(table.problems.dropFirst().elementsEqual(problems))
        #expect(
            table.problems.first?.description(in: .en)
                == "a.csv: notice: the file is a CSV file, which has no sheets, so --sheet \"Sheet1\" is not used")
        #expect(TableReader.read(bytes, file: "a.csv", knownColumns: ["unit_id"]).problems == problems)
        #expect(table.sheet == nil)
    }

    /// A title block and a two-row header: the header is the row naming the most known columns, `unit_id` comes
    /// from the cell merged down over both rows, percentages and dates read as the CSV has them.
    @Test func aFormUnderATitleReadsFromItsHeaderRow() throws {
        let known: Set<String> = ["unit_id", "unit_name", "year", "cqs.01", "cqs.02"]
        let table = TableReader.read(try Self.bytes("districts-form.xlsx"), file: "f.xlsx", knownColumns: known)
        let (records, _) = CSVReader.read(try Self.csv("notebooks-data/sample-districts.csv"), file: "d.csv")
        // Percent-formatted shares read as percentages: 0.72 shown 72% reads `72%`, which a percentage column takes.
        let percent = Set(["CQS.01", "CQS.02", "CQS.03", "CQS.06", "CQS.08", "CQS.09", "CQS.10", "CQS.11"])
        let expected = records.map { record in
            zip(records[0].fields, record.fields).map {
                percent.contains($0) && !$1.isEmpty && record.line > 1 ? $1 + "%" : $1
            }
        }
        #expect(table.records.map(\.fields) == expected)
        #expect(table.records.map(\.line) == Array(4...14))
        #expect(table.sheet == "Dữ liệu")
        #expect(
            table.problems.map { $0.description(in: .en) } == [
                "f.xlsx[Dữ liệu]: notice: the workbook has 2 sheets (\"Dữ liệu\", \"Ghi chú\"); read the first, "
                    + "\"Dữ liệu\"; give --sheet NAME to read another",
                "f.xlsx[Dữ liệu]!4:4: notice: took row 4 as the header (the row naming the most known columns); rows "
                    + "1–3 above it are a title and are not read",
                "f.xlsx[Dữ liệu]!D5: notice: year \"2025-06-30\": column year holds years but has date cells; each "
                    + "date is read as its year (2025-06-30 as 2025)",
                "f.xlsx[Dữ liệu]: notice: row 7 and column C are hidden in the sheet; they are read like the others",
            ])
    }

    /// A value merged down over rows below the header is in the first row only: said in a notice, never filled in.
    @Test func mergedRowsAreToldAbout() throws {
        let table = TableReader.read(try Self.bytes("merged-rows.xlsx"), file: "m.xlsx", knownColumns: ["unit_id"])
        #expect(
            table.records.map(\.fields) == [
                ["unit_id", "parent_id", "CQS.01"], ["X1", "H01", "50"], ["X2", "", "60"], ["X3", "", "70"],
            ])
        #expect(
            table.problems.map { $0.description(in: .vi) } == [
                "m.xlsx[Sheet]!B2: lưu ý: ô gộp B2:B4 nằm dưới dòng tiêu đề: giá trị chỉ ở ô đầu tiên của mỗi vùng, các ô "
                    + "còn lại được đọc là trống; hãy bỏ gộp ô và điền giá trị vào từng dòng nếu các dòng cần nó"
            ])
    }

    @Test func aSheetIsChosenByName() throws {
        let bytes = try Self.bytes("districts-form.xlsx")
        let notes = TableReader.read(bytes, file: "f.xlsx", sheet: "ghi chú ")
        #expect(notes.sheet == "Ghi chú")
        #expect(notes.records.map(\.fields) == [["Số liệu minh họa, không có thật."]])
        #expect(notes.problems.isEmpty)
        let unknown = TableReader.read(bytes, file: "f.xlsx", sheet: "Ghi chu")
        #expect(unknown.records.isEmpty)
        #expect(unknown.problems.map(\.code) == ["xlsx.unknown-sheet"])
        #expect(
            unknown.problems.first?.description(in: .vi)
                == "f.xlsx: lỗi: sổ tính không có trang tính \"Ghi chu\"; các trang tính có: \"Dữ liệu\", \"Ghi chú\"; "
                + "có phải ý bạn là \"Ghi chú\"?")
    }

    /// Files that are not workbooks chiso reads: one message each, saying how to save the file as `.xlsx`.
    @Test(arguments: [
        ("legacy.xls", "xlsx.legacy-xls"), ("sheet.ods", "xlsx.ods"),
    ])
    func otherSpreadsheetsAreRefusedWithAWayOut(name: String, code: String) throws {
        let table = TableReader.read(try Self.bytes(name), file: name)
        #expect(table.records.isEmpty)
        #expect(table.problems.map(\.code) == [code])
        #expect(table.problems.allSatisfy { $0.severity == .error && !$0.isRowProblem })
    }

    @Test func anEncryptedWorkbookIsToldApartFromAnXLS() {
        var bytes = ZipReader.compoundFileSignature + Array(repeating: 0, count: 100)
        bytes += "EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + [0, 0]
        #expect(TableReader.read(bytes, file: "a.xlsx").problems.map(\.code) == ["xlsx.encrypted"])
        #expect(TableReader.isEncrypted(Array(bytes.prefix(110))) == false)
    }

    @Test func aZipThatIsNoWorkbookSaysWhatItLacks() throws {
        var writer = ZipWriter()
        try writer.add("word/document.xml", contents: Array("<w/>".utf8))
        let table = TableReader.read(writer.finish(), file: "a.docx")
        #expect(table.problems.map(\.code) == ["xlsx.not-workbook"])
    }

    @Test func cellProblemsAreLocatedAtTheirCells() throws {
        let errors = TableReader.read(try Self.bytes("errors.xlsx"), file: "e.xlsx", knownColumns: ["unit_id"])
        #expect(
            errors.problems.map { $0.description(in: .en) } == [
                "e.xlsx[Sheet1]!G3: error: CQS.02 \"#DIV/0!\": the cell shows the error #DIV/0! instead of a value; fix "
                    + "the formula or enter the value",
                "e.xlsx[Sheet1]!AM4: warning: \"ghi chú lạc\": a value in a column without a name in the header is not "
                    + "read; name the column or delete the value",
            ])
        #expect(errors.problems.first?.isRowProblem == true)
        let formulas = TableReader.read(try Self.bytes("formulas.xlsx"), file: "f.xlsx", knownColumns: ["unit_id"])
        #expect(formulas.problems.count == 10)
        #expect(formulas.problems.allSatisfy { $0.code == "xlsx.formula-without-value" && $0.column == 6 })
        #expect(formulas.problems.first?.location == "f.xlsx[Sheet1]!F2")
        let saved = TableReader.read(try Self.bytes("formulas-saved.xlsx"), file: "s.xlsx", knownColumns: ["unit_id"])
        let (records, _) = CSVReader.read(try Self.csv("notebooks-data/sample-districts.csv"), file: "d.csv")
        #expect(saved.problems.isEmpty)
        #expect(saved.records == records)
    }

    /// Seeded mutations of the workbook fixtures — bytes changed, files cut, spans dropped — read as tables: every
    /// case ends in records or diagnostics, never a crash or a hang.
    @Test func mutatedWorkbooksReadOrFailWithDiagnostics() throws {
        let seeds = try ["districts.xlsx", "districts-form.xlsx", "formulas.xlsx", "errors.xlsx", "hue-points.xlsx"]
            .map(Self.bytes)
        var rng = SplitMix64(seed: 21)
        var (read, refused) = (0, 0)
        for _ in 0..<Support.fuzzCases(standard: 300) {
            let bytes = ZipFuzzTests.mutation(of: seeds, using: &rng)
            let table = TableReader.read(bytes, file: "m.xlsx", knownColumns: ["unit_id"])
            // The readers of filled forms take the same bytes: every sheet's rows, each sheet tried as a form.
            let (sheets, problems) = WorkbookSheets.read(bytes, file: "m.xlsx")
            #expect(sheets.isEmpty || problems.isEmpty)
            for sheet in sheets { _ = FormSheet(records: sheet.records) }
            _ = FormInput.assembled(
                [("m.xlsx", bytes)], name: "m", sheet: nil, known: ["unit_id"], keepsEvidence: true)
            if table.problems.contains(where: { $0.severity == .error && !$0.isRowProblem }) {
                #expect(table.records.isEmpty)
                refused += 1
            } else {
                read += 1
            }
            for problem in table.problems { #expect(!problem.description(in: .vi).isEmpty) }
        }
        #expect(read > 0 && refused > 0, "read \(read), refused \(refused)")
    }

    /// Seeded mutations of the parts inside a workbook — the sheet, shared strings, styles and workbook XML with
    /// bytes changed, cut or dropped, zipped again so that the archive is sound — read as tables: records or
    /// diagnostics, never a crash or a hang.
    @Test func mutatedPartsReadOrFailWithDiagnostics() throws {
        let source = try ZipReader(try Self.bytes("districts-form.xlsx"))
        let parts = try source.entries.map { ($0.name, try source.contents(of: $0)) }
        let targets = parts.indices.filter { parts[$0].0.hasPrefix("xl/") && parts[$0].0.hasSuffix(".xml") }
        var rng = SplitMix64(seed: 2121)
        var outcomes: Set<String> = []
        for _ in 0..<Support.fuzzCases(standard: 250) {
            let target = targets[Int.random(in: 0..<targets.count, using: &rng)]
            var writer = ZipWriter()
            for (index, (name, contents)) in parts.enumerated() {
                let bytes = index == target ? ZipFuzzTests.mutation(of: [contents], using: &rng) : contents
                try writer.add(name, contents: bytes, method: .stored)
            }
            let table = TableReader.read(
                writer.finish(), file: "m.xlsx", knownColumns: ["unit_id", "cqs.01", "year"])
            if table.problems.contains(where: { $0.severity == .error && !$0.isRowProblem }) {
                #expect(table.records.isEmpty)
            }
            for problem in table.problems { #expect(!problem.description(in: .vi).isEmpty) }
            outcomes.formUnion(table.problems.map(\.code))
            outcomes.insert(table.records.isEmpty ? "no records" : "records")
        }
        #expect(outcomes.contains("records") && outcomes.contains("no records"), "\(outcomes)")
    }
}
