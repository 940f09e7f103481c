import ChisoFormats
import ChisoReports

/// `chiso crosswalk`: a dataset translated from one framework's columns to another's, with coverage.
enum CrosswalkCommand: Command {
    static let spec = CommandSpec(
        name: "crosswalk",
        abstract: "Translate data from framework A's columns to framework B's with a crosswalk, and report coverage.",
        discussion: """
            --map takes a built-in crosswalk (vn-2361-commune-to-district, vn-2361-district-to-commune,
            vn-2361-district-to-dti-922, vn-dti-922-to-1726, vn-dti-1726-to-922) or a crosswalk file. With DATA.csv
            (A's assessment file) it writes B's assessment file, which every other command reads, and says on
            standard error how many values were filled; a value whose source is missing, or whose conversion
            cannot apply, stays missing. A crosswalk file whose mapping could write a value B's column does not
            hold (a mean of a yes/no and a count, anyOf over percentages, a scale past 100%, a weight of 0) is
            refused. --coverage reports, for each input of B, what fills it (from which columns, how) or why
            nothing does; with data, for how many units. A crosswalk that is an approximation rather than a
            same-quantity mapping (its file says why under "approximation"; vn-dti-922-to-1726 is one) translates
            data only with --accept-approximation, and its coverage and summary say it is an approximation.
            """,
        arguments: [ArgumentSpec(name: "DATA.csv", help: "Framework A's assessment file.", isRequired: false)],
        options: [
            OptionSpec(name: "map", valueName: "ID|FILE", help: "The crosswalk.", isRequired: true),
            OptionSpec(name: "coverage", help: "Report the coverage of B's inputs instead of writing B's data."),
            OptionSpec(
                name: "accept-approximation",
                help: "Translate with a crosswalk that is an approximation (its values are not B's quantities)."),
            CommonOptions.format("For --coverage: table, csv, json or markdown."),
            CommonOptions.output,
            CommonOptions.excel,
        ] + CommonOptions.reading
    )

    static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
        let data = arguments.positionals.first
        let coverage = arguments.flag("coverage")
        guard data != nil || coverage else {
            throw CommandFailure(usage: "give A's data file to translate, or --coverage to report the coverage alone")
        }
        let run: CrosswalkRun
        do {
            run = try CrosswalkRun.run(
                map: arguments.value("map") ?? "", data: data, reading: CommonOptions.readingOptions(arguments),
                acceptApproximation: arguments.flag("accept-approximation"))
        } catch {
            throw CommandFailure(error)
        }
        for line in DiagnosticDigest.lines(run.warnings) { console.printError(line) }
        let inputs = (data.map { [$0] } ?? []) + [arguments.value("map") ?? ""]
        if coverage {
            try emit(
                run.coverageReport(format: try format(arguments)), arguments: arguments, inputs: inputs,
                console: &console)
            return .ok
        }
        if arguments.value("format").map({ $0 != "csv" }) ?? false {
            throw CommandFailure(
                usage: "the translated data is CSV (B's assessment file); --format applies to --coverage")
        }
        console.printError(run.summary)
        try emit(
            AssessmentWriter.csv(
                run.units, measures: run.loaded.target.measures, framework: run.loaded.target,
                approximation: run.approximation),
            arguments: arguments,
            inputs: inputs, console: &console)
        return .ok
    }
}
