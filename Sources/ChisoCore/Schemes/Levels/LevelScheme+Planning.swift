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

    /// The values a plan sets so far, what they cost, what stands in the way, and the options of the extended
    /// criteria, set aside until it is known how many of them a level needs.
    private struct Draft {
        var values: [Double?]
        var search: CriterionSearch
        var total = 0.0
        var obstacles: [PlanOutcome.Obstacle] = []
        var extendedOptions: [(criterion: Int, cost: Double, values: [Double?])] = []

        /// The changes from `old` to the values planned, each with its cost.
        func changes(from old: [Double?]) -> [PlannedChange] {
            var changes: [PlannedChange] = []
            for (measure, value) in values.enumerated() where value != old[measure] {
                guard let value, !(old[measure]?.isNaN ?? false) else { continue }
                let cost = CostModel.cost(from: old[measure], to: value, rate: search.rates[measure]) ?? 0
                changes.append(PlannedChange(measure: measure, from: old[measure], to: value, cost: cost))
            }
            return changes
        }
    }

    /// The cheapest values that meet every requirement of the given levels, or what blocks them. `now`, the unit's
    /// statuses as scored, lets a criterion already met at every level required be passed over without trying
    /// values (a roll-up criterion, judged against `subordinates`, is always checked).
    private func plan(
        _ assessment: Assessment, levels required: [Int], costs: CostModel, subordinates: ChildLevelSummary?,
        now: LevelDetail?
    ) -> Result<(cost: Double, values: [Double?], changes: [PlannedChange]), Blocked> {
        var draft = Draft(
            values: assessment.values,
            search: CriterionSearch(
                values: assessment.values, rates: costs.rates(unit: assessment.unit.id, count: measures.count)))
        for index in conditions.indices {
            guard isMet(index, at: required, now: now) else {
                meet(index, at: required, in: &draft, assessment: assessment, costs: costs, subordinates: subordinates)
                continue
            }
            if criteria[index].isExtended, required.contains(where: { requirement(of: index, forClass: $0).applies }) {
                draft.extendedOptions.append((index, 0, conditions[index].measures.map { assessment.values[$0] }))
            }
        }
        if !draft.extendedOptions.isEmpty { meetExtendedShare(at: required, in: &draft) }
        guard draft.obstacles.isEmpty else { return .failure(Blocked(obstacles: draft.obstacles)) }
        return .success((draft.total, draft.values, draft.changes(from: assessment.values)))
    }

    /// Whether, by the statuses scored `now`, criterion `index` meets every level required already; never for a
    /// roll-up criterion (it has no measures), which is judged against the subordinates as planned.
    private func isMet(_ index: Int, at required: [Int], now: LevelDetail?) -> Bool {
        guard let statuses = now?.statuses, index < statuses.count, !conditions[index].measures.isEmpty else {
            return false
        }
        return required.allSatisfy { !statuses[index][$0].blocks }
    }

    /// Sets in `draft` the cheapest values that meet criterion `index` at the levels `required`, or notes what
    /// blocks it; an extended criterion's cheapest option is set aside for ``meetExtendedShare(at:in:)``.
    private func meet(
        _ index: Int, at required: [Int], in draft: inout Draft, assessment: Assessment, costs: CostModel,
        subordinates: ChildLevelSummary?
    ) {
        let condition = conditions[index]
        if required.count == 1, condition.measures.count == 1, !criteria[index].isExtended {
            // One requirement on one measure, the common case, without trying combinations.
            let requirement = requirement(of: index, forClass: required[0])
            guard requirement.applies else { return }
            let measure = condition.measures[0]
            guard let option = draft.search.cheapest(measure, requirement: requirement, subordinates: subordinates)
            else {
                draft.obstacles.append(
                    obstacle(index, requirements: [requirement], assessment: assessment, costs: costs))
                return
            }
            draft.total += option.cost
            draft.values[measure] = option.value
            return
        }
        let requirements = required.map { requirement(of: index, forClass: $0) }.filter(\.applies)
        guard !requirements.isEmpty else { return }
        let option = draft.search.cheapest(condition.measures, requirements: requirements, subordinates: subordinates)
        if criteria[index].isExtended {
            draft.extendedOptions.append(
                (index, option.map(\.cost) ?? .infinity, option?.values ?? condition.measures.map { draft.values[$0] }))
            return
        }
        guard let option else {
            draft.obstacles.append(obstacle(index, requirements: requirements, assessment: assessment, costs: costs))
            return
        }
        draft.total += option.cost
        for (position, measure) in condition.measures.enumerated() { draft.values[measure] = option.values[position] }
    }

    /// Each level needs its share of the extended criteria that apply: meets, in `draft`, the cheapest ones set
    /// aside, as many as the most demanding of the levels `required` needs (with one level, as under perLevel,
    /// this is exact), or notes the ones that cannot be met when too few can.
    private func meetExtendedShare(at required: [Int], in draft: inout Draft) {
        let needed = required.map(extendedCriteriaNeeded).max() ?? 0
        let chosen = draft.extendedOptions.sorted { $0.cost < $1.cost }.prefix(needed)
        if chosen.contains(where: { $0.cost == .infinity }) || chosen.count < needed {
            draft.obstacles += draft.extendedOptions.filter { $0.cost == .infinity }.map {
                PlanOutcome.Obstacle(condition: $0.criterion, reason: .impossible)
            }
            return
        }
        for option in chosen {
            draft.total += option.cost
            for (position, measure) in conditions[option.criterion].measures.enumerated() {
                draft.values[measure] = option.values[position]
            }
        }
    }

    /// How many of the extended criteria that apply at `level` it needs met: its share of them, rounded up.
    private func extendedCriteriaNeeded(at level: Int) -> Int {
        let applicable = extendedCriteria.filter { requirement(of: $0, forClass: level).applies }.count
        let share = level - 1 < extendedMinimum.count ? extendedMinimum[level - 1] : 0
        var count = Int((share * Double(applicable) / 100).rounded(.up))
        if count > 0, Double(count - 1) * 100 >= share * Double(applicable) { count -= 1 }
        return count
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
