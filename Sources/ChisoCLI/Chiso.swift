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
        abstract: LocalizedText(
            vi: "Tính điểm và giải thích các bộ chỉ số chuyển đổi số: mức độ (Quyết định 2361/QĐ-BTTTT), hoặc điểm, "
                + "xếp loại và thứ hạng (Huế 3043, DTI, bộ chỉ số của riêng bạn).",
            en: "Score and explain digital-transformation indices: levels (Decision 2361/QĐ-BTTTT), or points, tiers "
                + "and ranks (Huế 3043, the DTI, your own index)."),
        discussion: LocalizedText(
            vi: "Bắt đầu với: chiso score --framework vn-2361-commune notebooks-data/sample-communes.csv",
            en: "Start with: chiso score --framework vn-2361-commune notebooks-data/sample-communes.csv"),
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
        console.arguments = arguments
        return InputFile.$readFiles.withValue(ReadFiles()) { run(arguments, console: &console) }
    }

    /// The environment variable that sets the language of every command when `--lang` is not given.
    package static let languageVariable = "CHISO_LANG"

    /// The language of help and usage errors: `--lang` if the arguments name one (even after `--help`), else the
    /// environment's `CHISO_LANG`, else Vietnamese.
    static func language(_ arguments: [String], _ console: Console) -> Language {
        ArgumentParser.language(in: arguments) ?? console.languageVariable.flatMap(Language.init(rawValue:)) ?? .vi
    }

    private static func run(_ arguments: [String], console: inout Console) -> ExitCode {
        let language = language(arguments, console)
        if let value = console.languageVariable, !value.isEmpty, Language(rawValue: value) == nil {
            let problem = UsageProblem.languageVariable(name: languageVariable, value: value)
            console.printError("\(HelpWords.error.text.text(in: language)): \(problem.text.text(in: language))")
            return .usage
        }
        console.language = language
        let leadingLanguage = arguments.first == "--lang" ? 2 : arguments.first?.hasPrefix("--lang=") == true ? 1 : 0
        let rest = arguments.dropFirst(leadingLanguage)
        guard let first = arguments.first, rest.first != "--help", rest.first != "-h", !rest.isEmpty else {
            // Bare `chiso`, `chiso --help` and `chiso --lang en --help`: the tool's help.
            console.print(spec.help(path: "chiso", language: language))
            return .ok
        }
        if first == "--version" {
            console.print(version)
            return .ok
        }
        if first == "help" {
            return help(
                Array(arguments.dropFirst()).filter { !$0.hasPrefix("--lang") && Language(rawValue: $0) == nil },
                language: language, console: &console)
        }
        return route(
            first, Array(arguments.dropFirst()), among: commands, group: spec, path: "chiso", language: language,
            console: &console)
    }

    /// Runs the command `name` of a group (the tool, or `frameworks`), or the group's help, or says it is unknown.
    private static func route(
        _ name: String, _ arguments: [String], among commands: [any Command.Type], group: CommandSpec, path: String,
        language: Language, console: inout Console
    ) -> ExitCode {
        guard let command = commands.first(where: { $0.spec.name == name }) else {
            return unknownCommand(name, among: group, path: path, language: language, console: &console)
        }
        let path = "\(path) \(name)"
        guard !command.subcommands.isEmpty else {
            return dispatch(command, arguments, path: path, language: language, console: &console)
        }
        guard let sub = arguments.first, !sub.hasPrefix("-") else {
            // Bare, as bare `chiso`: the help, on standard output, and success.
            if arguments.isEmpty || ArgumentParser.wantsHelp(arguments) || arguments.first?.hasPrefix("--lang") == true
            {
                console.print(command.spec.help(path: path, language: language))
                return .ok
            }
            return unknownCommand(arguments[0], among: command.spec, path: path, language: language, console: &console)
        }
        if sub == "help" {
            return help(
                [name] + arguments.dropFirst().filter { !$0.hasPrefix("--lang") && Language(rawValue: $0) == nil },
                language: language, console: &console)
        }
        return route(
            sub, Array(arguments.dropFirst()), among: command.subcommands, group: command.spec, path: path,
            language: language, console: &console)
    }

    private static func help(_ arguments: [String], language: Language, console: inout Console) -> ExitCode {
        var command = spec
        var path = "chiso"
        for name in arguments {
            guard let sub = command.subcommands.first(where: { $0.name == name }) else {
                return unknownCommand(name, among: command, path: path, language: language, console: &console)
            }
            command = sub
            path += " \(name)"
        }
        console.print(command.help(path: path, language: language))
        return .ok
    }

    private static func unknownCommand(
        _ name: String, among spec: CommandSpec, path: String, language: Language, console: inout Console
    ) -> ExitCode {
        let problem = UsageProblem.unknownCommand(
            name, near: NearestMatch.suggestion(for: name, among: spec.subcommands.map(\.name)))
        console.printError("\(HelpWords.error.text.text(in: language)): \(problem.text.text(in: language))")
        console.printError(HelpWords.usageLine(spec.usage(path: path, language: language), language))
        console.printError("  " + HelpWords.seeCommands(path).text.text(in: language))
        return .usage
    }

    private static func dispatch<C: Command>(
        _ command: C.Type, _ arguments: [String], path: String, language: Language, console: inout Console
    ) -> ExitCode {
        if ArgumentParser.wantsHelp(arguments) {
            console.print(C.spec.help(path: path, language: language))
            return .ok
        }
        let frame = UsageFrame(spec: C.spec, path: path, language: language)
        do {
            let parsed = try ArgumentParser.parse(arguments, spec: C.spec)
            let (dataFiles, options) = standardInputReaders(parsed, spec: C.spec)
            if dataFiles + options.count > 1 {
                return frame.report(UsageError(.standardInputTwice(dataFiles: dataFiles, options: options)), &console)
            }
            do {
                return try C.run(parsed, console: &console)
            } catch {
                // The reader of the output has gone: nobody wants to hear about it (`chiso … | head`).
                if error.code == .closedPipe { return .closedPipe }
                if let usage = error.usage { return frame.report(usage, &console) }
                report(error.diagnostics, console: &console)
                if error.code == .usage {
                    console.printError(HelpWords.usageLine(C.spec.usage(path: path, language: language), language))
                }
                return error.code
            }
        } catch {
            return frame.report(error, &console)
        }
    }

    /// The arguments that read standard input (`-`): how many positional files, and the options that take a file
    /// (their names, without dashes).
    private static func standardInputReaders(_ parsed: ParsedArguments, spec: CommandSpec) -> (Int, [String]) {
        let dataFiles = parsed.positionals.filter { $0 == InputFile.standardInputName }.count
        var options: [String] = []
        for option in spec.options where option.name != "output" {
            guard let name = option.valueName, name.contains("FILE") || name.contains("PATH") || name.contains(".csv")
            else { continue }
            let values = option.isRepeatable ? parsed.values(option.name) : parsed.value(option.name).map { [$0] } ?? []
            options += values.filter { $0 == InputFile.standardInputName }.map { _ in option.name }
        }
        return (dataFiles, options)
    }

    /// What a usage error is reported with: the command, how it was called, and the language.
    private struct UsageFrame {
        var spec: CommandSpec
        var path: String
        var language: Language

        /// Prints every problem of `error`, then the usage line, and returns the usage status.
        func report(_ error: UsageError, _ console: inout Console) -> ExitCode {
            let heading = HelpWords.error.text.text(in: language)
            for message in [error.message] + error.further {
                console.printError("\(heading): \(message.text(in: language))")
            }
            console.printError(HelpWords.usageLine(spec.usage(path: path, language: language), language))
            console.printError("  " + HelpWords.seeHelp(path).text.text(in: language))
            return .usage
        }
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
