import ChisoCLI
import ChisoCore
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// Runs the tool in-process.
func chiso(_ arguments: String...) -> (status: ExitCode, output: String, error: String) {
    chiso(arguments)
}

/// Runs the tool in-process with arguments as a list.
func chiso(_ arguments: [String]) -> (status: ExitCode, output: String, error: String) {
    var console = Console()
    let status = Chiso.main(arguments, console: &console)
    return (status, console.output, console.error)
}

/// Runs the tool in-process for a user whose `CHISO_LANG` is `en`: for tests that read English messages, of any
/// command (the language only decides the words; codes, exit status and outputs for programs are the same).
func chisoInEnglish(_ arguments: String...) -> (status: ExitCode, output: String, error: String) {
    chisoInEnglish(arguments)
}

/// Runs the tool in-process, arguments as a list, for a user whose `CHISO_LANG` is `en`.
func chisoInEnglish(_ arguments: [String]) -> (status: ExitCode, output: String, error: String) {
    var console = Console()
    console.languageVariable = "en"
    let status = Chiso.main(arguments, console: &console)
    return (status, console.output, console.error)
}

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let communes = repository.appendingPathComponent("notebooks-data/sample-communes.csv").path
let districts = repository.appendingPathComponent("notebooks-data/sample-districts.csv").path

func temporaryFile(_ name: String, _ contents: String) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(contents.utf8).write(to: url)
    return url.path
}

@Suite struct ScoreCommandTests {
    /// A commune with no small or medium enterprise: KTS.01 "trên tổng số doanh nghiệp nhỏ và vừa trên địa bàn xã"
    /// is 0/0, or KAD. The file is scored (it was refused, exit 65), and the commune reaches level 5 on the rest.
    @Test(arguments: [(["KTS.01.num", "KTS.01.den"], ["0", "0"]), (["KTS.01"], ["KAD"])])
    func aCommuneWithoutAnSMEIsScored(columns: [String], cells: [String]) throws {
        let (framework, _) = try FrameworkCatalog.load("vn-2361-commune")
        var header = ["unit_id"]
        var row = ["X1"]
        for measure in framework.scheme.measures {
            if measure.key == "KTS.01" {
                header += columns
                row += cells
            } else {
                header.append(measure.key)
                row.append(measure.kind == .percent ? "100" : measure.kind == .yesNo ? "có" : "1000")
            }
        }
        let path = try temporaryFile(
            "no-sme.csv", header.joined(separator: ",") + "\n" + row.joined(separator: ",") + "\n")
        let run = chiso("score", "--framework", "vn-2361-commune", path, "--format", "csv")
        #expect(run.status == .ok, "\(run.error)")
        let (records, _) = CSVReader.read(Array(run.output.utf8), file: "out")
        let fields = try #require(records.first?.fields)
        let level = try #require(fields.firstIndex(of: "level"))
        #expect(records.dropFirst().first?.fields[level] == "5")
    }

    @Test func scoresTheSampleAsATable() {
        let run = chiso("score", "--framework", "vn-2361-commune", communes, "--lang", "en")
        #expect(run.status == .ok)
        #expect(run.error.isEmpty)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 2 + 120 + 1)
        #expect(lines[0].hasPrefix("unit_id  unit_name"))
        #expect(lines.last?.hasPrefix("120 units by level: 0 Below level 1: ") == true)
    }

    @Test func csvOutputHasTheContractColumns() throws {
        let run = chiso("score", communes, "--format=csv", "--framework", "vn-2361-commune")
        #expect(run.status == .ok)
        let (records, problems) = CSVReader.read(Array(run.output.utf8), file: "out")
        #expect(problems.isEmpty)
        #expect(
            records.first?.fields == [
                "unit_id", "unit_name", "parent_id", "year", "level", "level_name", "level_name_en", "registered_level",
                "meets_registered", "next_level_blockers", "missing", "framework",
            ])
        #expect(records.count == 121)
        let header = try #require(records.first?.fields)
        for record in records.dropFirst() {
            let row = Dictionary(uniqueKeysWithValues: zip(header, record.fields))
            let level = try #require(Int(row["level"] ?? ""))
            #expect((0...5).contains(level))
            #expect((row["next_level_blockers"] ?? "").isEmpty == (level == 5))
            if let registered = Int(row["registered_level"] ?? "") {
                #expect(row["meets_registered"] == (level >= registered ? "yes" : "no"))
            }
        }
    }

    @Test func markdownOutputIsATable() {
        let run = chiso("score", "--framework", "vn-2361-commune", communes, "--format", "markdown", "--lang", "en")
        #expect(run.status == .ok)
        let lines = run.output.split(separator: "\n")
        #expect(
            lines[0]
                == "| unit_id | unit_name | level | level_name | registered | meets | missing | next_level_blockers |")
        #expect(lines[1] == "| --- | --- | ---: | --- | --- | --- | ---: | --- |")
        #expect(lines.dropFirst(2).prefix(120).allSatisfy { $0.hasPrefix("| H") && $0.hasSuffix(" |") })
    }

    @Test func districtsRollUpTheirCommunes() throws {
        let run = chiso(
            "score", "--framework", "vn-2361-district", districts, "--children", communes, "--format", "json")
        #expect(run.status == .ok)
        #expect(run.error.isEmpty)
        // Every district has 12 communes in the sample; the JSON carries the roll-up.
        #expect(run.output.components(separatedBy: "\"total\": 12").count - 1 == 10)
        try JSONParserProbe.parse(run.output)
    }

    @Test func districtsWithoutChildrenWarnAndCountCHUNGAsMissing() {
        let run = chisoInEnglish("score", "--framework", "vn-2361-district", districts, "--format", "csv")
        #expect(run.status == .ok)
        #expect(
            run.error.contains("warning: CHUNG.01: no --children file is given, so this criterion counts as missing"))
        #expect(run.output.split(separator: "\n").dropFirst().allSatisfy { $0.contains("CHUNG.01") })
    }

    @Test func districtWithNoCommunesFailsCHUNG01AndSaysWhy() throws {
        let children = try temporaryFile("c.csv", "unit_id,parent_id\nX1,H01\n")
        let run = chiso(
            "explain", "--framework", "vn-2361-district", districts, "--children", children, "--unit", "H02", "--lang",
            "en")
        #expect(run.status == .ok)
        #expect(run.output.contains("No subordinate units have parent_id H02, so the roll-up criterion is not met."))
    }

    @Test func badDataStopsWithEveryProblemAndWritesNothing() throws {
        let data = try temporaryFile("bad.csv", "unit_id,CQS.01,CQS.1\nX1,120%,1\nX1,abc,2\n")
        let output = data + ".out.csv"
        let run = chisoInEnglish("score", "--framework", "vn-2361-commune", data, "--output", output)
        #expect(run.status == .dataError)
        #expect(run.output.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output))
        // The unknown column spoils the file; the rows are still checked, so every problem is reported at once.
        let errors = run.error.split(separator: "\n").filter { $0.contains(": error: ") }.map {
            $0.split(separator: "/").last ?? ""
        }
        #expect(
            errors == [
                "bad.csv:1:3: error: CQS.1: unknown column; did you mean CQS.01?",
                "bad.csv:2:1: error: unit_id \"X1\": duplicate unit_id; it also stands on line 3. Each unit may appear once"
                    + "; if the rows are of different years, add a year column giving each row's year",
                "bad.csv:2:2: error: CQS.01 \"120%\": out of range; expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%)",
                "bad.csv:3:2: error: CQS.01 \"abc\": expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%)",
            ]
        )
        // The second row of X1 is told of by the first message, and still counted.
        #expect(
            run.error.hasSuffix(
                "5 errors (1 of them summed up above); nothing was written. Fix them all and run the command again.\n"))
    }

    @Test func skipInvalidScoresTheRestListsSkippedRowsAndExits65() throws {
        let data = try temporaryFile("rows.csv", "unit_id,CQS.01\nX1,120%\nX2,70\nX3,-3\n")
        let run = chisoInEnglish("score", "--framework", "vn-2361-commune", data, "--skip-invalid", "--format", "csv")
        #expect(run.status == .dataError)
        #expect(run.output.split(separator: "\n").count == 2)
        #expect(run.output.contains("\nX2,"))
        #expect(run.error.contains("rows.csv:2:2: error: CQS.01 \"120%\": out of range"))
        #expect(run.error.contains("rows.csv:4:2: error: CQS.01 \"-3\": out of range"))
        #expect(run.error.contains("skipped 2 invalid rows (listed above); the other rows were scored"))
    }

    /// Regression (issue 6): district H04 is held at level 2 by its level-1 commune H04-X02. When that commune's row
    /// has a bad cell and is skipped, H04 must not rise (it rose to level 4 before): CHUNG.01 becomes missing.
    @Test func skipInvalidNeverRaisesADistrictWhoseCommuneCouldNotBeRead() throws {
        let text = try String(contentsOfFile: communes, encoding: .utf8)
        let damaged = text.replacingOccurrences(
            of: "H04-X02,Xã Minh Họa 4-2,H04,2025,3,75,", with: "H04-X02,Xã Minh Họa 4-2,H04,2025,3,abc,")
        #expect(damaged != text)
        let children = try temporaryFile("communes.csv", damaged)
        let clean = chiso(
            "score", "--framework", "vn-2361-district", districts, "--children", communes, "--format", "csv")
        let run = chisoInEnglish(
            "score", "--framework", "vn-2361-district", districts, "--children", children, "--skip-invalid",
            "--format", "csv")
        #expect(run.status == .dataError)
        let before = try #require(clean.output.split(separator: "\n").first { $0.hasPrefix("H04,") })
        let after = try #require(run.output.split(separator: "\n").first { $0.hasPrefix("H04,") })
        #expect(before.split(separator: ",", omittingEmptySubsequences: false)[4] == "2")
        let level = try #require(Int(after.split(separator: ",", omittingEmptySubsequences: false)[4]))
        #expect(level <= 2)
        #expect(after.hasSuffix(",CHUNG.01,vn-2361-district"))  // listed as missing
        #expect(
            run.error.contains(
                "subordinate unit H04-X02 (parent H04) could not be read, so the roll-up criterion of H04 counts as "
                    + "missing wherever its level could change it"))
    }

    @Test func explainShowsASharesCounts() throws {
        let data = try temporaryFile("c.csv", "unit_id,CQS.01.num,CQS.01.den\nX1,37,52\n")
        let run = chiso("explain", "--framework", "vn-2361-commune", data, "--unit", "X1", "--lang", "en")
        #expect(run.status == .ok)
        #expect(run.output.contains("   CQS.01     Share of eligible administrativ…  37/52 = 71.2%   "))
    }

    /// Recognised commune levels (issue 7, item 4): the communes' levels as recomputed give the same districts as
    /// scoring the communes; the two sources cannot be mixed, and the output says which one was used.
    @Test func recognisedCommuneLevelsAgainstRecomputedOnes() throws {
        let communeRun = chiso("score", "--framework", "vn-2361-commune", communes, "--format", "csv")
        let rows = communeRun.output.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        let list = "unit_id,parent_id,level\n" + rows.map { "\($0[0]),\($0[2]),\($0[4])\n" }.joined()
        let levels = try temporaryFile("levels.csv", list)
        let recognised = chisoInEnglish(
            "score", "--framework", "vn-2361-district", districts, "--children-levels", levels, "--format", "csv")
        let recomputed = chiso(
            "score", "--framework", "vn-2361-district", districts, "--children", communes, "--format", "csv")
        #expect(recognised.status == .ok)
        #expect(recognised.output == recomputed.output)
        #expect(recognised.error.contains("the roll-up uses the recognised levels of 120 subordinate units"))
        // The explanation says the levels are recognised ones.
        let explain = chiso(
            "explain", "--framework", "vn-2361-district", districts, "--children-levels", levels, "--unit", "H04",
            "--lang", "en")
        #expect(explain.output.contains("12 units (recognised levels "))
        let mixed = chiso(
            "score", "--framework", "vn-2361-district", districts, "--children", communes, "--children-levels", levels,
            "--lang", "en")
        #expect(mixed.status == .usage)
        #expect(mixed.error.contains("the two sources cannot be mixed in one run"))
    }

    @Test func recognisedLevelsAreCheckedRowByRow() throws {
        let levels = try temporaryFile("levels.csv", "unit_id,parent_id,level\nX1,H01,7\nX2,H1,2\n")
        let run = chisoInEnglish("score", "--framework", "vn-2361-district", districts, "--children-levels", levels)
        #expect(run.status == .dataError)
        #expect(
            run.error.contains(
                "levels.csv:2:3: error: level \"7\": expected a recognised level, a whole number from 0 to 5"))
        #expect(
            run.error.contains(
                "levels.csv:3:2: error: parent_id \"H1\": parent_id matches no unit_id of the scored file; did you mean H01?"
            ))
    }

    @Test func pointFrameworkGivenChildrenIsAUsageError() throws {
        let run = chisoInEnglish(
            "score", "--framework", "vn-hue-3043", districts, "--children", communes)
        #expect(run.status == .usage)
        #expect(run.error.contains("does not roll up subordinate units"))
    }

    @Test func withoutSkipInvalidRowErrorsStopTheRun() throws {
        let data = try temporaryFile("rows.csv", "unit_id,CQS.01\nX1,120%\nX2,70\n")
        let run = chiso("score", "--framework", "vn-2361-commune", data)
        #expect(run.status == .dataError)
        #expect(run.output.isEmpty)
        #expect(run.error.contains("1 lỗi; chưa ghi gì."), "Vietnamese by default")
        let english = chisoInEnglish("score", "--framework", "vn-2361-commune", data)
        #expect(english.error.contains("1 error; nothing was written."))
    }

    @Test func parentIDWithNoDistrictIsAnError() throws {
        let children = try temporaryFile("c.csv", "unit_id,parent_id\nX1,H01\nX2,H1\nX3,\n")
        let run = chisoInEnglish("score", "--framework", "vn-2361-district", districts, "--children", children)
        #expect(run.status == .dataError)
        #expect(
            run.error.contains(
                "c.csv:3:2: error: parent_id \"H1\": parent_id matches no unit_id of the scored file; did you mean H01?"
            ))
        #expect(run.error.contains("c.csv:4:2: error: parent_id: empty parent_id"))
    }

    @Test func missingInputIs66() {
        let run = chisoInEnglish("score", "--framework", "vn-2361-commune", "no-such.csv")
        #expect(run.status == .noInput)
        #expect(run.error.hasPrefix("no-such.csv: error: no such file; check the path"))
    }

    @Test func emptyAndNonUTF8FilesAre65() throws {
        let empty = try temporaryFile("empty.csv", "")
        #expect(chisoInEnglish("score", "--framework", "vn-2361-commune", empty).status == .dataError)
        // 0x81 is neither UTF-8 nor Windows-1258: one error, counted once.
        let unknown = try temporaryFile("l.csv", "unit_id\n")
        try Data([0x58, 0x81, 0x0A, 0x59, 0x81, 0x0A]).write(to: URL(fileURLWithPath: unknown), options: .atomic)
        let run = chisoInEnglish("score", "--framework", "vn-2361-commune", unknown)
        #expect(run.status == .dataError)
        #expect(run.error.contains("l.csv:1:2: error: not valid UTF-8 (byte 0x81, character 2 of line 1), nor "))
        #expect(run.error.split(separator: "\n").filter { $0.contains(": error: ") }.count == 1)
        #expect(run.error.hasSuffix("1 error; nothing was written.\n"))
    }

    @Test func outputIsWrittenAtomicallyAndNeverOverAnInput() throws {
        let data = try temporaryFile("in.csv", "unit_id,CQS.01\nX1,70\n")
        let before = try String(contentsOfFile: data, encoding: .utf8)
        let clash = chisoInEnglish("score", "--framework", "vn-2361-commune", data, "--output", data)
        #expect(clash.status == .usage)
        #expect(clash.error.contains("is also an input of this command"))
        #expect(try String(contentsOfFile: data, encoding: .utf8) == before)
        // The same file through another spelling of its path.
        let dotted = URL(fileURLWithPath: data).deletingLastPathComponent().path + "/./in.csv"
        #expect(chiso("score", "--framework", "vn-2361-commune", data, "--output", dotted).status == .usage)

        let output = data.replacingOccurrences(of: "in.csv", with: "out.csv")
        let run = chiso(
            "score", "--framework", "vn-2361-commune", data, "--output", output, "--format", "csv", "--lang", "en")
        #expect(run.status == .ok)
        #expect(run.error.split(separator: "\n").last == "wrote \(output)")
        #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("unit_id,unit_name,"))
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: URL(fileURLWithPath: data).deletingLastPathComponent().path)
        #expect(leftovers.sorted() == ["in.csv", "out.csv"])
    }
}

@Suite struct UsageTests {
    @Test func unknownCommandSuggests() {
        let run = LanguageVariableTests.chiso(["scor"], variable: "en")
        #expect(run.status == .usage)
        #expect(run.error.hasPrefix("Error: unknown command 'scor'; did you mean 'score'?\nUsage: chiso <subcommand>"))
    }

    @Test func unknownOptionSuggests() {
        let run = chiso("score", "--framwork", "vn-2361-commune", communes, "--lang", "en")
        #expect(run.status == .usage)
        #expect(
            run.error.hasPrefix(
                "Error: unknown option '--framwork'; did you mean '--framework'?\nUsage: chiso score --framework ID|PATH [<options>] DATA.csv"
            ))
    }

    @Test(arguments: [
        (["score", communes], "Error: missing '--framework <ID|PATH>'"),
        (["score", "--framework", "vn-2361-commune"], "Error: missing DATA.csv"),
        (["gap", "--framework", "vn-2361-commune", communes, "extra"], "Error: unexpected argument 'extra'"),
        (
            ["score", "--framework", "vn-2361-commune", communes, "--format", "xml"],
            "Error: 'xml' is not a valid value for '--format'; expected one of: table, csv, json, markdown"
        ),
        (["score", "--framework"], "Error: '--framework' needs a value <ID|PATH>"),
        (
            ["score", "--framework", "vn-2361-commune", communes, "--skip-invalid=yes"],
            "Error: '--skip-invalid' takes no value"
        ),
        (["explain", "--framework", "vn-2361-commune", communes], "Error: missing '--unit <ID>'"),
    ])
    func usageErrors(arguments: [String], message: String) {
        var console = Console()
        console.languageVariable = "en"
        #expect(Chiso.main(arguments, console: &console) == .usage)
        #expect(console.error.hasPrefix(message), "\(console.error)")
        #expect(console.output.isEmpty)
    }

    @Test func unknownFrameworkIsAUsageError() {
        let run = chisoInEnglish("score", "--framework", "vn-2361-comune", communes)
        #expect(run.status == .usage)
        #expect(run.error.contains("unknown framework \"vn-2361-comune\"; did you mean \"vn-2361-commune\"?"))
    }

    @Test func helpForEveryCommand() {
        for path in [
            ["--help"], ["score", "--help"], ["explain", "-h"], ["frameworks", "--help"],
            ["frameworks", "show", "--help"],
            ["template", "--help"], ["sample", "--help"], ["help", "score"], ["frameworks", "validate", "--help"],
        ] {
            var console = Console()
            #expect(Chiso.main(path + ["--lang", "en"], console: &console) == .ok, "\(path)")
            #expect(console.output.hasPrefix("OVERVIEW: "), "\(path)")
            #expect(console.output.contains("USAGE: chiso"), "\(path)")
        }
    }

}

/// `score --format json` read back agrees with `score --format csv`, unit by unit.
@Suite struct JSONOutputTests {
    static func member(_ node: JSONNode, _ key: String) -> JSONNode? {
        guard case .object(let members) = node.value else { return nil }
        return members.first { $0.key == key }?.value
    }

    static func text(_ node: JSONNode?) -> String {
        switch node?.value {
        case .string(let string)?: string
        case .number(let number)?: NumberText.shortest(number)
        case .array(let items)?: items.map { text($0) }.joined(separator: ";")
        default: ""
        }
    }

    @Test(arguments: [
        ("vn-2361-commune", "sample-communes.csv", ["level", "next_level_blockers", "missing"]),
        ("vn-dti-922-province", "sample-vn-dti-922-province.csv", ["tier_ordinal", "next_tier_blockers", "missing"]),
    ])
    func jsonAgreesWithCSV(framework: String, file: String, keys: [String]) throws {
        let data = repository.appendingPathComponent("notebooks-data/\(file)").path
        let csv = chiso("score", "--framework", framework, data, "--format", "csv")
        let json = chiso("score", "--framework", framework, data, "--format", "json")
        #expect(csv.status == .ok && json.status == .ok)
        let root = try JSONParser.parse(json.output)
        guard case .array(let units)? = Self.member(root, "units")?.value else {
            Issue.record("no units")
            return
        }
        let (records, _) = CSVReader.read(Array(csv.output.utf8), file: "csv")
        let header = try #require(records.first?.fields)
        #expect(units.count == records.count - 1)
        #expect(Self.member(root, "framework").map { Self.text(Self.member($0, "id")) } == framework)
        for (unit, record) in zip(units, records.dropFirst()) {
            let row = Dictionary(uniqueKeysWithValues: zip(header, record.fields))
            #expect(Self.text(Self.member(unit, "unit_id")) == row["unit_id"])
            for key in keys {
                let csvKey = key == "tier_ordinal" ? "rank" : key
                let value =
                    key == "tier_ordinal"
                    ? Self.text(Self.member(Self.member(unit, "ranks") ?? unit, "total"))
                    : Self.text(Self.member(unit, key))
                #expect(value == row[csvKey], "\(key) of \(row["unit_id"] ?? "")")
            }
        }
    }
}

/// A line break in an ID or a name read from the data never splits a row of a table, nor the heading of an
/// explanation (issue 17, class 10).
@Suite struct LineBreaksInDataTests {
    /// The sample's first two communes, the first named across two lines, the second with a line separator in its
    /// ID, both quoted as a spreadsheet writes them.
    static func data() throws -> String {
        let lines = try String(contentsOfFile: communes, encoding: .utf8).split(separator: "\n").map(String.init)
        var first = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        var second = lines[2].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        first[1] = "\"Xã\r\nMinh Họa\""
        second[0] = "\"H01-X\u{2028}02\""
        return try temporaryFile(
            "breaks.csv",
            [lines[0], first.joined(separator: ","), second.joined(separator: ",")].joined(separator: "\n"))
    }

    @Test(arguments: ["table", "markdown"])
    func everyUnitIsOneLine(format: String) throws {
        let run = chiso("score", "--framework", "vn-2361-commune", try Self.data(), "--format", format)
        #expect(run.status == .ok, "\(run.error)")
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false)
        let first = try #require(lines.first { $0.contains("H01-X01") })
        #expect(first.contains(#"Xã\r\nMinh Họa"#))
        #expect(lines.contains { $0.contains(#"H01-X\u{2028}02"#) && $0.contains("Xã Minh Họa 1-2") })
        #expect(!run.output.unicodeScalars.contains { [0x0D, 0x2028].contains($0.value) })
    }

    @Test func theHeadingOfAnExplanationIsOneLine() throws {
        let run = chiso(
            "explain", "--framework", "vn-2361-commune", try Self.data(), "--unit", "H01-X01", "--lang", "en")
        #expect(run.status == .ok, "\(run.error)")
        #expect(run.output.hasPrefix(#"Unit H01-X01 — Xã\r\nMinh Họa (parent H01)"# + "\nFramework: vn-2361-commune"))
    }
}
