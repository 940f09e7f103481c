import ChisoFormats
import ChisoReports

/// `chiso compare`: results of several frameworks, years or files side by side.
enum CompareCommand: DataCommand {
    static let spec = CommandSpec(
        name: "compare",
        abstract: "Compare results across frameworks, years or files: ranks, rank shifts, ρ, τ-b, κ and the top k.",
        discussion: """
            Each side is a file written by 'chiso score --format csv', or a data file, which is scored first. Give
            --framework once for every side, or once per side in order: it says what the outcomes are and how they
            sit on the common 0–1 scale ('chiso frameworks show' prints it). Units are joined on unit_id; --id-map
            FILE (CSV from,to) renames IDs first. For a panel, --years Y1,Y2,… labels the files, or, with a single
            score output holding a year column, picks the years to compare. CSV is tidy: one row per unit and side,
            or with --summary one row per pair of sides.
            """,
        arguments: [
            ArgumentSpec(name: "A.csv", help: "The first side."),
            ArgumentSpec(
                name: "B.csv", help: "The other sides (two files or more, unless --years splits one).",
                isRequired: false, isVariadic: true),
        ],
        options: [
            OptionSpec(
                name: "framework", valueName: "ID|PATH",
                help: "The framework of the sides (once), or of each side in order (repeatable).", isRequired: true,
                isRepeatable: true),
            OptionSpec(
                name: "years", valueName: "Y1,Y2,…", help: "Label the sides as years, or split one file by year."),
            OptionSpec(name: "id-map", valueName: "FILE", help: "CSV from,to: unit IDs to rename before joining."),
            OptionSpec(name: "top", valueName: "K", help: "Also compare the top K of each ranking."),
            OptionSpec(name: "summary", help: "CSV: one row per pair of sides instead of one per unit and side."),
            CommonOptions.format("Output format; csv is tidy."),
            CommonOptions.langAccepted,
            CommonOptions.output,
            CommonOptions.excel,
            CommonOptions.children,
            CommonOptions.childrenLevels,
        ] + CommonOptions.reading
    ).refusing(refusedInputs)

    /// Sides are whole files, each scored on its own: what belongs to one data file is refused with how to get it.
    static let refusedInputs: [ScoringInputs.Input: String] = [
        .children: "each side is scored on its own; score the districts with 'chiso score --children FILE --format "
            + "csv' and compare the outputs",
        .childLevels: "each side is scored on its own; score the districts with 'chiso score --children-levels FILE "
            + "--format csv' and compare the outputs",
        .skipInvalid: "a side with rows left out would be compared as if it were whole; score it with 'chiso score "
            + "--skip-invalid --format csv' and compare the output, or fix the rows",
        .keptColumns: ScoringInputs.noPassThrough("compare"),
    ]

    /// The size of the top, the years, the ID map and whether to sum up by pair.
    /// The command's choices, as its task takes them: ``CompareRun/Options``.
    typealias Options = CompareRun.Options

    static func options(_ arguments: ParsedArguments, inputs: ScoringInputs, problems: inout [String]) -> Options {
        var options = Options(idMap: arguments.value("id-map"), summary: arguments.flag("summary"))
        if let text = arguments.value("top") {
            if let value = Int(text), value >= 1 {
                options.top = value
            } else {
                problems.append("--top takes a whole number from 1, the size of the top; got '\(text)'")
            }
        }
        options.years =
            arguments.value("years").map {
                $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            } ?? []
        return options
    }

    static func run(_ inputs: ScoringInputs, _ options: Options, arguments: ParsedArguments, console: inout Console)
        throws(CommandFailure) -> ExitCode
    {
        let run: CompareRun
        do {
            run = try CompareRun.run(inputs, options)
        } catch {
            throw CommandFailure(error)
        }
        for warning in run.warnings where warning.severity != .notice {
            console.printError(warning.description(in: console.language))
        }
        let format = try format(arguments)
        let inputs = inputs.dataFiles + (options.idMap.map { [$0] } ?? [])
        try emit(
            CompareReport.render(run, format: format, summary: options.summary), arguments: arguments,
            inputs: inputs, console: &console)
        return .ok
    }
}
