import ChisoCore
import Testing

/// The ladder of what a growing budget buys: cheapest first, agreeing at every budget with the units
/// ``BudgetAllocation/mostUnits(costs:budget:)`` funds, and shown in full up to the budget.
@Suite struct BudgetLadderStepsTests {
    @Test func stepsGoCheapestFirstAndAddUp() {
        // Unit 1 needs nothing and unit 3 cannot be funded: neither takes a step; the tie 4 = 4 keeps input order.
        let ladder = BudgetLadder(costs: [4, 0, 1.5, nil, 4, 10])
        #expect(ladder.steps.map(\.unit) == [2, 0, 4, 5])
        #expect(ladder.steps.map(\.cumulative) == [1.5, 5.5, 9.5, 19.5])
        #expect(ladder.funded(within: 0) == 0)
        #expect(ladder.funded(within: 9.5) == 3)
        #expect(ladder.funded(within: 9.49) == 2)
        #expect(ladder.funded(within: 100) == 4)
        #expect(ladder.shortfall(of: 9.5) == 10)
        #expect(ladder.shortfall(of: 100) == 0)
    }

    /// At every budget the ladder funds exactly the units the allocation funds.
    @Test(arguments: 0..<200)
    func agreesWithTheAllocation(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        let costs: [Double?] = (0..<Int.random(in: 0...12, using: &random)).map { _ in
            Int.random(in: 0...5, using: &random) == 0 ? nil : Double(Int.random(in: 0...20, using: &random))
        }
        let budget = Double(Int.random(in: 0...120, using: &random))
        let ladder = BudgetLadder(costs: costs)
        let allocation = BudgetAllocation.mostUnits(costs: costs.map { $0 == 0 ? nil : $0 }, budget: budget)
        let funded = ladder.steps.prefix(ladder.funded(within: budget)).map(\.unit)
        #expect(Set(funded) == Set(allocation.funded.indices.filter { allocation.funded[$0] }))
        #expect((ladder.steps.prefix(funded.count).last?.cumulative ?? 0) == allocation.spent)
    }

    struct Shown: Sendable, CustomTestStringConvertible {
        var steps: Int
        var funded: Int
        var limit: Int
        var indices: [Int]
        var thinned: Bool
        var testDescription: String { "\(steps) steps, \(funded) funded" }
    }

    static let shown = [
        // Every step up to the budget's, five more, and the last.
        Shown(steps: 20, funded: 3, limit: 400, indices: [0, 1, 2, 3, 4, 5, 6, 7, 19], thinned: true),
        // Near the end: nothing left out.
        Shown(steps: 6, funded: 3, limit: 400, indices: [0, 1, 2, 3, 4, 5], thinned: false),
        // Without a budget: five steps and the last.
        Shown(steps: 9, funded: 0, limit: 400, indices: [0, 1, 2, 3, 4, 8], thinned: true),
        // More steps before the budget's than the limit: the first half, round counts, the last quarter.
        Shown(
            steps: 100, funded: 40, limit: 8, indices: [0, 1, 2, 3, 4, 9, 19, 38, 39, 40, 41, 42, 43, 44, 99],
            thinned: true),
    ]

    @Test(arguments: shown)
    func longLaddersAreShownAroundTheBudget(_ row: Shown) {
        let ladder = BudgetLadder(costs: (0..<row.steps).map { Double($0 + 1) })
        let shown = ladder.shownSteps(funded: row.funded, limit: row.limit)
        #expect(shown.indices == row.indices)
        #expect(shown.thinned == row.thinned)
    }
}
