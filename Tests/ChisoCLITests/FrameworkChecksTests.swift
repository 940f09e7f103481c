import ChisoCLI
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// `frameworks validate` follows `childFramework`; a file that reuses a built-in's ID is told apart (issue 8, point 8).
@Suite struct FrameworkChecksTests {
    /// A folder with copies of the built-in 2361 frameworks, edited by `edits` (original → replacement) per file name.
    static func folder(_ files: [String: (builtIn: String, edits: [(String, String)])]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-fw-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, file) in files {
            var text = chiso("frameworks", "show", file.builtIn, "--format", "json").output
            for (original, replacement) in file.edits {
                #expect(text.contains(original), "\(original)")
                text = text.replacingOccurrences(of: original, with: replacement)
            }
            try Data(text.utf8).write(to: directory.appendingPathComponent(name))
        }
        return directory.path
    }

    static func district(id: String, child: String) -> (builtIn: String, edits: [(String, String)]) {
        (
            "vn-2361-district",
            [
                ("\"id\": \"vn-2361-district\"", "\"id\": \"\(id)\""),
                ("\"childFramework\": \"vn-2361-commune\"", "\"childFramework\": \"\(child)\""),
            ]
        )
    }

    @Test func aChildFrameworkBesideTheFileIsFound() throws {
        let directory = try Self.folder([
            "my-district.json": Self.district(id: "my-district", child: "my-commune"),
            "my-commune.json": ("vn-2361-commune", [("\"id\": \"vn-2361-commune\"", "\"id\": \"my-commune\"")]),
        ])
        let run = chisoInEnglish("frameworks", "validate", directory + "/my-district.json")
        #expect(run.status == .ok)
        #expect(
            run.output
                == "\(directory)/my-district.json: valid framework my-district with 33 criteria; common scale classes (default)\n"
        )
        #expect(run.error.isEmpty)
    }

    @Test func aChildFrameworkThatDoesNotExistIsAnError() throws {
        let directory = try Self.folder(["d.json": Self.district(id: "my-district", child: "vn-2361-comune")])
        let run = chisoInEnglish("frameworks", "validate", directory + "/d.json")
        #expect(run.status == .dataError)
        #expect(
            run.error.hasPrefix(
                "\(directory)/d.json:27:21: error: childFramework \"vn-2361-comune\": no built-in framework has this ID "
                    + "and there is no file \(directory)/vn-2361-comune.json beside this one; did you mean "
                    + "\"vn-2361-commune\"? The built-in frameworks are listed by 'chiso frameworks list'.\n"))
    }

    @Test func aChildFrameworkMustBeALevelFramework() throws {
        let directory = try Self.folder(["d.json": Self.district(id: "my-district", child: "vn-hue-3043")])
        let run = chisoInEnglish("frameworks", "validate", directory + "/d.json")
        #expect(run.status == .dataError)
        #expect(
            run.error.contains(
                "d.json:27:21: error: childFramework \"vn-hue-3043\": vn-hue-3043 is not a level framework; the roll-up "
                    + "counts the levels the subordinate units reach, so childFramework must name a framework with "
                    + "\"scheme\": \"levels\"\n"))
    }

    @Test func aFrameworkCannotRollUpItself() throws {
        let directory = try Self.folder(["d.json": Self.district(id: "my-district", child: "my-district")])
        let run = chisoInEnglish("frameworks", "validate", directory + "/d.json")
        #expect(run.status == .dataError)
        #expect(run.error.contains("error: childFramework \"my-district\": names this framework itself;"))
    }

    @Test func aCycleOfChildFrameworksIsAnError() throws {
        let directory = try Self.folder([
            "a.json": Self.district(id: "a", child: "b"),
            "b.json": Self.district(id: "b", child: "a"),
        ])
        let run = chisoInEnglish("frameworks", "validate", directory + "/a.json")
        #expect(run.status == .dataError)
        #expect(
            run.error.contains(
                "a.json:27:21: error: childFramework \"b\": the frameworks roll each other up in a cycle (a → b → a); ")
        )
    }

    @Test func aChildFrameworkFileWithProblemsIsNamed() throws {
        let directory = try Self.folder([
            "d.json": Self.district(id: "my-district", child: "my-commune"),
            "my-commune.json": ("vn-2361-commune", [("\"scheme\": \"levels\"", "\"scheme\": \"level\"")]),
        ])
        let run = chisoInEnglish("frameworks", "validate", directory + "/d.json")
        #expect(run.status == .dataError)
        #expect(
            run.error.contains(
                "d.json:27:21: error: childFramework \"my-commune\": \(directory)/my-commune.json cannot be used (1 "
                    + "problem); check it with 'chiso frameworks validate \(directory)/my-commune.json'\n"))
    }

    @Test func theBuiltInDistrictFrameworkIsValid() {
        let run = chisoInEnglish("frameworks", "validate", "vn-2361-district")
        #expect(run.status == .ok)
        #expect(
            run.output
                == "vn-2361-district: valid framework vn-2361-district with 33 criteria; common scale classes (default)\n"
        )
    }

    static let reuseWarning =
        "warning: id \"vn-2361-commune\": the ID of a built-in framework, but this file differs from it, so its "
        + "results would be labelled as the official framework; give the file an ID of its own (e.g. "
        + "\"vn-2361-commune-my-province\")\n"

    @Test func anEditedCopyThatKeepsABuiltInIDIsWarnedAbout() throws {
        let directory = try Self.folder([
            "edited.json": ("vn-2361-commune", [("\"atLeast\": 50", "\"atLeast\": 40")]),
            "same.json": ("vn-2361-commune", []),
        ])
        let edited = chisoInEnglish("frameworks", "validate", directory + "/edited.json")
        #expect(edited.status == .ok)
        #expect(edited.error == "\(directory)/edited.json:3:9: " + Self.reuseWarning)
        #expect(
            edited.output.hasSuffix(
                "valid framework vn-2361-commune with 38 criteria (1 warning); common scale classes (default)\n"))
        // An unchanged copy is the official framework: nothing to warn about.
        let same = chisoInEnglish("frameworks", "validate", directory + "/same.json")
        #expect(same.error.isEmpty)
        // Scoring with it warns too.
        let score = chisoInEnglish("score", "--framework", directory + "/edited.json", communes, "--format", "csv")
        #expect(score.error.contains(Self.reuseWarning))
    }

    @Test func resultsNameTheFrameworkFile() throws {
        let directory = try Self.folder(["edited.json": ("vn-2361-commune", [("\"atLeast\": 50", "\"atLeast\": 40")])])
        let file = directory + "/edited.json"
        let json = chiso("score", "--framework", file, communes, "--format", "json")
        #expect(
            json.output.hasPrefix("{\n\"framework\": {\n  \"id\": \"vn-2361-commune\",\n  \"file\": \"\(file)\",\n"))
        let explain = chiso("explain", "--framework", file, communes, "--unit", "H01-X01", "--lang", "en")
        #expect(explain.output.split(separator: "\n")[1] == "Framework: vn-2361-commune (2361/QĐ-BTTTT), from \(file)")
        let explainJSON = chiso("explain", "--framework", file, communes, "--unit", "H01-X01", "--format", "json")
        #expect(explainJSON.output.contains("\"file\": \"\(file)\""))
        // A built-in is named by its ID alone.
        let builtIn = chiso("score", "--framework", "vn-2361-commune", communes, "--format", "json")
        #expect(!builtIn.output.contains("\"file\":"))
        let builtInExplain = chiso(
            "explain", "--framework", "vn-2361-commune", communes, "--unit", "H01-X01", "--lang", "en")
        #expect(builtInExplain.output.split(separator: "\n")[1] == "Framework: vn-2361-commune (2361/QĐ-BTTTT)")
    }
}

/// Names and IDs a framework file may not have, and the `childFramework` checks run by every command, not only by
/// `frameworks validate` (issue 17, class 9).
@Suite struct FrameworkNameChecksTests {
    /// Tier and level names that read the same as an earlier one's once folded: the same text, another case, NFD
    /// instead of NFC, no accents, or the other language's name of another class.
    @Test(arguments: [
        ("vn-hue-3043", "\"vi\": \"Mức II\",", "\"vi\": \"Mức I\",", "tiers[1].name", "Mức I", "tier"),
        ("vn-hue-3043", "\"vi\": \"Mức II\",", "\"vi\": \"mức i\",", "tiers[1].name", "Mức I", "tier"),
        (
            "vn-hue-3043", "\"vi\": \"Mức II\",", "\"vi\": \"M\u{0075}\u{031B}\u{0301}c I\",", "tiers[1].name", "Mức I",
            "tier"
        ),
        ("vn-hue-3043", "\"en\": \"Tier III\"", "\"en\": \"tier ii\"", "tiers[2].name", "Tier II", "tier"),
        ("vn-hue-3043", "\"en\": \"Tier IV\"", "\"en\": \"Muc III\"", "tiers[3].name", "Mức III", "tier"),
        ("vn-2361-commune", "\"vi\": \"Kết nối\",", "\"vi\": \"Khởi Động\",", "levels[1]", "Khởi động", "level"),
        ("vn-2361-commune", "\"en\": \"Advanced\"", "\"en\": \"basic\"", "levels[3]", "Basic", "level"),
        ("vn-hue-3043", "\"en\": \"Tier IV\"", "\"en\": \"unranked\"", "tiers[3].name", "Unranked", "tier"),
        (
            "vn-2361-commune", "\"vi\": \"Khởi động\",", "\"vi\": \"chua dat muc 1\",", "levels[0]", "Chưa đạt mức 1",
            "level"
        ),
    ])
    func classNamesMustDiffer(
        builtIn: String, original: String, replacement: String, path: String, first: String, what: String
    ) throws {
        let directory = try FrameworkChecksTests.folder(["f.json": (builtIn, [(original, replacement)])])
        let run = chisoInEnglish("frameworks", "validate", directory + "/f.json")
        #expect(run.status == .dataError)
        #expect(run.output.isEmpty)
        #expect(run.error.contains("error: \(path): the \(what) name "), "\(run.error)")
        #expect(run.error.contains("reads the same as \"\(first)\""), "\(run.error)")
        #expect(run.error.contains("give every \(what) a name of its own"))
    }

    /// Every column name a data file gives to something else, in any case, as a criterion's or a node's ID.
    @Test(arguments: AssessmentLoader.reservedColumns.flatMap { [$0, $0.uppercased()] })
    func anIDMayNotBeADataColumn(column: String) throws {
        let directory = try FrameworkChecksTests.folder([
            "levels.json": ("vn-2361-commune", [("\"id\": \"CQS.01\",", "\"id\": \"\(column)\",")]),
            "points.json": ("vn-hue-3043", [("\"id\": \"NT\",", "\"id\": \"\(column)\",")]),
        ])
        for (file, what) in [("levels.json", "criterion"), ("points.json", "node")] {
            let run = chisoInEnglish("frameworks", "validate", "\(directory)/\(file)")
            #expect(run.status == .dataError, "\(file)")
            let expected =
                "\"\(column)\" is the name of the data column \(column.lowercased()), which every assessment file may "
                + "have (reserved: unit_id, unit_name, parent_id, year, registered_level, group, framework, "
                + "approximation); give the \(what) another ID"
            #expect(run.error.contains(expected), "\(run.error)")
        }
    }

    /// Two measures that a data file would give in one column, as headers are matched: an ID beside the count columns
    /// of a share, or two IDs that differ only in case.
    @Test(arguments: [
        (
            "vn-2361-commune", "\"id\": \"CQS.02\",", "\"id\": \"CQS.01.num\",",
            "the data column \"CQS.01.num\" would be both a count column of the share CQS.01 and the column of CQS.01.num"
        ),
        (
            "vn-2361-commune", "\"id\": \"CQS.02\",", "\"id\": \"cqs.01.DEN\",",
            "the data column \"cqs.01.DEN\" would be both a count column of the share CQS.01 and the column of cqs.01.DEN"
        ),
        (
            "vn-2361-commune", "\"id\": \"CQS.02\",", "\"id\": \"cqs.01\",",
            "the data column \"cqs.01\" would be both the column of CQS.01 and the column of cqs.01"
        ),
        (
            "vn-hue-3043", "\"id\": \"TC\",", "\"id\": \"nt\",",
            "the data column \"nt\" would be both the column of NT and the column of nt"
        ),
    ])
    func twoMeasuresMayNotShareAColumn(builtIn: String, original: String, replacement: String, message: String)
        throws
    {
        let directory = try FrameworkChecksTests.folder(["f.json": (builtIn, [(original, replacement)])])
        let run = chisoInEnglish("frameworks", "validate", directory + "/f.json")
        #expect(run.status == .dataError)
        #expect(run.error.contains(message), "\(run.error)")
        #expect(run.error.components(separatedBy: "would be both").count == 2, "reported once: \(run.error)")
    }

    /// A cycle of `childFramework` links is refused by every command that loads the framework, as `validate` refuses
    /// it, before any data is read.
    @Test(arguments: [
        ["score", "--framework", "A", districts, "--children", communes],
        ["score", "--framework", "A", districts],
        ["explain", "--framework", "A", districts, "--unit", "D01"],
        ["gap", "--framework", "A", districts],
        ["template", "--framework", "A"],
        ["frameworks", "show", "A"],
        ["frameworks", "validate", "A"],
    ])
    func everyCommandRefusesACycleOfChildFrameworks(arguments: [String]) throws {
        let directory = try FrameworkChecksTests.folder([
            "a.json": FrameworkChecksTests.district(id: "a", child: "b"),
            "b.json": FrameworkChecksTests.district(id: "b", child: "a"),
        ])
        let run = chisoInEnglish(arguments.map { $0 == "A" ? directory + "/a.json" : $0 })
        #expect(run.status == .dataError, "\(run.error)")
        #expect(
            run.error.contains(
                "a.json:27:21: error: childFramework \"b\": the frameworks roll each other up in a cycle (a → b → a); "),
            "\(run.error)")
        #expect(run.output.isEmpty)
    }

    /// A commune framework whose `childFramework` leads back to the district framework it is the child of: `score
    /// --children` loads it as the child, and refuses it.
    @Test func aChildFrameworkThatRollsUpItsParentIsRefusedByScore() throws {
        let directory = try FrameworkChecksTests.folder([
            "d.json": FrameworkChecksTests.district(id: "d", child: "c"),
            "c.json": FrameworkChecksTests.district(id: "c", child: "d"),
        ])
        let run = chisoInEnglish("score", "--framework", directory + "/d.json", districts, "--children", communes)
        #expect(run.status == .dataError)
        #expect(run.error.contains("roll each other up in a cycle (d → c → d)"), "\(run.error)")
    }
}
