/// The cheapest plan for a district together with its communes.
public struct RollUpPlan: Hashable, Sendable {
    /// The district's own changes, or why there are none.
    public var outcome: PlanOutcome
    /// The communes' changes, by commune (index in ``LinkedScoring/children``).
    public var childChanges: [Int: [PlannedChange]]

    /// The whole cost: the district's own changes and its communes'; `nil` when unreachable.
    public var cost: Double? {
        guard let own = outcome.cost else { return nil }
        return own + childChanges.values.joined().reduce(0) { $0 + $1.cost }
    }
}

extension LinkedScoring {
    /// The cheapest changes to a district's own conditions and to its communes that bring it to `target` or above,
    /// as the district's scheme plans a roll-up (``PlanningScheme/cheapestPlan(forParent:in:target:costs:childCosts:)``).
    ///
    /// - Parameters:
    ///   - parent: The district, by index in ``parents``.
    ///   - target: The class wanted.
    ///   - costs: What the district's own changes cost.
    ///   - childCosts: What the communes' changes cost.
    /// - Returns: The plan, or why there is none; unreachable when the district's scheme does not plan.
    public func cheapestPlan(parent: Int, target: Int, costs: CostModel, childCosts: CostModel) -> RollUpPlan {
        guard let planner = parentScheme as? any PlanningScheme else {
            return RollUpPlan(outcome: .unreachable([]), childChanges: [:])
        }
        return planner.cheapestPlan(forParent: parent, in: self, target: target, costs: costs, childCosts: childCosts)
    }

    /// The district planned alone, its communes as they are: what a scheme without a roll-up plans.
    package func plannedAlone(
        _ planner: some PlanningScheme, parent: Int, target: Int, costs: CostModel
    ) -> RollUpPlan {
        let outcome = planner.cheapestPlan(
            for: parents[parent], target: target, costs: costs, subordinates: summary(of: parent))
        return RollUpPlan(outcome: outcome, childChanges: [:])
    }

    /// The level actually reached by a district plan, with its communes' changes applied: only this district's
    /// communes are rescored. A plan that some commune's plan does not prove cheapest is marked best found.
    package func settled(_ plan: RollUpPlan, parent: Int, isProvedOptimal: Bool) -> RollUpPlan {
        guard case .plan(let changes, let cost, _) = plan.outcome else { return plan }
        var summary = ChildLevelSummary(maximumLevel: childScheme.classes.count)
        for child in childrenOfParent[parent] {
            guard let childChanges = plan.childChanges[child] else {
                summary.add(childResults[child].standing.ordinal)
                continue
            }
            var assessment = children[child]
            for change in childChanges { assessment.values[change.measure] = change.to }
            summary.add(childScheme.score(assessment, subordinates: nil).standing.ordinal)
        }
        var assessment = parents[parent]
        for change in changes { assessment.values[change.measure] = change.to }
        let reached = parentScheme.score(assessment, subordinates: summary).standing.ordinal
        var settled = plan
        settled.outcome =
            isProvedOptimal
            ? .plan(changes: changes, cost: cost, reaches: reached)
            : .bestFound(changes: changes, cost: cost, reaches: reached)
        return settled
    }

    /// The cheapest changes to a district's communes that make a roll-up rule hold.
    func childPlan(
        parent: Int, rule: ChildLevelRule, plans: inout ChildPlans
    ) -> Result<(cost: Double, changes: [Int: [PlannedChange]]), PlanningObstacles> {
        let members = childrenOfParent[parent]
        let id = parents[parent].unit.id
        guard !members.isEmpty, !unreadableChildren.contains(where: { $0.parentID == id }) else {
            return .failure(PlanningObstacles(obstacles: []))
        }
        func plan(_ child: Int, to level: Int) -> (cost: Double, changes: [PlannedChange])? {
            plans.plan(child, to: level)
        }
        var total = 0.0
        var changes: [Int: [PlannedChange]] = [:]
        var extras: [(child: Int, extra: Double, changes: [PlannedChange])] = []
        for child in members {
            guard let base = plan(child, to: rule.allAtLeast) else { return .failure(PlanningObstacles(obstacles: [])) }
            total += base.cost
            if !base.changes.isEmpty { changes[child] = base.changes }
            if let shareLevel = rule.shareLevel, let higher = plan(child, to: shareLevel) {
                extras.append((child, higher.cost - base.cost, higher.changes))
            }
        }
        if let shareLevel = rule.shareLevel {
            // At least the share of all communes at the higher level: count × 100 ≥ share × total.
            var needed = Int((rule.sharePercent * Double(members.count) / 100).rounded(.up))
            if needed > 0, Double(needed - 1) * 100 >= rule.sharePercent * Double(members.count) { needed -= 1 }
            _ = shareLevel
            guard extras.count >= needed else { return .failure(PlanningObstacles(obstacles: [])) }
            for extra in extras.sorted(by: { ($0.extra, $0.child) < ($1.extra, $1.child) }).prefix(needed) {
                total += extra.extra
                if extra.changes.isEmpty { changes[extra.child] = nil } else { changes[extra.child] = extra.changes }
            }
        }
        return .success((total, changes))
    }
}

/// Communes' cheapest plans to each level, each computed once per district plan. Under a per-level level scheme, the
/// cheapest plan to stand at level *L* or above is the cheapest among the plans to stand exactly at each level from
/// *L* up, so each commune's own levels are planned once.
struct ChildPlans {
    let scheme: any PlanningScheme
    let linked: LinkedScoring
    let costs: CostModel
    private var exact: [Int: [(cost: Double, changes: [PlannedChange])?]] = [:]
    private var atLeast: [Int: [Int: (cost: Double, changes: [PlannedChange])?]] = [:]
    /// Whether every plan given so far is proved the cheapest (a point scheme's may not be).
    private(set) var isProvedOptimal = true

    init(scheme: any PlanningScheme, linked: LinkedScoring, costs: CostModel) {
        self.scheme = scheme
        self.linked = linked
        self.costs = costs
    }

    /// The cheapest plans to stand at exactly each class, where the scheme plans them (a per-level rule), computed
    /// once per commune.
    private mutating func exactPlans(_ child: Int) -> [(cost: Double, changes: [PlannedChange])?]? {
        if let known = exact[child] { return known }
        let plans = scheme.cheapestPlansToEachClass(
            for: linked.children[child], now: linked.childResults[child], costs: costs)
        exact[child] = plans
        return plans
    }

    /// The cheapest plan that brings a commune to `level` or above.
    mutating func plan(_ child: Int, to level: Int) -> (cost: Double, changes: [PlannedChange])? {
        guard level >= 1 else { return (0, []) }
        if let known = atLeast[child]?[level] { return known }
        let found: (cost: Double, changes: [PlannedChange])?
        let current = linked.childResults[child].standing.ordinal
        if current >= level {
            found = (0, [])
        } else if let exactly = exactPlans(child) {
            found = exactly[(level - 1)...].compactMap { $0 }.min { $0.cost < $1.cost }
        } else {
            let outcome = scheme.cheapestPlan(
                for: linked.children[child], target: level, costs: costs, subordinates: nil)
            found = outcome.cost.map { ($0, outcome.changes) }
            isProvedOptimal = isProvedOptimal && outcome.isProvedOptimal
        }
        atLeast[child, default: [:]][level] = found
        return found
    }
}
