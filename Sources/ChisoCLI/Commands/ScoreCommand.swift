import ChisoFormats
import ChisoReports

/// `chiso score`: scores every unit of an assessment file.
enum ScoreCommand: DataCommand {
    static let spec = CommandSpec(
        name: "score",
        abstract: "Score every unit of an assessment file against a framework: levels, or points, tiers and ranks.",
        discussion: """
            Reads a wide CSV (unit_id, optional unit_name, parent_id, year, then one column per criterion or input
            ID; see 'chiso template'). With a level framework (Decision 2361) it prints each unit's level, whether
            it meets the level it registered for (registered_level), and the criteria that keep it from the next
            level; for a district framework, give the communes with --children: their levels are computed first
            and rolled up into CHUNG.01. With a point framework (Huế 3043, the DTI, your own index) it prints each
            unit's points against the maximum, its index, its tier, its rank (within its group when the file has a
            group column), and what keeps it from the next tier.
            """,
        arguments: [ArgumentSpec(name: "DATA.csv", help: "The assessment file; - reads it from standard input.")],
        options: [
            CommonOptions.framework,
            CommonOptions.children,
            CommonOptions.childrenLevels,
            CommonOptions.format("Output format; table is for a terminal."),
            CommonOptions.lang,
            CommonOptions.output,
            CommonOptions.excel,
        ] + CommonOptions.reading
    ).refusing(refusedInputs)

    /// Every input applies: `--extra-columns keep` passes columns through to CSV, and says so for other formats.
    static let refusedInputs: [ScoringInputs.Input: String] = [:]

    /// The checked output format.
    struct Options: Sendable {
        var format: OutputFormat
    }

    static func options(_ arguments: ParsedArguments, inputs: ScoringInputs, problems: inout [String]) -> Options {
        Options(format: checked(&problems) { try format(arguments) } ?? .table)
    }

    static func run(_ inputs: ScoringInputs, _ options: Options, arguments: ParsedArguments, console: inout Console)
        throws(CommandFailure) -> ExitCode
    {
        let run = try setUp(inputs, console: &console)
        if run.extraColumns != nil, options.format != .csv {
            console.printError(
                "\(inputs.data): notice: --extra-columns keep passes columns through to --format csv only")
        }
        try emit(arguments: arguments, inputs: inputs.files, console: &console) { sink throws(InputError) in
            try ResultReport.write(
                run.results, ranks: run.ranks, framework: run.framework, format: options.format,
                language: inputs.language, frameworkFile: inputs.frameworkFile, extraColumns: run.extraColumns,
                origin: run.origin
            ) { piece throws(InputError) in try sink.write(piece) }
        }
        return run.skipped.isEmpty ? .ok : .dataError
    }

    /// The setup `score` and `explain` share: the inputs loaded and scored, their warnings and the rows skipped under
    /// `--skip-invalid` on standard error.
    static func setUp(_ inputs: ScoringInputs, console: inout Console) throws(CommandFailure) -> ScoringRun {
        let run = try load(inputs)
        for line in DiagnosticDigest.lines(run.warnings, language: console.language) { console.printError(line) }
        reportSkipped(run.skipped, console: &console)
        return run
    }

    /// Lists the rows left out under `--skip-invalid`, with every problem of each.
    static func reportSkipped(_ skipped: [ChisoFormats.Diagnostic], console: inout Console) {
        guard !skipped.isEmpty else { return }
        for line in DiagnosticDigest.lines(skipped, language: console.language) { console.printError(line) }
        let rows = Set(skipped.map { "\($0.file):\($0.line ?? 0)" })
        console.printError(
            "skipped \(Plural.count(rows.count, "invalid row")) (listed above); the other rows were scored")
    }
}
