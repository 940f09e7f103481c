import ChisoFormats
import ChisoReports

/// `chiso plan`: the cheapest changes that bring each unit to a target class.
enum PlanCommand: DataCommand {
    static let spec = CommandSpec(
        name: "plan",
        abstract: "Find the cheapest changes that bring each unit to a target level or tier (an exact optimum).",
        discussion: """
            Reads the units and a cost file (CSV unit_id,criterion,per_point,fixed,max; an empty unit_id is the
            default for every unit) and prints, for each unit, the least costly set of changes that brings it to the
            target or above. A criterion with no cost row cannot change. Plans are exact: branch and bound for point
            tiers with one-off costs and floors, every level from the target up for Decision 2361's per-level rule.
            """,
        arguments: [ArgumentSpec(name: "DATA.csv", help: "The assessment file.")],
        options: [
            CommonOptions.framework,
            OptionSpec(name: "costs", valueName: "COSTS.csv", help: "The cost file.", isRequired: true),
            OptionSpec(
                name: "target", valueName: "CLASS",
                help: "A level number, a tier's name in either language ('Mức II', 'Tier II'), next, or an index such "
                    + "as 0.70 (the cheapest plan raising the index to at least it)."),
            OptionSpec(
                name: "budget", valueName: "AMOUNT",
                help: "Share a budget: the highest class within it for one unit, or the best allocation across units."),
            OptionSpec(
                name: "objective", valueName: "OBJECTIVE",
                help: "With --budget across units: units-at-target (default; needs --target) or levels-gained.",
                allowed: PlanRun.Objective.allCases.map(\.rawValue)),
            OptionSpec(name: "unit", valueName: "ID", help: "Plan only this unit."),
            CommonOptions.children,
            OptionSpec(
                name: "children-costs", valueName: "FILE",
                help: "For districts with --children: the cost file of the communes' changes (their IDs differ)."),
            CommonOptions.format("Output format; csv has one row per change."),
            OptionSpec(name: "summary", valueName: nil, help: "With --format csv: one row per unit instead."),
            CommonOptions.childrenLevels,
            CommonOptions.lang,
            CommonOptions.output,
        ] + CommonOptions.reading
    ).refusing(refusedInputs)

    static let refusedInputs: [ScoringInputs.Input: String] = [
        .childLevels: "a district's plan prices its communes' changes, which needs their data; give --children",
        .keptColumns: ScoringInputs.noPassThrough("plan"),
    ]

    /// The cost files, the budget, what it buys, the target and the unit, checked.
    struct Options: Sendable {
        var costs: String
        var childCosts: String?
        var summary: Bool
        var budget: Double?
        var objective = PlanRun.Objective.unitsAtTarget
        var target: String?
        var unit: String?
    }

    static func options(_ arguments: ParsedArguments, inputs: ScoringInputs, problems: inout [String]) -> Options {
        var options = Options(
            costs: arguments.value("costs") ?? "", childCosts: arguments.value("children-costs"),
            summary: arguments.flag("summary"), target: arguments.value("target"), unit: arguments.value("unit"))
        if let text = arguments.value("budget") {
            switch CellParser.amount(text) {
            case .value(let value): options.budget = value
            case .missing, .invalid:
                let reason: String =
                    if case .invalid(let expected) = CellParser.amount(text) { expected } else { "it is empty" }
                problems.append(
                    "--budget takes an amount of 0 or more, e.g. --budget 5000000; got '\(text)': \(reason)")
            }
        }
        if let text = arguments.value("objective") {
            if let value = PlanRun.Objective(rawValue: TextNormalization.key(text).lowercased()) {
                options.objective = value
            } else {
                let names = PlanRun.Objective.allCases.map(\.rawValue).joined(separator: " or ")
                problems.append("--objective takes \(names); got '\(text)'")
            }
            if arguments.value("budget") == nil {
                problems.append("--objective says what a budget buys: give --budget AMOUNT with it")
            }
        }
        if options.target == nil,
            arguments.value("budget") == nil
                || (options.objective == .unitsAtTarget && options.unit == nil)
        {
            problems.append(
                "give --target CLASS (or next, or an index such as 0.70); with --budget, --objective "
                    + "levels-gained or --unit need none")
        }
        return options
    }

    static func run(_ inputs: ScoringInputs, _ options: Options, arguments: ParsedArguments, console: inout Console)
        throws(CommandFailure) -> ExitCode
    {
        let scoring = try load(inputs)
        let run: PlanRun
        do {
            run = try PlanRun.run(
                scoring, framework: inputs.framework, data: inputs.data, costs: options.costs,
                childCosts: options.childCosts, target: options.target, unit: options.unit,
                budget: options.budget, objective: options.objective)
        } catch {
            throw CommandFailure(error)
        }
        for warning in run.scoring.warnings + run.warnings {
            console.printError(warning.description(in: console.language))
        }
        // A plan the planner could not prove the cheapest says so in the output (its reason); also here, in the
        // language, for the formats that have no column for it.
        for plan in run.plans where !plan.outcome.isProvedOptimal {
            console.printError(
                Diagnostic(.warning, file: inputs.data, field: plan.unit.id, PlanMessage.unproved(unit: plan.unit.id))
                    .description(in: console.language))
        }
        ScoreCommand.reportSkipped(run.scoring.skipped, console: &console)
        let text = PlanReport.render(
            run, format: try format(arguments), summary: options.summary, language: inputs.language)
        try emit(text, arguments: arguments, inputs: inputs.files + [options.costs], console: &console)
        return run.scoring.skipped.isEmpty ? .ok : .dataError
    }
}
