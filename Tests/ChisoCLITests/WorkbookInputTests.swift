import ChisoFormats
import Foundation
import Testing

@testable import ChisoCLI

/// `.xlsx` workbooks read wherever a CSV file is (issue 21): LibreOffice's and openpyxl's workbooks
/// (ChisoFormatsTests/Fixtures/workbooks, made by make-workbooks.py there) score to the same CSV output as the CSV
/// they came from, and every problem is located at its cell as Excel names it, in either language.
@Suite struct WorkbookInputTests {
    static func workbook(_ name: String) -> String {
        repository.appendingPathComponent("Tests/ChisoFormatsTests/Fixtures/workbooks/\(name)").path
    }

    static let hue = workbook("hue-points.csv")

    /// `score --format csv` of a workbook and of the CSV it came from, byte for byte.
    @Test(arguments: [
        ("vn-2361-district", "districts.xlsx", districts), ("vn-2361-commune", "communes.xlsx", communes),
        ("vn-hue-3043", "hue-points.xlsx", hue), ("vn-2361-district", "districts-form.xlsx", districts),
        ("vn-2361-district", "formulas-saved.xlsx", districts),
    ])
    func aWorkbookScoresAsItsCSV(framework: String, name: String, csv: String) {
        let fromWorkbook = chiso("score", "--framework", framework, Self.workbook(name), "--format", "csv")
        let fromCSV = chiso("score", "--framework", framework, csv, "--format", "csv")
        #expect(fromWorkbook.status == .ok, "\(fromWorkbook.error)")
        #expect(!fromWorkbook.output.isEmpty)
        #expect(fromWorkbook.output == fromCSV.output)
    }

    @Test func subordinateUnitsReadFromAWorkbook() {
        let fromWorkbook = chiso(
            "score", "--framework", "vn-2361-district", Self.workbook("districts.xlsx"), "--children",
            Self.workbook("communes.xlsx"), "--format", "csv")
        let fromCSV = chiso(
            "score", "--framework", "vn-2361-district", districts, "--children", communes, "--format", "csv")
        #expect(fromWorkbook.status == .ok, "\(fromWorkbook.error)")
        #expect(fromWorkbook.output == fromCSV.output)
        #expect(fromWorkbook.error.isEmpty)
    }

    /// The form under a title block says how it was read: the sheet, the header row, the dates read as years, the
    /// hidden cells; `--sheet` names the sheet and quiets the notice about the others.
    @Test func aFormSaysHowItWasRead() {
        let form = Self.workbook("districts-form.xlsx")
        let run = chisoInEnglish("score", "--framework", "vn-2361-district", form, "--format", "csv")
        let notices = run.error.replacingOccurrences(of: form, with: "form.xlsx").split(separator: "\n")
            .filter { !$0.contains("CHUNG.01") }.joined(separator: "\n")
        let expected = """
            form.xlsx[Dữ liệu]: notice: the workbook has 2 sheets ("Dữ liệu", "Ghi chú"); read the first, "Dữ liệu"; \
            give --sheet NAME to read another
            form.xlsx[Dữ liệu]: notice: row 7 and column C are hidden in the sheet; they are read like the others
            form.xlsx[Dữ liệu]!4:4: notice: took row 4 as the header (the row naming the most known columns); rows \
            1–3 above it are a title and are not read
            form.xlsx[Dữ liệu]!D5: notice: year "2025-06-30": column year holds years but has date cells; each date \
            is read as its year (2025-06-30 as 2025)
            """
        #expect(notices == expected)
        let named = chisoInEnglish(
            "score", "--framework", "vn-2361-district", form, "--sheet", "Dữ liệu", "--format", "csv")
        #expect(named.output == run.output)
        #expect(!named.error.contains("sheets"))
    }

    /// Each broken workbook, with its located diagnostics in both languages (the warning about `CHUNG.01` without
    /// `--children` left out).
    @Test(arguments: [
        (
            "errors.xlsx", [String](),
            """
            errors.xlsx[Sheet1]!G3: lỗi: CQS.02 "#DIV/0!": ô hiện lỗi #DIV/0! thay cho một giá trị; hãy sửa công thức \
            hoặc nhập giá trị
            errors.xlsx[Sheet1]!AM4: cảnh báo: "ghi chú lạc": ô có giá trị nhưng cột không có tên ở dòng tiêu đề nên \
            không được đọc; hãy đặt tên cột hoặc xoá giá trị
            1 lỗi; chưa ghi gì.
            """,
            """
            errors.xlsx[Sheet1]!G3: error: CQS.02 "#DIV/0!": the cell shows the error #DIV/0! instead of a value; fix \
            the formula or enter the value
            errors.xlsx[Sheet1]!AM4: warning: "ghi chú lạc": a value in a column without a name in the header is not \
            read; name the column or delete the value
            1 error; nothing was written.
            """
        ),
        (
            "formulas.xlsx", [],
            """
            formulas.xlsx[Sheet1]!F2: lỗi: CQS.01: ô có công thức nhưng chưa lưu kết quả (tệp do một chương trình \
            không tính công thức ghi ra, như openpyxl); hãy mở tệp trong Excel hoặc LibreOffice rồi lưu lại để kết quả \
            được lưu vào ô
            formulas.xlsx[Sheet1]!F3: lỗi: CQS.01: ô có công thức nhưng chưa lưu kết quả (tệp do một chương trình \
            không tính công thức ghi ra, như openpyxl); hãy mở tệp trong Excel hoặc LibreOffice rồi lưu lại để kết quả \
            được lưu vào ô
            formulas.xlsx[Sheet1]!F4: lỗi: CQS.01: ô có công thức nhưng chưa lưu kết quả (tệp do một chương trình \
            không tính công thức ghi ra, như openpyxl); hãy mở tệp trong Excel hoặc LibreOffice rồi lưu lại để kết quả \
            được lưu vào ô
            formulas.xlsx[Sheet1]: lỗi: CQS.01: còn 7 dòng khác cùng lỗi này
            10 lỗi (7 lỗi trong số đó được gộp ở trên); chưa ghi gì. Hãy sửa hết rồi chạy lại lệnh.
            """,
            """
            formulas.xlsx[Sheet1]!F2: error: CQS.01: the cell has a formula but no stored result (a program that does \
            not calculate, such as openpyxl, wrote the file); open the file in Excel or LibreOffice and save it, so \
            that the result is stored
            formulas.xlsx[Sheet1]!F3: error: CQS.01: the cell has a formula but no stored result (a program that does \
            not calculate, such as openpyxl, wrote the file); open the file in Excel or LibreOffice and save it, so \
            that the result is stored
            formulas.xlsx[Sheet1]!F4: error: CQS.01: the cell has a formula but no stored result (a program that does \
            not calculate, such as openpyxl, wrote the file); open the file in Excel or LibreOffice and save it, so \
            that the result is stored
            formulas.xlsx[Sheet1]: error: CQS.01: and 7 more rows with the same problem
            10 errors (7 of them summed up above); nothing was written. Fix them all and run the command again.
            """
        ),
        (
            "legacy.xls", [],
            """
            legacy.xls: lỗi: tệp là sổ tính Excel dạng cũ (.xls), chiso không đọc được; hãy mở tệp trong Excel hoặc \
            LibreOffice rồi lưu lại dưới dạng sổ tính Excel (.xlsx)
            """,
            """
            legacy.xls: error: the file is an old-format Excel workbook (.xls), which chiso does not read; open it in \
            Excel or LibreOffice and save it as an Excel Workbook (.xlsx)
            """
        ),
        (
            "sheet.ods", [],
            """
            sheet.ods: lỗi: tệp là bảng tính OpenDocument (.ods), chiso chưa đọc được; hãy mở tệp trong LibreOffice \
            Calc, chọn Tệp > Lưu thành, kiểu "Excel 2007-365 (.xlsx)", hoặc chạy soffice --headless --convert-to xlsx
            """,
            """
            sheet.ods: error: the file is an OpenDocument spreadsheet (.ods), which chiso does not read yet; open it \
            in LibreOffice Calc and choose File > Save As, type "Excel 2007-365 (.xlsx)", or run soffice --headless \
            --convert-to xlsx
            """
        ),
        (
            "districts-form.xlsx", ["--sheet", "Ghi chu"],
            """
            districts-form.xlsx: lỗi: sổ tính không có trang tính "Ghi chu"; các trang tính có: "Dữ liệu", "Ghi chú"; \
            có phải ý bạn là "Ghi chú"?
            """,
            """
            districts-form.xlsx: error: the workbook has no sheet "Ghi chu"; its sheets are "Dữ liệu", "Ghi chú"; did \
            you mean "Ghi chú"?
            """
        ),
    ])
    func aBrokenWorkbookIsToldAtItsCells(name: String, options: [String], vietnamese: String, english: String) {
        for (language, expected) in [("vi", vietnamese), ("en", english)] {
            let path = Self.workbook(name)
            let run = chiso(["score", "--framework", "vn-2361-district", path, "--lang", language] + options)
            #expect(run.status == .dataError)
            let lines = run.error.replacingOccurrences(of: path, with: name).split(separator: "\n")
                .filter { !$0.contains("CHUNG.01") }
            #expect(lines.joined(separator: "\n") == expected)
        }
    }

    @Test func vietnameseWorkbookDiagnosticsHaveNoEnglishWords() throws {
        let word = try Regex(#"\b("# + InputDiagnosticsLanguageTests.englishWords.joined(separator: "|") + #")\b"#)
            .ignoresCase()
        for name in ["errors.xlsx", "formulas.xlsx", "legacy.xls", "sheet.ods", "districts-form.xlsx"] {
            let path = Self.workbook(name)
            let run = chiso("score", "--framework", "vn-2361-district", path, "--sheet", "Ghi chu", "--lang", "vi")
            let text = try InputDiagnosticsLanguageTests.masked(run.error.replacingOccurrences(of: path, with: "f"))
            let found = text.matches(of: word).map { String(text[$0.range]) }
            #expect(found.isEmpty, "English words in the Vietnamese diagnostics of \(name): \(found)\n\(run.error)")
        }
    }

    /// Side files as workbooks: a cost file, a scenario, a unit map and recognised levels are read from their first
    /// sheet, their problems located at the cells.
    @Test func sideFilesAreReadFromWorkbooks() throws {
        let costs = try MiniWorkbook.file(
            "costs.xlsx", [["unit_id", "criterion", "per_point", "maximum"], ["", "CQS.01", "abc", ""]])
        let plan = chisoInEnglish(
            "plan", "--framework", "vn-2361-commune", communes, "--costs", costs, "--target", "next")
        #expect(plan.error.contains("costs.xlsx[Costs]!D1: error: \"maximum\": unknown column; did you mean max?"))
        #expect(plan.error.contains("costs.xlsx[Costs]!C2: error: per_point \"abc\""), "\(plan.error)")
        let scenario = try MiniWorkbook.file(
            "scenario.xlsx", [["unit_id", "criterion", "value"], ["H01-X01", "CQS.01", "80"]])
        let whatif = chisoInEnglish("whatif", "--framework", "vn-2361-commune", communes, "--scenario", scenario)
        #expect(whatif.status == .ok, "\(whatif.error)")
        #expect(whatif.output.contains("H01-X01"))
        let badScenario = try MiniWorkbook.file(
            "bad-scenario.xlsx", [["unit_id", "criterion", "value"], ["H01-X01", "CQS.1", "80"]])
        let refused = chisoInEnglish("whatif", "--framework", "vn-2361-commune", communes, "--scenario", badScenario)
        #expect(refused.error.contains("bad-scenario.xlsx[Costs]!2:2: error: criterion \"CQS.1\""), "\(refused.error)")
        let levels = try MiniWorkbook.file(
            "levels.xlsx", [["unit_id", "parent_id", "level"], ["H01-X01", "H01", "9"]])
        let score = chisoInEnglish("score", "--framework", "vn-2361-district", districts, "--children-levels", levels)
        #expect(score.error.contains("levels.xlsx[Costs]!C2: error: level \"9\""), "\(score.error)")
    }

    /// `regroup` with its data and its unit map as workbooks gives what the CSV files give.
    @Test func regroupReadsAWorkbookAndAWorkbookMap() throws {
        let rows = [["old_unit", "new_unit"]] + (1...12).map { [String(format: "U%02d", $0), $0 <= 6 ? "N1" : "N2"] }
        let map = try MiniWorkbook.file("map.xlsx", rows)
        let csvMap = try temporaryFile("map.csv", rows.map { $0.joined(separator: ",") + "\n" }.joined())
        let fromWorkbooks = chiso(
            "regroup", "--map", map, "--framework", "vn-hue-3043", Self.workbook("hue-points.xlsx"), "--format", "csv")
        let fromCSV = chiso("regroup", "--map", csvMap, "--framework", "vn-hue-3043", Self.hue, "--format", "csv")
        #expect(fromWorkbooks.status == .ok, "\(fromWorkbooks.error)")
        #expect(fromWorkbooks.output.contains("N2"))
        #expect(fromWorkbooks.output == fromCSV.output)
    }

    @Test func helpSaysWorkbooksAreRead() {
        for command in ["score", "explain", "gap", "plan", "whatif", "compare", "regroup", "uncertainty"] {
            let help = chisoInEnglish(command, "--help").output
            #expect(help.contains("--sheet"), "\(command)")
            #expect(help.contains(".xlsx"), "\(command)")
        }
    }
}

/// The smallest workbook a test needs: one sheet named `Costs` of inline strings and numbers.
enum MiniWorkbook {
    static func bytes(_ rows: [[String]]) throws -> [UInt8] {
        var sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        for (r, row) in rows.enumerated() {
            sheet += "<row r=\"\(r + 1)\">"
            for (c, text) in row.enumerated() where !text.isEmpty {
                let reference = CellReference(row: r + 1, column: c + 1)
                sheet +=
                    Double(text) != nil
                    ? "<c r=\"\(reference)\"><v>\(text)</v></c>"
                    : "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
            }
            sheet += "</row>"
        }
        sheet += "</sheetData></worksheet>"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var writer = ZipWriter()
        try writer.add(
            "_rels/.rels",
            contents: Array(
                ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>").utf8))
        try writer.add(
            "xl/workbook.xml",
            contents: Array(
                ("<workbook xmlns:r=\"\(relationships)\"><sheets>"
                    + "<sheet name=\"Costs\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").utf8))
        try writer.add(
            "xl/_rels/workbook.xml.rels",
            contents: Array(
                ("<Relationships><Relationship Id=\"rId1\" Type=\"\(relationships)/worksheet\" "
                    + "Target=\"worksheets/sheet1.xml\"/></Relationships>").utf8))
        try writer.add("xl/worksheets/sheet1.xml", contents: Array(sheet.utf8))
        return writer.finish()
    }

    static func file(_ name: String, _ rows: [[String]]) throws -> String {
        let path = try temporaryFile(name, "")
        try Data(try bytes(rows)).write(to: URL(fileURLWithPath: path))
        return path
    }
}

/// Workbooks given where chiso reads JSON.
@Suite struct WorkbookWhereJSONIsReadTests {
    /// A workbook where a JSON file is read says what it is, not "not valid UTF-8".
    @Test(arguments: [
        ["frameworks", "validate", WorkbookInputTests.workbook("legacy.xls")]
    ])
    func aWorkbookWhereJSONIsReadSaysSo(arguments: [String]) {
        let run = chisoInEnglish(arguments)
        #expect(run.status == .dataError)
        #expect(
            run.error.contains("this is an Excel workbook, not the JSON text file this option needs"), "\(run.error)")
        #expect(!run.error.contains("UTF-8"))
        let vietnamese = chiso(arguments)
        #expect(vietnamese.error.contains("đây là một sổ tính Excel, không phải tệp văn bản JSON"))
    }

    /// An `.xlsx` workbook given as a framework is read as a framework table (issue 22); a data workbook says it is
    /// assessment data, not an annex.
    @Test(arguments: [
        ["frameworks", "validate", WorkbookInputTests.workbook("communes.xlsx")],
        [
            "score", "--framework", WorkbookInputTests.workbook("communes.xlsx"),
            WorkbookInputTests.workbook("communes.xlsx"),
        ],
    ])
    func aWorkbookGivenAsAFrameworkIsReadAsATable(arguments: [String]) {
        let run = chisoInEnglish(arguments)
        #expect(run.status == .dataError)
        #expect(run.error.contains("[communes]: error: this file is assessment data"), "\(run.error)")
        #expect(chiso(arguments).error.contains("lỗi: tệp này là số liệu đánh giá"))
    }
}
