import ChisoCore
import Testing

/// The point planner against exhaustive search. Every point figure here (current points, thresholds, floors and
/// ranges) is a multiple of 0.25, so an optimal plan gains multiples of 0.25 too (the covering constraints are
/// nested, and the optimum of the continuous part lies at a vertex), and searching every value on that grid is
/// exhaustive.
@Suite struct PointPlanningTests {
    static func name(_ text: String) -> LocalizedText { LocalizedText(vi: text, en: text) }

    /// A (points, max 2), B (B1 ratio max 2, B2 proportional max 2, B3 yes/no max 2), C (steps max 3), D (linear
    /// max 2, 20 → 60): 13 points; three tiers with floors on B, B2 and C.
    static let scheme = PointScheme(
        roots: [
            PointNode(id: "A", name: name("A"), maximum: 2, rule: .points),
            PointNode(
                id: "B", name: name("B"), maximum: nil,
                children: [
                    PointNode(id: "B1", name: name("B1"), maximum: 2, rule: .ratio),
                    PointNode(id: "B2", name: name("B2"), maximum: 2, rule: .proportional),
                    PointNode(id: "B3", name: name("B3"), maximum: 2, rule: .yesNo),
                ]),
            PointNode(
                id: "C", name: name("C"), maximum: 3,
                rule: .steps([
                    LeafRule.Step(atLeast: 80, points: 3), LeafRule.Step(atLeast: 50, points: 2),
                    LeafRule.Step(atLeast: 20, points: 1),
                ])),
            PointNode(id: "D", name: name("D"), maximum: 2, rule: .linear(floor: 20, target: 60)),
        ],
        tiers: [
            Tier(name: name("III"), minimum: 4, floors: [Tier.Floor(node: "B", fraction: 0.25)]),
            Tier(name: name("II"), minimum: 7.5, floors: [Tier.Floor(node: "B2", fraction: 0.5)]),
            Tier(
                name: name("I"), minimum: 10.5,
                floors: [Tier.Floor(node: "B", fraction: 0.75), Tier.Floor(node: "C", fraction: 2.0 / 3)]),
        ]
    )

    /// Values of A, B1, B2, B3, C, D on the 0.25-point grid.
    static let grid: [[Double]] = [
        stride(from: 0, through: 2, by: 0.25).map { $0 }, stride(from: 0, through: 1, by: 0.125).map { $0 },
        stride(from: 0, through: 100, by: 12.5).map { $0 }, [0, 1], [0, 20, 50, 80],
        [0, 10] + stride(from: 20, through: 60, by: 5).map { $0 },
    ]

    static func exhaustive(_ assessment: Assessment, target: Int, costs: CostModel) -> Double? {
        exhaustive(assessment, costs: costs) { $0.standing.ordinal >= target }
    }

    /// The cheapest cost of any values on the grid whose result meets `goal`, by trying every combination.
    static func exhaustive(_ assessment: Assessment, costs: CostModel, goal: (UnitResult) -> Bool) -> Double? {
        let options = (0..<6).map { measure -> [Double?] in
            let now = assessment.values[measure]
            return [now] + grid[measure].filter { value in now.map { value > $0 } ?? true }.map { $0 }
        }
        var best: Double?
        var choice = [Int](repeating: 0, count: 6)
        while true {
            var values = assessment.values
            var cost = 0.0
            var allowed = true
            for measure in 0..<6 where choice[measure] > 0 {
                guard let value = options[measure][choice[measure]],
                    let step = CostModel.cost(
                        from: assessment.values[measure], to: value,
                        rate: costs.rate(unit: assessment.unit.id, measure: measure))
                else {
                    allowed = false
                    break
                }
                values[measure] = value
                cost += step
            }
            if allowed, best.map({ cost < $0 - 1e-9 }) ?? true,
                goal(scheme.score(Assessment(unit: assessment.unit, values: values)))
            {
                best = cost
            }
            var position = 0
            while position < 6 {
                choice[position] += 1
                if choice[position] < options[position].count { break }
                choice[position] = 0
                position += 1
            }
            if position == 6 { break }
        }
        return best
    }

    static func randomCase(seed: UInt64) -> (Assessment, CostModel) {
        var random = SplitMix64(seed: seed)
        let values: [Double?] = (0..<6).map { measure in
            Int.random(in: 0..<12, using: &random) == 0
                ? nil : grid[measure][Int.random(in: 0..<(grid[measure].count / 2 + 1), using: &random)]
        }
        var rates: [Int: CostModel.Rate] = [:]
        for measure in 0..<6 where Int.random(in: 0..<10, using: &random) > 0 {
            let cap: Double? =
                Int.random(in: 0..<5, using: &random) == 0 ? grid[measure].randomElement(using: &random) : nil
            rates[measure] = CostModel.Rate(
                perUnit: Double(Int.random(in: 0...8, using: &random)) / 4,
                fixed: Double(Int.random(in: 0...30, using: &random)), maximum: cap)
        }
        return (Assessment(unit: UnitInfo(id: "U\(seed)"), values: values), CostModel(defaults: rates))
    }

    @Test(arguments: 0..<30)
    func plansAreOptimal(seed: Int) {
        let (assessment, costs) = Self.randomCase(seed: UInt64(seed))
        let current = Self.scheme.score(assessment).standing.ordinal
        for target in 1...3 {
            let outcome = Self.scheme.cheapestPlan(for: assessment, target: target, costs: costs, subordinates: nil)
            let expected = target <= current ? 0 : Self.exhaustive(assessment, target: target, costs: costs)
            #expect(
                outcome.cost.map { ($0 * 1000).rounded() } == expected.map { ($0 * 1000).rounded() },
                "seed \(seed) target \(target): \(outcome)")
            if case .plan(let changes, let cost, let reaches) = outcome {
                var values = assessment.values
                for change in changes { values[change.measure] = change.to }
                let after = Self.scheme.score(Assessment(unit: assessment.unit, values: values)).standing.ordinal
                #expect(after == reaches)
                #expect(after >= target, "seed \(seed) target \(target)")
                #expect(abs(changes.map(\.cost).reduce(0, +) - cost) < 1e-6)
            }
        }
    }

    /// A one-off cost makes the cheapest points per point the wrong choice: fill from the leaf with no fixed cost.
    @Test func aFixedChargeIsNotSpreadGreedily() {
        let values: [Double?] = [0, 0.5, 50, 1, 80, 60]  // 0 + 1 + 1 + 2 + 3 + 2 = 9 points
        let costs = CostModel(defaults: [0: CostModel.Rate(perUnit: 1, fixed: 10), 1: CostModel.Rate(perUnit: 4)])
        // Tier I needs 10.5 points and B ≥ 4.5: B1 from 1 to 2 points (a ratio of 0.5 more, cost 2) makes B 5 and
        // the total 10; the last 0.5 point can only come from A, which pays its one-off cost.
        let outcome = Self.scheme.cheapestPlan(
            for: Assessment(unit: UnitInfo(id: "U"), values: values), target: 3, costs: costs, subordinates: nil)
        guard case .plan(let changes, _, let reaches) = outcome else {
            Issue.record("\(outcome)")
            return
        }
        #expect(reaches == 3)
        #expect(Set(changes.map(\.measure)) == [0, 1])
    }

    /// A strict minimum ("above") is met just above it, not at it.
    @Test func aStrictMinimumIsPassed() {
        let scheme = PointScheme(
            roots: [PointNode(id: "A", name: Self.name("A"), maximum: 10, rule: .points)],
            tiers: [Tier(name: Self.name("T"), minimum: 5, inclusive: false)])
        let outcome = scheme.cheapestPlan(
            for: Assessment(unit: UnitInfo(id: "U"), values: [3]), target: 1,
            costs: CostModel(defaults: [0: CostModel.Rate(perUnit: 1)]), subordinates: nil)
        guard case .plan(let changes, let cost, let reaches) = outcome else {
            Issue.record("\(outcome)")
            return
        }
        #expect(reaches == 1)
        #expect(changes.first?.to ?? 0 > 5)
        #expect(abs(cost - 2) < 1e-5)
    }

    /// The issue's case as a framework: thirty yes/no criteria of 10 to 40 points (even), a tier that needs an odd
    /// number of points, and costs within 0.1% of 1,000 a point. The plan is proved the cheapest and costs what a
    /// dynamic programme over whole points says.
    static func knapsackFramework() -> (PointScheme, Assessment, CostModel) {
        var random = SplitMix64(seed: 17)
        var rates: [Int: CostModel.Rate] = [:]
        var points: [Double] = []
        for leaf in 0..<30 {
            let worth = Double(2 * Int.random(in: 5...20, using: &random))
            points.append(worth)
            rates[leaf] = CostModel.Rate(perUnit: worth * 1000 + Double(Int.random(in: 0...9, using: &random)))
        }
        let total = points.reduce(0, +)
        let scheme = PointScheme(
            roots: points.indices.map {
                PointNode(id: "Y\($0)", name: name("Y\($0)"), maximum: points[$0], rule: .yesNo)
            },
            tiers: [Tier(name: name("T"), minimum: 2 * (total / 4).rounded() + 1)])
        let assessment = Assessment(unit: UnitInfo(id: "U"), values: [Double?](repeating: 0, count: 30))
        return (scheme, assessment, CostModel(defaults: rates))
    }

    @Test func aKnapsackFrameworkIsPlannedExactly() throws {
        let (scheme, assessment, costs) = Self.knapsackFramework()
        let outcome = scheme.cheapestPlan(for: assessment, target: 1, costs: costs, subordinates: nil)
        guard case .plan(let changes, let cost, let reaches) = outcome else {
            Issue.record("\(outcome)")
            return
        }
        #expect(reaches == 1)
        // A dynamic programme over whole points: the least cost of each number of points, the last "that many or
        // more".
        let need = Int(try #require(scheme.tiers.first).minimum)
        var least = [0] + [Double](repeating: .infinity, count: need)
        for (leaf, node) in scheme.roots.enumerated() {
            let worth = Int(node.maximum ?? 0)
            let price = costs.rate(unit: "U", measure: leaf)?.perUnit ?? .infinity
            var next = least
            for gained in least.indices where least[gained].isFinite {
                let reached = min(need, gained + worth)
                next[reached] = min(next[reached], least[gained] + price)
            }
            least = next
        }
        #expect(abs(cost - least[need]) < 1e-6, "\(cost) against \(least[need])")
        #expect(abs(changes.map(\.cost).reduce(0, +) - cost) < 1e-6)
    }

    /// With budgets too small for any method to finish, the plan still reaches the target and says that it may not
    /// be the cheapest.
    @Test func aPlanPastThePlannersBudgetSaysSo() {
        let (scheme, assessment, costs) = Self.knapsackFramework()
        let outcome = scheme.cheapestPlan(
            for: assessment, target: 1, costs: costs, subordinates: nil,
            budget: PointPlanner.Budget(firstSearch: 5, frontierWork: 5, lastSearch: 5))
        guard case .bestFound(let changes, let cost, let reaches) = outcome else {
            Issue.record("\(outcome)")
            return
        }
        #expect(!outcome.isProvedOptimal)
        #expect(outcome.cost == cost)
        var values = assessment.values
        for change in changes { values[change.measure] = change.to }
        #expect(scheme.score(Assessment(unit: assessment.unit, values: values)).standing.ordinal == reaches)
        #expect(reaches >= 1)
        let exact = scheme.cheapestPlan(for: assessment, target: 1, costs: costs, subordinates: nil)
        #expect(exact.isProvedOptimal)
        #expect(cost >= (exact.cost ?? .infinity) - 1e-9)
    }
}
