import ChisoFormats
import ChisoReports

/// `chiso whatif`: the results again with some values changed.
enum WhatIfCommand: DataCommand {
    static let spec = CommandSpec(
        name: "whatif",
        abstract: "Score again with some values changed: class, score and rank before and after.",
        discussion: """
            Give one unit's changes with --unit ID --set CRITERION=VALUE (repeatable), or many units' with
            --scenario FILE (CSV unit_id,criterion,value; a plan written by 'chiso plan --format csv' also works,
            using its 'to' column). Values are read exactly like data cells. For districts scored with --children, a
            change may name a commune: its district's level is recomputed through the roll-up.
            """,
        arguments: [ArgumentSpec(name: "DATA.csv", help: "The assessment file.")],
        options: [
            CommonOptions.framework,
            OptionSpec(name: "unit", valueName: "ID", help: "The unit that --set changes."),
            OptionSpec(
                name: "set", valueName: "CRITERION=VALUE", help: "A new value for the unit (repeatable).",
                isRepeatable: true),
            OptionSpec(name: "scenario", valueName: "FILE", help: "Changes for many units: unit_id,criterion,value."),
            CommonOptions.children,
            CommonOptions.childrenLevels,
            CommonOptions.format("Output format."),
            CommonOptions.lang,
            CommonOptions.output,
        ] + CommonOptions.reading
    ).refusing(refusedInputs)

    static let refusedInputs: [ScoringInputs.Input: String] = [
        .childLevels: "a change to a commune reaches its district through the communes' data; give --children",
        .keptColumns: ScoringInputs.noPassThrough("whatif"),
    ]

    /// The changes `--unit` and `--set` give, and the scenario file (read when the command runs).
    struct Options: Sendable {
        var changes: [WhatIfRun.Change] = []
        var scenario: String?
    }

    static func options(_ arguments: ParsedArguments, inputs: ScoringInputs, problems: inout [String]) -> Options {
        var options = Options(scenario: arguments.value("scenario"))
        let sets = arguments.values("set")
        guard !sets.isEmpty else {
            if options.scenario == nil {
                problems.append("nothing to change: give --unit ID --set CRITERION=VALUE, or --scenario FILE")
            }
            return options
        }
        guard let unit = arguments.value("unit") else {
            problems.append("--set needs --unit ID: the unit whose values change")
            return options
        }
        for assignment in sets {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                problems.append("--set takes CRITERION=VALUE, e.g. --set CQS.02=85; got '\(assignment)'")
                continue
            }
            options.changes.append(
                WhatIfRun.Change(
                    unit: unit, criterion: String(assignment[..<equals]),
                    value: String(assignment[assignment.index(after: equals)...])))
        }
        return options
    }

    static func run(_ inputs: ScoringInputs, _ options: Options, arguments: ParsedArguments, console: inout Console)
        throws(CommandFailure) -> ExitCode
    {
        var changes = options.changes
        let scenario = options.scenario
        do {
            if let scenario {
                changes += try WhatIfRun.scenario(try InputFile.readBytes(scenario), file: scenario)
            }
            guard !changes.isEmpty else {
                throw CommandFailure(
                    usage: "nothing to change: give --unit ID --set CRITERION=VALUE, or --scenario FILE")
            }
            let scoring = try load(inputs)
            let run = try WhatIfRun.run(scoring, changes: changes, file: scenario ?? "--set")
            for warning in run.scoring.warnings { console.printError(warning.description(in: console.language)) }
            ScoreCommand.reportSkipped(run.scoring.skipped, console: &console)
            try emit(
                WhatIfReport.render(run, format: try format(arguments), language: inputs.language),
                arguments: arguments,
                inputs: inputs.files + (scenario.map { [$0] } ?? []), console: &console)
            return run.scoring.skipped.isEmpty ? .ok : .dataError
        } catch let failure as CommandFailure {
            throw failure
        } catch let error as InputError {
            throw CommandFailure(error)
        } catch {
            throw CommandFailure(usage: "\(error)")
        }
    }
}
