import ChisoCLI
import Foundation
import Testing

/// Every command of the README, run as a Vietnamese officer runs it (issue 20, "done when"): in order, in a directory
/// of its own, with the README's placeholders (`COSTS.csv`, `DATA.csv`, `DTI-2023.csv`) made from the samples. Each
/// must succeed, and what it prints for a person — the table or Markdown on standard output, and every line on
/// standard error — must hold no English word outside IDs, file names, option names and quoted values. The same
/// commands in English must hold such words, so that the check can fail.
@Suite(.serialized) struct ReadmeInVietnameseTests {
    /// Words chiso used to print in English.
    static let englishWords = [
        "level", "levels", "criteria", "criterion", "missing", "met", "yes", "no", "unit", "units", "error", "errors",
        "warning", "notice", "reached", "tier", "tiers", "points", "rank", "ranks", "expected", "wrote", "the", "and",
        "of", "with", "not", "is", "are", "file", "column", "row", "value", "values", "cost", "plan", "score", "gap",
        "target", "change", "changes", "mapped", "coverage", "runs", "share", "index",
    ]

    /// The README's commands, continuation lines joined, `swift run chiso` and comments taken off.
    static func readmeCommands() throws -> [String] {
        let text = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        var commands: [String] = []
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
        while let line = lines.popFirst() {
            var command = line.trimmingCharacters(in: .whitespaces)
            guard line.hasPrefix(" "), command.hasPrefix("swift run chiso ") else { continue }
            while command.hasSuffix("\\"), let next = lines.popFirst() {
                command =
                    String(command.dropLast()).trimmingCharacters(in: .whitespaces) + " "
                    + next.trimmingCharacters(in: .whitespaces)
            }
            if let comment = command.range(of: " #") { command = String(command[..<comment.lowerBound]) }
            commands.append(String(command.dropFirst("swift run chiso ".count)).trimmingCharacters(in: .whitespaces))
        }
        return commands
    }

    /// A directory with the README's placeholder files.
    static func workspace() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-readme-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: directory.appendingPathComponent(name))
        }
        try write("COSTS.csv", try String(contentsOfFile: try PlanCommandTests.costs(), encoding: .utf8))
        let hue = chiso("sample", "--framework", "vn-hue-3043", "--units", "12", "--seed", "3")
        try write("DATA.csv", hue.output)
        let map = try String(
            contentsOf: repository.appendingPathComponent("frameworks/vn-provinces-2025.csv"), encoding: .utf8)
        let provinces = map.components(separatedBy: .newlines).dropFirst().filter { !$0.isEmpty }.map {
            $0.split(separator: ",")[0]
        }
        let dti = provinces.enumerated().map { index, name in
            "P\(index + 1),\(name),0.\(40 + index % 50),0.5,0.6,0.55,0.45,,0.5,0.52,0.48"
        }
        try write(
            "DTI-2023.csv", "unit_id,unit_name,NT,TC,HT,NL,AT,DT,HD.CQS,HD.KTS,HD.XHS\n" + dti.joined(separator: "\n"))
        try write("my-communes.csv", try String(contentsOfFile: communes, encoding: .utf8))
        return directory
    }

    /// `command` as arguments, with paths made absolute: the samples in the repository, every other file (and
    /// `/tmp/next-year`) in `directory`; `> FILE` becomes `--output FILE`.
    static func arguments(_ command: String, in directory: URL) -> [String] {
        // Words split at spaces, a "quoted text" kept as one word without its quotes, as the shell reads it.
        var words: [String] = []
        for (position, piece) in command.split(separator: "\"", omittingEmptySubsequences: false).enumerated() {
            if position % 2 == 1 {
                words.append(String(piece))
            } else {
                words += piece.split(separator: " ").map(String.init)
            }
        }
        if let redirect = words.firstIndex(of: ">") { words[redirect] = "--output" }
        return words.map { word in
            if word.hasPrefix("notebooks-data/") { return repository.appendingPathComponent(word).path }
            if word.hasPrefix("/tmp/next-year") {
                return directory.appendingPathComponent(String(word.dropFirst("/tmp/".count))).path
            }
            if !word.hasPrefix("-"), word.contains("."),
                word.range(of: #"^[\w-]+\.(csv|json|html|xlsx)$"#, options: .regularExpression) != nil
            {
                return directory.appendingPathComponent(word).path
            }
            return word
        }
    }

    /// After `template … --output my-data.csv`, the file as the README shows it filled in.
    static func fillTemplate(_ arguments: [String], in directory: URL) throws {
        guard arguments.first == "template" else { return }
        let filled = """
            unit_id,unit_name,TTC.01,HT.01,HT.02,HD.01,HD.02
            S01,Sở Nội vụ,45,95,có,85,18
            S02,Sở Y tế,120,75,có,50,12
            S03,Sở Tài chính,60,60,không,30,10

            """
        try Data(filled.utf8).write(to: directory.appendingPathComponent("my-data.csv"))
    }

    /// The English words in `text` outside IDs, file names, option names and quoted values.
    static func englishWords(in text: String) throws -> [String] {
        let identifier = try Regex(#"[\w.-]*[_.\-/:][\w.-]*|[a-z]+[A-Z]\w*|--[\w-]+|"[^"\n]*"|'[^'\n]*'|“[^”\n]*”"#)
        let masked = text.replacing(identifier, with: " ")
        let word = try Regex(#"\b("# + englishWords.joined(separator: "|") + #")\b"#).ignoresCase()
        return masked.matches(of: word).map { String(masked[$0.range]) }
    }

    /// What a person reads of a run: standard output unless it is CSV, JSON or HTML, and standard error.
    static func readable(_ run: (status: ExitCode, output: String, error: String), _ arguments: [String]) -> String {
        let machine = ["csv", "json"].contains { format in
            zip(arguments, arguments.dropFirst()).contains { $0 == ("--format", format) }
        }
        return (machine || arguments.first == "report" ? "" : run.output) + "\n" + run.error
    }

    @Test func everyReadmeCommandSpeaksVietnamese() throws {
        let commands = try Self.readmeCommands()
        #expect(commands.count >= 30)
        let directory = try Self.workspace()
        var english: [String: [String]] = [:]
        for command in commands {
            var arguments = Self.arguments(command, in: directory)
            if let lang = arguments.firstIndex(of: "--lang") { arguments.removeSubrange(lang...lang + 1) }
            let run = chiso(arguments)
            #expect(run.status == .ok, "\(command)\n\(run.error)")
            try Self.fillTemplate(arguments, in: directory)
            let found = try Self.englishWords(in: Self.readable(run, arguments))
            if !found.isEmpty { english[command] = found }
        }
        #expect(
            english.isEmpty,
            "English words in Vietnamese runs:\n\(english.map { "\($0.key): \(Set($0.value).sorted())" }.joined(separator: "\n"))"
        )
    }

    @Test func theSameCommandsInEnglishHoldEnglishWords() throws {
        let directory = try Self.workspace()
        var found = 0
        for command in try Self.readmeCommands() {
            var arguments = Self.arguments(command, in: directory)
            if let lang = arguments.firstIndex(of: "--lang") { arguments.removeSubrange(lang...lang + 1) }
            let run = chisoInEnglish(arguments)
            try Self.fillTemplate(arguments, in: directory)
            found += try Self.englishWords(in: Self.readable(run, arguments)).count
        }
        #expect(found > 100)
    }
}
