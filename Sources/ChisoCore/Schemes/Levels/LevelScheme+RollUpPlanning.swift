extension LevelScheme {
    /// The cheapest changes to a district's own criteria and to its communes that bring it to `target` or above,
    /// exactly: for each level *L* the rule allows, the district's own requirements of *L*, every commune to at least
    /// the level the roll-up asks of all (*L* − 1), and the ⌈share⌉ communes cheapest to bring to *L* (exactly half
    /// is enough for 50%). Communes are independent given their level, so choosing the communes whose extra cost
    /// from *L* − 1 to *L* is least is optimal. Communes may use any planning scheme; a level scheme without a
    /// roll-up criterion, or whose communes cannot be planned, plans the district alone.
    ///
    /// - Parameters:
    ///   - parent: The district, by index in ``LinkedScoring/parents``.
    ///   - linked: The districts and their communes, scored.
    ///   - target: The level wanted.
    ///   - costs: What the district's own changes cost.
    ///   - childCosts: What the communes' changes cost.
    /// - Returns: The plan, or why there is none.
    public func cheapestPlan(
        forParent parent: Int, in linked: LinkedScoring, target: Int, costs: CostModel, childCosts: CostModel
    ) -> RollUpPlan {
        let result = linked.parentResults[parent]
        guard let childPlanner = linked.childScheme as? any PlanningScheme,
            let rollUp = conditions.firstIndex(where: { $0.tags.contains(.rollUp) })
        else {
            return linked.plannedAlone(self, parent: parent, target: target, costs: costs)
        }
        guard target > result.standing.ordinal else {
            return RollUpPlan(outcome: .alreadyThere(result.standing.ordinal), childChanges: [:])
        }
        guard target <= levels.count else { return RollUpPlan(outcome: .unreachable([]), childChanges: [:]) }
        var best: RollUpPlan?
        var firstObstacles: [PlanOutcome.Obstacle] = []
        var memo = ChildPlans(scheme: childPlanner, linked: linked, costs: childCosts)
        let reachable = rule == .perLevel ? Array(target...levels.count) : [target]
        // The district's own requirements are planned as if the roll-up held; the communes then make it hold.
        let held = ChildLevelSummary(levels: [levels.count], maximumLevel: levels.count)
        for level in reachable {
            let required = rule == .perLevel ? [level] : Array(1...level)
            var obstacles: [PlanOutcome.Obstacle] = []
            var own: (cost: Double, values: [Double?], changes: [PlannedChange])?
            switch cheapestChanges(
                for: linked.parents[parent], levels: required, costs: costs, subordinates: held, now: result)
            {
            case .success(let found): own = found
            case .failure(let blocked): obstacles += blocked.obstacles
            }
            var children: [Int: [PlannedChange]] = [:]
            var childCost = 0.0
            if case .subordinates(let rule) = requirement(of: rollUp, forClass: level) {
                switch linked.childPlan(parent: parent, rule: rule, plans: &memo) {
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
        guard let best else { return RollUpPlan(outcome: .unreachable(firstObstacles), childChanges: [:]) }
        return linked.settled(best, parent: parent, isProvedOptimal: memo.isProvedOptimal)
    }

    /// Under the per-level rule, the cheapest plans to stand at exactly each level above the unit's own (a unit
    /// stands at a level by meeting that level's criteria alone); `nil` under the cumulative rule.
    public func cheapestPlansToEachClass(
        for assessment: Assessment, now: UnitResult, costs: CostModel
    ) -> [(cost: Double, changes: [PlannedChange])?]? {
        guard rule == .perLevel else { return nil }
        let current = now.standing.ordinal
        // Only levels above the unit's own are ever asked for: it already stands at the others.
        return (1...max(levels.count, 1)).map { standing in
            guard standing > current, standing <= levels.count else { return nil }
            switch cheapestChanges(for: assessment, levels: [standing], costs: costs, subordinates: nil, now: now) {
            case .success(let plan): return (plan.cost, plan.changes)
            case .failure: return nil
            }
        }
    }
}
