import ChisoCore
import ChisoFormats
import ChisoReports

/// `chiso plan`: the cheapest changes that bring each unit to a target class.
enum PlanCommand: DataCommand {
    static let spec = CommandSpec(
        name: "plan",
        abstract: LocalizedText(
            vi:
                "Tìm các thay đổi ít tốn kém nhất để mỗi đơn vị đạt mức hoặc xếp loại mục tiêu (phương án tối ưu chính "
                + "xác).",
            en: "Find the cheapest changes that bring each unit to a target level or tier (an exact optimum)."),
        discussion: LocalizedText(
            vi: """
                Đọc các đơn vị và một tệp chi phí (CSV unit_id,criterion,per_point,fixed,max; unit_id để trống là chi
                phí chung cho mọi đơn vị) rồi in, cho từng đơn vị, phương án ít tốn kém nhất để đạt mục tiêu trở lên.
                Tiêu chí không có dòng chi phí thì không thay đổi được. Phương án là tối ưu chính xác: nhánh và cận cho
                xếp loại theo điểm với chi phí một lần và sàn, xét mọi mức từ mục tiêu trở lên theo quy tắc từng mức của
                Quyết định 2361.
                """,
            en: """
                Reads the units and a cost file (CSV unit_id,criterion,per_point,fixed,max; an empty unit_id is the
                default for every unit) and prints, for each unit, the least costly set of changes that brings it to the
                target or above. A criterion with no cost row cannot change. Plans are exact: branch and bound for point
                tiers with one-off costs and floors, every level from the target up for Decision 2361's per-level rule.
                """),
        arguments: [
            ArgumentSpec(name: "DATA.csv", help: CommonOptions.dataHelp)
        ],
        options: [
            CommonOptions.framework,
            OptionSpec(
                name: "costs", valueName: "COSTS.csv", help: LocalizedText(vi: "Tệp chi phí.", en: "The cost file."),
                isRequired: true),
            OptionSpec(
                name: "target", valueName: "CLASS",
                help: LocalizedText(
                    vi:
                        "Số của một mức, tên một xếp loại bằng một trong hai ngôn ngữ ('Mức II', 'Tier II'), next, "
                        + "hoặc một chỉ số như 0.70 (phương án rẻ nhất nâng chỉ số lên ít nhất bằng đó).",
                    en:
                        "A level number, a tier's name in either language ('Mức II', 'Tier II'), next, or an index "
                        + "such "
                        + "as 0.70 (the cheapest plan raising the index to at least it).")),
            OptionSpec(
                name: "budget", valueName: "AMOUNT",
                help: LocalizedText(
                    vi:
                        "Chia một ngân sách: mức hoặc xếp loại cao nhất trong ngân sách cho một đơn vị, hoặc cách phân "
                        + "bổ tốt nhất giữa các đơn vị.",
                    en: "Share a budget: the highest class within it for one unit, or the best allocation across units."
                )),
            OptionSpec(
                name: "objective", valueName: "OBJECTIVE",
                help: LocalizedText(
                    vi:
                        "Với --budget chia cho nhiều đơn vị: units-at-target (mặc định; cần --target) hoặc "
                        + "levels-gained.",
                    en: "With --budget across units: units-at-target (default; needs --target) or levels-gained."),
                allowed: PlanRun.Objective.allCases.map(\.rawValue)),
            OptionSpec(
                name: "unit", valueName: "ID",
                help: LocalizedText(vi: "Chỉ lập phương án cho đơn vị này.", en: "Plan only this unit.")),
            CommonOptions.children,
            OptionSpec(
                name: "children-costs", valueName: "FILE",
                help: LocalizedText(
                    vi: "Với cấp huyện có --children: tệp chi phí cho các thay đổi của xã (mã của xã khác mã huyện).",
                    en: "For districts with --children: the cost file of the communes' changes (their IDs differ).")),
            CommonOptions.format(
                LocalizedText(
                    vi: "Định dạng đầu ra; csv có mỗi thay đổi một dòng.",
                    en: "Output format; csv has one row per change.")),
            OptionSpec(
                name: "summary", valueName: nil,
                help: LocalizedText(
                    vi: "Với --format csv: thay vào đó mỗi đơn vị một dòng.",
                    en: "With --format csv: one row per unit instead.")),
            CommonOptions.childrenLevels,
            CommonOptions.lang,
            CommonOptions.output,
            CommonOptions.excel,
        ] + CommonOptions.reading
    ).refusing(refusedInputs)

    static let refusedInputs: [ScoringInputs.Input: LocalizedText] = [
        .childLevels: LocalizedText(
            vi:
                "phương án của một huyện tính chi phí các thay đổi của các xã, nên cần số liệu của các xã; hãy cho "
                + "--children",
            en: "a district's plan prices its communes' changes, which needs their data; give --children"),
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

    static func options(_ arguments: ParsedArguments, inputs: ScoringInputs, problems: inout [LocalizedText]) -> Options
    {
        var options = Options(
            costs: arguments.value("costs") ?? "", childCosts: arguments.value("children-costs"),
            summary: arguments.flag("summary"), target: arguments.value("target"), unit: arguments.value("unit"))
        options.budget = budget(arguments, problems: &problems)
        if let text = arguments.value("objective") {
            if let value = PlanRun.Objective(rawValue: TextNormalization.key(text).lowercased()) {
                options.objective = value
            } else {
                problems.append(
                    UsageProblem.badObjective(text, allowed: PlanRun.Objective.allCases.map(\.rawValue)).text)
            }
            if arguments.value("budget") == nil {
                problems.append(UsageProblem.objectiveNeedsBudget.text)
            }
        }
        if options.target == nil,
            arguments.value("budget") == nil
                || (options.objective == .unitsAtTarget && options.unit == nil)
        {
            problems.append(UsageProblem.planNeedsTarget.text)
        }
        return options
    }

    /// The amount `--budget` gives, read as a cost file's amounts are; `nil` without one, or with a problem added when
    /// it is not an amount. `report` reads its `--budget` so too.
    static func budget(_ arguments: ParsedArguments, problems: inout [LocalizedText]) -> Double? {
        guard let text = arguments.value("budget") else { return nil }
        switch CellParser.amount(text) {
        case .value(let value): return value
        case .missing, .invalid:
            let reason: String =
                if case .invalid(let expected) = CellParser.amount(text) { expected } else { "it is empty" }
            // The reason comes from the cell reader, in English only for now; it is said in both, since it
            // says what was wrong (`10.000` read as a thousands separator).
            let problem = UsageProblem.badBudget(text).text
            problems.append(LocalizedText(vi: problem.vi + ": \(reason)", en: problem.en + ": \(reason)"))
            return nil
        }
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
