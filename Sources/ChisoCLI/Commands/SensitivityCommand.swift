import ChisoFormats
import ChisoReports

/// `chiso sensitivity`: which uncertain inputs move the results most.
enum SensitivityCommand: Command {
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
            CommonOptions.format("csv is tidy: analysis,input,statistic,value,low,high."),
            CommonOptions.output,
            CommonOptions.excel,
        ] + CommonOptions.reading
    )

    static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
        let (shorthands, specFile, seed, threads, note) = try UncertaintyOptions.common(arguments)
        if let note { console.printError(note) }
        let samples = try UncertaintyOptions.whole(arguments, "samples", 2...1_000_000, default: 500)
        let bootstrap = try UncertaintyOptions.whole(arguments, "bootstrap", 0...100_000, default: 200)
        let sweep = try UncertaintyOptions.number(arguments, "sweep", 0...0.99) ?? 0.1
        let format = try format(arguments)
        let data = arguments.positionals[0]
        let run: SensitivityRun
        do {
            run = try SensitivityRun.run(
                framework: arguments.value("framework") ?? "", data: data, children: arguments.value("children"),
                spec: specFile, shorthands: shorthands, target: arguments.value("target") ?? "rank-shift",
                samples: samples, seed: seed, bootstrap: bootstrap, threads: threads, sweep: sweep,
                reading: CommonOptions.readingOptions(arguments))
        } catch {
            throw CommandFailure(error)
        }
        for line in DiagnosticDigest.lines(run.scoring.warnings) { console.printError(line) }
        if format == .csv { for notice in run.notices { console.printError("note: \(notice)") } }
        let inputs =
            [data, arguments.value("framework") ?? ""] + (specFile.map { [$0] } ?? [])
            + (arguments.value("children").map { [$0] } ?? [])
        try emit(run.render(format: format), arguments: arguments, inputs: inputs, console: &console)
        return .ok
    }
}
