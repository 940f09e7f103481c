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
    /// The cheapest changes to a district's own criteria and to its communes that bring it to `target` or above,
    /// exactly: for each level *L* the rule allows, the district's own requirements of *L*, every commune to at least
    /// the level the roll-up asks of all (*L* − 1), and the ⌈share⌉ communes cheapest to bring to *L* (exactly half
    /// is enough for 50%). Communes are independent given their level, so choosing the communes whose extra cost
    /// from *L* − 1 to *L* is least is optimal.
    ///
    /// - Parameters:
    ///   - parent: The district, by index in ``parents``.
    ///   - target: The level wanted.
    ///   - costs: What the district's own changes cost.
    ///   - childCosts: What the communes' changes cost.
    /// - Returns: The plan, or why there is none. Works for a level scheme of parents and a planning scheme of
    ///   children; otherwise the parent is planned alone.
    public func cheapestPlan(parent: Int, target: Int, costs: CostModel, childCosts: CostModel) -> RollUpPlan {
        let result = parentResults[parent]
        guard let scheme = parentScheme as? LevelScheme, let childPlanner = childScheme as? any PlanningScheme,
            let rollUp = scheme.conditions.firstIndex(where: { $0.tags.contains(.rollUp) })
        else {
            let planner = parentScheme as? any PlanningScheme
            let outcome =
                planner?.cheapestPlan(
                    for: parents[parent], target: target, costs: costs, subordinates: summary(of: parent))
                ?? .unreachable([])
            return RollUpPlan(outcome: outcome, childChanges: [:])
        }
        guard target > result.standing.ordinal else {
            return RollUpPlan(outcome: .alreadyThere(result.standing.ordinal), childChanges: [:])
        }
        guard target <= scheme.levels.count else { return RollUpPlan(outcome: .unreachable([]), childChanges: [:]) }
        var best: RollUpPlan?
        var firstObstacles: [PlanOutcome.Obstacle] = []
        var memo = ChildPlans(scheme: childPlanner, linked: self, costs: childCosts)
        let levels = scheme.rule == .perLevel ? Array(target...scheme.levels.count) : [target]
        // The district's own requirements are planned as if the roll-up held; the communes then make it hold.
        let held = ChildLevelSummary(levels: [scheme.levels.count], maximumLevel: scheme.levels.count)
        for level in levels {
            let required = scheme.rule == .perLevel ? [level] : Array(1...level)
            var obstacles: [PlanOutcome.Obstacle] = []
            var own: (cost: Double, values: [Double?], changes: [PlannedChange])?
            switch scheme.cheapestChanges(
                for: parents[parent], levels: required, costs: costs, subordinates: held, now: result)
            {
            case .success(let found): own = found
            case .failure(let blocked): obstacles += blocked.obstacles
            }
            var children: [Int: [PlannedChange]] = [:]
            var childCost = 0.0
            if case .subordinates(let rule) = scheme.requirement(of: rollUp, forClass: level) {
                switch childPlan(parent: parent, rule: rule, plans: &memo) {
                case .success(let found):
                    children = found.changes
                    childCost = found.cost
                case .failure:
                    obstacles.append(PlanOutcome.Obstacle(condition: rollUp, reason: .subordinates))
                }
            }
            guard let own, obstacles.isEmpty else {
                if level == target { firstObstacles = obstacles }
                continue
            }
            let total = own.cost + childCost
            if best.flatMap(\.cost).map({ total < $0 - 1e-9 }) ?? true {
                best = RollUpPlan(
                    outcome: .plan(changes: own.changes, cost: own.cost, reaches: level), childChanges: children)
            }
        }
        guard var best else { return RollUpPlan(outcome: .unreachable(firstObstacles), childChanges: [:]) }
        // The level actually reached, with the communes' changes applied: rescore only this district's communes.
        if case .plan(let changes, let cost, _) = best.outcome {
            var summary = ChildLevelSummary(maximumLevel: childScheme.classes.count)
            for child in childrenOfParent[parent] {
                guard let childChanges = best.childChanges[child] else {
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
            best.outcome =
                memo.isProvedOptimal
                ? .plan(changes: changes, cost: cost, reaches: reached)
                : .bestFound(changes: changes, cost: cost, reaches: reached)
        }
        return best
    }

    /// The cheapest changes to a district's communes that make a roll-up rule hold.
    private func childPlan(
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

    /// The cheapest plan that brings a commune to `level` or above.
    mutating func plan(_ child: Int, to level: Int) -> (cost: Double, changes: [PlannedChange])? {
        guard level >= 1 else { return (0, []) }
        if let known = atLeast[child]?[level] { return known }
        let found: (cost: Double, changes: [PlannedChange])?
        let current = linked.childResults[child].standing.ordinal
        if current >= level {
            found = (0, [])
        } else if let levels = scheme as? LevelScheme, levels.rule == .perLevel {
            if exact[child] == nil {
                // Only levels above the commune's own are ever asked for: it already stands at the others.
                exact[child] = (1...max(levels.levels.count, 1)).map { standing in
                    guard standing > current, standing <= levels.levels.count else { return nil }
                    switch levels.cheapestChanges(
                        for: linked.children[child], levels: [standing], costs: costs, subordinates: nil,
                        now: linked.childResults[child])
                    {
                    case .success(let plan): return (plan.cost, plan.changes)
                    case .failure: return nil
                    }
                }
            }
            found = exact[child]?[(level - 1)...].compactMap { $0 }.min { $0.cost < $1.cost }
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
