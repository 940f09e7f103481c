import ChisoFormats
import ChisoReports

/// `chiso crosswalk`: a dataset translated from one framework's columns to another's, with coverage.
enum CrosswalkCommand: DataCommand {
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
            OptionSpec(
                name: "framework", valueName: "ID|PATH",
                help: "A's framework, checked against the crosswalk's (it is the crosswalk's by default)."),
            CommonOptions.format("For --coverage: table, csv, json or markdown."),
            CommonOptions.lang,
            CommonOptions.output,
            CommonOptions.excel,
            CommonOptions.children,
            CommonOptions.childrenLevels,
        ] + CommonOptions.reading
    ).refusing(refusedInputs)

    static let refusedInputs: [ScoringInputs.Input: String] = [
        .children: "it translates one data file and scores nothing; translate the subordinate units' file on its own",
        .childLevels: "it translates one data file and scores nothing; recognised levels have no columns to translate",
        .skipInvalid: "B's data with rows left out would pass for the whole of A's data; fix the rows",
        .keptColumns: "B's assessment file holds B's columns only; give --extra-columns ignore to leave the others out",
    ]

    /// The crosswalk, whether to report coverage, and whether an approximation is accepted.
    /// The command's choices, as its task takes them: ``CrosswalkRun/Options``.
    typealias Options = CrosswalkRun.Options

    static func options(_ arguments: ParsedArguments, inputs: ScoringInputs, problems: inout [String]) -> Options {
        let options = Options(
            map: arguments.value("map") ?? "", coverage: arguments.flag("coverage"),
            acceptApproximation: arguments.flag("accept-approximation"))
        if inputs.dataFiles.isEmpty, !options.coverage {
            problems.append("give A's data file to translate, or --coverage to report the coverage alone")
        }
        if !options.coverage, !inputs.dataFiles.isEmpty, arguments.value("format").map({ $0 != "csv" }) ?? false {
            problems.append("the translated data is CSV (B's assessment file); --format applies to --coverage")
        }
        return options
    }

    static func run(_ inputs: ScoringInputs, _ options: Options, arguments: ParsedArguments, console: inout Console)
        throws(CommandFailure) -> ExitCode
    {
        let coverage = options.coverage
        let run: CrosswalkRun
        do {
            run = try CrosswalkRun.run(inputs, options)
        } catch {
            throw CommandFailure(error)
        }
        try checkFramework(inputs, run: run, map: options.map)
        for line in DiagnosticDigest.lines(run.warnings, language: console.language) { console.printError(line) }
        let language = inputs.language
        let inputs = inputs.files + [options.map]
        if coverage {
            try emit(
                run.coverageReport(format: try format(arguments), language: language), arguments: arguments,
                inputs: inputs, console: &console)
            return .ok
        }
        console.printError(run.summary(in: language))
        try emit(
            AssessmentWriter.csv(
                run.units, measures: run.loaded.target.measures, framework: run.loaded.target,
                approximation: run.approximation),
            arguments: arguments,
            inputs: inputs, console: &console)
        return .ok
    }

    /// Refuses a `--framework` that is not the crosswalk's A: its data would be read as another framework's.
    static func checkFramework(_ inputs: ScoringInputs, run: CrosswalkRun, map: String) throws(CommandFailure) {
        guard let reference = inputs.frameworks.first else { return }
        let (framework, _) = try FrameworksCommand.load(reference)
        guard framework.id != run.loaded.source.id else { return }
        throw CommandFailure(
            usage: "--framework \(reference) is \(framework.id), and the crosswalk \(map) reads data of "
                + "\(run.loaded.source.id); give --framework \(run.loaded.source.id), or leave it out")
    }
}
