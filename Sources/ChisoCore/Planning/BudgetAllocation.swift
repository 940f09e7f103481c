/// How far a budget goes across units, exactly.
public enum BudgetAllocation {
    /// The most units that can be funded: each unit's cost to reach its target (`nil` when it cannot), and the
    /// budget. Funding the cheapest first is optimal for a count.
    ///
    /// - Returns: Which units are funded, in input order, and what is spent.
    /// - Complexity: O(*n* log *n*).
    public static func mostUnits(costs: [Double?], budget: Double) -> (funded: [Bool], spent: Double) {
        var funded = [Bool](repeating: false, count: costs.count)
        var spent = 0.0
        let order = costs.indices.filter { costs[$0] != nil }.sorted { (costs[$0] ?? 0, $0) < (costs[$1] ?? 0, $1) }
        for unit in order {
            guard let cost = costs[unit], spent + cost <= budget + 1e-9 * max(1, budget) else { break }
            funded[unit] = true
            spent += cost
        }
        return (funded, spent)
    }

    /// The most classes gained in all within the budget: for each unit, its options (classes gained, cost), of
    /// which at most one is taken. Exact, by dynamic programming over the classes gained (few per unit), keeping
    /// the least cost of each total.
    ///
    /// - Parameters:
    ///   - options: For each unit, the ways to raise it: classes gained (1 or more) and the cost.
    ///   - budget: The budget.
    /// - Returns: For each unit the option taken (index into its options) or `nil`, the classes gained, the cost.
    /// - Complexity: O(*n* × *G* × *k*) for *n* units, *G* classes gained in all and *k* options per unit.
    public static func mostClassesGained(options: [[(gain: Int, cost: Double)]], budget: Double) -> (
        choice: [Int?], gained: Int, spent: Double
    ) {
        let most = options.reduce(0) { $0 + ($1.map(\.gain).max() ?? 0) }
        // least[g]: the least cost of gaining g classes with the units so far; taken[u][g]: the option unit u took.
        var least = [Double](repeating: .infinity, count: most + 1)
        least[0] = 0
        var taken: [[Int8]] = []
        for unitOptions in options {
            var next = least
            var choice = [Int8](repeating: -1, count: most + 1)
            for gained in 0...most where least[gained] < .infinity {
                for (index, option) in unitOptions.enumerated() where gained + option.gain <= most {
                    let cost = least[gained] + option.cost
                    if cost < next[gained + option.gain] - 1e-12 {
                        next[gained + option.gain] = cost
                        choice[gained + option.gain] = Int8(index)
                    }
                }
            }
            least = next
            taken.append(choice)
        }
        let tolerance = 1e-9 * max(1, budget)
        let best = (0...most).last { least[$0] <= budget + tolerance } ?? 0
        // Walk back: a unit took an option at a total exactly when that option improved the total.
        var choice = [Int?](repeating: nil, count: options.count)
        var remaining = best
        for unit in options.indices.reversed() {
            let index = Int(taken[unit][remaining])
            guard index >= 0 else { continue }
            choice[unit] = index
            remaining -= options[unit][index].gain
        }
        let spent = options.indices.reduce(0.0) { sum, unit in
            sum + (choice[unit].map { options[unit][$0].cost } ?? 0)
        }
        return (choice, best, spent)
    }
}
