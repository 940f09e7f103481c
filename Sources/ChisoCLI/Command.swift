import ChisoIO

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
        }
        diagnostics = error.diagnostics
    }

    init(usage message: String) {
        code = .usage
        diagnostics = []
        usage = UsageError(message: message)
    }
}

/// One command of the `chiso` tool.
protocol Command {
    /// What the command is and accepts.
    static var spec: CommandSpec { get }
    /// Runs the command; output goes to the console.
    static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode
}

extension Command {
    /// Writes `text` to `--output` if given (atomically, never over an input), else to standard output.
    static func emit(_ text: String, arguments: ParsedArguments, inputs: [String], console: inout Console)
        throws(CommandFailure)
    {
        guard let path = arguments.value("output") else {
            console.print(text)
            return
        }
        do {
            try OutputFile.write(text, to: path, inputs: inputs)
        } catch {
            throw CommandFailure(error)
        }
        console.printError("wrote \(path)")
    }

    /// Writes a command's result piece by piece: straight to the `--output` file (atomically, never over an input),
    /// or to standard output.
    static func emit(
        arguments: ParsedArguments,
        inputs: [String],
        console: inout Console,
        _ body: (inout any TextSink) throws(InputError) -> Void
    ) throws(CommandFailure) {
        do {
            guard let path = arguments.value("output") else {
                if console.streamsOutput {
                    try OutputFile.stream(to: nil, inputs: inputs, body)
                    return
                }
                var sink: any TextSink = ""
                try body(&sink)
                console.print(sink as? String ?? "")
                return
            }
            try OutputFile.stream(to: path, inputs: inputs, body)
            console.printError("wrote \(path)")
        } catch {
            throw CommandFailure(error)
        }
    }

    /// The output format chosen with `--format`, or `default`.
    static func format(_ arguments: ParsedArguments, default: OutputFormat = .table) -> OutputFormat {
        arguments.value("format").flatMap(OutputFormat.init(rawValue:)) ?? `default`
    }
}

/// Options several commands share.
enum CommonOptions {
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
        help: "Write to FILE (atomically; never over an input) instead of standard output."
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

    /// The options that say how assessment files are read: ``ignoreColumn``, ``extraColumns``, ``fractions``.
    static let reading = [ignoreColumn, extraColumns, fractions]

    /// The reading options given.
    static func readingOptions(_ arguments: ParsedArguments) -> ReadingOptions {
        ReadingOptions(
            ignoredColumns: arguments.values("ignore-column"),
            extraColumns: arguments.value("extra-columns").flatMap(ReadingOptions.ExtraColumns.init(rawValue:))
                ?? .refuse,
            fractions: arguments.flag("fractions"))
    }
}
