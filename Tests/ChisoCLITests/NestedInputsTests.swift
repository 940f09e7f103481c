import ChisoCLI
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// `--output` never replaces a file the run read, however it came to read it: named on the command line, or named
/// inside another input (issue 17, class 10).
@Suite struct NestedInputsTests {
    /// A run that reads `victim` because another input names it, with `OUT` standing for the `--output` path.
    struct Case: CustomTestStringConvertible, Sendable {
        var label: String
        /// Writes the files into a folder and returns the arguments and the file read through another input.
        var make: @Sendable (String) throws -> (arguments: [String], victim: String)
        var testDescription: String { label }
    }

    static func copy(_ builtIn: String, to path: String, _ edits: [(String, String)] = []) throws {
        var text = chiso("frameworks", "show", builtIn, "--format", "json").output
        for (original, replacement) in edits { text = text.replacingOccurrences(of: original, with: replacement) }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    static let cases: [Case] = [
        Case(label: "score: the childFramework beside the framework file") { directory in
            try copy(
                "vn-2361-district", to: directory + "/d.json",
                [("\"childFramework\": \"vn-2361-commune\"", "\"childFramework\": \"c\"")])
            try copy("vn-2361-commune", to: directory + "/c.json", [("\"id\": \"vn-2361-commune\"", "\"id\": \"c\"")])
            return (
                ["score", "--framework", directory + "/d.json", districts, "--children", communes, "--output", "OUT"],
                directory + "/c.json"
            )
        },
        Case(label: "crosswalk: the from framework beside the crosswalk") { directory in
            try copy("vn-dti-1726-province", to: directory + "/f.json")
            let map = try String(
                contentsOf: repository.appendingPathComponent("frameworks/vn-dti-1726-to-922.crosswalk.json"),
                encoding: .utf8)
            try Data(map.replacingOccurrences(of: "\"from\": \"vn-dti-1726-province\"", with: "\"from\": \"f\"").utf8)
                .write(to: URL(fileURLWithPath: directory + "/x.json"))
            return (
                ["crosswalk", "--map", directory + "/x.json", "--coverage", "--output", "OUT"], directory + "/f.json"
            )
        },
        Case(label: "uncertainty: an alternative framework of the spec") { directory in
            try copy("vn-hue-3043-strict", to: directory + "/alt.json")
            let data = directory + "/hue.csv"
            try Data(chiso("sample", "--framework", "vn-hue-3043", "--units", "8").output.utf8)
                .write(to: URL(fileURLWithPath: data))
            try Data(#"{"frameworks": ["vn-hue-3043", "alt"]}"#.utf8)
                .write(to: URL(fileURLWithPath: directory + "/spec.json"))
            return (
                [
                    "uncertainty", "--framework", "vn-hue-3043", data, "--spec", directory + "/spec.json", "--runs",
                    "20",
                    "--output", "OUT",
                ],
                directory + "/alt.json"
            )
        },
    ]

    static func folder() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chiso-nested-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.path
    }

    /// The file read, named as it is and through a hard link and a symbolic link, is refused as `--output` and kept
    /// byte for byte; nothing else is left in the folder.
    @Test(arguments: cases)
    func aFileNamedInsideAnInputIsNeverReplaced(testCase: Case) throws {
        for alias in ["same", "hard link", "symbolic link"] {
            let directory = try Self.folder()
            let (arguments, victim) = try testCase.make(directory)
            let before = try #require(FileManager.default.contents(atPath: victim))
            var output = victim
            if alias == "hard link" {
                output = directory + "/hard.out"
                try FileManager.default.linkItem(atPath: victim, toPath: output)
            } else if alias == "symbolic link" {
                output = directory + "/link.out"
                try FileManager.default.createSymbolicLink(atPath: output, withDestinationPath: victim)
            }
            let listing = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
            let run = chisoInEnglish(arguments.map { $0 == "OUT" ? output : $0 })
            #expect(run.status == .usage, "\(alias): \(run.error)")
            #expect(
                run.error.contains("\(output): error: is also an input of this command ("), "\(alias): \(run.error)")
            #expect(FileManager.default.contents(atPath: victim) == before, "\(alias)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == listing, "\(alias)")
        }
    }

    /// The same runs write to another file: the check refuses only the files read.
    @Test(arguments: cases)
    func anotherOutputIsWritten(testCase: Case) throws {
        let directory = try Self.folder()
        let (arguments, _) = try testCase.make(directory)
        let output = directory + "/result.out"
        let run = chiso(arguments.map { $0 == "OUT" ? output : $0 } + ["--format", "csv"])
        #expect(run.status == .ok, "\(run.error)")
        #expect(FileManager.default.fileExists(atPath: output))
    }

    /// The log of files read is the command's own: a file read by one run is free to be written by the next.
    @Test func theLogOfFilesReadBelongsToOneRun() throws {
        let directory = try Self.folder()
        let (arguments, victim) = try Self.cases[0].make(directory)
        #expect(chiso(arguments.map { $0 == "OUT" ? victim : $0 }).status == .usage)
        let template = chiso("template", "--framework", "vn-2361-commune", "--output", victim, "--force")
        #expect(template.status == .ok, "\(template.error)")
    }

    /// Files read are logged by identity: a log set for a task holds what ``InputFile`` read in it, and nothing
    /// outside a log is recorded.
    @Test func inputFileRecordsWhatItReads() throws {
        let path = try temporaryFile("a.csv", "unit_id\nX\n")
        let log = ReadFiles()
        _ = try InputFile.$readFiles.withValue(log) { try InputFile.readBytes(path) }
        #expect(log.count == 1)
        #expect(log.name(of: try #require(FileIdentity(path: path))) == path)
        _ = try InputFile.readBytes(path)
        #expect(log.count == 1)
    }
}
