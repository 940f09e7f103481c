import ChisoCLI
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// `notebooks-data/columns.csv` gives every column of chiso's CSV outputs (and every statistic of its tidy outputs)
/// a Vietnamese and an English display name and meaning (issue 20): the column names themselves stay English
/// identifiers, so that a notebook never breaks when the language changes, and a reader renames them with this file.
@Suite struct ColumnDictionaryTests {
    struct Entry {
        var output: String
        var name: String
        var vi: String
        var en: String
    }

    static func entries() throws -> [Entry] {
        let path = repository.appendingPathComponent("notebooks-data/columns.csv").path
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let (records, problems) = CSVReader.read(Array(bytes), file: "columns.csv")
        #expect(problems.isEmpty, "\(problems)")
        #expect(records.first?.fields == ["output", "name", "vi", "en", "meaning_vi", "meaning_en"])
        return records.dropFirst().map {
            #expect($0.fields.count == 6, "line \($0.line)")
            return Entry(output: $0.fields[0], name: $0.fields[1], vi: $0.fields[2], en: $0.fields[3])
        }
    }

    /// Whether `name` is listed for `output` (or for every output, `*`); `<ID>` and `<N>` in a listed name stand for
    /// any text and any number.
    static func lists(_ entries: [Entry], _ output: String, _ name: String) -> Bool {
        entries.contains { entry in
            guard entry.output == output || entry.output == "*" else { return false }
            let pattern =
                "^"
                + NSRegularExpression.escapedPattern(for: entry.name)
                .replacingOccurrences(of: "<ID>", with: ".+").replacingOccurrences(of: "<N>", with: "[0-9]+") + "$"
            return name.range(of: pattern, options: .regularExpression) != nil
        }
    }

    /// The file is written from the dictionary in code (`ColumnWords`, which workbooks use): run the tests with
    /// `CHISO_WRITE_COLUMNS=1` to write it again after changing the words.
    @Test func theFileIsTheDictionaryInCode() throws {
        let path = repository.appendingPathComponent("notebooks-data/columns.csv").path
        if ProcessInfo.processInfo.environment["CHISO_WRITE_COLUMNS"] == "1" {
            try Data(ColumnWords.csv.utf8).write(to: URL(fileURLWithPath: path))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == ColumnWords.csv)
    }

    @Test func everyEntryHasBothLanguagesOnce() throws {
        let entries = try Self.entries()
        var seen = Set<String>()
        for entry in entries {
            #expect(seen.insert(entry.output + "\u{0}" + entry.name).inserted, "\(entry.output) \(entry.name) twice")
            for text in [entry.vi, entry.en] {
                #expect(!text.isEmpty, "\(entry.name)")
                #expect(text == text.precomposedStringWithCanonicalMapping, "\(entry.name) is not NFC")
            }
            #expect(entry.vi != entry.en, "\(entry.name)")
        }
    }

    static let dti = repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path

    /// Every column of every CSV output on the samples is in the dictionary.
    @Test func everyColumnOfEveryOutputIsListed() throws {
        let entries = try Self.entries()
        let costs = try PlanRoundTripTests.costs(for: "vn-2361-commune")
        let commune = ["--framework", "vn-2361-commune", communes, "--format", "csv"]
        let province = ["--framework", "vn-dti-922-province", Self.dti, "--format", "csv"]
        let scored = try temporaryFile("a.csv", chiso(["score"] + commune).output)
        let points = try temporaryFile("p.csv", chiso(["score"] + province).output)
        let runs: [(String, [String])] = [
            ("score", ["score"] + commune), ("score", ["score"] + province),
            ("gap", ["gap"] + commune), ("gap", ["gap"] + province + ["--target", "0.6"]),
            ("plan", ["plan"] + commune + ["--costs", costs, "--target", "next"]),
            ("plan", ["plan"] + commune + ["--costs", costs, "--target", "next", "--summary", "--budget", "50"]),
            ("whatif", ["whatif"] + commune + ["--unit", "H04-X02", "--set", "CQS.11=60"]),
            ("whatif", ["whatif"] + province + ["--unit", "U01", "--set", "NT=1"]),
            ("compare", ["compare", scored, scored, "--framework", "vn-2361-commune", "--format", "csv"]),
            (
                "compare",
                ["compare", points, points, "--framework", "vn-dti-922-province", "--format", "csv", "--summary"]
            ),
            ("uncertainty", ["uncertainty"] + commune + ["--noise-absolute", "3", "--runs", "20", "--seed", "1"]),
            ("uncertainty", ["uncertainty"] + province + ["--noise-relative", "0.05", "--runs", "20", "--seed", "1"]),
            (
                "sensitivity",
                ["sensitivity"] + province + ["--noise-relative", "0.05", "--samples", "16", "--bootstrap", "4"]
            ),
            ("crosswalk", ["crosswalk", "--map", "vn-dti-1726-to-922", "--coverage", "--format", "csv"]),
            ("explain", ExplainCSVTests.commune + ["--format", "csv"]),
            ("explain", ExplainCSVTests.district + ["--format", "csv"]),
            ("explain", try ExplainCSVTests.points("S2") + ["--format", "csv"]),
            ("frameworks show", ["frameworks", "show", "vn-2361-commune", "--format", "csv"]),
            ("frameworks show", ["frameworks", "show", "vn-dti-922-province", "--format", "csv"]),
            (
                "frameworks diff",
                ["frameworks", "diff", "vn-dti-1726-province", "vn-dti-922-province", "--format", "csv"]
            ),
            (
                "frameworks compare",
                ["frameworks", "compare", "vn-dti-1726-province", "vn-dti-922-province", "--format", "csv"]
            ),
        ]
        for (output, arguments) in runs {
            let run = chiso(arguments)
            #expect(run.status == .ok, "\(arguments): \(run.error)")
            let (records, _) = CSVReader.read(Array(run.output.utf8), file: output)
            let header = try #require(records.first?.fields, "\(arguments)")
            for name in header {
                #expect(
                    Self.lists(entries, output, name), "\(output): column \(name) is not in notebooks-data/columns.csv")
            }
            // The statistics of the tidy outputs are named too.
            guard let column = header.firstIndex(of: "statistic") else { continue }
            for record in records.dropFirst() where record.fields.count > column {
                let statistic = record.fields[column]
                #expect(Self.lists(entries, output + " statistic", statistic), "\(output): statistic \(statistic)")
            }
        }
    }
}
