import ChisoCore
import ChisoFormats
import ChisoReports

/// The `chiso` command-line tool, run in-process: arguments in, output and an exit status out.
public enum Chiso {
    /// The tool's version.
    public static let version = OutputOrigin.version

    static let spec = CommandSpec(
        name: "chiso",
        abstract: "Score and explain digital-transformation indices: levels (Decision 2361/QĐ-BTTTT), or points, tiers "
            + "and ranks (Huế 3043, the DTI, your own index).",
        discussion: "Start with: chiso score --framework vn-2361-commune notebooks-data/sample-communes.csv",
        subcommands: [
            ScoreCommand.spec, ExplainCommand.spec, GapCommand.spec, PlanCommand.spec, WhatIfCommand.spec,
            CompareCommand.spec, RegroupCommand.spec, CrosswalkCommand.spec, UncertaintyCommand.spec,
            SensitivityCommand.spec, ReportCommand.spec,
            FrameworksCommand.spec,
            TemplateCommand.spec,
            SampleCommand.spec,
        ]
    )

    /// Runs the tool.
    ///
    /// - Parameters:
    ///   - arguments: The arguments, without the program name.
    ///   - console: Receives standard output and standard error.
    /// - Returns: The exit status (sysexits: 0 ok, 64 usage, 65 data, 66 no input, 73 cannot create output; 141 when
    ///   the output is a pipe whose reader has gone, with nothing reported).
    public static func main(_ arguments: [String], console: inout Console) -> ExitCode {
        // Every file the command reads is logged, so that no output replaces one of them.
        InputFile.$readFiles.withValue(ReadFiles()) { run(arguments, console: &console) }
    }

    private static func run(_ arguments: [String], console: inout Console) -> ExitCode {
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
        let rest = Array(arguments.dropFirst())
        switch first {
        case "score": return dispatch(ScoreCommand.self, rest, path: "chiso score", console: &console)
        case "explain": return dispatch(ExplainCommand.self, rest, path: "chiso explain", console: &console)
        case "gap": return dispatch(GapCommand.self, rest, path: "chiso gap", console: &console)
        case "plan": return dispatch(PlanCommand.self, rest, path: "chiso plan", console: &console)
        case "whatif": return dispatch(WhatIfCommand.self, rest, path: "chiso whatif", console: &console)
        case "compare": return dispatch(CompareCommand.self, rest, path: "chiso compare", console: &console)
        case "regroup": return dispatch(RegroupCommand.self, rest, path: "chiso regroup", console: &console)
        case "crosswalk": return dispatch(CrosswalkCommand.self, rest, path: "chiso crosswalk", console: &console)
        case "uncertainty":
            return dispatch(UncertaintyCommand.self, rest, path: "chiso uncertainty", console: &console)
        case "sensitivity":
            return dispatch(SensitivityCommand.self, rest, path: "chiso sensitivity", console: &console)
        case "report": return dispatch(ReportCommand.self, rest, path: "chiso report", console: &console)
        case "template": return dispatch(TemplateCommand.self, rest, path: "chiso template", console: &console)
        case "sample": return dispatch(SampleCommand.self, rest, path: "chiso sample", console: &console)
        case "frameworks": return frameworks(rest, console: &console)
        default: return unknownCommand(first, among: spec, path: "chiso", console: &console)
        }
    }

    private static func frameworks(_ arguments: [String], console: inout Console) -> ExitCode {
        let path = "chiso frameworks"
        guard let sub = arguments.first, !sub.hasPrefix("-") else {
            // Bare, as bare `chiso`: the help, on standard output, and success.
            if arguments.isEmpty || ArgumentParser.wantsHelp(arguments) {
                console.print(FrameworksCommand.spec.help(path: path))
                return .ok
            }
            return unknownCommand(arguments[0], among: FrameworksCommand.spec, path: path, console: &console)
        }
        let rest = Array(arguments.dropFirst())
        switch sub {
        case "help": return help(["frameworks"] + rest, console: &console)
        case "list": return dispatch(FrameworksCommand.ListCommand.self, rest, path: "\(path) list", console: &console)
        case "show": return dispatch(FrameworksCommand.ShowCommand.self, rest, path: "\(path) show", console: &console)
        case "validate":
            return dispatch(FrameworksCommand.ValidateCommand.self, rest, path: "\(path) validate", console: &console)
        case "diff": return dispatch(FrameworksCommand.DiffCommand.self, rest, path: "\(path) diff", console: &console)
        case "compare":
            return dispatch(FrameworksCommand.CompareCommand.self, rest, path: "\(path) compare", console: &console)
        case "new": return dispatch(FrameworksCommand.NewCommand.self, rest, path: "\(path) new", console: &console)
        case "schema":
            return dispatch(FrameworksCommand.SchemaCommand.self, rest, path: "\(path) schema", console: &console)
        default: return unknownCommand(sub, among: FrameworksCommand.spec, path: path, console: &console)
        }
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
                    return usageError(usage.message, spec: C.spec, path: path, console: &console)
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
        console.printError("Error: \(message)")
        console.printError("Usage: \(spec.usage(path: path))")
        console.printError("  See '\(path) --help' for more information.")
        return .usage
    }

    /// Prints every problem, errors first (repeats of one kind summed up after the first few), then a count of all
    /// errors, summed up or not.
    private static func report(_ diagnostics: [Diagnostic], console: inout Console) {
        let errors = diagnostics.filter { $0.severity == .error }
        let others = diagnostics.filter { $0.severity != .error }
        for line in DiagnosticDigest.lines(errors) + DiagnosticDigest.lines(others) { console.printError(line) }
        let hidden = DiagnosticDigest.hiddenCount(errors)
        let summedUp = hidden == 0 ? "" : " (\(hidden) of them summed up above)"
        if errors.count > 1 {
            console.printError(
                "\(errors.count) errors\(summedUp); nothing was written. Fix them all and run the command again.")
        } else if errors.count == 1, errors[0].line != nil {
            console.printError("1 error; nothing was written.")
        }
    }
}
