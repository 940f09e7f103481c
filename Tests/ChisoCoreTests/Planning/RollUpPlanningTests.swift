import ChisoCore
import Testing

/// District plans that change the district and its communes together, against exhaustive search over every choice
/// of level for every commune (each commune's cheapest plan to a level is proved optimal in `LevelPlanningTests`)
/// and every value of the district's own criterion.
@Suite struct RollUpPlanningTests {
    static let qGrid: [Double] = [0, 10, 20, 30, 50, 100]

    static func randomCase(seed: UInt64, communes count: Int) -> (LinkedScoring, CostModel, CostModel) {
        var random = SplitMix64(seed: seed)
        let district = Assessment(
            unit: Toy.unit("D1"), values: [qGrid[Int.random(in: 0..<qGrid.count, using: &random)]])
        let communes = (0..<count).map { index -> Assessment in
            let (assessment, _) = LevelPlanningTests.randomCase(seed: seed * 31 + UInt64(index))
            var unit = assessment.unit
            unit.id = "C\(index)"
            unit.parentID = "D1"
            return Assessment(unit: unit, values: assessment.values)
        }
        let linked = LinkedScoring(parents: [district], scheme: Toy.parent, children: communes, scheme: Toy.scheme)
        let districtCosts = CostModel(defaults: [
            0: CostModel.Rate(perUnit: Double(Int.random(in: 1...5, using: &random)), fixed: 3)
        ])
        let (_, communeCosts) = LevelPlanningTests.randomCase(seed: seed + 77)
        return (linked, districtCosts, communeCosts)
    }

    static func exhaustive(_ linked: LinkedScoring, target: Int, costs: CostModel, childCosts: CostModel) -> Double? {
        let plans = linked.children.map { child in
            (0...3).map { level -> PlanOutcome? in
                level == 0
                    ? .alreadyThere(0)
                    : Toy.scheme.cheapestPlan(for: child, target: level, costs: childCosts, subordinates: nil)
            }
        }
        var best: Double?
        var choice = [Int](repeating: 0, count: plans.count)
        while true {
            var scenario = linked
            var cost = 0.0
            var allowed = true
            for (child, level) in choice.enumerated() {
                guard let outcome = plans[child][level], let step = outcome.cost else {
                    allowed = false
                    break
                }
                cost += step
                var assessment = linked.children[child]
                for change in outcome.changes { assessment.values[change.measure] = change.to }
                scenario.replaceChild(at: child, with: assessment)
            }
            if allowed {
                let now = linked.parents[0].values[0]
                for q in [now] + qGrid.filter({ value in now.map { value > $0 } ?? true }).map({ $0 }) {
                    var district = linked.parents[0]
                    var extra = 0.0
                    if q != now {
                        guard let step = CostModel.cost(from: now, to: q ?? 0, rate: costs.rate(unit: "D1", measure: 0))
                        else { continue }
                        extra = step
                        district.values[0] = q
                    }
                    var withDistrict = scenario
                    withDistrict.replaceParent(at: 0, with: district)
                    if withDistrict.parentResults[0].standing.ordinal >= target,
                        best.map({ cost + extra < $0 - 1e-9 }) ?? true
                    {
                        best = cost + extra
                    }
                }
            }
            var position = 0
            while position < choice.count {
                choice[position] += 1
                if choice[position] <= 3 { break }
                choice[position] = 0
                position += 1
            }
            if position == choice.count { break }
        }
        return best
    }

    @Test(arguments: 0..<25)
    func districtPlansAreOptimal(seed: Int) {
        let (linked, costs, childCosts) = Self.randomCase(seed: UInt64(seed), communes: 1 + seed % 4)
        let now = linked.parentResults[0].standing.ordinal
        for target in 1...3 {
            let plan = linked.cheapestPlan(parent: 0, target: target, costs: costs, childCosts: childCosts)
            let expected =
                target <= now ? 0 : Self.exhaustive(linked, target: target, costs: costs, childCosts: childCosts)
            #expect(
                plan.cost.map { ($0 * 1000).rounded() } == expected.map { ($0 * 1000).rounded() },
                "seed \(seed) → \(target): \(plan)")
            if case .plan(_, _, let reaches) = plan.outcome { #expect(reaches >= target) }
        }
    }

    /// Hand-checked: four communes at level 1, two of them one change away from level 2: exactly half at 2 lifts the
    /// district to 2; a district with no communes cannot be planned there.
    @Test func exactlyHalfIsEnough() {
        let communes = (0..<4).map { index in
            Assessment(unit: Toy.unit("C\(index)", parent: "D1"), values: [55, index < 2 ? 0 : 1, 1, nil])
        }
        let linked = LinkedScoring(
            parents: [Assessment(unit: Toy.unit("D1"), values: [30])], scheme: Toy.parent, children: communes,
            scheme: Toy.scheme)
        #expect(linked.parentResults[0].standing.ordinal == 1)
        let childCosts = CostModel(defaults: [0: CostModel.Rate(perUnit: 1), 1: CostModel.Rate(fixed: 100)])
        let plan = linked.cheapestPlan(parent: 0, target: 2, costs: CostModel(), childCosts: childCosts)
        // C2 and C3 already answer yes: 5 points of P each (55 → 60) bring them to level 2; C0, C1 stay.
        #expect(plan.cost == 10)
        #expect(Set(plan.childChanges.keys) == [2, 3])
        let empty = LinkedScoring(
            parents: [Assessment(unit: Toy.unit("D2"), values: [30])], scheme: Toy.parent, children: [],
            scheme: Toy.scheme)
        #expect(empty.cheapestPlan(parent: 0, target: 1, costs: CostModel(), childCosts: childCosts).cost == nil)
        // A commune that cannot reach L − 1 (its P cannot change, and it is below level 1) blocks the district.
        let stuck = LinkedScoring(
            parents: [Assessment(unit: Toy.unit("D3"), values: [30])], scheme: Toy.parent,
            children: [Assessment(unit: Toy.unit("C9", parent: "D3"), values: [40, 1, 1, nil])], scheme: Toy.scheme)
        let blocked = stuck.cheapestPlan(
            parent: 0, target: 1, costs: CostModel(), childCosts: CostModel(defaults: [1: CostModel.Rate(fixed: 1)]))
        #expect(blocked.cost == nil)
        #expect(blocked.outcome == .unreachable([PlanOutcome.Obstacle(condition: 0, reason: .subordinates)]))
    }
}
