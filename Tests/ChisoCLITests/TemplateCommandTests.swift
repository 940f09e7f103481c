import ChisoCLI
import ChisoCore
import ChisoFormats
import ChisoReports
import Foundation
import Testing

@Suite struct TemplateCommandTests {
    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The sheet names of a workbook, read back with chiso's own reader.
    static func sheets(_ path: String) throws -> [String] {
        let zip = try ZipReader(try bytes(path))
        return try XLSXWorkbook(parsing: zip.contents(named: "xl/workbook.xml")).sheets.map(\.name)
    }

    @Test(arguments: [
        ["--format", "xlsx", "--output"], ["--output"],
    ])
    func writesTheWideWorkbook(options: [String]) throws {
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("mau.xlsx").path
        let run = chiso(["template", "--framework", "vn-2361-commune"] + options + [path])
        #expect(run.status == .ok)
        #expect(run.output.isEmpty)
        #expect(run.error == "đã ghi \(path)\n")
        #expect(try Self.bytes(path).prefix(2) == [0x50, 0x4B])
        #expect(try Self.sheets(path) == ["Dữ liệu", "Hướng dẫn", "Nguồn"])
        // An existing file is kept unless --force.
        #expect(chiso(["template", "--framework", "vn-2361-commune"] + options + [path]).status == .cannotCreate)
        let forced = chiso(
            ["template", "--framework", "vn-2361-commune", "--force", "--lang", "en"] + options + [path])
        #expect(forced.status == .ok)
        #expect(try Self.sheets(path) == ["Data", "Instructions", "Source"])
    }

    @Test func theCSVTemplateIsUnchanged() throws {
        let (framework, _) = try FrameworkCatalog.load("vn-2361-commune")
        let run = chiso("template", "--framework", "vn-2361-commune")
        #expect(run.output == FrameworkReport.template(framework))
        #expect(run.output.hasPrefix("unit_id,unit_name,parent_id,year,registered_level,CQS.01,"))
        #expect(chiso("template", "--framework", "vn-2361-commune", "--format", "csv").output == run.output)
    }

    @Test func writesOneFormPerUnitIntoADirectory() throws {
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let units = directory.appendingPathComponent("units.csv").path
        try Data("unit_id,unit_name,parent_id\nX01,Xã Một,H01\nX/02,Xã Hai,H01\n".utf8)
            .write(to: URL(fileURLWithPath: units))
        let forms = directory.appendingPathComponent("forms").path
        let run = chisoInEnglish(
            "template", "--framework", "vn-2361-commune", "--per-unit", "--units-file", units, "--output-dir", forms)
        #expect(run.status == .ok)
        #expect(run.error == "wrote 2 forms into \(forms)/\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: forms).sorted() == ["X01.xlsx", "X_02.xlsx"])
        #expect(try Self.sheets(forms + "/X_02.xlsx") == ["X-02", "Instructions", "Source"])
        let one = directory.appendingPathComponent("all.xlsx").path
        let sheets = chiso(
            "template", "--framework", "vn-2361-commune", "--per-unit", "--units-file", units, "--sheets",
            "--output", one)
        #expect(sheets.status == .ok)
        #expect(try Self.sheets(one) == ["X01", "X-02", "Hướng dẫn", "Nguồn"])
    }

    @Test func aUnitsFileIsChecked() throws {
        let units = try temporaryFile("units.csv", "unit_id,unit_name,parent_id,CQS.01\nX01,A,H,\nX01,B,H,\n,C,H,\n")
        let run = chisoInEnglish(
            "template", "--framework", "vn-2361-commune", "--per-unit", "--units-file", units, "--output", units + ".x")
        #expect(run.status == .dataError)
        #expect(run.error.contains("\(units):3"))
        #expect(run.error.contains("unit_id \"X01\": duplicate unit_id; line 2 has it already"))
        #expect(run.error.contains("\(units):4"))
    }

    @Test(arguments: [
        (["--format", "xlsx"], "A workbook cannot be printed to the terminal: give --output FILE.xlsx"),
        (["--units", "5"], "--units is for Excel workbooks only: add --format xlsx."),
        (["--format", "csv", "--output", "t.xlsx"], "--format"),
        (["--format", "xlsx", "--units-file", "u.csv", "--output", "t.xlsx"], "--units-file goes with --per-unit"),
        (["--per-unit", "--sheets", "--output", "t.xlsx"], "--sheets goes with --per-unit --units-file only."),
        (["--per-unit", "--units", "3", "--output", "t.xlsx"], "with --per-unit, list the units with --units-file"),
        (["--format", "xlsx", "--excel", "--output", "t.xlsx"], "--excel"),
        (["--format", "xlsx", "--units", "0", "--output", "t.xlsx"], "--units"),
        (["--formulas"], "--formulas is for Excel workbooks only: add --format xlsx."),
        (["--per-unit", "--formulas", "--output", "t.xlsx"], "--formulas adds result columns to the shared data"),
    ])
    func refusesOptionsThatDoNotGoTogether(options: [String], message: String) {
        let run = chisoInEnglish(["template", "--framework", "vn-2361-commune"] + options)
        #expect(run.status == .usage)
        #expect(run.error.contains(message), "\(run.error)")
        #expect(run.output.isEmpty)
    }

    @Test func saysInVietnameseWhatIsMissing() {
        let run = chiso("template", "--framework", "vn-2361-commune", "--per-unit")
        #expect(run.status == .usage)
        #expect(run.error.hasPrefix("Lỗi: Sổ Excel không in ra màn hình được: cho --output TỆP.xlsx"))
    }

    /// The commands of the README's "Handing out a data-entry workbook", run in a directory of their own with the
    /// sample communes as `communes.csv`.
    @Test func theReadmeCommandsRun() throws {
        let readme = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "### Handing out a data-entry workbook\n").last)
        let commands = section.split(separator: "\n").prefix { !$0.hasPrefix("#") }
            .filter { $0.hasPrefix("    chiso template ") }
            .map { $0.dropFirst("    chiso ".count).split(separator: " ").map(String.init) }
        #expect(commands.count == 3)
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(
            atPath: communes, toPath: directory.appendingPathComponent("communes.csv").path)
        for command in commands {
            let arguments = command.map { word in
                word.hasPrefix("-") || !(word.contains(".") || word == "phieu") || word.hasPrefix("vn-")
                    ? word : directory.appendingPathComponent(word).path
            }
            let run = chiso(arguments)
            #expect(run.status == .ok, "\(command): \(run.error)")
            #expect(run.error.hasPrefix("đã ghi "), "\(command)")
        }
        #expect(try Self.sheets(directory.appendingPathComponent("phieu.xlsx").path).count == 120 + 2)
        let forms = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("phieu").path)
        #expect(forms.count == 120)
        #expect(forms.contains("H01-X01.xlsx"))
    }
}
