import ChisoCore
import Testing

/// The plans a budget funds: a ladder of plans per unit (one to every class above its own) under the most classes
/// gained, and one plan per unit under the most units at their targets.
@Suite struct BudgetLadderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var current: [Int]
        /// Per unit, the cost to each class (`nil`: unreachable).
        var costs: [[Int: Double?]]
        var budget: Double
        var targets: [Int]
        var funded: [Bool]
        var testDescription: String { "\(current) within \(budget)" }
    }

    static let cases = [
        // 8 + 4 buys three classes: unit 0 two, unit 1 one.
        Case(
            current: [0, 1], costs: [[1: 5, 2: 8, 3: 20], [2: 4, 3: 30]], budget: 12, targets: [2, 2],
            funded: [true, true]),
        // Only unit 1's first rung fits; unit 0 is shown at its first rung, unfunded.
        Case(
            current: [0, 1], costs: [[1: 5, 2: 8, 3: 20], [2: 4, 3: 30]], budget: 4, targets: [1, 2],
            funded: [false, true]),
        // An unreachable rung is skipped: the rung chosen is the reachable one.
        Case(current: [0], costs: [[1: nil, 2: 6, 3: nil]], budget: 6, targets: [2], funded: [true]),
        // A unit at the top class has no ladder: its plan to the next class (itself), unfunded.
        Case(current: [3, 2], costs: [[:], [3: 1]], budget: 10, targets: [3, 3], funded: [false, true]),
    ]

    static func plan(unit: Int, current: Int, target: Int, cost: Double??) -> UnitPlan {
        let outcome: PlanOutcome =
            target <= current
            ? .alreadyThere(current)
            : (cost ?? nil).map { .plan(changes: [], cost: $0, reaches: target) } ?? .unreachable([])
        return UnitPlan(
            unit: UnitInfo(id: "U\(unit)"), current: current, target: target, outcome: outcome, missingChanged: [])
    }

    @Test(arguments: cases)
    func mostClasses(_ row: Case) {
        let plans = BudgetAllocation.fundingMostClasses(current: row.current, top: 3, budget: row.budget) {
            Self.plan(unit: $0, current: row.current[$0], target: $1, cost: row.costs[$0][$1])
        }
        #expect(plans.map(\.unit.id) == row.current.indices.map { "U\($0)" })
        #expect(plans.map(\.target) == row.targets)
        #expect(plans.map(\.funded) == row.funded)
    }

    /// Cheapest first: 3 fits, then 10 does not; a unit already there is neither funded nor unfunded.
    @Test func mostUnits() {
        let plans = [(1, 1, 0.0), (0, 2, 10), (0, 1, 3), (0, 2, nil)].enumerated().map { unit, plan in
            Self.plan(unit: unit, current: plan.0, target: plan.1, cost: plan.2)
        }
        let funded = BudgetAllocation.fundingMostUnits(plans, budget: 12)
        #expect(funded.map(\.funded) == [nil, false, true, false])
        #expect(funded.map(\.target) == plans.map(\.target))
    }
}
