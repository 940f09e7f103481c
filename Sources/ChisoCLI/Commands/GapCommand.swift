import ChisoFormats
import ChisoReports

/// `chiso gap`: what each unit must change to reach a target class.
enum GapCommand: DataCommand {
    static let spec = CommandSpec(
        name: "gap",
        abstract: "Show what each unit must change to reach a level or tier: value now, value required, gap.",
        discussion: """
            For a level framework, every criterion that falls short of the target, and for a district the communes
            that must rise for CHUNG.01 (give --children). For a point framework, the deficit on the total and on
            every floor of the tier, and the headroom each leaf still has. The default target is the next class; a
            framework without tiers (the provincial DTI) takes an index target, e.g. --target 0.70.
            """,
        arguments: [ArgumentSpec(name: "DATA.csv", help: "The assessment file.")],
        options: [
            CommonOptions.framework,
            OptionSpec(
                name: "target", valueName: "CLASS",
                help:
                    "A level number, a tier's name, next (default), or an index such as 0.70 (frameworks with an index)."
            ),
            OptionSpec(name: "unit", valueName: "ID", help: "Only this unit."),
            CommonOptions.children,
            CommonOptions.childrenLevels,
            CommonOptions.format("Output format; csv is tidy, one row per gap."),
            CommonOptions.lang,
            CommonOptions.output,
        ] + CommonOptions.reading
    ).refusing(refusedInputs)

    static let refusedInputs: [ScoringInputs.Input: String] = [
        .childLevels: "a district's gap names the communes that must rise, which needs their data; give --children",
        .keptColumns: ScoringInputs.noPassThrough("gap"),
    ]

    /// The target class and unit, and the checked output format.
    struct Options: Sendable {
        var target: String
        var unit: String?
        var format: OutputFormat
    }

    static func options(_ arguments: ParsedArguments, inputs: ScoringInputs, problems: inout [String]) -> Options {
        Options(
            target: arguments.value("target") ?? "next", unit: arguments.value("unit"),
            format: checked(&problems) { try format(arguments) } ?? .table)
    }

    static func run(_ inputs: ScoringInputs, _ options: Options, arguments: ParsedArguments, console: inout Console)
        throws(CommandFailure) -> ExitCode
    {
        let scoring = try load(inputs)
        let run: GapRun
        do {
            run = try GapRun.run(
                scoring, framework: inputs.framework, data: inputs.data, target: options.target, unit: options.unit)
        } catch {
            throw CommandFailure(error)
        }
        for warning in run.scoring.warnings { console.printError(warning.description(in: console.language)) }
        ScoreCommand.reportSkipped(run.scoring.skipped, console: &console)
        try emit(
            GapReport.render(run, format: options.format, language: inputs.language), arguments: arguments,
            inputs: inputs.files,
            console: &console)
        return run.scoring.skipped.isEmpty ? .ok : .dataError
    }
}
