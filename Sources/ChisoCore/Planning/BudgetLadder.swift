/// What a growing budget buys when it funds the cheapest plans first: one step per unit funded, each step the unit
/// it adds and the total spent so far. At any budget the steps within it are exactly the units
/// ``BudgetAllocation/mostUnits(costs:budget:)`` funds (the same order: cheapest first, ties in input order), so the
/// ladder read at a plan's budget agrees with the plan's own funded units.
package struct BudgetLadder: Sendable, Equatable {
    /// One unit funded.
    package struct Step: Sendable, Equatable {
        /// The unit added at this step: its position in the costs given.
        package var unit: Int
        /// What the unit's plan costs.
        package var cost: Double
        /// What the steps up to and including this one cost in all.
        package var cumulative: Double
    }

    /// The steps, cheapest first; a unit that cannot be funded (`nil` cost) or needs nothing (cost 0) has none.
    package private(set) var steps: [Step]

    /// The ladder of `costs`: each unit's cost to its target, `nil` when it cannot reach it. A unit whose plan costs
    /// nothing is already there and takes no step.
    ///
    /// - Complexity: O(*n* log *n*) for *n* units.
    package init(costs: [Double?]) {
        let order = costs.indices.filter { (costs[$0] ?? 0) > 0 }.sorted {
            (costs[$0] ?? 0, $0) < (costs[$1] ?? 0, $1)
        }
        var spent = 0.0
        steps = order.map { unit in
            let cost = costs[unit] ?? 0
            spent += cost
            return Step(unit: unit, cost: cost, cumulative: spent)
        }
        checkInvariants()
    }

    /// How many steps `budget` funds: the steps whose cumulative cost is within it (with the tolerance of
    /// ``BudgetAllocation/mostUnits(costs:budget:)``).
    ///
    /// - Complexity: O(log *n*).
    package func funded(within budget: Double) -> Int {
        let limit = budget + 1e-9 * max(1, budget)
        var (low, high) = (0, steps.count)
        while low < high {
            let middle = (low + high) / 2
            if steps[middle].cumulative <= limit { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// What more than `budget` it takes to fund every step; 0 when the budget funds them all.
    package func shortfall(of budget: Double) -> Double {
        max(0, (steps.last?.cumulative ?? 0) - budget)
    }

    /// The steps a table shows (indices into ``steps``, in order), so that a ladder of thousands stays readable:
    /// every step up to the `funded`-th and `beyond` more, and the last step (the one that funds all). When more
    /// than `limit` steps come before the budget's, the first `limit / 2` are shown, then round numbers of steps
    /// (1–2–5 × 10ⁿ), then the last `limit / 4` up to the budget's.
    ///
    /// - Parameters:
    ///   - funded: How many steps the budget funds (0 without a budget).
    ///   - beyond: How many steps after the budget's to show one by one.
    ///   - limit: The most steps to show one by one before the budget's.
    /// - Returns: The indices shown, and whether steps between them are left out.
    /// - Complexity: O(*r*) in the rows shown.
    package func shownSteps(funded: Int, beyond: Int = 5, limit: Int = 400) -> (indices: [Int], thinned: Bool) {
        guard !steps.isEmpty else { return ([], false) }
        let through = min(steps.count, max(funded, 0) + beyond)
        var shown: [Int]
        if funded <= limit {
            shown = Array(0..<through)
        } else {
            let head = limit / 2
            let tail = funded - limit / 4
            shown = Array(0..<head) + Self.roundCounts(above: head, below: tail).map { $0 - 1 } + Array(tail..<through)
        }
        if shown.last != steps.count - 1 { shown.append(steps.count - 1) }
        let thinned = zip(shown, shown.dropFirst()).contains { $1 - $0 > 1 }
        return (shown, thinned)
    }

    /// The round counts (1, 2, 5, 10, 20, 50, …) strictly between `low` and `high`.
    private static func roundCounts(above low: Int, below high: Int) -> [Int] {
        var counts: [Int] = []
        var scale = 1
        while scale <= high {
            for mark in [1, 2, 5] where mark * scale > low && mark * scale < high { counts.append(mark * scale) }
            guard scale <= Int.max / 10 else { break }
            scale *= 10
        }
        return counts
    }

    /// Checks, in debug builds, that the steps go cheapest first and add up.
    private func checkInvariants() {
        #if DEBUG
            var total = 0.0
            for (index, step) in steps.enumerated() {
                total += step.cost
                assert(step.cost > 0 && step.cumulative == total, "step \(index) does not add up")
                assert(index == 0 || steps[index - 1].cost <= step.cost, "step \(index) is not cheapest first")
            }
        #endif
    }
}
