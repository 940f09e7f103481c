import ChisoCLI
import ChisoCore
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// Filled per-unit forms (`chiso template --per-unit`) scored together: a folder of them, several files, one
/// workbook of a sheet per unit — to what the same units score to from a wide CSV, every problem at its form's cell.
@Suite struct FormInputCommandTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "notebooks-data/sample-communes.csv"
        ).path

    /// The first `count` sample communes: the CSV's header and rows.
    static func units(_ count: Int) throws -> (header: [String], rows: [[String]]) {
        let records = CSVReader.read(Array(try Data(contentsOf: URL(fileURLWithPath: sample))), file: "s").records
        return (records[0].fields, records.dropFirst().prefix(count).map(\.fields))
    }

    /// The per-unit forms chiso writes for `rows`, one workbook each, filled in as an officer would: the identity
    /// block, then a value per criterion (numbers as numbers, words as text).
    static func filledForms(header: [String], rows: [[String]]) throws -> [(id: String, document: WorkbookDocument)] {
        let (framework, _) = try FrameworkCatalog.load("vn-2361-commune")
        let origin = WorkbookOrigin(
            output: "forms", frameworks: [framework], commandLine: "chiso template", made: "2026-12-02T00:00:00Z",
            inputs: [], language: .vi)
        return rows.map { row in
            let value = { (id: String) in header.firstIndex(of: id).map { row[$0] } ?? "" }
            let unit = UnitFormWorkbook.Unit(
                id: value("unit_id"), name: value("unit_name"), parentID: value("parent_id"))
            var document = UnitFormWorkbook.document(framework, units: [unit], origin: origin)
            var sheet = document.sheets[0]
            for index in sheet.rows.indices {
                guard case .text(let label)? = sheet.rows[index].first?.value else { continue }
                let id: String? =
                    label == "Năm"
                    ? "year"
                    : label == "Mức đăng ký"
                        ? "registered_level"
                        : header.contains(label) && index + 1 >= UnitForm.firstCriterionRow ? label : nil
                guard let id, !value(id).isEmpty else { continue }
                let column = id == "year" || id == "registered_level" ? 1 : sheet.rows[index].count - 3
                while sheet.rows[index].count <= column { sheet.rows[index].append(.empty) }
                let text = value(id)
                sheet.rows[index][column].value = Double(text).map { .number($0) } ?? .text(text)
            }
            document.sheets[0] = sheet
            return (unit.id, document)
        }
    }

    static func write(_ forms: [(id: String, document: WorkbookDocument)], into directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for form in forms {
            try Data(XLSXWriter.write(form.document)).write(to: directory.appendingPathComponent("\(form.id).xlsx"))
        }
    }

    @Test func aFolderOfFilledFormsScoresAsTheWideFile() throws {
        let (header, rows) = try Self.units(6)
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let forms = directory.appendingPathComponent("phieu")
        try Self.write(try Self.filledForms(header: header, rows: rows), into: forms)
        let wide = directory.appendingPathComponent("six.csv").path
        try Data(CSVWriter.document(header: header, rows: rows).utf8).write(to: URL(fileURLWithPath: wide))
        let expected = chiso("score", "--framework", "vn-2361-commune", wide, "--format", "csv")
        #expect(expected.status == .ok)
        let folder = chiso("score", "--framework", "vn-2361-commune", forms.path, "--format", "csv")
        #expect(folder.status == .ok, "\(folder.error)")
        #expect(folder.output == expected.output)
        #expect(folder.error.contains("lưu ý: đã đọc 6 phiếu từ 6 tệp và ghép thành một bảng đánh giá"))
        #expect(folder.error.contains("đã bỏ qua các trang tính Hướng dẫn, Nguồn (ở 6 tệp)"))
        // The same forms named one by one, as a shell expands phieu/*.xlsx.
        let files = try FileManager.default.contentsOfDirectory(atPath: forms.path).sorted().map {
            forms.appendingPathComponent($0).path
        }
        let named = chiso(["score", "--framework", "vn-2361-commune"] + files + ["--format", "csv"])
        #expect(named.output == expected.output)
    }

    @Test func oneWorkbookOfASheetPerUnitScoresAsTheWideFile() throws {
        let (header, rows) = try Self.units(3)
        var forms = try Self.filledForms(header: header, rows: rows)
        var document = forms[0].document
        document.sheets = forms.map { form in
            var sheet = form.document.sheets[0]
            sheet.name = form.id
            return sheet
        }
        forms = [("all", document)]
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.write(forms, into: directory)
        let wide = directory.appendingPathComponent("three.csv").path
        try Data(CSVWriter.document(header: header, rows: rows).utf8).write(to: URL(fileURLWithPath: wide))
        let path = directory.appendingPathComponent("all.xlsx").path
        let run = chiso("score", "--framework", "vn-2361-commune", path, "--format", "csv")
        #expect(run.status == .ok, "\(run.error)")
        #expect(run.output == chiso("score", "--framework", "vn-2361-commune", wide, "--format", "csv").output)
        #expect(run.error.contains("đã đọc 3 phiếu từ 1 tệp"))
    }

    @Test func problemsAreToldAtTheFormsCellsAndAUnitGivenTwiceNamesBoth() throws {
        let (header, rows) = try Self.units(2)
        var forms = try Self.filledForms(header: header, rows: rows)
        // A word in a percentage cell of the second form, and a copy of the first form under another file name.
        var sheet = forms[1].document.sheets[0]
        let row = UnitForm.row(ofMeasure: 1) - 1
        let column = sheet.rows[row].count - 3
        sheet.rows[row][column].value = .text("nhiều")
        forms[1].document.sheets[0] = sheet
        forms.append(("copy", forms[0].document))
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.write(forms, into: directory)
        let run = chisoInEnglish("score", "--framework", "vn-2361-commune", directory.path)
        #expect(run.status == .dataError)
        let second = "\(directory.path)/\(rows[1][0]).xlsx[\(rows[1][0])]!\(CellReference.columnLetters(column + 1))"
        #expect(
            run.error.contains("\(second)\(UnitForm.row(ofMeasure: 1)): error: CQS.02 \"nhiều\": expected a percentage")
        )
        #expect(
            run.error.contains(
                "\(directory.path)/copy.xlsx[\(rows[0][0])]!B2: error: unit_id \"\(rows[0][0])\": this unit (year 2025) is already "
                    + "given at \(directory.path)/\(rows[0][0]).xlsx[\(rows[0][0])]!B2"))
        let vietnamese = chiso("score", "--framework", "vn-2361-commune", directory.path)
        #expect(vietnamese.error.contains("lỗi: unit_id \"\(rows[0][0])\": đơn vị này (năm 2025) đã có ở"))
    }

    @Test func aFolderWithoutWorkbooksIsNoInput() throws {
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = chisoInEnglish("score", "--framework", "vn-2361-commune", directory.path)
        #expect(run.status == .noInput)
        #expect(run.error.contains("the folder holds no .xlsx, .xlsm or .csv file to read"))
    }

    /// The README's round trip, its commands run as written: forms handed out, filled in (here, as an officer
    /// would), collected in a folder and scored to a workbook whose results are those of the same data as a CSV.
    @Test func theReadmeRoundTripRuns() throws {
        let repository = URL(fileURLWithPath: Self.sample).deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(
            readme.components(separatedBy: "### Forms out, results back (Phát phiếu, thu về, chấm điểm)\n").last)
        let commands = section.split(separator: "\n").prefix { !$0.hasPrefix("#") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("chiso ") }
            .map { $0.dropFirst("chiso ".count).split(separator: " ").map(String.init) }
        #expect(commands.count == 3)
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(
            atPath: Self.sample, toPath: directory.appendingPathComponent("communes.csv").path)
        func run(_ command: [String]) -> (status: ExitCode, output: String, error: String) {
            chiso(
                command.map { word in
                    ["communes.csv", "phieu", "mau.xlsx", "ket-qua.xlsx"].contains(word)
                        ? directory.appendingPathComponent(word).path : word
                })
        }
        // 1. Hand out the forms.
        for command in commands.prefix(2) { #expect(run(command).status == .ok, "\(command)") }
        let phieu = directory.appendingPathComponent("phieu")
        #expect(try FileManager.default.contentsOfDirectory(atPath: phieu.path).count == 120)
        // 2. Fill them in: the same forms with the sample's values typed into them.
        let (header, rows) = try Self.units(120)
        for form in try Self.filledForms(header: header, rows: rows) {
            try Data(XLSXWriter.write(form.document)).write(to: phieu.appendingPathComponent("\(form.id).xlsx"))
        }
        // 3. Collect and score them together, to a workbook.
        let scored = run(commands[2])
        #expect(scored.status == .ok, "\(scored.error)")
        #expect(scored.error.contains("đã đọc 120 phiếu từ 120 tệp"))
        // 4. The workbook holds the results of the same data scored from the CSV.
        let table = TableReader.read(
            Array(try Data(contentsOf: directory.appendingPathComponent("ket-qua.xlsx"))), file: "ket-qua.xlsx",
            knownColumns: ["unit_id", "level"])
        let expected = CSVReader.read(
            Array(chiso("score", "--framework", "vn-2361-commune", Self.sample, "--format", "csv").output.utf8),
            file: "expected"
        ).records
        #expect(table.records.map(\.fields) == expected.map(\.fields))
    }
}
