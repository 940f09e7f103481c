import ChisoFormats
import ChisoReports

/// `chiso sensitivity`: which uncertain inputs move the results most.
enum SensitivityCommand: DataCommand {
    static let spec = CommandSpec(
        name: "sensitivity",
        abstract: "Sobol indices of each uncertain input on the ranks or classes; weight sweeps and leave-one-out.",
        discussion: """
            With the same spec file or shorthands as 'chiso uncertainty', each input group (every noise entry of
            the spec, the reading of missing values, the weights, the framework) gets its first-order and total
            Sobol index on a target: the mean absolute rank shift from the nominal ranks (rank-shift, the default,
            as COINr), the share of units changing class (class-change), or one unit's index (its unit_id). The
            design scores the cohort N × (groups + 2) times (--samples N, default 500); 90% intervals by bootstrap.
            For a point framework, each top-level node's weight is also moved by ± --sweep (default 0.1) and left
            out, one at a time, with the rank changes that causes.
            """,
        arguments: [ArgumentSpec(name: "DATA.csv", help: "The assessment file.")],
        options: [CommonOptions.framework] + UncertaintyOptions.options + [
            OptionSpec(name: "target", valueName: "TARGET", help: "rank-shift (default), class-change, or a unit_id."),
            OptionSpec(name: "samples", valueName: "N", help: "Base samples of the design (default 500)."),
            OptionSpec(name: "bootstrap", valueName: "N", help: "Bootstrap resamples for the intervals (default 200)."),
            OptionSpec(
                name: "sweep", valueName: "X", help: "Move each top-level weight by ± X (default 0.1; 0: none)."),
            CommonOptions.children,
            CommonOptions.childrenLevels,
            CommonOptions.format("csv is tidy: analysis,input,statistic,value,low,high."),
            CommonOptions.langAccepted,
            CommonOptions.output,
            CommonOptions.excel,
        ] + CommonOptions.reading
    ).refusing(refusedInputs)

    static let refusedInputs = UncertaintyOptions.refusedInputs("sensitivity")

    /// The uncertain inputs, the target, the design and the format, checked.
    struct Options: Sendable {
        var common: UncertaintyOptions.Common
        var target: String
        var samples: Int
        var bootstrap: Int
        var sweep: Double
        var format: OutputFormat
    }

    static func options(_ arguments: ParsedArguments, inputs: ScoringInputs, problems: inout [String]) -> Options {
        Options(
            common: UncertaintyOptions.common(arguments, problems: &problems),
            target: arguments.value("target") ?? "rank-shift",
            samples: checked(&problems) {
                try UncertaintyOptions.whole(arguments, "samples", 2...1_000_000, default: 500)
            } ?? 500,
            bootstrap: checked(&problems) {
                try UncertaintyOptions.whole(arguments, "bootstrap", 0...100_000, default: 200)
            } ?? 200,
            sweep: (checked(&problems) { try UncertaintyOptions.number(arguments, "sweep", 0...0.99) } ?? nil) ?? 0.1,
            format: checked(&problems) { try format(arguments) } ?? .table)
    }

    static func run(_ inputs: ScoringInputs, _ options: Options, arguments: ParsedArguments, console: inout Console)
        throws(CommandFailure) -> ExitCode
    {
        let common = options.common
        if let note = common.note { console.printError(note) }
        let scoring = try load(inputs)
        let run: SensitivityRun
        do {
            run = try SensitivityRun.run(
                scoring, framework: inputs.framework, data: inputs.data, spec: common.spec,
                shorthands: common.shorthands, target: options.target, samples: options.samples, seed: common.seed,
                bootstrap: options.bootstrap, threads: common.threads, sweep: options.sweep)
        } catch {
            throw CommandFailure(error)
        }
        for line in DiagnosticDigest.lines(run.scoring.warnings, language: console.language) {
            console.printError(line)
        }
        ScoreCommand.reportSkipped(run.scoring.skipped, console: &console)
        if options.format == .csv {
            for notice in run.notices {
                console.printError(
                    "\(console.language == .vi ? "lưu ý" : "note"): \(notice.text.text(in: console.language))")
            }
        }
        try emit(
            run.render(format: options.format), arguments: arguments,
            inputs: inputs.files + (common.spec.map { [$0] } ?? []), console: &console)
        return run.scoring.skipped.isEmpty ? .ok : .dataError
    }
}
