import ChisoFormats
import ChisoReports

/// `chiso gap`: what each unit must change to reach a target class.
enum GapCommand: Command {
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
            CommonOptions.format("Output format; csv is tidy, one row per gap."),
            CommonOptions.output,
        ] + CommonOptions.reading
    )

    static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
        let data = arguments.positionals[0]
        let run: GapRun
        do {
            run = try GapRun.run(
                framework: arguments.value("framework") ?? "", data: data, children: arguments.value("children"),
                target: arguments.value("target") ?? "next", unit: arguments.value("unit"),
                reading: CommonOptions.readingOptions(arguments))
        } catch {
            throw CommandFailure(error)
        }
        for warning in run.scoring.warnings { console.printError(warning.description) }
        let inputs = [data] + (arguments.value("children").map { [$0] } ?? [])
        try emit(
            GapReport.render(run, format: try format(arguments)), arguments: arguments, inputs: inputs,
            console: &console)
        return .ok
    }
}
