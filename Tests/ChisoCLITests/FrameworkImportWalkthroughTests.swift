import ChisoCLI
import ChisoCore
import ChisoFormats
import Foundation
import Testing

/// The README's walk-through "From the decision's annex table" (issue 22), command by command, on the example annex
/// in `notebooks-data/`: import with rules suggested and flagged, confirm them in the table, score with the file or
/// the table itself, and export any framework as a table that imports back equal.
@Suite struct FrameworkImportWalkthroughTests {
    static let workbook = repository.appendingPathComponent("notebooks-data/phu-luc-vi-du.xlsx").path
    static let csv = repository.appendingPathComponent("notebooks-data/phu-luc-vi-du.csv").path

    static func directory() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chiso-annex-\(UUID().uuidString)"
        ).path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func theWalkthroughWorksAsWritten() throws {
        let directory = try Self.directory()
        let file = directory + "/khung-xa.json"
        let run = chiso("frameworks", "import", Self.workbook, "--output", file)
        #expect(run.status == .ok, "\(run.error)")
        let lines = run.error.split(separator: "\n").map {
            $0.replacingOccurrences(of: repository.path + "/", with: "")
        }
        #expect(lines.filter { $0.contains("GỢI Ý — cần xác nhận") }.count == 7)
        #expect(
            lines.contains(
                "notebooks-data/phu-luc-vi-du.xlsx[Khung]!D7: cảnh báo: Cách xác định và tính điểm \"BCĐ họp 4 lần/năm: "
                    + "20 điểm; BCĐ họp 3 lần/năm: 15 điểm; BCĐ …\": GỢI Ý — cần xác nhận: ô Quy tắc tính điểm để trống, "
                    + "chiso đọc lời văn của ô này thành quy tắc \"4: 20; 3: 15; 2: 10; 1: 5\"; hãy kiểm tra rồi ghi quy "
                    + "tắc vào cột Quy tắc tính điểm để xác nhận"))
        #expect(
            lines.suffix(3) == [
                "đã ghi \(file)", "đã ghi \(directory)/chiso-framework.schema.json",
                "notebooks-data/phu-luc-vi-du.xlsx: khung đánh giá vi-du-xa-2025 hợp lệ, có 13 chỉ số và chỉ số thành "
                    + "phần, 10 cột số liệu (7 cảnh báo); thang chung classes (mặc định)",
            ])
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.components(separatedBy: "// GỢI Ý — cần xác nhận").count - 1 == 7)
        #expect(text.contains("// Khung!B7\n"))
        #expect(chiso("frameworks", "validate", file).status == .ok)

        // Step 4: sample data, scored with the file and with the table itself alike.
        let data = directory + "/thu.csv"
        #expect(chiso("sample", "--framework", file, "--units", "5", "--output", data).status == .ok)
        let withFile = chiso("score", "--framework", file, data)
        let withTable = chiso("score", "--framework", Self.workbook, data)
        #expect(withFile.status == .ok && withTable.status == .ok)
        #expect(withFile.output == withTable.output)
        #expect(withFile.output.contains("5 đơn vị theo xếp loại"))
        // The table's suggestions are repeated on every run until confirmed.
        #expect(withTable.error.components(separatedBy: "GỢI Ý — cần xác nhận").count - 1 == 7)
    }

    /// The CSV and the workbook hold the same table: the same framework.
    @Test func theCSVAndTheWorkbookGiveTheSameFramework() throws {
        let fromWorkbook = FrameworkTableImport.read(try InputFile.readBytes(Self.workbook), file: "a.xlsx")
        let fromCSV = FrameworkTableImport.read(try InputFile.readBytes(Self.csv), file: "a.csv")
        let workbook = try #require(fromWorkbook.framework)
        #expect(fromCSV.framework == workbook)
        #expect((workbook.scheme as? PointScheme)?.maximum == 100)
        #expect(workbook.scheme.classes.map(\.vi) == ["Trung bình", "Khá", "Tốt"])
    }

    /// Confirming every suggestion by writing its words into `Quy tắc tính điểm` gives the same framework, now
    /// without a warning: a suggestion means what its words say.
    @Test func confirmingTheSuggestionsGivesTheSameFramework() throws {
        let original = FrameworkTableImport.read(try InputFile.readBytes(Self.csv), file: "a.csv")
        let suggested = try #require(original.framework)
        let rules = Dictionary(
            uniqueKeysWithValues: original.problems.filter { $0.code == "pointtable.rule-suggested" }.compactMap {
                problem -> (Int, String)? in
                guard let line = problem.line, let quote = problem.text.vi.split(separator: "\"").dropFirst().first
                else { return nil }
                return (line, String(quote))
            })
        #expect(rules.count == 7)
        var (records, _) = CSVReader.read(try InputFile.readBytes(Self.csv), file: "a.csv")
        for index in records.indices {
            if let rule = rules[records[index].line] { records[index].fields[4] = rule }
        }
        let confirmed = records.map { CSVWriter.line($0.fields) }.joined()
        let outcome = FrameworkTableImport.read(Array(confirmed.utf8), file: "a.csv")
        #expect(outcome.problems.filter { $0.severity != .notice }.isEmpty, "\(outcome.problems)")
        let framework = try #require(outcome.framework)
        #expect(framework.scheme.isEqual(to: suggested.scheme))
    }

    @Test(arguments: [("vn-hue-3043-strict", "hue.xlsx"), ("vn-2361-commune", "2361-xa.csv")])
    func anExportedFrameworkImportsBackEqual(id: String, name: String) throws {
        let directory = try Self.directory()
        let table = directory + "/" + name
        let format = name.hasSuffix(".xlsx") ? "xlsx" : "csv"
        let export = chiso("frameworks", "export", id, "--format", format, "--output", table)
        #expect(export.status == .ok, "\(export.error)")
        let file = directory + "/\(id).json"
        #expect(chiso("frameworks", "import", table, "--output", file).status == .ok)
        let (imported, _) = try FrameworkCatalog.load(file)
        let (builtIn, _) = try FrameworkCatalog.load(id)
        #expect(imported == builtIn)
    }
}
