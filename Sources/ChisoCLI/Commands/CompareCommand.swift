import ChisoFormats
import ChisoReports

/// `chiso compare`: results of several frameworks, years or files side by side.
enum CompareCommand: Command {
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
            CommonOptions.output,
            CommonOptions.excel,
        ]
    )

    static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
        var top: Int?
        if let text = arguments.value("top") {
            guard let value = Int(text), value >= 1 else {
                throw CommandFailure(usage: "--top takes a whole number from 1, the size of the top; got '\(text)'")
            }
            top = value
        }
        let years = arguments.value("years").map {
            $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let run: CompareRun
        do {
            run = try CompareRun.run(
                files: arguments.positionals, frameworks: arguments.values("framework"), years: years ?? [],
                idMap: arguments.value("id-map"), top: top)
        } catch {
            throw CommandFailure(error)
        }
        for warning in run.warnings where warning.severity != .notice {
            console.printError(warning.description)
        }
        let format = try format(arguments)
        let inputs = arguments.positionals + (arguments.value("id-map").map { [$0] } ?? [])
        try emit(
            CompareReport.render(run, format: format, summary: arguments.flag("summary")), arguments: arguments,
            inputs: inputs, console: &console)
        return .ok
    }
}
