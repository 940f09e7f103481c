package import ChisoCore
package import ChisoFormats
package import ChisoReports

/// One planning job from files: score the units, read the cost file, and find for each unit the cheapest plan to
/// its target class.
package struct PlanRun: Sendable {
    /// One unit's plan.
    package typealias UnitPlan = ChisoCore.UnitPlan

    /// The scoring job the plans start from.
    package var scoring: ScoringRun
    /// One plan per unit planned, in file order.
    package var plans: [UnitPlan]
    /// Warnings about the cost file.
    package var warnings: [Diagnostic]
    /// The budget, if the plans share one.
    package var budget: Double?
    /// The scheme whose classes the plans' `current` and `target` name: the framework's, or for an index target
    /// (`--target 0.70`) two classes, below the index and at or above it.
    package var targetScheme: any ScoringScheme
    /// The parameters that made the plans (target, unit, budget, objective), as outputs name them.
    package var parameters: [(name: String, value: String)] = []
    /// The plans as the core holds them: the plans, the scheme whose classes they name, the budget.
    package var cohortPlan: CohortPlan { CohortPlan(plans: plans, scheme: targetScheme, budget: budget) }
    /// What the funded plans spend.
    package var spent: Double { cohortPlan.spent }

    /// What a budget maximises across units.
    package enum Objective: String, Sendable, CaseIterable {
        /// The number of units brought to the target.
        case unitsAtTarget = "units-at-target"
        /// The classes gained, summed over units.
        case levelsGained = "levels-gained"
    }

    /// Creates the value from its parts.
    package init(
        scoring: ScoringRun, plans: [UnitPlan], warnings: [Diagnostic], budget: Double? = nil,
        targetScheme: any ScoringScheme, parameters: [(name: String, value: String)] = []
    ) {
        self.scoring = scoring
        self.plans = plans
        self.warnings = warnings
        self.budget = budget
        self.targetScheme = targetScheme
        self.parameters = parameters
    }
}

extension PlanReport {
    /// Renders a planning run; tables and markdown in `language`.
    package static func render(
        _ run: PlanRun, format: OutputFormat, summary: Bool = false, language: Language = .vi
    ) -> String {
        render(
            run.cohortPlan, scoring: run.scoring.cohort, parameters: run.parameters, format: format, summary: summary,
            language: language)
    }
}

extension PlanRun {
    /// Runs a planning job.
    ///
    /// - Parameters:
    ///   - framework: A built-in framework ID or a framework file.
    ///   - data: The assessment CSV.
    ///   - children: The subordinate units' assessment CSV, for a framework that rolls them up.
    ///   - costs: The cost CSV.
    ///   - target: A class: a number, a class name in either language, or `next`; or for a framework that computes
    ///     an index, an index from 0 to 1 (the cheapest plan raising the unit's index to at least it).
    ///   - unit: Plan only this unit, if given.
    /// - Throws: ``InputError`` for any problem of the inputs, all at once.
    package static func run(
        framework: String, data: String, children: String? = nil, costs: String, childCosts: String? = nil,
        target: String?, unit: String? = nil, budget: Double? = nil, objective: Objective = .unitsAtTarget,
        reading: ReadingOptions = ReadingOptions()
    ) throws(InputError) -> PlanRun {
        let scoring = try ScoringRun.run(framework: framework, data: data, children: children, reading: reading)
        return try run(
            scoring, framework: framework, data: data, costs: costs, childCosts: childCosts, target: target, unit: unit,
            budget: budget, objective: objective)
    }

    /// Runs a planning job on a loaded scoring run: the parameters are those of
    /// ``run(framework:data:children:costs:childCosts:target:unit:budget:objective:reading:)``.
    static func run(
        _ scoring: ScoringRun, framework: String, data: String, costs: String, childCosts: String?, target: String?,
        unit: String?, budget: Double?, objective: Objective
    ) throws(InputError) -> PlanRun {
        let aim = try PlanTarget.read(target ?? "next", framework: scoring.framework, file: framework)
        let scheme = aim.scheme
        guard let planner = scheme as? any PlanningScheme else {
            throw InputError(
                .usage, file: framework, PlanMessage.noPlanner)
        }
        let (model, costProblems) = CostFile.read(
            try InputFile.readBytes(costs), file: costs, measures: scheme.measures,
            units: scoring.results.map(\.unit.id))
        let errors = costProblems.filter { $0.severity == .error }
        if !errors.isEmpty { throw InputError(.data, costProblems) }
        let selected =
            try unit.map { (unit: String) throws(InputError) in [try position(of: unit, in: scoring, data)] }
            ?? Array(scoring.results.indices)
        let costing = Costing(
            scoring: scoring, aim: aim, planner: planner, model: model,
            childModel: try childCosts.map { (file: String) throws(InputError) in try readChildCosts(file, scoring) })
        let top = scheme.classes.count
        var plans: [UnitPlan]
        if let budget, unit != nil || objective == .levelsGained {
            plans = BudgetAllocation.fundingMostClasses(
                current: selected.map { aim.standing(of: scoring.results[$0]) }, top: top, budget: budget
            ) { costing.plan(selected[$0], to: $1) }
        } else {
            let next = { (position: Int) in min(aim.standing(of: scoring.results[position]) + 1, top) }
            plans = selected.map { costing.plan($0, to: aim.ordinal ?? next($0)) }
            if let budget { plans = BudgetAllocation.fundingMostUnits(plans, budget: budget) }
        }
        return PlanRun(
            scoring: scoring, plans: plans, warnings: costProblems, budget: budget,
            targetScheme: aim.scheme,
            parameters: parameters(target: target, unit: unit, budget: budget, objective: objective))
    }

    /// The position of the unit `--unit` names, or a usage error with the nearest ID.
    private static func position(of unit: String, in scoring: ScoringRun, _ data: String) throws(InputError) -> Int {
        let wanted = TextNormalization.key(unit)
        guard let position = scoring.results.firstIndex(where: { $0.unit.id == wanted }) else {
            let near = NearestMatch.suggestion(for: wanted, among: scoring.results.map(\.unit.id))
            throw InputError(.usage, file: data, PlanMessage.unknownUnit(unit: wanted, data: data, suggestion: near))
        }
        return position
    }

    /// The subordinate units' cost file (`--children-costs`), which needs their data.
    private static func readChildCosts(_ file: String, _ scoring: ScoringRun) throws(InputError) -> CostModel {
        guard let linked = scoring.linked else {
            throw InputError(
                .usage, file: file,
                PlanMessage.childCostsWithoutChildren)
        }
        let (model, problems) = CostFile.read(
            try InputFile.readBytes(file), file: file, measures: linked.childScheme.measures,
            units: linked.children.map(\.unit.id))
        if problems.contains(where: { $0.severity == .error }) { throw InputError(.data, problems) }
        return model
    }

    /// The parameters that made the plans, as outputs name them.
    private static func parameters(target: String?, unit: String?, budget: Double?, objective: Objective)
        -> [(name: String, value: String)]
    {
        var parameters = [(name: "target", value: target.map(TextNormalization.key) ?? "next")]
        if let unit { parameters.append((name: "unit", value: TextNormalization.key(unit))) }
        if let budget {
            parameters.append((name: "budget", value: NumberText.shortest(budget)))
            parameters.append((name: "objective", value: objective.rawValue))
        }
        return parameters
    }

    /// What one unit's plan needs: the scored units, the target, the planner and the costs.
    private struct Costing {
        var scoring: ScoringRun
        var aim: PlanTarget
        var planner: any PlanningScheme
        var model: CostModel
        var childModel: CostModel?

        /// The cheapest plan that brings the unit at `position` to class `wanted`: with its communes' changes for a
        /// district priced with `--children-costs`.
        func plan(_ position: Int, to wanted: Int) -> UnitPlan {
            let result = scoring.results[position]
            let current = aim.standing(of: result)
            if let childModel, let linked = scoring.linked, wanted > current {
                let plan = linked.cheapestPlan(parent: position, target: wanted, costs: model, childCosts: childModel)
                let missing = plan.outcome.changes.filter { result.values[$0.measure] == nil }.map(\.measure)
                let subordinate = plan.childChanges.keys.sorted().map {
                    (linked.children[$0].unit.id, plan.childChanges[$0] ?? [])
                }
                return UnitPlan(
                    unit: result.unit, current: current, target: wanted, outcome: plan.outcome,
                    missingChanged: missing, subordinateChanges: subordinate)
            }
            let outcome =
                wanted <= current
                ? .alreadyThere(current)
                : planner.cheapestPlan(
                    for: Assessment(unit: result.unit, values: result.values), target: wanted, costs: model,
                    subordinates: result.detail.subordinates)
            let missing = outcome.changes.filter { result.values[$0.measure] == nil }.map(\.measure)
            return UnitPlan(
                unit: result.unit, current: current, target: wanted, outcome: outcome, missingChanged: missing)
        }
    }
}
