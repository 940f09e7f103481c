import ChisoCLI
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// `--output`, `--force`, `--format` against the extension, and `--excel` (issue 8, points 1 and 6).
@Suite struct OutputOptionsTests {
    static func directory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func contents(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    static let refusal =
        "error: already exists, and chiso does not replace a file you may have edited; give --force to replace it, "
        + "or choose another file name\n"

    /// The commands whose outputs people edit, each with its arguments before `--output`.
    static let editableOutputs: [[String]] = [
        ["template", "--framework", "vn-2361-commune"],
        ["sample", "--framework", "vn-hue-3043", "--units", "3"],
        ["frameworks", "new", "--scheme", "levels"],
        ["frameworks", "schema"],
        ["frameworks", "show", "vn-2361-commune"],
    ]

    @Test(arguments: editableOutputs)
    func editableOutputsAreKeptUnlessForced(command: [String]) throws {
        let path = try Self.directory() + "/mine.csv"
        try Data("filled in by hand\n".utf8).write(to: URL(fileURLWithPath: path))
        var console = Console()
        console.languageVariable = "en"
        #expect(Chiso.main(command + ["--output", path], console: &console) == .cannotCreate)
        #expect(console.error == "\(path): " + Self.refusal)
        #expect(Self.contents(path) == "filled in by hand\n")
        console = Console()
        console.languageVariable = "en"
        #expect(Chiso.main(command + ["--output", path, "--force"], console: &console) == .ok)
        // A starter comes with the schema its "$schema" names, beside it.
        let schema = command.starts(with: ["frameworks", "new"]) ? "wrote \(FrameworkSchema.path(beside: path))\n" : ""
        #expect(console.error == "wrote \(path)\n" + schema)
        #expect(Self.contents(path) != "filled in by hand\n")
    }

    @Test func sampleKeepsAnExistingProvinceUnlessForced() throws {
        let directory = try Self.directory()
        let communes = directory + "/sample-communes.csv"
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: communes))
        let run = chisoInEnglish("sample", "--output-dir", directory)
        #expect(run.status == .cannotCreate)
        #expect(run.error == "\(communes): " + Self.refusal)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["sample-communes.csv"])
        #expect(chisoInEnglish("sample", "--output-dir", directory, "--force").status == .ok)
        #expect(Self.contents(communes)?.hasPrefix("unit_id,unit_name,parent_id,") == true)
    }

    @Test func resultsReplaceAnEarlierResult() throws {
        let path = try Self.directory() + "/levels.csv"
        try Data("an earlier result\n".utf8).write(to: URL(fileURLWithPath: path))
        let run = chiso("score", "--framework", "vn-2361-commune", communes, "--output", path)
        #expect(run.status == .ok)
        #expect(Self.contents(path)?.hasPrefix("unit_id,unit_name,parent_id,year,level,") == true)
    }

    @Test func devNullTakesAnyOutput() {
        for command in [
            ["score", "--framework", "vn-2361-commune", communes, "--format", "json"],
            ["explain", "--framework", "vn-2361-commune", communes, "--unit", "H01-X01"],
            ["template", "--framework", "vn-2361-commune"],
        ] {
            var console = Console()
            console.languageVariable = "en"
            #expect(Chiso.main(command + ["--output", "/dev/null"], console: &console) == .ok, "\(command)")
            #expect(console.error == "wrote /dev/null\n")
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFullDeviceIs73() {
        let run = chisoInEnglish("score", "--framework", "vn-2361-commune", communes, "--output", "/dev/full")
        #expect(run.status == .cannotCreate)
        #expect(run.error == "/dev/full: error: cannot be written (No space left on device)\n")
    }

    @Test func aSymbolicLinkAsOutputStaysALink() throws {
        let directory = try Self.directory()
        let link = directory + "/latest.csv"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "run-1.csv")
        #expect(chiso("score", "--framework", "vn-2361-commune", communes, "--output", link).status == .ok)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "run-1.csv")
        #expect(Self.contents(directory + "/run-1.csv")?.hasPrefix("unit_id,") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["latest.csv", "run-1.csv"])
    }

    @Test func aReadOnlyResultIs73() throws {
        let path = try Self.directory() + "/final.csv"
        try Data("signed off\n".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let run = chisoInEnglish("score", "--framework", "vn-2361-commune", communes, "--output", path)
        #expect(run.status == .cannotCreate)
        #expect(run.error.contains("final.csv: error: is read-only (mode 0444), so chiso does not replace it"))
        #expect(Self.contents(path) == "signed off\n")
    }

    @Test(arguments: [
        ["score", "--framework", "vn-2361-commune", communes],
        ["explain", "--framework", "vn-2361-commune", communes, "--unit", "H01-X01"],
        ["template", "--framework", "vn-2361-commune"],
        ["frameworks", "schema"],
        ["frameworks", "show", "vn-2361-commune"],
    ])
    func anEmptyOutputIsAUsageError(command: [String]) {
        var console = Console()
        console.languageVariable = "en"
        #expect(Chiso.main(command + ["--output", ""], console: &console) == .usage)
        #expect(
            console.error.hasPrefix(
                "Error: '--output' needs a file name, not an empty string; leave --output out to write to standard "
                    + "output\n"))
        console = Console()
        #expect(Chiso.main(command + ["--output="], console: &console) == .usage)
    }

    @Test func outputDashIsStandardOutput() {
        let run = chiso("template", "--framework", "vn-2361-commune", "--output", "-")
        #expect(run.status == .ok)
        #expect(run.output.hasPrefix("unit_id,unit_name,"))
        #expect(run.error.isEmpty)
    }

    @Test(arguments: [
        ("levels.csv", "unit_id,unit_name,"), ("levels.json", "{\n\"framework\": {"), ("levels.md", "| unit_id |"),
        ("levels.txt", "unit_id  unit_name"),
    ])
    func theExtensionChoosesTheFormat(name: String, start: String) throws {
        let path = try Self.directory() + "/" + name
        #expect(
            chiso("score", "--framework", "vn-2361-commune", communes, "--output", path, "--lang", "en").status == .ok)
        #expect(Self.contents(path)?.hasPrefix(start) == true, "\(name)")
    }

    @Test func formatWinsWhenTheExtensionSaysNothing() throws {
        let path = try Self.directory() + "/levels.out"
        #expect(
            chiso("score", "--framework", "vn-2361-commune", communes, "--output", path, "--format", "json").status
                == .ok)
        #expect(Self.contents(path)?.hasPrefix("{") == true)
        let shown = try Self.directory() + "/commune.json"
        #expect(chiso("frameworks", "show", "vn-2361-commune", "--output", shown).status == .ok)
        #expect(Self.contents(shown)?.contains("\"scheme\": \"levels\"") == true)
    }

    @Test func aFormatThatContradictsTheExtensionIsAUsageError() throws {
        let path = try Self.directory() + "/levels.json"
        let run = chiso(
            "score", "--framework", "vn-2361-commune", communes, "--format", "csv", "--output", path, "--lang", "en")
        #expect(run.status == .usage)
        #expect(
            run.error.hasPrefix(
                "Error: '--format csv' disagrees with the extension of '--output \(path)', which means json; drop "
                    + "--format to write json, or give the file another extension\n"))
        #expect(!FileManager.default.fileExists(atPath: path))
        // `explain` writes CSV too since issue 21 (a row per criterion and level): the extension chooses it, and a
        // format that contradicts it is refused as for `score`.
        let rows = try Self.directory() + "/why.csv"
        let explain = chiso(
            "explain", "--framework", "vn-2361-commune", communes, "--unit", "H01-X01", "--output", rows, "--lang", "en"
        )
        #expect(explain.status == .ok, "\(explain.error)")
        #expect(Self.contents(rows)?.hasPrefix("unit_id,criterion,level,required,value,status,blocks_next,") == true)
        let table = try Self.directory() + "/why.json"
        let contradicted = chiso(
            "explain", "--framework", "vn-2361-commune", communes, "--unit", "H01-X01", "--format", "csv", "--output",
            table, "--lang", "en")
        #expect(contradicted.status == .usage)
        #expect(
            contradicted.error.hasPrefix("Error: '--format csv' disagrees with the extension of '--output \(table)'"))
        #expect(!FileManager.default.fileExists(atPath: table))
    }

    // MARK: --excel

    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    @Test func excelPutsTheByteOrderMarkBeforeEveryCSV() throws {
        let score = chiso(
            "score", "--framework", "vn-2361-commune", communes, "--format", "csv", "--excel", "--lang", "en")
        #expect(score.status == .ok)
        #expect(Array(score.output.utf8.prefix(15)) == Self.bom + Array("unit_id,unit".utf8))
        // For Vietnamese Excel (the default language), `;` between fields.
        let vietnamese = chiso("score", "--framework", "vn-2361-commune", communes, "--format", "csv", "--excel")
        #expect(Array(vietnamese.output.utf8.prefix(15)) == Self.bom + Array("unit_id;unit".utf8))
        let plain = chiso("score", "--framework", "vn-2361-commune", communes, "--format", "csv")
        #expect(score.output.utf8.count == plain.output.utf8.count + 3)
        #expect(!plain.output.hasPrefix("\u{FEFF}"))
        let directory = try Self.directory()
        for command in [
            ["template", "--framework", "vn-2361-commune", "--output", directory + "/template.csv"],
            ["sample", "--framework", "vn-hue-3043", "--output", directory + "/sample.csv"],
            ["frameworks", "show", "vn-2361-commune", "--format", "csv", "--output", directory + "/show.csv"],
            ["score", "--framework", "vn-2361-commune", communes, "--output", directory + "/levels.csv"],
        ] {
            var console = Console()
            #expect(Chiso.main(command + ["--excel"], console: &console) == .ok, "\(command)")
            let bytes = try #require(FileManager.default.contents(atPath: command[command.count - 1]))
            // One mark, then the header.
            #expect(Array(bytes.prefix(3)) == Self.bom, "\(command)")
            #expect(bytes.dropFirst(3).first.map { (0x61...0x7A).contains($0) } == true, "\(command)")
        }
        #expect(chiso("sample", "--output-dir", directory + "/province", "--excel").status == .ok)
        let province = try #require(FileManager.default.contents(atPath: directory + "/province/sample-communes.csv"))
        #expect(Array(province.prefix(3)) == Self.bom)
    }

    @Test func anExcelTemplateFilledInAndSavedComesBack() throws {
        let directory = try Self.directory()
        let template = directory + "/communes.csv"
        #expect(
            chiso("template", "--framework", "vn-2361-commune", "--output", template, "--excel", "--lang", "en").status
                == .ok)
        // Excel's "CSV UTF-8 (Comma delimited)" keeps the mark and ends lines with CRLF.
        var text = try #require(Self.contents(template)).replacingOccurrences(of: "\n", with: "\r\n")
        let columns = text.split(separator: ",").count
        let row = ["X01", "Xã Nghĩa Hưng", "", "2025", "", "72.5"]
        text += (row + Array(repeating: "", count: columns - row.count)).joined(separator: ",") + "\r\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: template))
        let run = chiso("score", "--framework", "vn-2361-commune", template, "--format", "csv")
        #expect(run.status == .ok)
        #expect(run.output.contains("\nX01,Xã Nghĩa Hưng,,2025,0,"))
    }

    /// With Vietnamese settings Excel opens the `;`-separated template in columns and saves it with `;` and decimal
    /// commas: it comes back too.
    @Test func aVietnameseExcelTemplateFilledInAndSavedComesBack() throws {
        let directory = try Self.directory()
        let template = directory + "/communes.csv"
        #expect(chiso("template", "--framework", "vn-2361-commune", "--output", template, "--excel").status == .ok)
        var text = try #require(Self.contents(template)).replacingOccurrences(of: "\n", with: "\r\n")
        #expect(text.contains("unit_id;unit_name;"))
        let columns = text.split(separator: ";").count
        let row = ["X01", "Xã Nghĩa Hưng", "", "2025", "", "72,5"]
        text += (row + Array(repeating: "", count: columns - row.count)).joined(separator: ";") + "\r\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: template))
        let run = chiso("score", "--framework", "vn-2361-commune", template, "--format", "csv")
        #expect(run.status == .ok, "\(run.error)")
        #expect(run.output.contains("\nX01,Xã Nghĩa Hưng,,2025,0,"))
    }

    @Test func excelOnAnythingButCSVIsAUsageError() {
        let run = chiso("score", "--framework", "vn-2361-commune", communes, "--excel", "--lang", "en")
        #expect(run.status == .usage)
        #expect(
            run.error.hasPrefix(
                "Error: '--excel' marks CSV output for Excel, and this output is table; add --format csv or write to "
                    + "a file ending in .csv\n"))
        #expect(run.output.isEmpty)
    }
}
