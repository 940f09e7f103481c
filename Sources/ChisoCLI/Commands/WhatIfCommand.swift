import ChisoFormats
import ChisoReports

/// `chiso whatif`: the results again with some values changed.
enum WhatIfCommand: Command {
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
            CommonOptions.format("Output format."),
            CommonOptions.output,
        ] + CommonOptions.reading
    )

    static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
        let data = arguments.positionals[0]
        var changes: [WhatIfRun.Change] = []
        let sets = arguments.values("set")
        if !sets.isEmpty {
            guard let unit = arguments.value("unit") else {
                throw CommandFailure(usage: "--set needs --unit ID: the unit whose values change")
            }
            for assignment in sets {
                guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                    throw CommandFailure(
                        usage: "--set takes CRITERION=VALUE, e.g. --set CQS.02=85; got '\(assignment)'")
                }
                changes.append(
                    WhatIfRun.Change(
                        unit: unit, criterion: String(assignment[..<equals]),
                        value: String(assignment[assignment.index(after: equals)...])))
            }
        }
        do {
            if let scenario = arguments.value("scenario") {
                changes += try WhatIfRun.scenario(try InputFile.readBytes(scenario), file: scenario)
            }
            guard !changes.isEmpty else {
                throw CommandFailure(
                    usage: "nothing to change: give --unit ID --set CRITERION=VALUE, or --scenario FILE")
            }
            let run = try WhatIfRun.run(
                framework: arguments.value("framework") ?? "", data: data, children: arguments.value("children"),
                changes: changes, file: arguments.value("scenario") ?? "--set",
                reading: CommonOptions.readingOptions(arguments))
            for warning in run.scoring.warnings { console.printError(warning.description) }
            let inputs = [data] + [arguments.value("scenario"), arguments.value("children")].compactMap { $0 }
            try emit(
                WhatIfReport.render(run, format: try format(arguments)), arguments: arguments, inputs: inputs,
                console: &console)
        } catch let failure as CommandFailure {
            throw failure
        } catch let error as InputError {
            throw CommandFailure(error)
        } catch {
            throw CommandFailure(usage: "\(error)")
        }
        return .ok
    }
}
