public import ChisoCore

/// One planning job from files: score the units, read the cost file, and find for each unit the cheapest plan to
/// its target class.
public struct PlanRun: Sendable {
    /// One unit's plan.
    public struct UnitPlan: Sendable {
        /// The unit.
        public var unit: UnitInfo
        /// The class it stands at now.
        public var current: Int
        /// The class wanted.
        public var target: Int
        /// The plan, or why there is none.
        public var outcome: PlanOutcome
        /// The measures whose value was missing and that the plan changes (costed from 0 or "no").
        public var missingChanged: [Int]
        /// For a district plan, the communes' changes: commune ID and its changes, in file order.
        public var subordinateChanges: [(unit: String, changes: [PlannedChange])] = []

        /// The whole cost, the communes' changes included; `nil` when unreachable.
        public var totalCost: Double? {
            outcome.cost.map { own in own + subordinateChanges.flatMap(\.changes).reduce(0) { $0 + $1.cost } }
        }
    }

    /// The scoring job the plans start from.
    public var scoring: ScoringRun
    /// One plan per unit planned, in file order.
    public var plans: [UnitPlan]
    /// Warnings about the cost file.
    public var warnings: [Diagnostic]

    /// Runs a planning job.
    ///
    /// - Parameters:
    ///   - framework: A built-in framework ID or a framework file.
    ///   - data: The assessment CSV.
    ///   - children: The subordinate units' assessment CSV, for a framework that rolls them up.
    ///   - costs: The cost CSV.
    ///   - target: A class: a number, a class name in either language, or `next`.
    ///   - unit: Plan only this unit, if given.
    /// - Throws: ``InputError`` for any problem of the inputs, all at once.
    public static func run(
        framework: String, data: String, children: String? = nil, costs: String, childCosts: String? = nil,
        target: String, unit: String? = nil
    ) throws(InputError) -> PlanRun {
        let scoring = try ScoringRun.run(framework: framework, data: data, children: children)
        let scheme = scoring.framework.scheme
        guard let planner = scheme as? any PlanningScheme else {
            throw InputError(
                .usage, file: framework, message: "this framework's scheme cannot plan: it has no planner")
        }
        let (model, costProblems) = CostFile.read(
            try InputFile.readBytes(costs), file: costs, measures: scheme.measures,
            units: scoring.results.map(\.unit.id))
        let errors = costProblems.filter { $0.severity == .error }
        if !errors.isEmpty { throw InputError(.data, costProblems) }
        var selected = Array(scoring.results.indices)
        if let unit {
            let wanted = TextNormalization.key(unit)
            guard let position = scoring.results.firstIndex(where: { $0.unit.id == wanted }) else {
                var message = "no unit with unit_id \"\(wanted)\" in \(data)"
                if let near = NearestMatch.suggestion(for: wanted, among: scoring.results.map(\.unit.id)) {
                    message += "; did you mean \(near)?"
                }
                throw InputError(.usage, file: data, message: message)
            }
            selected = [position]
        }
        let fixedTarget = try parseTarget(target, scheme: scheme, file: framework)
        var childModel: CostModel?
        if let childCosts {
            guard let linked = scoring.linked else {
                throw InputError(
                    .usage, file: childCosts,
                    message: "--children-costs prices the subordinate units' changes; give their data with --children")
            }
            let (model, problems) = CostFile.read(
                try InputFile.readBytes(childCosts), file: childCosts, measures: linked.childScheme.measures,
                units: linked.children.map(\.unit.id))
            if problems.contains(where: { $0.severity == .error }) { throw InputError(.data, problems) }
            childModel = model
        }
        let plans = selected.map { position -> UnitPlan in
            let result = scoring.results[position]
            let current = result.standing.ordinal
            let wanted = fixedTarget ?? min(current + 1, scheme.classes.count)
            let subordinates = (result.detail as? LevelDetail)?.subordinates
            let assessment = Assessment(unit: result.unit, values: result.values)
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
                : planner.cheapestPlan(for: assessment, target: wanted, costs: model, subordinates: subordinates)
            let missing = outcome.changes.filter { result.values[$0.measure] == nil }.map(\.measure)
            return UnitPlan(
                unit: result.unit, current: current, target: wanted, outcome: outcome, missingChanged: missing)
        }
        return PlanRun(scoring: scoring, plans: plans, warnings: costProblems)
    }

    /// The class a `--target` names, or `nil` for `next`.
    static func parseTarget(_ text: String, scheme: any ScoringScheme, file: String) throws(InputError) -> Int? {
        let key = TextNormalization.key(text)
        if key.lowercased() == "next" { return nil }
        if let number = Int(key), (1...max(scheme.classes.count, 1)).contains(number), number <= scheme.classes.count {
            return number
        }
        let folded = TextNormalization.folded(key)
        for (index, name) in scheme.classes.enumerated()
        where TextNormalization.folded(name.vi) == folded || TextNormalization.folded(name.en) == folded {
            return index + 1
        }
        let names = scheme.classes.enumerated().map { "\($0.offset + 1) (\($0.element.vi) / \($0.element.en))" }
        throw InputError(
            .usage, file: file,
            message: "unknown target \"\(key)\"; expected next, or one of: \(names.joined(separator: ", "))")
    }
}
