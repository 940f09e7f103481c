import ChisoFormats
import ChisoReports

/// `chiso report`: one self-contained HTML file that summarises, charts and explains a scored assessment.
enum ReportCommand: DataCommand {
    static let spec = CommandSpec(
        name: "report",
        abstract: "Write a self-contained, bilingual HTML report with charts that prints well on A4.",
        discussion: """
            The report has a summary (the framework and its legal source, the units by level or tier, the index's
            distribution), for level frameworks the share of units meeting each criterion at each level and what
            blocks the next level (and, for districts given --children, their communes by level and CHUNG.01), for
            point frameworks the ranks and each unit's strengths and weaknesses, and a section per unit with its
            explanation (every unit up to 200, else the units named with --unit). --compare adds rank shifts and
            agreement against other sides (data files scored with the same framework, or score CSV outputs);
            --plan and --uncertainty add the CSV outputs of chiso plan and chiso uncertainty. Everything is inline:
            the file makes no network request and works with scripts disabled.
            """,
        arguments: [ArgumentSpec(name: "DATA.csv", help: "The assessment file; - reads it from standard input.")],
        options: [
            CommonOptions.framework,
            CommonOptions.children,
            CommonOptions.childrenLevels,
            OptionSpec(
                name: "compare", valueName: "FILE",
                help: "Another side to compare with: a data file (scored with --framework) or a score CSV output.",
                isRepeatable: true),
            OptionSpec(
                name: "plan", valueName: "PLAN.csv",
                help: "The CSV of chiso plan (--format csv, with or without --summary): costs and what a budget buys."),
            OptionSpec(
                name: "uncertainty", valueName: "U.csv",
                help: "The CSV of chiso uncertainty --format csv: rank intervals and class probabilities."),
            OptionSpec(
                name: "unit", valueName: "ID",
                help: "Give this unit a section of its own (repeatable, or IDs separated by commas); default: every "
                    + "unit, up to 200.",
                isRepeatable: true),
            OptionSpec(
                name: "lang", valueName: "LANG",
                help: "Language of the report (default vi, or the environment's CHISO_LANG); names from the "
                    + "framework in it, the other beside them.",
                allowed: Language.allCases.map(\.rawValue)),
            OptionSpec(
                name: "output", valueName: "FILE",
                help: "Write the report to FILE (.html), atomically and never over an input, instead of standard "
                    + "output."),
        ] + CommonOptions.reading
    ).refusing(refusedInputs)

    static let refusedInputs: [ScoringInputs.Input: String] = [
        .keptColumns: "a report is HTML and passes no columns through; give --extra-columns ignore to leave them out"
    ]

    /// The other files the report draws on, and the units explained.
    struct Options: Sendable {
        var compare: [String]
        var plan: String?
        var uncertainty: String?
        var units: [String]
    }

    static func options(_ arguments: ParsedArguments, inputs: ScoringInputs, problems: inout [String]) -> Options {
        let options = Options(
            compare: arguments.values("compare"), plan: arguments.value("plan"),
            uncertainty: arguments.value("uncertainty"), units: arguments.values("unit"))
        if let output = outputPath(arguments), let format = OutputFormat(fileExtensionOf: output) {
            problems.append(
                "'--output \(output)' names a \(format.rawValue) file, and a report is HTML; give the file the "
                    + "extension .html")
        }
        let others = options.compare + [options.plan, options.uncertainty].compactMap { $0 }
        if others.contains(InputFile.standardInputName)
            || (inputs.data == InputFile.standardInputName && !options.compare.isEmpty)
        {
            problems.append(
                "standard input (-) can be read only once and only as DATA.csv, and --compare reads DATA.csv "
                    + "again; give the files as paths")
        }
        return options
    }

    static func run(_ inputs: ScoringInputs, _ options: Options, arguments: ParsedArguments, console: inout Console)
        throws(CommandFailure) -> ExitCode
    {
        let scoring = try load(inputs)
        let input: ReportInput
        do {
            let (read, warnings) = try ReportRun.run(
                scoring, framework: inputs.framework, data: inputs.data, children: inputs.children,
                childLevels: inputs.childLevels, compare: options.compare, plan: options.plan,
                uncertainty: options.uncertainty, units: options.units, reading: inputs.reading)
            for line in DiagnosticDigest.lines(warnings, language: console.language) { console.printError(line) }
            input = read
        } catch {
            throw CommandFailure(error)
        }
        ScoreCommand.reportSkipped(scoring.skipped, console: &console)
        let others = options.compare + [options.plan, options.uncertainty].compactMap { $0 }
        let language = inputs.language
        try emit(arguments: arguments, inputs: inputs.files + others, console: &console) { sink throws(InputError) in
            try HTMLReport.write(input, language: language) { piece throws(InputError) in try sink.write(piece) }
        }
        return scoring.skipped.isEmpty ? .ok : .dataError
    }
}
