import ChisoCore
import ChisoFormats
import ChisoReports

extension ScoreCommand {
    /// Scores a panel — a data file of several years, keyed by `unit_id` and `year` — one year at a time, as if each
    /// year were its own file (ranks, tiers and groups within the year; with `--children`, each year's communes
    /// rolled up into the same year's districts), and writes the years one after the other: CSV under one header
    /// row, a table per year under its year. JSON holds one cohort, so a panel is refused there with `--year`.
    static func runPanel(
        _ inputs: ScoringInputs, years: [Int], _ options: Options, _ arguments: ParsedArguments,
        _ console: inout Console
    ) throws(CommandFailure) -> ExitCode {
        guard options.format != .json else {
            throw CommandFailure(
                InputError(
                    .usage,
                    [
                        Diagnostic(
                            file: inputs.data, field: "year",
                            LongTableMessage.severalYearsJSON(years: years.map(String.init)))
                    ]))
        }
        var runs: [ScoringRun] = []
        var warnings: [ChisoFormats.Diagnostic] = []
        for year in years {
            var oneYear = inputs
            oneYear.reading.year = year
            let run = try load(oneYear)
            // What every year says alike is said once; the rows each year read are not news in a panel.
            for warning in run.warnings where warning.code != "data.year-picked" && !warnings.contains(warning) {
                warnings.append(warning)
            }
            reportSkipped(run.skipped, console: &console)
            runs.append(run)
        }
        warnings.insert(
            Diagnostic(
                .notice, file: inputs.data, field: "year",
                LongTableMessage.scoredByYear(years: years.map(String.init))), at: 0)
        for line in DiagnosticDigest.lines(warnings, language: console.language) { console.printError(line) }
        let language = inputs.language
        try emit(arguments: arguments, inputs: inputs.files, console: &console) { sink throws(InputError) in
            var header: String?
            for (year, run) in zip(years, runs) {
                if options.format != .csv {
                    try sink.write(
                        (header == nil ? "" : "\n")
                            + LocalizedText(vi: "Năm \(year)", en: "Year \(year)").text(in: language) + "\n\n")
                }
                var first = true
                try ResultReport.write(
                    run.results, ranks: run.ranks, framework: run.framework, format: options.format,
                    language: language, frameworkFile: inputs.frameworkFile, extraColumns: run.extraColumns,
                    origin: run.origin
                ) { piece throws(InputError) in
                    // The CSV header is the first piece: written once, for the first year.
                    defer { first = false }
                    if first, options.format == .csv, let header, header == piece { return }
                    if first { header = header ?? piece }
                    try sink.write(piece)
                }
            }
        }
        return runs.allSatisfy(\.skipped.isEmpty) ? .ok : .dataError
    }
}
