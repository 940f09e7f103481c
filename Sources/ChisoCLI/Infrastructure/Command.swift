import ChisoFormats
import ChisoReports

/// A failure that ends a command with an exit status and the problems to report.
struct CommandFailure: Error, Sendable {
    var code: ExitCode
    var diagnostics: [Diagnostic]
    var usage: UsageError?

    init(_ error: InputError) {
        switch error.kind {
        case .data: code = .dataError
        case .noInput: code = .noInput
        case .usage: code = .usage
        case .cannotCreate: code = .cannotCreate
        case .closedPipe: code = .closedPipe
        }
        diagnostics = error.diagnostics
    }

    init(usage message: String) {
        code = .usage
        diagnostics = []
        usage = UsageError(message: message)
    }

    /// Every usage problem found before a command ran, reported together.
    init(usages messages: [String]) {
        code = .usage
        diagnostics = []
        usage = UsageError(message: messages.first ?? "", further: Array(messages.dropFirst()))
    }
}

/// One command of the `chiso` tool.
protocol Command {
    /// What the command is and accepts.
    static var spec: CommandSpec { get }
    /// Whether the command writes files that people go on to edit (a data template, a framework to adapt): such a
    /// file is never replaced unless `--force` is given. Results (`score`, `explain`) may replace earlier results.
    static var writesEditableFiles: Bool { get }
    /// The commands of a group (`frameworks`), which runs none itself; empty for a command that runs.
    static var subcommands: [any Command.Type] { get }
    /// Runs the command; output goes to the console.
    static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode
}

extension Command {
    /// Results by default: a later run may replace them.
    static var writesEditableFiles: Bool { false }

    /// A command, not a group.
    static var subcommands: [any Command.Type] { [] }

    /// The value `body` makes, or `nil` with its usage problem appended to `problems`: so that a command checks
    /// every option before it runs and reports every problem at once.
    static func checked<T>(_ problems: inout [String], _ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch {
            problems.append((error as? CommandFailure)?.usage?.message ?? "\(error)")
            return nil
        }
    }

    /// The `--output` file, or `nil` for standard output (no `--output`, or `--output -`).
    static func outputPath(_ arguments: ParsedArguments) -> String? {
        arguments.value("output").flatMap { $0 == "-" ? nil : $0 }
    }

    /// What may become of an existing `--output` file.
    static func existing(_ arguments: ParsedArguments) -> OutputFile.Existing {
        writesEditableFiles && !arguments.flag("force") ? .keep : .replace
    }

    /// Writes `text` to `--output` if given (atomically, never over an input), else to standard output; with
    /// `--excel`, after the byte-order mark Excel needs to read UTF-8.
    static func emit(_ text: String, arguments: ParsedArguments, inputs: [String], console: inout Console)
        throws(CommandFailure)
    {
        let text = (arguments.flag("excel") ? CSVWriter.byteOrderMark : "") + text
        guard let path = outputPath(arguments) else {
            console.print(text)
            return
        }
        do {
            try OutputFile.write(text, to: path, inputs: inputs, existing: existing(arguments))
        } catch {
            throw CommandFailure(error)
        }
        console.printError("wrote \(path)")
    }

    /// Writes a command's result piece by piece: straight to the `--output` file (atomically, never over an input),
    /// or to standard output; with `--excel`, after the byte-order mark Excel needs to read UTF-8.
    static func emit(
        arguments: ParsedArguments,
        inputs: [String],
        console: inout Console,
        _ body: (inout any TextSink) throws(InputError) -> Void
    ) throws(CommandFailure) {
        let excel = arguments.flag("excel")
        func write(_ sink: inout any TextSink) throws(InputError) {
            if excel { try sink.write(CSVWriter.byteOrderMark) }
            try body(&sink)
        }
        do {
            guard let path = outputPath(arguments) else {
                if console.streamsOutput {
                    try OutputFile.stream(to: nil, inputs: inputs, write)
                    return
                }
                var sink: any TextSink = ""
                try write(&sink)
                console.print(sink as? String ?? "")
                return
            }
            try OutputFile.stream(to: path, inputs: inputs, existing: existing(arguments), write)
            console.printError("wrote \(path)")
        } catch {
            throw CommandFailure(error)
        }
    }

    /// The language of names in tables: `--lang`, else the environment's `CHISO_LANG`, else Vietnamese.
    static func language(_ arguments: ParsedArguments, _ console: Console) -> Language {
        ScoringInputs.language(arguments, console)
    }

    /// The output format: `--format` if given, else the one the `--output` file's extension names (`.csv`, `.json`,
    /// `.md`), else `default`.
    ///
    /// - Throws: ``CommandFailure`` (usage) when `--format` and the extension disagree, when the extension names a
    ///   format the command does not write, or when `--excel` is given for anything but CSV.
    static func format(_ arguments: ParsedArguments, default: OutputFormat = .table) throws(CommandFailure)
        -> OutputFormat
    {
        let allowed = spec.options.first { $0.name == "format" }?.allowed ?? []
        let chosen = arguments.value("format").flatMap(OutputFormat.init(rawValue:))
        let output = outputPath(arguments)
        let implied = output.flatMap(OutputFormat.init(fileExtensionOf:))
        if let output, let implied {
            if let chosen, chosen != implied {
                throw CommandFailure(
                    usage: "'--format \(chosen.rawValue)' disagrees with the extension of '--output \(output)', "
                        + "which means \(implied.rawValue); drop --format to write \(implied.rawValue), or give the "
                        + "file another extension")
            }
            if chosen == nil, !allowed.contains(implied.rawValue) {
                throw CommandFailure(
                    usage: "the extension of '--output \(output)' means \(implied.rawValue), which this command "
                        + "does not write; give --format (\(allowed.joined(separator: "|"))) or another extension")
            }
        }
        let format = chosen ?? implied ?? `default`
        if arguments.flag("excel"), format != .csv {
            throw CommandFailure(
                usage: "'--excel' marks CSV output for Excel, and this output is \(format.rawValue); add --format csv "
                    + "or write to a file ending in .csv")
        }
        return format
    }
}

/// A command that reads a data file: it takes the ``ScoringInputs`` every such command takes, parsed once, and its
/// own options, checked into a typed value before it runs (every usage problem reported at once, exit 64).
protocol DataCommand: Command {
    /// The command's own options, checked.
    associatedtype Options: Sendable
    /// The inputs of the group this command cannot use, each with the reason (a usage error says it): an input is
    /// applied or refused, never silently ignored.
    static var refusedInputs: [ScoringInputs.Input: String] { get }
    /// Checks the command's own options, appending every problem to `problems`.
    static func options(_ arguments: ParsedArguments, inputs: ScoringInputs, problems: inout [String]) -> Options
    /// Runs the command with checked inputs and options; `arguments` still says where output goes.
    static func run(_ inputs: ScoringInputs, _ options: Options, arguments: ParsedArguments, console: inout Console)
        throws(CommandFailure) -> ExitCode
}

extension DataCommand {
    /// Checks the inputs and the options, and runs the command only when there is no usage problem.
    static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
        let inputs = ScoringInputs(arguments, console)
        var problems = inputs.problems(command: spec.name, refusing: refusedInputs)
        let options = options(arguments, inputs: inputs, problems: &problems)
        guard problems.isEmpty else { throw CommandFailure(usages: problems) }
        return try run(inputs, options, arguments: arguments, console: &console)
    }
}

/// Options several commands share.
enum CommonOptions {
    /// How every command that reads data reads it, in the order `--help` lists them, last: `--skip-invalid`,
    /// `--ignore-column`, `--extra-columns`, `--fractions`.
    static var reading: [OptionSpec] { [skipInvalid, ignoreColumn, extraColumns, fractions] }

    static let framework = OptionSpec(
        name: "framework",
        valueName: "ID|PATH",
        help: "A built-in framework ID (see 'chiso frameworks list') or the path of a framework file.",
        isRequired: true
    )
    static let children = OptionSpec(
        name: "children",
        valueName: "FILE",
        help: "Assessment CSV of the subordinate units (a district's communes), scored first and rolled up."
    )
    static let childrenLevels = OptionSpec(
        name: "children-levels",
        valueName: "FILE",
        help: "CSV unit_id,parent_id,level: the levels the subordinate units were recognised at, instead of --children."
    )
    static let output = OptionSpec(
        name: "output",
        valueName: "FILE",
        help: "Write to FILE instead of standard output; .csv, .json or .md choose the format unless --format is "
            + "given. A file is replaced atomically, never an input."
    )
    static let editableOutput = OptionSpec(
        name: "output",
        valueName: "FILE",
        help: "Write to FILE (atomically) instead of standard output; an existing file is kept unless --force."
    )
    static let showOutput = OptionSpec(
        name: "output",
        valueName: "FILE",
        help: "Write to FILE (atomically) instead of standard output; .csv, .json or .md choose the format unless "
            + "--format is given. An existing file is kept unless --force."
    )
    static let force = OptionSpec(
        name: "force",
        help: "Replace an existing --output file (which may hold your edits)."
    )
    /// `--format`, one of every output format, with a line of help saying what the formats hold here.
    static func format(_ help: String) -> OptionSpec {
        OptionSpec(name: "format", valueName: "FORMAT", help: help, allowed: OutputFormat.allCases.map(\.rawValue))
    }
    static let lang = OptionSpec(
        name: "lang",
        valueName: "LANG",
        help: "Language of the names in tables: criteria, nodes, levels, tiers (default vi, the sources' words, "
            + "or the environment's CHISO_LANG; CSV and JSON carry both).",
        allowed: Language.allCases.map(\.rawValue)
    )
    static let excel = OptionSpec(
        name: "excel",
        help: "Start the CSV with a UTF-8 byte-order mark, so that Excel shows Vietnamese names correctly."
    )
    static let skipInvalid = OptionSpec(
        name: "skip-invalid",
        help: "Score the valid rows, list every skipped row on standard error, and still exit 65."
    )
    static let ignoreColumn = OptionSpec(
        name: "ignore-column",
        valueName: "NAME",
        help: "Leave the column NAME of the data out (repeatable: one column each time).",
        isRepeatable: true
    )
    static let extraColumns = OptionSpec(
        name: "extra-columns",
        valueName: "MODE",
        help: "Columns the framework does not have (an error by default): leave them out, or pass them to CSV output.",
        allowed: ["ignore", "keep"]
    )
    static let fractions = OptionSpec(
        name: "fractions",
        help: "Percentage columns with values from 0 to 1 only hold shares: read 0.63 as 63%."
    )
}
