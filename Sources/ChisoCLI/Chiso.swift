import ChisoCore
import ChisoFormats
import ChisoReports

/// The `chiso` command-line tool, run in-process: arguments in, output and an exit status out.
package enum Chiso {
    /// The tool's version.
    package static let version = OutputOrigin.version

    /// Every command of the tool, in the order help lists them: the one list that dispatch, help, the README's
    /// command table and the tests derive from.
    static var commands: [any Command.Type] {
        [
            ScoreCommand.self, ExplainCommand.self, GapCommand.self, PlanCommand.self, WhatIfCommand.self,
            CompareCommand.self, RegroupCommand.self, CrosswalkCommand.self, UncertaintyCommand.self,
            SensitivityCommand.self, ReportCommand.self, FrameworksCommand.self, TemplateCommand.self,
            SampleCommand.self,
        ]
    }

    /// The words that run each command that runs (`["score"]`, `["frameworks", "list"]`), in the order of
    /// ``commands``.
    static var commandPaths: [[String]] {
        commands.flatMap { command in
            command.subcommands.isEmpty
                ? [[command.spec.name]] : command.subcommands.map { [command.spec.name, $0.spec.name] }
        }
    }

    static let spec = CommandSpec(
        name: "chiso",
        abstract: "Score and explain digital-transformation indices: levels (Decision 2361/QĐ-BTTTT), or points, tiers "
            + "and ranks (Huế 3043, the DTI, your own index).",
        discussion: "Start with: chiso score --framework vn-2361-commune notebooks-data/sample-communes.csv",
        subcommands: commands.map { $0.spec }
    )

    /// Runs the tool.
    ///
    /// - Parameters:
    ///   - arguments: The arguments, without the program name.
    ///   - console: Receives standard output and standard error.
    /// - Returns: The exit status (sysexits: 0 ok, 64 usage, 65 data, 66 no input, 73 cannot create output; 141 when
    ///   the output is a pipe whose reader has gone, with nothing reported).
    package static func main(_ arguments: [String], console: inout Console) -> ExitCode {
        // Every file the command reads is logged, so that no output replaces one of them.
        InputFile.$readFiles.withValue(ReadFiles()) { run(arguments, console: &console) }
    }

    /// The environment variable that sets the language of every command when `--lang` is not given.
    package static let languageVariable = "CHISO_LANG"

    private static func run(_ arguments: [String], console: inout Console) -> ExitCode {
        if let value = console.languageVariable, !value.isEmpty, Language(rawValue: value) == nil {
            console.printError(
                "Error: \(languageVariable)=\(value) is not a language chiso speaks; expected one of: "
                    + Language.allCases.map(\.rawValue).joined(separator: ", ")
                    + ". Set it to one of them, or unset it (then --lang chooses, Vietnamese by default).")
            return .usage
        }
        console.language = messageLanguage(arguments, console)
        guard let first = arguments.first else {
            console.print(spec.help(path: "chiso"))
            return .ok
        }
        if first == "--help" || first == "-h" {
            console.print(spec.help(path: "chiso"))
            return .ok
        }
        if first == "--version" {
            console.print(version)
            return .ok
        }
        if first == "help" {
            return help(Array(arguments.dropFirst()), console: &console)
        }
        return route(
            first, Array(arguments.dropFirst()), among: commands, group: spec, path: "chiso", console: &console)
    }

    /// The language of the run's messages: the last valid `--lang X` (or `--lang=X`) among `arguments`, else
    /// `CHISO_LANG`, else Vietnamese. Read from the raw arguments, so that a usage error found while parsing them
    /// speaks the language asked for.
    static func messageLanguage(_ arguments: [String], _ console: Console) -> Language {
        var chosen: Language?
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count {
                chosen = Language(rawValue: arguments[index + 1]) ?? chosen
            } else if argument.hasPrefix("--lang=") {
                chosen = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? chosen
            }
        }
        return chosen ?? console.languageVariable.flatMap(Language.init(rawValue:)) ?? .vi
    }

    /// Runs the command `name` of a group (the tool, or `frameworks`), or the group's help, or says it is unknown.
    private static func route(
        _ name: String, _ arguments: [String], among commands: [any Command.Type], group: CommandSpec, path: String,
        console: inout Console
    ) -> ExitCode {
        guard let command = commands.first(where: { $0.spec.name == name }) else {
            return unknownCommand(name, among: group, path: path, console: &console)
        }
        let path = "\(path) \(name)"
        guard !command.subcommands.isEmpty else { return dispatch(command, arguments, path: path, console: &console) }
        guard let sub = arguments.first, !sub.hasPrefix("-") else {
            // Bare, as bare `chiso`: the help, on standard output, and success.
            if arguments.isEmpty || ArgumentParser.wantsHelp(arguments) {
                console.print(command.spec.help(path: path))
                return .ok
            }
            return unknownCommand(arguments[0], among: command.spec, path: path, console: &console)
        }
        if sub == "help" { return help([name] + arguments.dropFirst(), console: &console) }
        return route(
            sub, Array(arguments.dropFirst()), among: command.subcommands, group: command.spec, path: path,
            console: &console)
    }

    private static func help(_ arguments: [String], console: inout Console) -> ExitCode {
        var command = spec
        var path = "chiso"
        for name in arguments {
            guard let sub = command.subcommands.first(where: { $0.name == name }) else {
                return unknownCommand(name, among: command, path: path, console: &console)
            }
            command = sub
            path += " \(name)"
        }
        console.print(command.help(path: path))
        return .ok
    }

    private static func unknownCommand(_ name: String, among spec: CommandSpec, path: String, console: inout Console)
        -> ExitCode
    {
        var message = "Error: unknown command '\(name)'"
        if let near = NearestMatch.suggestion(for: name, among: spec.subcommands.map(\.name)) {
            message += "; did you mean '\(near)'?"
        }
        console.printError(message)
        console.printError("Usage: \(spec.usage(path: path))")
        console.printError("  See '\(path) --help' for the commands.")
        return .usage
    }

    private static func dispatch<C: Command>(
        _ command: C.Type, _ arguments: [String], path: String, console: inout Console
    ) -> ExitCode {
        if ArgumentParser.wantsHelp(arguments) {
            console.print(C.spec.help(path: path))
            return .ok
        }
        do {
            let parsed = try ArgumentParser.parse(arguments, spec: C.spec)
            let readers = standardInputReaders(parsed, spec: C.spec)
            if readers.count > 1 {
                return usageError(
                    "standard input (-) can be read only once; give '-' for one input file and a path for the others "
                        + "(\(readers.joined(separator: " and ")) name it)", spec: C.spec, path: path, console: &console
                )
            }
            do {
                return try C.run(parsed, console: &console)
            } catch {
                // The reader of the output has gone: nobody wants to hear about it (`chiso … | head`).
                if error.code == .closedPipe { return .closedPipe }
                if let usage = error.usage {
                    return usageError(usage, spec: C.spec, path: path, console: &console)
                }
                report(error.diagnostics, console: &console)
                if error.code == .usage {
                    console.printError("Usage: \(C.spec.usage(path: path))")
                }
                return error.code
            }
        } catch {
            return usageError(error.message, spec: C.spec, path: path, console: &console)
        }
    }

    /// The arguments that read standard input (`-`): positional files and options that take a file.
    private static func standardInputReaders(_ parsed: ParsedArguments, spec: CommandSpec) -> [String] {
        var readers = parsed.positionals.enumerated().filter { $0.element == InputFile.standardInputName }.map {
            _ in "the data file"
        }
        for option in spec.options where option.name != "output" {
            guard let name = option.valueName, name.contains("FILE") || name.contains("PATH") || name.contains(".csv")
            else { continue }
            let values = option.isRepeatable ? parsed.values(option.name) : parsed.value(option.name).map { [$0] } ?? []
            readers += values.filter { $0 == InputFile.standardInputName }.map { _ in "--\(option.name)" }
        }
        return readers
    }

    private static func usageError(_ message: String, spec: CommandSpec, path: String, console: inout Console)
        -> ExitCode
    {
        usageError(UsageError(message: message), spec: spec, path: path, console: &console)
    }

    /// Prints every problem of `error`, then the usage line.
    private static func usageError(_ error: UsageError, spec: CommandSpec, path: String, console: inout Console)
        -> ExitCode
    {
        for message in [error.message] + error.further { console.printError("Error: \(message)") }
        console.printError("Usage: \(spec.usage(path: path))")
        console.printError("  See '\(path) --help' for more information.")
        return .usage
    }

    /// Prints every problem, errors first (repeats of one kind summed up after the first few), then a count of all
    /// errors, summed up or not.
    private static func report(_ diagnostics: [Diagnostic], console: inout Console) {
        let errors = diagnostics.filter { $0.severity == .error }
        let others = diagnostics.filter { $0.severity != .error }
        let language = console.language
        for line in DiagnosticDigest.lines(errors, language: language)
            + DiagnosticDigest.lines(others, language: language)
        {
            console.printError(line)
        }
        let hidden = DiagnosticDigest.hiddenCount(errors)
        let vi = language == .vi
        let summedUp =
            hidden == 0
            ? "" : vi ? " (\(hidden) lỗi trong số đó được gộp ở trên)" : " (\(hidden) of them summed up above)"
        if errors.count > 1 {
            console.printError(
                vi
                    ? "\(errors.count) lỗi\(summedUp); chưa ghi gì. Hãy sửa hết rồi chạy lại lệnh."
                    : "\(errors.count) errors\(summedUp); nothing was written. Fix them all and run the command again.")
        } else if errors.count == 1, errors[0].line != nil {
            console.printError(vi ? "1 lỗi; chưa ghi gì." : "1 error; nothing was written.")
        }
    }
}
