extension PointScheme: PlanningScheme {
    /// The cheapest changes that bring a unit to tier `target` or above, exactly: the total and every floor of the
    /// tier, over leaves with per-unit and one-off costs, caps, and step, yes/no and choice rules — a fixed-charge
    /// covering problem, solved exactly (``PointPlanner``: branch and bound, then a dynamic programme over points
    /// for knapsack-like problems), never greedily. Should every exact method pass its budget, the best plan found
    /// comes back as ``PlanOutcome/bestFound(changes:cost:reaches:)``.
    ///
    /// - Complexity: Bounded by the planner's budgets: milliseconds where points lie on a grid of whole or half
    ///   points; at most a few seconds a tier otherwise.
    public func cheapestPlan(
        for assessment: Assessment, target: Int, costs: CostModel, subordinates: ChildLevelSummary?
    ) -> PlanOutcome {
        cheapestPlan(for: assessment, target: target, costs: costs, subordinates: subordinates, budget: .standard)
    }

    /// ``cheapestPlan(for:target:costs:subordinates:)`` with the planner's budgets given: the plan is
    /// ``PlanOutcome/bestFound(changes:cost:reaches:)`` when the planner could not prove it the cheapest.
    package func cheapestPlan(
        for assessment: Assessment, target: Int, costs: CostModel, subordinates: ChildLevelSummary?,
        budget: PointPlanner.Budget
    ) -> PlanOutcome {
        let now = score(assessment, subordinates: subordinates)
        guard target > now.standing.ordinal else { return .alreadyThere(now.standing.ordinal) }
        guard target <= tiers.count, let detail = now.pointDetail else { return .unreachable([]) }
        let leaves = plannedLeaves(assessment, detail: detail, costs: costs)
        var best: (cost: Double, gains: [Double])?
        var obstacles: [PlanOutcome.Obstacle] = []
        let options = leaves.map(\.option)
        var planner = PointPlanner(budget: budget)
        var proved = true
        for ordinal in target...tiers.count {
            let constraints = coverings(tiers[ordinal - 1], detail: detail, leaves: leaves)
            // A plan for a higher tier is worth finding only if it is cheaper than the best one so far.
            let found = planner.solve(leaves: options, constraints: constraints, ceiling: best?.cost ?? .infinity)
            proved = proved && planner.isProvedOptimal
            if let found {
                if best.map({ found.cost < $0.cost - 1e-9 }) ?? true { best = found }
            } else if ordinal == target, best == nil {
                obstacles = constraints.filter { !$0.isCoverable(by: options) }.map {
                    PlanOutcome.Obstacle(condition: $0.condition, reason: .impossible)
                }
            }
        }
        guard let best else { return .unreachable(obstacles) }
        var values = assessment.values
        var changes: [PlannedChange] = []
        for (position, leaf) in leaves.enumerated() where best.gains[position] > 1e-12 {
            let value = leaf.value(forGain: best.gains[position])
            values[leaf.measure] = value
            let cost = leaf.option.cost(ofGain: best.gains[position])
            changes.append(
                PlannedChange(measure: leaf.measure, from: assessment.values[leaf.measure], to: value, cost: cost))
        }
        let reached = score(Assessment(unit: assessment.unit, values: values), subordinates: subordinates)
        return proved
            ? .plan(changes: changes, cost: best.cost, reaches: reached.standing.ordinal)
            : .bestFound(changes: changes, cost: best.cost, reaches: reached.standing.ordinal)
    }

    /// The covering problems a plan to `target` solves, one per tier from the target up: for benchmarks that hand
    /// the same problems to another solver.
    package func planningProblems(for assessment: Assessment, target: Int, costs: CostModel)
        -> [(options: [PointPlanner.Option], constraints: [PointPlanner.Constraint])]
    {
        let now = score(assessment, subordinates: nil)
        guard target > now.standing.ordinal, target <= tiers.count, let detail = now.pointDetail else { return [] }
        let leaves = plannedLeaves(assessment, detail: detail, costs: costs)
        return (target...tiers.count).map { ordinal in
            (leaves.map(\.option), coverings(tiers[ordinal - 1], detail: detail, leaves: leaves))
        }
    }

    /// One scored leaf as the planner sees it.
    struct PlannedLeaf {
        var node: Int
        var measure: Int
        var points: Double
        var option: PointPlanner.Option
        var rule: LeafRule
        var maximum: Double
        /// For a discrete option, the input value of each choice after the first (which leaves it unchanged).
        var choiceValues: [Double]

        /// The input value that earns `points + gain`.
        func value(forGain gain: Double) -> Double {
            if case .discrete(let choices) = option,
                let index = choices.firstIndex(where: { abs($0.gain - gain) < 1e-9 }), index > 0
            {
                return choiceValues[index - 1]
            }
            return rule.leastValue(earning: min(points + gain, maximum), maximum: maximum) ?? 0
        }
    }

    /// The scored leaves, with what raising each one costs per point gained.
    func plannedLeaves(_ assessment: Assessment, detail: PointDetail, costs: CostModel) -> [PlannedLeaf] {
        var leaves: [PlannedLeaf] = []
        for (index, entry) in nodes.enumerated() {
            guard let measure = measureOfNode[index], let rule = entry.node.rule, entry.node.isScored,
                entry.node.children.isEmpty
            else { continue }
            let maximum = nodeMaxima[index]
            let points = detail.nodePoints[index]
            let current = assessment.values[measure]
            let start = current.map { $0.isNaN ? 0 : $0 } ?? 0
            let rate = costs.rate(unit: assessment.unit.id, measure: measure)
            var choiceValues: [Double] = []
            let option: PointPlanner.Option
            switch rule {
            case .steps, .yesNo, .choice:
                var choices = [PointPlanner.Choice(gain: 0, cost: 0)]
                for value in Self.discreteValues(rule, measure: measures[measure]) where value > start {
                    let gain = rule.points(for: value, maximum: maximum) - points
                    guard gain > 1e-12, let cost = CostModel.cost(from: current, to: value, rate: rate) else {
                        continue
                    }
                    choices.append(PointPlanner.Choice(gain: gain, cost: cost))
                    choiceValues.append(value)
                }
                option = .discrete(choices)
            case .points, .ratio, .proportional, .linear:
                let top =
                    rate.flatMap(\.maximum).map { min(rule.points(for: $0, maximum: maximum), maximum) } ?? maximum
                guard let rate, top > points + 1e-12,
                    let least = rule.leastValue(earning: top, maximum: maximum),
                    let fullCost = CostModel.cost(from: current, to: least, rate: rate)
                else {
                    option = .discrete([PointPlanner.Choice(gain: 0, cost: 0)])
                    break
                }
                // Cost is affine in the points gained once the value starts to move: a jump (the one-off cost and
                // any stretch that earns nothing, below a linear rule's floor), then a slope.
                let range = top - points
                let slope = rate.perUnit * Self.valuePerPoint(rule, maximum: maximum)
                option = .continuous(jump: max(fullCost - slope * range, 0), slope: slope, range: range)
            }
            leaves.append(
                PlannedLeaf(
                    node: index, measure: measure, points: points, option: option, rule: rule, maximum: maximum,
                    choiceValues: choiceValues))
        }
        return leaves
    }

    /// The input values where a discrete rule's points change.
    static func discreteValues(_ rule: LeafRule, measure: Measure) -> [Double] {
        switch rule {
        case .steps(let steps): steps.map(\.atLeast).sorted()
        case .yesNo: [1]
        case .choice(let choices): choices.indices.map(Double.init)
        default: []
        }
    }

    /// How much the input value must rise for one more point, for the continuous rules.
    static func valuePerPoint(_ rule: LeafRule, maximum: Double) -> Double {
        guard maximum > 0 else { return 0 }
        switch rule {
        case .points: return 1
        case .ratio: return 1 / maximum
        case .proportional: return 100 / maximum
        case .linear(let floor, let target): return (target - floor) / maximum
        default: return 0
        }
    }

    /// The covering constraints of a tier: the total, and each floor, over the leaves that count for it.
    func coverings(_ tier: Tier, detail: PointDetail, leaves: [PlannedLeaf]) -> [PointPlanner.Constraint] {
        // A strict minimum ("above") is met a hair above it; the scorer compares with the same tolerance.
        let margin = { (value: Double) in 1e-7 * max(1, abs(value)) }
        var constraints: [PointPlanner.Constraint] = []
        for floor in tier.floors {
            guard let node = nodeIndex(floor.node) else { continue }
            let members = leaves.indices.filter { isDescendant(leaves[$0].node, of: node) }
            let need = floor.fraction * nodeMaxima[node] - detail.nodePoints[node]
            constraints.append(
                PointPlanner.Constraint(condition: node + 1, members: members, need: need, depth: nodes[node].depth))
        }
        let least = leastFigure(meeting: tier)
        let minimum = tier.basis == .points ? least.value : least.value * (maximum ?? 0)
        let need = minimum - detail.total + (least.inclusive ? 0 : margin(minimum))
        constraints.append(PointPlanner.Constraint(condition: 0, members: Array(leaves.indices), need: need, depth: -1))
        return constraints
    }

    /// The least unrounded figure (total or index, as the tier reads) that meets a tier's minimum: the minimum
    /// itself, or, where the framework publishes classes at ``classPrecision``, the least figure that rounds to a
    /// value meeting it (a hair inside, so that float noise cannot round it back out).
    package func leastFigure(meeting tier: Tier) -> (value: Double, inclusive: Bool) {
        guard let places = classPrecision else { return (tier.minimum, tier.inclusive) }
        let half = 0.5 / Self.powerOfTen(places)
        let hair = half * 1e-3
        return (tier.inclusive ? tier.minimum - half + hair : tier.minimum + half + hair, true)
    }

    private func isDescendant(_ node: Int, of ancestor: Int) -> Bool {
        var current: Int? = node
        while let index = current {
            if index == ancestor { return true }
            current = nodes[index].parent
        }
        return false
    }
}
