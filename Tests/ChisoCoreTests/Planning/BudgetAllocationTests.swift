import ChisoCore
import Testing

/// Budget allocation against brute force over every choice on small instances.
@Suite struct BudgetAllocationTests {
    static func randomOptions(seed: UInt64) -> ([[(gain: Int, cost: Double)]], Double) {
        var random = SplitMix64(seed: seed)
        let units = Int.random(in: 1...5, using: &random)
        let options = (0..<units).map { _ -> [(gain: Int, cost: Double)] in
            var cost = 0.0
            return (0..<Int.random(in: 0...3, using: &random)).map { offset in
                let gain = offset + 1
                cost += Double(Int.random(in: 0...20, using: &random))
                return (gain, cost)
            }
        }
        return (options, Double(Int.random(in: 0...60, using: &random)))
    }

    @Test(arguments: 0..<200)
    func mostClassesGainedIsOptimal(seed: Int) {
        let (options, budget) = Self.randomOptions(seed: UInt64(seed))
        let result = BudgetAllocation.mostClassesGained(options: options, budget: budget)
        // Brute force: every unit takes one of its options or none.
        var best = 0
        var choice = [Int](repeating: -1, count: options.count)
        while true {
            var gain = 0
            var cost = 0.0
            for (unit, index) in choice.enumerated() where index >= 0 {
                gain += options[unit][index].gain
                cost += options[unit][index].cost
            }
            if cost <= budget { best = max(best, gain) }
            var position = 0
            while position < choice.count {
                choice[position] += 1
                if choice[position] < options[position].count { break }
                choice[position] = -1
                position += 1
            }
            if position == choice.count { break }
        }
        #expect(result.gained == best, "seed \(seed)")
        // The choice it reports gains that much and stays within the budget.
        var gained = 0
        for (unit, index) in result.choice.enumerated() { gained += index.map { options[unit][$0].gain } ?? 0 }
        #expect(gained == result.gained)
        #expect(result.spent <= budget + 1e-9)
    }

    @Test func mostUnitsFundsTheCheapest() {
        let result = BudgetAllocation.mostUnits(costs: [30, nil, 10, 25, 0], budget: 40)
        #expect(result.funded == [false, false, true, true, true])
        #expect(result.spent == 35)
    }
}
