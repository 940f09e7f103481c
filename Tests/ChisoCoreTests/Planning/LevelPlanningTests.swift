import ChisoCore
import Testing

/// The level planner against exhaustive search: on small instances every combination of values on a grid that
/// holds every threshold is scored, and the cheapest that reaches the target must cost what the planner says.
@Suite struct LevelPlanningTests {
    /// Values for P (percent), Y (yes/no), C (count), C.share (percent): a grid that holds every threshold.
    static let grid: [[Double]] = [
        [0, 10, 20, 30, 40, 50, 55, 60, 65, 70, 80, 90, 100], [0, 1], [0, 1, 2, 3, 4, 5, 6], [0, 50, 90, 99, 100],
    ]

    static func exhaustive(_ scheme: LevelScheme, _ assessment: Assessment, target: Int, costs: CostModel) -> Double? {
        // Each measure as it is (missing stays missing), or any grid value above it.
        let options = (0..<4).map { measure -> [Double?] in
            let now = assessment.values[measure]
            return [now] + grid[measure].filter { value in now.map { value > $0 } ?? true }.map { $0 }
        }
        var best: Double?
        for p in options[0] {
            for y in options[1] {
                for c in options[2] {
                    for share in options[3] {
                        let candidate = [p, y, c, share]
                        var cost = 0.0
                        var allowed = true
                        for (measure, value) in candidate.enumerated() where value != assessment.values[measure] {
                            guard let value,
                                let step = CostModel.cost(
                                    from: assessment.values[measure], to: value,
                                    rate: costs.rate(unit: assessment.unit.id, measure: measure))
                            else {
                                allowed = false
                                break
                            }
                            cost += step
                        }
                        guard allowed else { continue }
                        let reached = scheme.score(Assessment(unit: assessment.unit, values: candidate))
                        if reached.standing.ordinal >= target, best.map({ cost < $0 }) ?? true { best = cost }
                    }
                }
            }
        }
        return best
    }

    static func randomCase(seed: UInt64) -> (Assessment, CostModel) {
        var random = SplitMix64(seed: seed)
        let values: [Double?] = (0..<4).map { measure in
            let choices = grid[measure]
            return Int.random(in: 0..<10, using: &random) == 0
                ? nil : choices[Int.random(in: 0..<choices.count, using: &random)]
        }
        var rates: [Int: CostModel.Rate] = [:]
        for measure in 0..<4 where Int.random(in: 0..<8, using: &random) > 0 {
            let maximum: Double? =
                Int.random(in: 0..<5, using: &random) == 0 ? grid[measure].randomElement(using: &random) : nil
            rates[measure] = CostModel.Rate(
                perUnit: Double(Int.random(in: 0...20, using: &random)),
                fixed: Double(Int.random(in: 0...50, using: &random)),
                maximum: maximum)
        }
        return (Assessment(unit: UnitInfo(id: "U\(seed)"), values: values), CostModel(defaults: rates))
    }

    @Test(arguments: 0..<60)
    func perLevelPlansAreOptimal(seed: Int) {
        checkOptimal(Toy.scheme, seed: UInt64(seed))
    }

    @Test(arguments: 0..<60)
    func cumulativePlansAreOptimal(seed: Int) {
        checkOptimal(Toy.cumulative, seed: UInt64(seed) + 1000)
    }

    func checkOptimal(_ scheme: LevelScheme, seed: UInt64) {
        let (assessment, costs) = Self.randomCase(seed: seed)
        let current = scheme.score(assessment).standing.ordinal
        for target in 1...3 {
            let outcome = scheme.cheapestPlan(for: assessment, target: target, costs: costs, subordinates: nil)
            let expected = target <= current ? 0 : Self.exhaustive(scheme, assessment, target: target, costs: costs)
            #expect(
                outcome.cost.map { ($0 * 1000).rounded() } == expected.map { ($0 * 1000).rounded() },
                "seed \(seed) target \(target): \(outcome)")
            // The plan applied reaches what it promised, and at least the target.
            if case .plan(let changes, let cost, let reaches) = outcome {
                var values = assessment.values
                for change in changes { values[change.measure] = change.to }
                let after = scheme.score(Assessment(unit: assessment.unit, values: values)).standing.ordinal
                #expect(after == reaches)
                #expect(after >= target)
                #expect(abs(changes.map(\.cost).reduce(0, +) - cost) < 1e-9)
            }
        }
    }

    /// Decision 2361's per-level rule makes a higher level cheaper here: C's share of 100% meets level 3, where
    /// level 2 would need a count of 1 that costs more.
    @Test func aHigherLevelCanBeCheaper() {
        let assessment = Assessment(unit: Toy.unit(), values: [70, 1, 0, 90])
        let costs = CostModel(defaults: [2: CostModel.Rate(fixed: 100), 3: CostModel.Rate(perUnit: 1)])
        let outcome = Toy.scheme.cheapestPlan(for: assessment, target: 2, costs: costs, subordinates: nil)
        #expect(
            outcome == .plan(changes: [PlannedChange(measure: 3, from: 90, to: 100, cost: 10)], cost: 10, reaches: 3))
        let cumulative = Toy.cumulative.cheapestPlan(for: assessment, target: 2, costs: costs, subordinates: nil)
        #expect(cumulative.cost == 100)
    }

    @Test func aUnitAtItsTargetNeedsNothingAndAnUncostedCriterionIsAnObstacle() {
        let there = Toy.scheme.cheapestPlan(
            for: Assessment(unit: Toy.unit(), values: [70, 1, 3, nil]), target: 2, costs: CostModel(), subordinates: nil
        )
        #expect(there == .alreadyThere(3))
        #expect(there.cost == 0)
        let blocked = Toy.scheme.cheapestPlan(
            for: Assessment(unit: Toy.unit(), values: [40, 1, 3, nil]), target: 1, costs: CostModel(), subordinates: nil
        )
        #expect(blocked == .unreachable([PlanOutcome.Obstacle(condition: 0, reason: .noCost(measure: 0))]))
        let capped = Toy.scheme.cheapestPlan(
            for: Assessment(unit: Toy.unit(), values: [40, 1, 3, nil]), target: 1,
            costs: CostModel(defaults: [0: CostModel.Rate(perUnit: 1, maximum: 45)]), subordinates: nil)
        #expect(
            capped
                == .unreachable([
                    PlanOutcome.Obstacle(condition: 0, reason: .capped(measure: 0, maximum: 45, needed: 50))
                ]))
    }

    @Test(arguments: 0..<30)
    func aCheaperCostModelNeverGivesADearerPlan(seed: Int) {
        let (assessment, costs) = Self.randomCase(seed: UInt64(seed) + 5000)
        var cheaper = costs
        for (measure, rate) in costs.defaults {
            cheaper.defaults[measure] = CostModel.Rate(
                perUnit: rate.perUnit / 2, fixed: rate.fixed / 2, maximum: rate.maximum)
        }
        for target in 1...3 {
            let dear = Toy.scheme.cheapestPlan(for: assessment, target: target, costs: costs, subordinates: nil).cost
            let cheap = Toy.scheme.cheapestPlan(for: assessment, target: target, costs: cheaper, subordinates: nil).cost
            if let dear { #expect((cheap ?? .infinity) <= dear + 1e-9) }
        }
    }
}
