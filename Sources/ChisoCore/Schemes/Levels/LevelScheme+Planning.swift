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
        let now = score(assessment, subordinates: subordinates)
        let current = now.standing.ordinal
        guard target > current else { return .alreadyThere(current) }
        guard target <= levels.count else { return .unreachable([]) }
        let candidates = rule == .perLevel ? Array(target...levels.count) : [target]
        var best: (cost: Double, values: [Double?], changes: [PlannedChange])?
        var obstacles: [PlanOutcome.Obstacle] = []
        for level in candidates {
            let required = rule == .perLevel ? [level] : Array(1...level)
            switch plan(assessment, levels: required, costs: costs, subordinates: subordinates, now: now.levelDetail) {
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
    ///   - now: The unit's result as scored now, if known: criteria it already meets are passed over quickly.
    /// - Returns: The cost, the values after the changes and the changes; or the obstacles.
    public func cheapestChanges(
        for assessment: Assessment, levels: [Int], costs: CostModel, subordinates: ChildLevelSummary?,
        now: UnitResult? = nil
    ) -> Result<(cost: Double, values: [Double?], changes: [PlannedChange]), PlanningObstacles> {
        switch plan(assessment, levels: levels, costs: costs, subordinates: subordinates, now: now?.levelDetail) {
        case .success(let found): return .success(found)
        case .failure(let blocked): return .failure(PlanningObstacles(obstacles: blocked.obstacles))
        }
    }

    private struct Blocked: Error {
        var obstacles: [PlanOutcome.Obstacle]
    }

    /// The cheapest values that meet every requirement of the given levels, or what blocks them. `now`, the unit's
    /// statuses as scored, lets a criterion already met at every level required be passed over without trying
    /// values (a roll-up criterion, judged against `subordinates`, is always checked).
    private func plan(
        _ assessment: Assessment, levels required: [Int], costs: CostModel, subordinates: ChildLevelSummary?,
        now: LevelDetail?
    ) -> Result<(cost: Double, values: [Double?], changes: [PlannedChange]), Blocked> {
        var values = assessment.values
        var search = CriterionSearch(
            values: assessment.values, rates: costs.rates(unit: assessment.unit.id, count: measures.count))
        var total = 0.0
        var obstacles: [PlanOutcome.Obstacle] = []
        var extendedOptions: [(criterion: Int, cost: Double, values: [Double?])] = []
        for (index, condition) in conditions.enumerated() {
            if let statuses = now?.statuses, index < statuses.count, !condition.measures.isEmpty,
                required.allSatisfy({ !statuses[index][$0].blocks })
            {
                if criteria[index].isExtended,
                    required.contains(where: { requirement(of: index, forClass: $0).applies })
                {
                    extendedOptions.append((index, 0, condition.measures.map { assessment.values[$0] }))
                }
                continue
            }
            if required.count == 1, condition.measures.count == 1, !criteria[index].isExtended {
                // One requirement on one measure, the common case, without trying combinations.
                let requirement = requirement(of: index, forClass: required[0])
                guard requirement.applies else { continue }
                let measure = condition.measures[0]
                guard let option = search.cheapest(measure, requirement: requirement, subordinates: subordinates)
                else {
                    obstacles.append(obstacle(index, requirements: [requirement], assessment: assessment, costs: costs))
                    continue
                }
                total += option.cost
                values[measure] = option.value
                continue
            }
            let requirements = required.map { requirement(of: index, forClass: $0) }.filter(\.applies)
            guard !requirements.isEmpty else { continue }
            let option = search.cheapest(condition.measures, requirements: requirements, subordinates: subordinates)
            if criteria[index].isExtended {
                extendedOptions.append(
                    (index, option.map(\.cost) ?? .infinity, option?.values ?? condition.measures.map { values[$0] }))
                continue
            }
            guard let option else {
                obstacles.append(obstacle(index, requirements: requirements, assessment: assessment, costs: costs))
                continue
            }
            total += option.cost
            for (position, measure) in condition.measures.enumerated() { values[measure] = option.values[position] }
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
                    for (position, measure) in conditions[option.criterion].measures.enumerated() {
                        values[measure] = option.values[position]
                    }
                }
            }
        }
        guard obstacles.isEmpty else { return .failure(Blocked(obstacles: obstacles)) }
        var changes: [PlannedChange] = []
        for (measure, value) in values.enumerated() where value != assessment.values[measure] {
            guard let value, !(assessment.values[measure]?.isNaN ?? false) else { continue }
            let cost = CostModel.cost(from: assessment.values[measure], to: value, rate: search.rates[measure]) ?? 0
            changes.append(PlannedChange(measure: measure, from: assessment.values[measure], to: value, cost: cost))
        }
        return .success((total, values, changes))
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
