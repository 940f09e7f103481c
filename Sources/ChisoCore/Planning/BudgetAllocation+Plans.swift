extension BudgetAllocation {
    /// The plans a budget funds when it buys the most classes: for each unit a ladder of plans, one to every class
    /// above its own; then the allocation that gains the most classes in all (for one unit: the highest class the
    /// budget reaches). A funded unit gets the plan of the rung chosen, an unfunded one its first rung (or its plan
    /// to the next class, at the top class).
    ///
    /// - Parameters:
    ///   - current: Each unit's class now.
    ///   - top: The highest class.
    ///   - budget: The budget.
    ///   - plan: The plan of unit *u* (an index into `current`) to a class.
    /// - Returns: One plan per unit, in order, each marked funded or not.
    /// - Complexity: O(*n* × *c*) plans for *n* units and *c* classes, then ``mostClassesGained(options:budget:)``.
    public static func fundingMostClasses(
        current: [Int], top: Int, budget: Double, plan: (_ unit: Int, _ target: Int) -> UnitPlan
    ) -> [UnitPlan] {
        let ladders = current.enumerated().map { unit, now -> [UnitPlan] in
            now < top ? (now + 1...top).map { plan(unit, $0) } : []
        }
        let reachable = ladders.map { ladder in ladder.filter { $0.totalCost != nil } }
        let options = reachable.map { ladder in
            ladder.compactMap { plan in plan.totalCost.map { (gain: plan.target - plan.current, cost: $0) } }
        }
        let allocation = mostClassesGained(options: options, budget: budget)
        return current.indices.map { unit in
            guard let chosen = allocation.choice[unit] else {
                var unfunded = ladders[unit].first ?? plan(unit, min(current[unit] + 1, top))
                unfunded.funded = false
                return unfunded
            }
            var funded = reachable[unit][chosen]
            funded.funded = true
            return funded
        }
    }

    /// The plans a budget funds when it buys the most units at their targets, cheapest first; a plan that costs
    /// nothing (the unit is already there) is neither funded nor unfunded.
    ///
    /// - Parameters:
    ///   - plans: One plan per unit.
    ///   - budget: The budget.
    /// - Returns: The plans, each that costs something marked funded or not.
    /// - Complexity: O(*n* log *n*).
    public static func fundingMostUnits(_ plans: [UnitPlan], budget: Double) -> [UnitPlan] {
        let allocation = mostUnits(costs: plans.map { $0.outcome.cost == 0 ? nil : $0.totalCost }, budget: budget)
        var plans = plans
        for index in plans.indices where plans[index].outcome.cost != 0 {
            plans[index].funded = allocation.funded[index]
        }
        return plans
    }
}
