import ChisoCore
import ChisoPeerTools
import Foundation
import Testing

@testable import ChisoCLI
@testable import ChisoFormats

/// Outputs a notebook loads as they are: `--format jsonl` of every command with CSV output, read line by line with
/// Foundation's `JSONSerialization` as pandas' `read_json(path, lines=True)` reads it, holds exactly the CSV's rows;
/// and `--format json` holds the numbers the CSV writes, without float noise.
@Suite struct JSONLinesOutputTests {
    static let department = [
        "--framework", "example-province-department",
        repository.appendingPathComponent("notebooks-data/sample-example-province-department.csv").path,
    ]

    static let commands = WorkbookOutputTests.commands + ["score department", "gap department"]

    /// The arguments of a run of `command` on the samples, without `--format`.
    static func arguments(_ command: String) throws -> [String] {
        switch command {
        case "score department": ["score"] + department
        case "gap department": ["gap"] + department + ["--target", "Tốt"]
        default: try WorkbookOutputTests.arguments(command)
        }
    }

    /// Each line is one JSON object with the CSV's columns as keys, in the CSV's order, on every line; there are as
    /// many lines as CSV rows; each value is the CSV's field: `null` where it is empty, a number equal to the number
    /// the field reads as in a column of plain numbers, the same text elsewhere.
    @Test(arguments: commands)
    func everyLineIsTheCSVRowAsAFlatObject(command: String) throws {
        let arguments = try Self.arguments(command)
        let csv = chiso(arguments + (command == "crosswalk data" ? [] : ["--format", "csv"]))
        #expect(csv.status == .ok, "\(csv.error)")
        let run = chiso(arguments + ["--format", "jsonl"])
        #expect(run.status == .ok, "\(run.error)")
        let (records, _) = CSVReader.read(Array(csv.output.utf8), file: command)
        let header = try #require(records.first?.fields)
        let rows = records.dropFirst().map(\.fields)
        #expect(!rows.isEmpty, "\(command)")
        #expect(run.output.hasSuffix("}\n"), "\(command)")
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == rows.count, "\(command)")
        // A column is numeric when every field of it is a plain number (or empty) and it holds no IDs.
        let numeric = header.indices.map { column in
            !CSVWriter.isIdentifierColumn(header[column])
                && rows.allSatisfy { $0[column].isEmpty || CSVWriter.plainDecimalPlaces($0[column]) != nil }
        }
        // Framework listings hold names and rules only; every other output has numbers.
        #expect(numeric.contains(true) || command.hasPrefix("frameworks"), "\(command)")
        for (line, row) in zip(lines, rows) {
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(command): \(line)")
            // The keys in the CSV's order (JSONSerialization keeps no order; chiso's own parser does).
            guard case .object(let members) = try JSONParser.parse(String(line)).value else {
                Issue.record("\(command): not an object: \(line)")
                continue
            }
            #expect(members.map(\.key) == header, "\(command)")
            #expect(object.count == header.count, "\(command)")
            for (column, name) in header.enumerated() {
                let field = row[column]
                let value = object[name]
                if field.isEmpty {
                    #expect(value is NSNull, "\(command) \(name): \(String(describing: value))")
                } else if numeric[column] {
                    #expect((value as? NSNumber)?.doubleValue == Double(field), "\(command) \(name): \(field)")
                } else {
                    #expect(value as? String == field, "\(command) \(name): \(field)")
                }
            }
        }
    }

    /// An `--output` ending in `.jsonl` asks for JSON Lines; the same file as `--format jsonl` writes.
    @Test func theOutputExtensionChoosesJSONLines() throws {
        let output = try temporaryFile("out.jsonl", "")
        let run = chiso(["score"] + Self.department + ["--output", output])
        #expect(run.status == .ok, "\(run.error)")
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written == chiso(["score"] + Self.department + ["--format", "jsonl"]).output)
    }

    /// JSON Lines are refused where they cannot be written: against another extension or format, with `--excel`,
    /// and by a command without CSV rows (`template`).
    @Test(arguments: [
        ["score"] + department + ["--format", "jsonl", "--output", "/tmp/chiso-never.csv"],
        ["score"] + department + ["--format", "csv", "--output", "/tmp/chiso-never.jsonl"],
        ["score"] + department + ["--format", "xlsx", "--output", "/tmp/chiso-never.jsonl"],
        ["score"] + department + ["--format", "jsonl", "--output", "/tmp/chiso-never.xlsx"],
        ["score"] + department + ["--format", "jsonl", "--excel"],
        ["template", "--framework", "vn-2361-commune", "--format", "jsonl"],
        ["crosswalk", "--map", "vn-2361-commune-to-district", communes, "--format", "jsonl", "--excel"],
        ["crosswalk", "--map", "vn-2361-commune-to-district", communes, "--format", "jsonl", "--output", "/tmp/c.csv"],
    ])
    func refusedWhereItCannotBeWritten(arguments: [String]) {
        let run = chiso(arguments)
        #expect(run.status == .usage, "\(arguments): \(run.error)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/chiso-never.jsonl"))
    }

    /// `score --format json` writes each number as the CSV writes it: the CSV's text reads as exactly the JSON's
    /// number (no `447.61999999999995` where the CSV says `447.62`), for a framework with tiers and one without.
    @Test(arguments: ["score department", "score province"])
    func jsonNumbersAreTheCSVsNumbers(command: String) throws {
        let arguments = try Self.arguments(command)
        let csv = chiso(arguments + ["--format", "csv"])
        let json = chiso(arguments + ["--format", "json"])
        #expect(json.status == .ok, "\(json.error)")
        // No number has the long tail of a sum of doubles.
        let noise = try Regex(#"\d\.\d*(0000000|9999999)\d"#)
        #expect(json.output.firstMatch(of: noise) == nil, "\(command)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let units = try #require(root["units"] as? [[String: Any]])
        let (records, _) = CSVReader.read(Array(csv.output.utf8), file: command)
        let header = try #require(records.first?.fields)
        #expect(units.count == records.count - 1)
        var compared = 0
        for (unit, record) in zip(units, records.dropFirst()) {
            func csvNumber(_ column: String) -> Double? {
                header.firstIndex(of: column).flatMap { Double(record.fields[$0]) }
            }
            for key in ["score", "max_score", "index"] {
                #expect((unit[key] as? NSNumber)?.doubleValue == csvNumber(key), "\(command) \(key)")
                compared += 1
            }
            // The components' indices, which JSON writes under `views` and the CSV as `index.<view>`.
            for (view, value) in unit["views"] as? [String: Any] ?? [:] {
                guard let expected = csvNumber("index.\(view)") else { continue }
                #expect((value as? NSNumber)?.doubleValue == expected, "\(command) \(view)")
                compared += 1
            }
        }
        #expect(compared > units.count * 3)
    }

    /// Python's own `json` module, as pandas reads JSON Lines, loads every command's output: each line an object,
    /// the same keys in the same order on every line, as many lines as the CSV has rows.
    @Test(.enabled(if: PeerTools.standardPython != nil, "SKIP: python3 is not installed"))
    func pythonsJSONModuleLoadsEveryOutput() throws {
        let python = try #require(PeerTools.standardPython)
        let directory = try PeerTools.temporaryDirectory()
        var expected: [String] = []
        var files: [String] = []
        for (index, command) in Self.commands.enumerated() {
            let arguments = try Self.arguments(command)
            let csv = chiso(arguments + (command == "crosswalk data" ? [] : ["--format", "csv"]))
            let rows = CSVReader.read(Array(csv.output.utf8), file: command).records.count - 1
            let file = directory.appendingPathComponent("\(index).jsonl").path
            #expect(chiso(arguments + ["--format", "jsonl", "--output", file]).status == .ok, "\(command)")
            files.append(file)
            expected.append("\(file) \(rows)")
        }
        let script = """
            import json, sys
            for path in sys.argv[1:]:
                keys = None
                count = 0
                with open(path, encoding="utf-8") as lines:
                    for line in lines:
                        row = json.loads(line)
                        assert isinstance(row, dict), path
                        assert keys is None or list(row) == keys, path
                        keys = list(row)
                        count += 1
                print(path, count)
            """
        let output = try #require(PeerTools.run(python, ["-c", script] + files))
        #expect(output.split(separator: "\n").map(String.init) == expected)
    }
}
