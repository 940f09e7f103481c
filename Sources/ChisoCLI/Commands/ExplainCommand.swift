import ChisoCore
import ChisoFormats
import ChisoReports

/// `chiso explain`: why one unit has its level.
enum ExplainCommand: Command {
    static let spec = CommandSpec(
        name: "explain",
        abstract:
            "Explain one unit's result: each criterion or node against each level or tier, and what holds it back.",
        discussion: """
            With a level framework: each criterion's value against its requirement at every level, the criteria
            that keep the unit from the next level (marked *), and the level rule applied. With a point framework:
            each node's points against its maximum and what each tier asks of it, the unit's tier and ranks, and
            why the next tier is not reached.
            """,
        arguments: [ArgumentSpec(name: "DATA.csv", help: "The assessment file; - reads it from standard input.")],
        options: [
            CommonOptions.framework,
            OptionSpec(name: "unit", valueName: "ID", help: "The unit_id of the unit to explain.", isRequired: true),
            CommonOptions.children,
            CommonOptions.childrenLevels,
            OptionSpec(
                name: "format",
                valueName: "FORMAT",
                help: "Output format.",
                allowed: [OutputFormat.table, .json, .markdown].map(\.rawValue)
            ),
            CommonOptions.lang,
            CommonOptions.output,
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
        ScoreCommand.reportSkipped(run.skipped, console: &console)
        let wanted = TextNormalization.key(arguments.value("unit") ?? "")
        if let line = run.skippedUnits[wanted] {
            let reasons = run.skipped.filter { $0.file == data && $0.line == line }
            throw CommandFailure(
                InputError(
                    .data,
                    [
                        Diagnostic(
                            file: data, line: line, field: "unit_id", value: wanted,
                            message: "this unit was skipped (--skip-invalid) because its row has "
                                + "\(Plural.count(reasons.count, "error")): "
                                + reasons.prefix(3).map(\.body).joined(separator: "; ")
                                + (reasons.count > 3 ? "; …" : "") + ". Fix the row to explain the unit")
                    ]))
        }
        guard let position = run.results.firstIndex(where: { $0.unit.id == wanted }) else {
            var message = "no unit with unit_id \"\(DisplayText.visible(wanted))\" in \(data)"
            if let near = NearestMatch.suggestion(for: wanted, among: run.results.map(\.unit.id)) {
                message += "; did you mean \(near)?"
            }
            throw CommandFailure(InputError(.usage, file: data, message: message))
        }
        let explanation = run.framework.scheme.explain(run.results[position], ranks: run.ranks.ranks(ofUnit: position))
        let text = ExplanationReport.render(
            explanation, framework: run.framework, format: format,
            fractions: position < run.fractions.count ? run.fractions[position] : [:],
            language: language(arguments), frameworkFile: frameworkFile(arguments),
            origin: OutputOrigin(
                run.framework, parameters: [(name: "unit", value: wanted)], approximation: run.approximation))
        let inputs = [data] + (children.map { [$0] } ?? []) + (arguments.value("children-levels").map { [$0] } ?? [])
        try emit(text, arguments: arguments, inputs: inputs, console: &console)
        return run.skipped.isEmpty ? .ok : .dataError
    }
}
