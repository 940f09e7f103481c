import ChisoCLI
import ChisoCore
import ChisoFormats
import Foundation
import Testing

/// `chiso frameworks import` and `frameworks export` as a user meets them: the round trip through files, the
/// refusals with their exit codes and messages, and the language of the messages.
@Suite struct FrameworksTableCommandTests {
    static func fixture(_ path: String) -> String {
        repository.appendingPathComponent("Tests/ChisoFormatsTests/Fixtures/\(path)").path
    }

    /// `export` then `import` of a built-in through a file of each format: the framework file written is valid and
    /// decodes to the built-in.
    @Test(arguments: [
        ("vn-hue-3043", "csv"), ("vn-hue-3043", "xlsx"), ("vn-2361-district", "csv"), ("vn-2361-commune", "xlsx"),
    ])
    func exportThenImportGivesTheBuiltInBack(id: String, format: String) throws {
        let directory = try Support.temporaryDirectory()
        let table = directory.appendingPathComponent("\(id).\(format)").path
        let file = directory.appendingPathComponent("\(id).json").path
        let exported = chiso("frameworks", "export", id, "--format", format, "--output", table)
        #expect(exported.status == .ok, "\(exported.error)")
        let imported = chiso("frameworks", "import", table, "--output", file)
        #expect(imported.status == .ok, "\(imported.error)")
        #expect(!imported.error.contains("lỗi") && !imported.error.contains("cảnh báo"), "\(imported.error)")
        let validated = chisoInEnglish("frameworks", "validate", file)
        #expect(validated.status == .ok)
        #expect(validated.output.contains("valid framework \(id)"))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let (decoded, _) = try FrameworkDecoder.decode(text, file: file)
        let (builtIn, _) = try FrameworkCatalog.load(id)
        #expect(decoded == builtIn)
        #expect(
            FileManager.default.fileExists(atPath: directory.appendingPathComponent("chiso-framework.schema.json").path)
        )
        // The table itself is a framework reference: scoring with it is scoring with the built-in.
        let data = id == "vn-2361-commune" ? communes : districts
        if id.hasPrefix("vn-2361") {
            let withTable = chiso("score", "--framework", table, data, "--format", "csv")
            #expect(withTable.status == .ok)
            #expect(withTable.output == chiso("score", "--framework", id, data, "--format", "csv").output)
        }
    }

    /// What is refused, with its exit code, and what the message says; no file is written.
    @Test(arguments: [
        (["frameworks", "export", "vn-hue-3043", "--format", "xlsx"], ExitCode.usage, "workbook (xlsx) cannot"),
        (
            ["frameworks", "export", "vn-hue-3043", "--format", "csv", "--output", "OUT/x.xlsx"], .usage,
            "'--format csv'"
        ),
        (["frameworks", "import", "OUT/nothing.csv"], .noInput, "no such file"),
        (
            ["frameworks", "export", "vn-hue-3043", "--output", "OUT/khung.json"], .usage,
            "means json, which this command does not write; give the file another"
        ),
        (["frameworks", "export", "vn-hue-3043", "--format", "xlsx", "--output", "OUT/k.json"], .usage, "means json"),
        (["frameworks", "export", "vn-hue-3043", "--output", "OUT/k.json5"], .usage, "means json5"),
        (["frameworks", "export", "vn-hue-3043", "--output", "OUT/k.jsonl"], .usage, "means jsonl"),
        (["frameworks", "import", "TABLE", "--output", "OUT/khung.csv"], .usage, "give the file a .json name"),
        (["frameworks", "import", "TABLE", "--output", "OUT/khung.xlsx"], .usage, "give the file a .json name"),
        (["frameworks", "import", "OUT/nothing.xlsx", "--output", "OUT/f.json"], .noInput, "no such file"),
        (["frameworks", "export", "no-such-framework", "--output", "OUT/x.csv"], .usage, "no-such-framework"),
    ])
    func refusalsSayWhyAndWriteNothing(arguments: [String], status: ExitCode, words: String) throws {
        let directory = try Support.temporaryDirectory()
        let table = Self.fixture("annex/district-bulletin.csv")
        let run = chisoInEnglish(
            arguments.map {
                $0.replacingOccurrences(of: "OUT", with: directory.path).replacingOccurrences(of: "TABLE", with: table)
            })
        #expect(run.status == status)
        #expect(run.error.contains(words), "\(run.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    /// `--output` naming the table being imported is refused (a framework file is never named as a table), even
    /// with `--force`, and the table is kept as it was.
    @Test func importingOverItsOwnTableIsRefused() throws {
        let directory = try Support.temporaryDirectory()
        let table = directory.appendingPathComponent("bang.csv").path
        #expect(chiso("frameworks", "export", "vn-hue-3043", "--output", table).status == .ok)
        let before = try Data(contentsOf: URL(fileURLWithPath: table))
        for output in [table, directory.appendingPathComponent(".").appendingPathComponent("bang.csv").path] {
            let run = chisoInEnglish("frameworks", "import", table, "--output", output, "--force")
            #expect(run.status == .usage)
            #expect(run.error.contains("give the file a .json name"), "\(run.error)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: table)) == before)
    }

    /// A data workbook or a data CSV file where a framework table is expected: one error that says so (65).
    @Test func aDataFileIsNoFrameworkTable() throws {
        let workbook = Self.fixture("workbooks/communes.xlsx")
        let imported = chisoInEnglish("frameworks", "import", workbook)
        #expect(imported.status == .dataError)
        #expect(imported.error.contains("assessment data"), "\(imported.error)")
        let scored = chisoInEnglish("score", "--framework", communes, communes)
        #expect(scored.status == .dataError)
        #expect(scored.error.contains("assessment data"), "\(scored.error)")
        #expect(scored.output.isEmpty)
    }

    /// A broken table: every problem on stderr, exit 65, nothing written (not even the schema).
    @Test func aBrokenTableWritesNothing() throws {
        let directory = try Support.temporaryDirectory()
        let table = directory.appendingPathComponent("hong.csv").path
        let text = """
            STT,Chỉ số/Chỉ số thành phần,Điểm tối đa,Cách xác định và tính điểm,Quy tắc tính điểm
            1,Nhóm A,30,,
            1.1,Chỉ số A1,10,,Có/Không
            1.3,Chỉ số A3,10,Theo đánh giá của Sở,

            """
        try Data(text.utf8).write(to: URL(fileURLWithPath: table))
        let output = directory.appendingPathComponent("khung.json").path
        let run = chisoInEnglish("frameworks", "import", table, "--output", output)
        #expect(run.status == .dataError)
        let errors = run.error.split(separator: "\n").filter { $0.contains(": error: ") }.map {
            String($0.dropFirst(directory.path.count + 1).prefix { $0 != " " })
        }
        #expect(errors == ["hong.csv:4:1:", "hong.csv:2:3:", "hong.csv:4:5:"], "\(run.error)")
        #expect(run.error.contains("3 errors; nothing was written"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["hong.csv"])
        #expect(run.output.isEmpty)
    }

    /// The messages of an import speak the language asked: `--lang en`, Vietnamese by default.
    @Test func importSpeaksTheLanguageAsked() throws {
        let table = Self.fixture("annex/district-bulletin.csv")
        let english = chiso("frameworks", "import", table, "--lang", "en")
        #expect(english.status == .ok)
        #expect(english.error.contains("warning: Cách xác định và tính điểm"))
        #expect(english.error.contains("SUGGESTED — confirm"))
        #expect(english.error.contains("valid framework district-bulletin"))
        #expect(!english.error.contains("cảnh báo"))
        let vietnamese = chiso("frameworks", "import", table)
        #expect(vietnamese.error.contains("cảnh báo: Cách xác định và tính điểm"))
        #expect(vietnamese.error.contains("khung đánh giá district-bulletin hợp lệ"))
        #expect(!vietnamese.error.contains("SUGGESTED"))
        #expect(english.output == vietnamese.output)
        #expect(english.output.contains("// GỢI Ý — cần xác nhận"))
        let broken = chiso("frameworks", "import", Self.fixture("annex/dongthap-district.csv"), "--lang", "en")
        #expect(broken.status == .dataError)
        #expect(broken.error.contains("error: Cách xác định và tính điểm: the indicator has no point rule"))
    }
}
