import ChisoFormats
import ChisoReports

/// `chiso score`: scores every unit of an assessment file.
enum ScoreCommand: Command {
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
            CommonOptions.skipInvalid,
        ] + CommonOptions.reading
    )

    static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
        let format = try format(arguments)
        let data = arguments.positionals[0]
        let children = arguments.value("children")
        let run: ScoringRun
        do {
            run = try ScoringRun.run(
                framework: arguments.value("framework") ?? "",
                data: data,
                children: children,
                childLevels: arguments.value("children-levels"),
                skipInvalid: arguments.flag("skip-invalid"),
                reading: CommonOptions.readingOptions(arguments)
            )
        } catch {
            throw CommandFailure(error)
        }
        for line in DiagnosticDigest.lines(run.warnings) { console.printError(line) }
        reportSkipped(run.skipped, console: &console)
        if run.extraColumns != nil, format != .csv {
            console.printError("\(data): notice: --extra-columns keep passes columns through to --format csv only")
        }
        let inputs =
            [data] + (children.map { [$0] } ?? []) + (arguments.value("children-levels").map { [$0] } ?? [])
            + [arguments.value("framework") ?? ""]
        try emit(arguments: arguments, inputs: inputs, console: &console) { sink throws(InputError) in
            try ResultReport.write(
                run.results, ranks: run.ranks, framework: run.framework, format: format,
                language: language(arguments), frameworkFile: frameworkFile(arguments), extraColumns: run.extraColumns,
                origin: run.origin
            ) { piece throws(InputError) in try sink.write(piece) }
        }
        return run.skipped.isEmpty ? .ok : .dataError
    }

    /// Lists the rows left out under `--skip-invalid`, with every problem of each.
    static func reportSkipped(_ skipped: [ChisoFormats.Diagnostic], console: inout Console) {
        guard !skipped.isEmpty else { return }
        for line in DiagnosticDigest.lines(skipped) { console.printError(line) }
        let rows = Set(skipped.map { "\($0.file):\($0.line ?? 0)" })
        console.printError(
            "skipped \(Plural.count(rows.count, "invalid row")) (listed above); the other rows were scored")
    }
}
