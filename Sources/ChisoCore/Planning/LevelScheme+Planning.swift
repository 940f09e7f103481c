extension LevelScheme: PlanningScheme {
    /// The cheapest changes that bring a unit to `target` or above, exactly.
    ///
    /// Criteria are independent of one another once the level is fixed, so the optimum is, for each level the rule
    /// allows to stand for the target (under `perLevel` every level from the target up, since a higher level can
    /// be cheaper; under `cumulative` the target itself, with every lower level's requirements), the sum over
    /// criteria of the cheapest values that meet them, and the least of those sums. A criterion's cheapest values
    /// are found by trying every combination of its measures' current values and the thresholds its requirements
    /// name (an `anyOf` is met by its cheapest alternative). Extended criteria take the cheapest share the level
    /// needs. A roll-up requirement (`CHUNG.01`) is not changed here: the district planner changes communes.
    ///
    /// - Complexity: O(*l* × *c* × *k*^*m*) for *l* levels, *c* criteria, and *k* candidate values for each of a
    ///   criterion's *m* measures (at most two in Decision 2361).
    public func cheapestPlan(
        for assessment: Assessment, target: Int, costs: CostModel, subordinates: ChildLevelSummary?
    ) -> PlanOutcome {
        let current = score(assessment, subordinates: subordinates).standing.ordinal
        guard target > current else { return .alreadyThere(current) }
        guard target <= levels.count else { return .unreachable([]) }
        let candidates = rule == .perLevel ? Array(target...levels.count) : [target]
        var best: (cost: Double, values: [Double?], changes: [PlannedChange])?
        var obstacles: [PlanOutcome.Obstacle] = []
        for level in candidates {
            let required = rule == .perLevel ? [level] : Array(1...level)
            switch plan(assessment, levels: required, costs: costs, subordinates: subordinates) {
            case .success(let found):
                if best.map({ found.cost < $0.cost - 1e-9 }) ?? true { best = found }
            case .failure(let blocking):
                if level == target { obstacles = blocking.obstacles }
            }
        }
        guard let best else { return .unreachable(obstacles) }
        let reached = score(Assessment(unit: assessment.unit, values: best.values), subordinates: subordinates)
        return .plan(changes: best.changes, cost: best.cost, reaches: reached.standing.ordinal)
    }

    /// The cheapest changes that meet every requirement of exactly the given levels (their own criteria; a roll-up
    /// criterion is judged with `subordinates` as given), or the obstacles.
    ///
    /// - Parameters:
    ///   - assessment: The unit's values now.
    ///   - levels: The levels whose requirements must all hold.
    ///   - costs: What changes cost.
    ///   - subordinates: The unit's subordinate units.
    /// - Returns: The cost, the values after the changes and the changes; or the obstacles.
    public func cheapestChanges(
        for assessment: Assessment, levels: [Int], costs: CostModel, subordinates: ChildLevelSummary?
    ) -> Result<(cost: Double, values: [Double?], changes: [PlannedChange]), PlanningObstacles> {
        switch plan(assessment, levels: levels, costs: costs, subordinates: subordinates) {
        case .success(let found): return .success(found)
        case .failure(let blocked): return .failure(PlanningObstacles(obstacles: blocked.obstacles))
        }
    }

    private struct Blocked: Error {
        var obstacles: [PlanOutcome.Obstacle]
    }

    /// The cheapest values that meet every requirement of the given levels, or what blocks them.
    private func plan(
        _ assessment: Assessment, levels required: [Int], costs: CostModel, subordinates: ChildLevelSummary?
    ) -> Result<(cost: Double, values: [Double?], changes: [PlannedChange]), Blocked> {
        var values = assessment.values
        var total = 0.0
        var obstacles: [PlanOutcome.Obstacle] = []
        var extendedOptions: [(criterion: Int, cost: Double, values: [Double?])] = []
        for (index, condition) in conditions.enumerated() {
            let requirements = required.map { requirement(of: index, forClass: $0) }.filter(\.applies)
            guard !requirements.isEmpty else { continue }
            let option = cheapest(
                index, condition: condition, requirements: requirements, values: assessment.values, unit: assessment,
                costs: costs, subordinates: subordinates)
            if criteria[index].isExtended {
                extendedOptions.append((index, option.map(\.cost) ?? .infinity, option?.values ?? assessment.values))
                continue
            }
            guard let option else {
                obstacles.append(obstacle(index, requirements: requirements, assessment: assessment, costs: costs))
                continue
            }
            total += option.cost
            for measure in condition.measures { values[measure] = option.values[measure] }
        }
        if !extendedOptions.isEmpty {
            // Each level needs its share of the extended criteria that apply: meet the cheapest ones, for the most
            // demanding level (with one level, as under perLevel, this is exact).
            let needed =
                required.map { level -> Int in
                    let applicable = extendedCriteria.filter { requirement(of: $0, forClass: level).applies }.count
                    let share = level - 1 < extendedMinimum.count ? extendedMinimum[level - 1] : 0
                    var count = Int((share * Double(applicable) / 100).rounded(.up))
                    if count > 0, Double(count - 1) * 100 >= share * Double(applicable) { count -= 1 }
                    return count
                }.max() ?? 0
            let chosen = extendedOptions.sorted { $0.cost < $1.cost }.prefix(needed)
            if chosen.contains(where: { $0.cost == .infinity }) || chosen.count < needed {
                obstacles += extendedOptions.filter { $0.cost == .infinity }.map {
                    PlanOutcome.Obstacle(condition: $0.criterion, reason: .impossible)
                }
            } else {
                for option in chosen {
                    total += option.cost
                    for measure in conditions[option.criterion].measures { values[measure] = option.values[measure] }
                }
            }
        }
        guard obstacles.isEmpty else { return .failure(Blocked(obstacles: obstacles)) }
        var changes: [PlannedChange] = []
        for (measure, value) in values.enumerated() where value != assessment.values[measure] {
            guard let value, !(assessment.values[measure]?.isNaN ?? false) else { continue }
            let rate = costs.rate(unit: assessment.unit.id, measure: measure)
            let cost = CostModel.cost(from: assessment.values[measure], to: value, rate: rate) ?? 0
            changes.append(PlannedChange(measure: measure, from: assessment.values[measure], to: value, cost: cost))
        }
        return .success((total, values, changes))
    }

    /// The cheapest values of one criterion's measures that meet all its requirements, with their cost.
    private func cheapest(
        _ index: Int, condition: Condition, requirements: [ClassRequirement], values: [Double?], unit: Assessment,
        costs: CostModel, subordinates: ChildLevelSummary?
    ) -> (cost: Double, values: [Double?])? {
        if requirements.allSatisfy({ $0.isMet(by: values, subordinates: subordinates) }) { return (0, values) }
        let measures = condition.measures
        guard !measures.isEmpty else { return nil }  // a roll-up: not changed here
        // Candidate values per measure: as it is, or each threshold above it that the requirements name.
        let options = measures.map { measure -> [Double?] in
            let thresholds = Set(requirements.flatMap { $0.thresholds(on: measure) })
            let now = values[measure]
            return [now] + thresholds.sorted().filter { threshold in now.map { $0.isNaN || threshold > $0 } ?? true }
        }
        var best: (cost: Double, values: [Double?])?
        var choice = [Int](repeating: 0, count: measures.count)
        while true {
            var candidate = values
            var cost = 0.0
            var allowed = true
            for (position, measure) in measures.enumerated() {
                let value = options[position][choice[position]]
                candidate[measure] = value
                guard choice[position] > 0, let value else { continue }
                guard
                    let step = CostModel.cost(
                        from: values[measure], to: value, rate: costs.rate(unit: unit.unit.id, measure: measure))
                else {
                    allowed = false
                    break
                }
                cost += step
            }
            if allowed, best.map({ cost < $0.cost - 1e-12 }) ?? true,
                requirements.allSatisfy({ $0.isMet(by: candidate, subordinates: subordinates) })
            {
                best = (cost, candidate)
            }
            // Next combination.
            var position = 0
            while position < choice.count {
                choice[position] += 1
                if choice[position] < options[position].count { break }
                choice[position] = 0
                position += 1
            }
            if position == choice.count { break }
        }
        return best
    }

    /// Why a criterion's requirements cannot be met under the cost model.
    private func obstacle(
        _ index: Int, requirements: [ClassRequirement], assessment: Assessment, costs: CostModel
    ) -> PlanOutcome.Obstacle {
        let measures = conditions[index].measures
        guard let main = measures.first else { return PlanOutcome.Obstacle(condition: index, reason: .subordinates) }
        let needed = requirements.compactMap { $0.leastValue(of: main) }.max()
        guard let rate = costs.rate(unit: assessment.unit.id, measure: main) else {
            return PlanOutcome.Obstacle(condition: index, reason: .noCost(measure: main))
        }
        if let needed, let maximum = rate.maximum, needed > maximum {
            return PlanOutcome.Obstacle(
                condition: index, reason: .capped(measure: main, maximum: maximum, needed: needed))
        }
        return PlanOutcome.Obstacle(condition: index, reason: .impossible)
    }
}
